"""Qt calls must not drop references to None: PySide6-Essentials 6.12.0 does on Python 3.11, one
per void call, and the interpreter aborts ("none_dealloc") once None's count runs out — after
some thousands of calls, minutes of real use. pyproject.toml keeps that release out."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 500


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText(str(number))
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10  # a few references may come and go; one per call is the bug
