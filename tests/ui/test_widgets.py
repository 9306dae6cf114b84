"""Widgets on their own, by the signals they send: the notes' delayed save, the case form, the
contacts filter, the routekaart page's one ranking per refresh, and the shortcut table's keys."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from desktop.cases.case_form import CaseForm
from desktop.cases.notes_panel import SAVE_DELAY_MS, NotesPanel
from desktop.routekaart import page as page_module
from desktop.routekaart.contacts_model import Column
from desktop.routekaart.contacts_panel import ContactsPanel
from desktop.routekaart.page import RoutekaartPage
from desktop.settings import Settings
from desktop.shortcuts import SHORTCUTS, sequences
from routekaarten.bootstrap import open_store
from routekaarten.cases import Case
from routekaarten.guidance import Vermoeden
from routekaarten.reachability import contacts_for_area, is_dutch_public_holiday, rank
from routekaarten.store import Store
from tests.ui.conftest import MONDAY_MORNING


@pytest.fixture
def store(data_dir) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


# notes ------------------------------------------------------------------------------------------


def test_typing_a_note_saves_once_after_the_pause_not_per_key(qtbot):
    notes = NotesPanel()
    qtbot.addWidget(notes)
    notes.new_note()

    with qtbot.assertNotEmitted(notes.noteEdited, wait=SAVE_DELAY_MS // 2):
        qtbot.keyClicks(notes.editor, "Overleg")
    with qtbot.waitSignal(notes.noteEdited, timeout=SAVE_DELAY_MS * 10) as saved:
        pass

    assert saved.args == ["", "Overleg"]
    with qtbot.assertNotEmitted(notes.noteEdited, wait=SAVE_DELAY_MS * 2):
        pass  # one save for the whole word


def test_flush_saves_what_is_typed_at_once_and_an_empty_new_note_not_at_all(qtbot):
    notes = NotesPanel()
    qtbot.addWidget(notes)
    notes.new_note()
    with qtbot.assertNotEmitted(notes.noteEdited):
        notes.flush()

    qtbot.keyClicks(notes.editor, "OVD-R")
    with qtbot.waitSignal(notes.noteEdited, timeout=100) as saved:
        notes.flush()

    assert saved.args == ["", "OVD-R"]


# the case form -----------------------------------------------------------------------------------

CASE = Case(
    id="c1",
    label="AB-01",
    region="zwb",
    area=None,
    vermoeden=Vermoeden.LETSEL,
    melding_date=date(2026, 11, 30),
)


def test_loading_a_case_is_not_an_edit(qtbot):
    form = CaseForm([("nfi-1", "Letsel")])
    qtbot.addWidget(form)
    with qtbot.assertNotEmitted(form.edited):
        form.load(CASE)
    assert form.label.text() == "AB-01"


def test_a_changed_label_and_date_are_sent_as_the_edited_case(qtbot):
    form = CaseForm([("nfi-1", "Letsel")])
    qtbot.addWidget(form)
    form.load(CASE)

    form.label.setText("AB-02")
    with qtbot.waitSignal(form.edited, timeout=100) as edited:
        form.label.editingFinished.emit()
    assert edited.args[0].label == "AB-02"
    assert edited.args[0].id == "c1"

    with qtbot.waitSignal(form.edited, timeout=100) as edited:
        form.melding.edit.setText("27-11-2026")  # typed, as a user does
        form.melding.commit()
    assert edited.args[0].melding_date == date(2026, 11, 27)


# the contacts filter -----------------------------------------------------------------------------


def _zeeland_panel(qtbot, store: Store) -> ContactsPanel:
    region_id = store.regions()[0][0]
    bundle = store.region(region_id)
    ranked = rank(bundle, contacts_for_area(bundle, "zeeland"), MONDAY_MORNING, None, is_dutch_public_holiday)
    panel = ContactsPanel()
    qtbot.addWidget(panel)
    panel.set_contacts(ranked, {a.id: a.name for a in bundle.areas}, "Nu bereikbaar")
    return panel


def test_the_filter_keeps_the_matching_contacts_and_enter_opens_the_one_chosen(qtbot, store):
    panel = _zeeland_panel(qtbot, store)
    everyone = panel.visible_phones()

    with qtbot.assertNotEmitted(panel.contactActivated):
        panel.set_filter("RvdK")
    assert panel.visible_phones() == ["076 525 5800"]
    assert len(everyone) > 1

    panel.table.setFocus()
    panel.table.selectRow(0)
    panel.table.setCurrentIndex(panel.proxy.index(0, Column.ROLE))
    with qtbot.waitSignal(panel.contactActivated, timeout=500) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == ["zeeland-rvdk"]

    panel.set_filter("")
    assert panel.visible_phones() == everyone


def test_copy_without_a_chosen_contact_says_so(qtbot, store):
    panel = _zeeland_panel(qtbot, store)
    panel.set_filter("geen contact heet zo")
    assert panel.visible_phones() == []
    with qtbot.waitSignal(panel.message, timeout=100) as said:
        panel.copy_selected()
    assert said.args == ["Kies eerst een contact."]


# the routekaart page -----------------------------------------------------------------------------


def test_the_page_ranks_once_per_refresh_and_a_box_or_contact_reads_that_ranking(
    qtbot, store, data_dir, monkeypatch
):
    calls = []

    def counting_rank(*args, **kwargs):
        calls.append(args[2])
        return rank(*args, **kwargs)

    monkeypatch.setattr(page_module, "rank", counting_rank)
    page = RoutekaartPage(store, Settings(data_dir), lambda: MONDAY_MORNING, is_dutch_public_holiday)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.regionShown, timeout=500):
        page.start()
    assert len(calls) == 1

    page.area_box.setCurrentIndex(page.area_box.findData("zeeland"))
    assert len(calls) == 2
    page.show_box("vt-ovj")
    assert "06 11442199" in page.detail.toPlainText()  # OvJ Zeeland
    page.show_contact("zeeland-rvdk")
    assert "076 525 5800" in page.detail.toPlainText()
    assert len(calls) == 2


# the shortcut table ------------------------------------------------------------------------------


def test_every_key_in_the_shortcut_table_is_bound_in_the_window(make_window):
    window = make_window()
    bound = [shortcut.key() for shortcut in window.findChildren(QShortcut)]
    for action in window.findChildren(QAction):
        bound += action.shortcuts()

    missing = [
        (shortcut.name, sequence.toString())
        for shortcut in SHORTCUTS
        for sequence in sequences(shortcut.name)
        if sequence not in bound
    ]

    assert missing == []
    assert QKeySequence("Ctrl+K") in bound  # the check sees the bindings at all


def test_the_heading_shows_an_area_name_as_text_in_bold_that_follows_the_text_size(qtbot, store):
    panel = _zeeland_panel(qtbot, store)
    panel.set_contacts([], {}, "Nu bereikbaar — <b>Zee</b><img src='x'>, 02:30")
    panel.show()

    assert panel.heading.textFormat() == Qt.TextFormat.PlainText
    assert panel.heading.text() == "Nu bereikbaar — <b>Zee</b><img src='x'>, 02:30"
    assert panel.heading.font().bold()
    app = QApplication.instance()
    original = QFont(app.font())
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 2)
    try:
        app.setFont(larger)
        qtbot.waitUntil(lambda: panel.heading.font().pointSizeF() == larger.pointSizeF(), timeout=1000)
        assert panel.heading.font().bold()
    finally:
        app.setFont(original)


def test_tab_leaves_the_contacts_list_instead_of_walking_its_cells(qtbot, store):
    panel = _zeeland_panel(qtbot, store)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, Column.ROLE))
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert not panel.table.hasFocus()
    assert panel.table.currentIndex().column() == Column.ROLE
