"""Every interactive widget has a name a screen reader can say (its own, or its label's)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.test_cases_page import _open_cases

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QGraphicsView,
)


def _inside_interactive(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.parent() is None:
            continue
        if _inside_interactive(widget, root) or (
            type(widget).__name__ == "QToolButton" and not widget.isVisible()
        ):
            continue  # parts of a compound widget (a spin box's editor, a combo's popup), tab scrollers
        if widget.accessibleName() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", ""):
            continue  # a button's own text is its accessible name
        missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_of_the_main_window_has_a_name(make_window, qtbot):
    window = make_window()
    assert _unnamed(window) == []


def test_every_interactive_widget_of_the_cases_page_has_a_name(make_window, qtbot):
    window = make_window()
    page = _open_cases(window, qtbot, creating=True)
    page.new_case()
    assert _unnamed(page) == []


def test_the_check_finds_an_unnamed_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Zoeken")
    assert _unnamed(root) == ["QLineEdit in QWidget"]
