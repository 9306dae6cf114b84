"""The question before a case is deleted cannot be answered "yes" by keys meant for a field.

In a review a keyboard user reached "Delete case…" with an Alt+letter meant for the incident
field and typed a date into the question. Only a deliberate click (or Tab to the button and
Space) may delete; Space, Enter, Esc and any letter typed by accident cancel.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.cases.case_actions import confirm_delete, confirm_label, confirm_purge
from tests.ui.helpers import open_cases

TYPED_BY_ACCIDENT = ["28-11-2026 21:40", "yesterday", "jaja", "\n", "\x1b"]


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "en":
        request.getfixturevalue("english")
    return str(request.param)


def _open_question() -> QMessageBox | None:
    """The question once it is shown and has given the focus to one of its buttons."""
    box = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    if isinstance(box, QMessageBox) and box.isVisible() and focus is not None and focus.window() is box:
        return box
    return None


def _type_into_question(qtbot, text: str, seen: list[QMessageBox]) -> None:
    """Once the question is open, type ``text`` where the focus is; then close it if still open
    (Esc), so a question that ignored the keys does not hang the test."""

    def type_keys() -> None:
        box = _open_question()
        if box is None:
            QTimer.singleShot(20, type_keys)
            return
        seen.append(box)
        for char in text:
            if not box.isVisible():
                return
            target = QApplication.focusWidget()
            if char == "\n":
                qtbot.keyClick(target, Qt.Key.Key_Return)
            elif char == "\x1b":
                qtbot.keyClick(target, Qt.Key.Key_Escape)
            else:
                qtbot.keyClick(target, char)
        qtbot.wait(50)
        if box.isVisible():
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, type_keys)


@pytest.mark.parametrize("typed", TYPED_BY_ACCIDENT)
def test_keys_typed_by_accident_do_not_answer_yes(language, qtbot, typed):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[QMessageBox] = []
    _type_into_question(qtbot, typed, seen)
    assert confirm_delete(parent, "AB-1") is False
    assert seen
    _type_into_question(qtbot, typed, seen)
    assert confirm_purge(parent, ["AB-1"]) is False
    _type_into_question(qtbot, typed, seen)  # the question about a label that looks like a name
    assert confirm_label(parent, ["Dit label lijkt een volledige naam."]) is False
    assert len(seen) == 3


def test_the_safe_answer_is_the_default_and_the_delete_button_says_what_it_does(language, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    found: dict[str, object] = {}

    def inspect() -> None:
        box = _open_question()
        if box is None:
            QTimer.singleShot(20, inspect)
            return
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        found["default"] = box.defaultButton() is cancel
        found["escape"] = box.escapeButton() is cancel
        found["focus"] = QApplication.focusWidget() is cancel
        found["buttons"] = sorted(b.text() for b in box.buttons() if b is not cancel)
        box.reject()

    QTimer.singleShot(0, inspect)
    assert confirm_delete(parent, "AB-1") is False
    assert found["default"] and found["escape"] and found["focus"]
    assert found["buttons"] == (["Zaak verwijderen"] if language == "nl" else ["Delete case"])


def test_a_date_typed_after_alt_c_in_english_keeps_the_case(english, make_window, qtbot):
    """The review's case: a Dutch habit (Alt+C is "In&cident" there) in the English UI, where
    Alt+C is "Delete &case…", then a date with a space and "yesterday" typed."""
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form.zeden.setFocus()
    seen: list[QMessageBox] = []
    _type_into_question(qtbot, "28-11-2026 21:40 yesterday\n", seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert len(page.cases.cases()) == 1
    assert page.case is not None
