"""The question before a case is deleted: a key typed on by accident never answers "Ja".

(A user who meant to jump to a field with Alt and typed on, a date with a space in it, pressed
the question's focused button; deleting overwrites the notes for good.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.cases.case_actions import confirm_delete


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_a_key_typed_on_into_the_delete_question_keeps_the_case(qtbot, key):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[bool] = []

    def type_on() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        box = shown[0] if shown else None
        if box is None:
            QTimer.singleShot(20, type_on)
            return
        focused = box.focusWidget()
        seen.append(focused is box.button(QMessageBox.StandardButton.Cancel))
        qtbot.keyClick(focused or box, key)

    QTimer.singleShot(0, type_on)
    assert confirm_delete(parent, "Zaak 1") is False
    assert seen == [True]  # the key went to "Annuleren"
