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


def _mnemonics(root: QWidget) -> list[str]:
    """Alt+letter keys of the visible labels and buttons of a window, menus included."""
    from PySide6.QtWidgets import QMenuBar, QTabBar

    found = []
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    for bar in root.findChildren(QMenuBar):
        texts += [action.text() for action in bar.actions()]
    for tabs in root.findChildren(QTabBar):
        texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isVisible()]
    for text in texts:
        index = text.replace("&&", "").find("&")
        if index >= 0:
            found.append(text.replace("&&", "")[index + 1].lower())
    return found


def _clashes(keys: list[str]) -> list[str]:
    return sorted({key for key in keys if keys.count(key) > 1})


def test_no_two_visible_controls_share_an_alt_letter(make_window, qtbot):
    window = make_window()
    assert _clashes(_mnemonics(window)) == []
    page = _open_cases(window, qtbot, creating=True)
    page.new_case()
    for tab in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(tab)
        assert _clashes(_mnemonics(window)) == [], page.editor.tabs.tabText(tab)
