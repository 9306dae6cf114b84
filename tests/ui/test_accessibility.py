"""Every interactive widget has a name a screen reader can say (its own, or its label's).

The Alt+letter keys are checked in test_mnemonics.py."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

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
