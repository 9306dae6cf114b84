"""Ctrl+Z and Ctrl+Shift+Z undo and redo the draft, also while a text field has the focus.

A QLineEdit or QPlainTextEdit claims these keys for its own, per-field undo (a ShortcutOverride),
which would leave the field and the draft's undo history telling different stories. This filter
keeps the keys from the text fields of the workbench, so the window's actions get them and undo
the draft step by step (a word typed in a field is one step: ``DraftDocument.seal``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class UndoKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit) or not self.window.isAncestorOf(
            watched
        ):
            return False
        pressed = QKeySequence(event.keyCombination())
        # True: not delivered, so the field does not claim the key and the window's action gets it
        return any(event.matches(key) for key in _KEYS) or pressed == QKeySequence("Ctrl+Shift+Z")
