"""Two app instances on one data folder: the second brings the first forward (or says it is open)
and exits; never two writers on one store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop import app
from desktop.single_instance import (
    LOCK_NAME,
    InstanceServer,
    ask_running_app_to_show,
    bring_to_front,
    hold_data_folder,
)

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


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; xcb raises
def test_a_second_start_brings_the_running_window_forward_and_exits(data_dir: Path, qtbot):
    """Two processes: this one is the running app (lock, server, a minimised window); the other
    is a real second ``routekaart`` start on the same data folder."""
    lock = hold_data_folder(data_dir)
    server = InstanceServer(data_dir)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    server.showRequested.connect(lambda: bring_to_front(window))
    try:
        assert server.listening
        with qtbot.waitSignal(server.showRequested, timeout=60_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "desktop.launcher", "--data-dir", str(data_dir)],
                cwd=ROOT,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        _, stderr = second.communicate()
    finally:
        server.close()
        lock.unlock()
    assert second.returncode == 0
    assert b"Traceback" not in stderr
    assert not window.isMinimized()
    assert window.isVisible()


def test_without_a_running_app_to_answer_the_handover_says_no(data_dir: Path, qapp):
    assert ask_running_app_to_show(data_dir, timeout_ms=500) is False
