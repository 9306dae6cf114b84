"""The log never holds case data (routekaarten/logs.py, docs/adr/0003-no-case-data-in-logs.md).

A marker goes into everything a professional types about a case -- its label, a note, a
checklist answer -- and into the passphrase (the right one, a wrong one, and a new one). The app
then runs with the log at DEBUG: create the case, write, lock, unlock, change the passphrase;
then the commands (``counts``, ``regions``, ``contacts``) with ``--verbose``. The marker must be in
none of the log files, none of the records, and nowhere in what the commands print.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import crash
from desktop.launcher import main
from routekaarten import logs

MARKER = "QX-logmarker-5512-ZQ"
PASSPHRASE = f"zin met {MARKER} erin"
NEW_PASSPHRASE = f"nieuwe zin {MARKER} twee"


def _unlock(page, qtbot, passphrase: str, repeat: bool = False) -> None:
    page.unlock_panel.passphrase.setText(passphrase)
    if repeat:
        page.unlock_panel.repeat.setText(passphrase)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)


def _log_text(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob(f"{logs.LOG_NAME}*")))


def test_no_label_note_answer_or_passphrase_reaches_the_log(
    make_window, qtbot, data_dir: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    logs.to_data_folder(data_dir, verbose=True)
    window = make_window()
    window.tabs.setCurrentIndex(1)
    page = window.cases_page
    _unlock(page, qtbot, PASSPHRASE, repeat=True)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)

    page.new_case()
    page.editor.form.label.setText(f"LBL-{MARKER}")
    page.editor.form.label.editingFinished.emit()
    page.editor.tabs.setCurrentWidget(page.editor.checklist)
    page.editor.checklist.select_item("veiligheid-1")
    page.editor.checklist.answer.setPlainText(f"antwoord {MARKER}")
    page.editor.tabs.setCurrentWidget(page.editor.notes)
    page.editor.notes.new_note()
    qtbot.keyClicks(page.editor.notes.editor, f"notitie {MARKER}")
    page.editor.notes.flush()
    page.lock()
    _unlock(page, qtbot, f"fout {MARKER}")
    qtbot.waitUntil(lambda: "klopt niet" in page.unlock_panel.message.text(), timeout=10_000)
    _unlock(page, qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    page.key_panel.current.setText(PASSPHRASE)
    page.key_panel.new.setText(NEW_PASSPHRASE)
    page.key_panel.repeat.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(page.key_panel.renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "vernieuwd" in page.key_panel.message.text(), timeout=10_000)
    crash.log_unexpected(ValueError(f"ongeldige datum {MARKER}"), "a test")  # a bug quoting input
    window.close()

    log = _log_text(data_dir)
    assert "vault unlocked with a passphrase" in log  # the log is written, at DEBUG
    assert "unlock with a passphrase refused" in log
    assert "ValueError (message not logged)" in log
    assert MARKER not in log
    assert not any(MARKER in record.getMessage() for record in caplog.records)

    capsys.readouterr()
    for command in (["counts"], ["counts", "--csv"], ["regions"], ["contacts", "--json"]):
        assert main(["--verbose", "--data-dir", str(data_dir), *command]) == 0
    printed = capsys.readouterr()
    assert '"open": 1' in printed.out or "1" in printed.out  # the case is counted, anonymously
    assert "store" in printed.err  # --verbose logs to stderr
    assert MARKER not in printed.out + printed.err
    assert not any(MARKER in record.getMessage() for record in caplog.records)
    assert MARKER not in _log_text(data_dir)


def test_the_log_file_is_private_and_bounded(data_dir: Path) -> None:
    handler = logs.to_data_folder(data_dir)
    assert not logs.log_file(data_dir).exists()  # nothing logged, nothing opened
    log = logging.getLogger("routekaarten.test")
    for index in range(5_000):  # 5 MB: more than the file and its three old copies hold
        log.info("record %d %s", index, "x" * 1_000)
    handler.close()

    files = sorted(data_dir.glob(f"{logs.LOG_NAME}*"))
    assert [path.name for path in files] == [logs.LOG_NAME, *(f"{logs.LOG_NAME}.{n}" for n in (1, 2, 3))]
    assert all(path.stat().st_size <= logs.MAX_BYTES for path in files)
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in files)


def test_a_command_without_verbose_logs_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "regions"]) == 0
    logging.getLogger("sync.test").warning("a warning nobody asked for")
    assert capsys.readouterr().err == ""
