"""Two app instances on one data folder: the second says so; never two writers on one store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop import app
from desktop.single_instance import LOCK_NAME, hold_data_folder

ROOT = Path(__file__).resolve().parents[2]
SECOND_INSTANCE = """
import sys
from pathlib import Path
from desktop.single_instance import AlreadyRunning, hold_data_folder
try:
    hold_data_folder(Path(sys.argv[1]))
except AlreadyRunning:
    sys.exit(7)
"""


def test_a_second_lock_on_the_same_folder_is_refused(data_dir: Path, qapp):
    first = hold_data_folder(data_dir)
    other_process = subprocess.run(
        [sys.executable, "-c", SECOND_INSTANCE, str(data_dir)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert other_process.returncode == 7
    first.unlock()
    assert not (data_dir / LOCK_NAME).exists()


def test_the_app_says_it_is_already_open_and_exits(data_dir: Path, monkeypatch, qapp):
    """The first instance is this process's own lock, as a running app would hold it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    first = hold_data_folder(data_dir)
    try:
        assert app.run(str(data_dir)) == 3
    finally:
        first.unlock()
    assert "al geopend" in shown[0]
