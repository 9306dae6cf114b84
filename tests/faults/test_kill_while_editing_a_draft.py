"""Fault test: the workbench's process is killed (SIGKILL) while the admin edits; the next start
restores the draft with every edit whose save had returned, and says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.admin.admin_window import AdminWindow
from desktop.settings import Settings
from routekaarten.bootstrap import open_store

ROOT = Path(__file__).resolve().parents[2]
NUMBERS = ["088 9638001", "088 9638002", "088 9638003"]


def test_a_draft_is_restored_after_the_process_is_killed(tmp_path: Path, qtbot):
    data_dir = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-m", "tests.faults.draft_editor", str(data_dir)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ROUTEKAART_SYNC_URL": ""},
    ) as editor:
        assert editor.stdin is not None and editor.stdout is not None
        assert editor.stdout.readline().strip() == "ready"
        for number in NUMBERS:
            editor.stdin.write(number + "\n")
            editor.stdin.flush()
            assert editor.stdout.readline().strip() == number  # its save returned
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=10)
    assert editor.returncode == -signal.SIGKILL
    assert (data_dir / "drafts" / "zeeland-west-brabant.lock").exists()  # left behind: stale now

    store = open_store(data_dir)
    window = AdminWindow(store, Settings(data_dir))
    qtbot.addWidget(window)
    row = next(i for i, c in enumerate(window.document.get(("contacts",))) if c["id"] == "zeeland-ovd-r")
    assert window.document.get(("contacts", row, "phone")) == NUMBERS[-1]
    assert "is hersteld, met de wijzigingen die nog niet zijn gepubliceerd" in window.notice.text()
    window.close()
    store.close()
