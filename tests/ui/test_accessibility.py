"""Every interactive widget has a name a screen reader can say (its own, or its label's)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.ui.helpers import open_cases, unnamed


def test_every_interactive_widget_of_the_main_window_has_a_name(make_window, qtbot):
    window = make_window()
    assert unnamed(window) == []


def test_every_interactive_widget_of_the_cases_page_has_a_name(make_window, qtbot):
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    assert unnamed(page) == []


def test_the_check_finds_an_unnamed_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Zoeken")
    assert unnamed(root) == ["QLineEdit in QWidget"]


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
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    for tab in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(tab)
        assert _clashes(_mnemonics(window)) == [], page.editor.tabs.tabText(tab)


def test_no_two_visible_controls_share_an_alt_letter_in_english(english, make_window, qtbot):
    window = make_window()
    assert _clashes(_mnemonics(window)) == []
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    for tab in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(tab)
        assert _clashes(_mnemonics(window)) == [], page.editor.tabs.tabText(tab)
