"""Unexpected errors end in one place: logged with their frames (once) and told in Dutch."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import crash
from desktop.worker import run_in_background


def test_the_excepthook_logs_the_bug_and_shows_one_dutch_message(
    qapp, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    try:
        raise KeyError("x")
    except KeyError as error:
        crash._hook(KeyError, error, error.__traceback__)

    assert [r.levelno for r in caplog.records if r.name == "desktop.crash"] == [logging.ERROR]
    assert "builtins.KeyError (message not logged)" in caplog.text
    assert "test_crash.py" in caplog.text  # where it happened
    assert len(shown) == 1 and shown[0].startswith("Er ging iets onverwachts mis.")


def test_background_work_that_fails_unexpectedly_is_logged_once_then_handed_to_the_caller(
    qtbot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "critical", lambda *_: None)
    got: list[BaseException | None] = []
    run_in_background(lambda: 1 / 0, lambda _result, error: got.append(error))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)

    assert isinstance(got[0], ZeroDivisionError)
    assert caplog.text.count("unexpected error in background work") == 1
    crash._hook(ZeroDivisionError, got[0], got[0].__traceback__)  # a caller that raises it on
    assert caplog.text.count("ZeroDivisionError (message not logged)") == 1
