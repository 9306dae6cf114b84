"""No Alt+letter key is shared by two controls a window shows at the same time, in Dutch and in
English, and no letter by two items of one menu.

A shared key does not reach what the user meant: in a review, Alt+C typed for a date field
reached "Zaak verwijderen…" instead, and the date typed next went to the delete question. Every
state of the cases page in which other controls appear is checked: locked, each tab of an open
case, with the notice about closed cases waiting for export, and the dialogs of the page.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop.cases.profile_dialog import ProfileDialog
from tests.ui.helpers import menu_mnemonic_clashes, mnemonic, mnemonic_clashes, open_cases


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> str:
    """Each test in Dutch and in English; requested before the window, so it is built translated."""
    if request.param == "en":
        request.getfixturevalue("english")
    return str(request.param)


def _editor_tabs(window: QWidget, page) -> dict[str, list[str]]:
    """The clashes of the window for each tab of the open case."""
    found = {}
    for tab in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(tab)
        found[page.editor.tabs.tabText(tab)] = mnemonic_clashes(window)
    return found


def test_the_mnemonic_check_finds_a_shared_letter(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("In&cident:")
    label.setBuddy(QLineEdit())
    for widget in (label, label.buddy(), QPushButton("Delete &case…"), QPushButton("&&Co &Save")):
        layout.addWidget(widget)
    root.show()
    assert mnemonic_clashes(root) == ["Alt+C: In&cident: | Delete &case…"]
    assert mnemonic("&&Co &Save") == "s"


def test_the_main_window_and_its_menus_share_no_letter(language, make_window, qtbot):
    window = make_window()
    assert mnemonic_clashes(window) == []
    assert menu_mnemonic_clashes(window) == []


def test_the_locked_cases_page_shares_no_letter(language, make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentIndex(1)
    assert window.cases_page is not None
    assert window.cases_page.unlock_panel.isVisible()
    assert mnemonic_clashes(window) == []


def test_the_case_editor_page_shares_no_letter(language, make_window, qtbot):
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    assert page.case_list.delete_button.isVisible()
    assert _editor_tabs(window, page) == {tab: [] for tab in _editor_tabs(window, page)}


def test_the_case_editor_page_with_the_export_notice_shares_no_letter(language, make_window, qtbot):
    """The notice about closed cases waiting for export shows above the editor (shown here
    directly: how cases come to wait is tested in test_purge_notice.py)."""
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    page.purge_notice.show()
    assert page.purge_notice.delete_button.isVisible()
    assert _editor_tabs(window, page) == {tab: [] for tab in _editor_tabs(window, page)}


def test_the_melding_form_shares_no_letter(language, make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert mnemonic_clashes(dialog) == []


def test_my_details_share_no_letter(language, qtbot, data_dir):
    from desktop.settings import Settings

    dialog = ProfileDialog(Settings(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert mnemonic_clashes(dialog) == []
