"""The regional admin's workbench ("Regio beheren") as an admin uses it: open, edit in the table,
see problems come and go, undo and redo, a draft that survives, two windows on one draft."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop import settings
from desktop.settings import Settings
from routekaarten.region_drafts import DraftFolder
from tests.conftest import REGION_FILE
from tests.ui.admin.helpers import PHONE, ZWB, alt_keys, row_of, twice, type_in_cell
from tests.ui.helpers import unnamed

CHECK_MS = 5_000




def test_the_synced_copy_opens_without_problems(make_admin):
    window = make_admin()
    assert window.region_id() == ZWB
    assert window.contacts.model.rowCount() == 28
    assert window.problems.texts() == []
    assert "Geen problemen" in window.problems.heading.text()


def test_a_bad_number_in_the_table_is_a_problem_until_it_is_fixed(make_admin, qtbot):
    window = make_admin()
    row = row_of(window, "zeeland-ovj")
    type_in_cell(qtbot, window, row, PHONE, "06 1144")
    expected = "Contact 'OvJ' (Zeeland), telefoonnummer: '06 1144' is geen geldig Nederlands nummer"
    qtbot.waitUntil(lambda: window.problems.texts() == [expected], timeout=CHECK_MS)
    model = window.contacts.model
    assert model.data(model.index(row, PHONE), Qt.ItemDataRole.ToolTipRole) == (
        "'06 1144' is geen geldig Nederlands nummer")
    assert model.data(model.index(row, PHONE + 1)) == "✗ ongeldig"
    assert window.tab_text(window.contacts).endswith("⚠1")
    assert not window.publish_panel.publish_button.isEnabled()
    assert not window.publish()  # nothing is signed while a problem remains

    type_in_cell(qtbot, window, row, PHONE, "06 11442100")
    qtbot.waitUntil(lambda: window.problems.texts() == [], timeout=CHECK_MS)
    assert model.data(model.index(row, PHONE + 1)) == "+31611442100"
    assert window.publish_panel.change_lines() == [
        "Wat verandert er voor werkplekken: 1 nummer gewijzigd.",
        "Revisie 1 → 2.",
        "Ander nummer: OvJ (Openbaar Ministerie; zeeland-ovj): 06 11442199 → 06 11442100",
    ]


def test_undo_and_redo_with_the_keys(make_admin, qtbot):
    window = make_admin()
    row = row_of(window, "zeeland-ovd-r")
    type_in_cell(qtbot, window, row, PHONE, "088 9638000")
    model = window.contacts.model
    assert model.data(model.index(row, PHONE)) == "088 9638000"
    table = window.contacts.table
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.data(model.index(row, PHONE)) == "088 9638927"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, ctrl_shift)
    assert model.data(model.index(row, PHONE)) == "088 9638000"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.redo_action.text() == (
        "Opnieuw Contact 'Politie (OVD-R)': Telefoonnummer (zoals geschreven) gewijzigd")
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Windows' redo key works too
    assert model.data(model.index(row, PHONE)) == "088 9638000"


def test_typing_in_a_field_is_one_undo_step_and_ctrl_z_undoes_the_draft(make_admin, qtbot):
    window = make_admin()
    window.show_tab(window.contacts)
    window.contacts.select(row_of(window, "zeeland-fa"))
    field = window.contacts.form.fields["phone"].editor
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "088 0617400")
    assert window.contacts.form.fields["phone"].live.text() == "✓ +31880617400"
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "088 0617402"  # the draft's undo, not the field's own
    assert window.document.get(("contacts", row_of(window, "zeeland-fa"), "phone")) == "088 0617402"


def test_the_live_check_of_a_number_as_it_is_typed(make_admin, qtbot):
    window = make_admin()
    window.contacts.select(row_of(window, "zeeland-fa"))
    field = window.contacts.form.fields["phone"]
    field.editor.setFocus()
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "088 06")
    assert field.live.text() == "✗ geen geldig Nederlands nummer"
    qtbot.keyClicks(field.editor, "17402")
    assert field.live.text() == "✓ +31880617402"


def test_the_availability_preview_says_the_rules_in_words(make_admin, qtbot):
    window = make_admin()
    window.show_tab(window.contacts)
    window.contacts.select(row_of(window, "zeeland-rvdk"))
    editor = window.contacts.extra[0]
    assert editor.preview.text() == "Voorbeeld: ma-vr 08:30-12:30 consult; crisis 24/7"
    editor.rules.setCurrentRow(1)  # the consult window
    friday = editor.day_boxes[4]
    friday.click()
    assert editor.preview.text() == "Voorbeeld: ma-do 08:30-12:30 consult; crisis 24/7"
    editor.closes.setFocus()
    editor.closes.selectAll()
    qtbot.keyClicks(editor.closes, "13:00")
    assert editor.preview.text() == "Voorbeeld: ma-do 08:30-13:00 consult; crisis 24/7"
    model = window.contacts.model
    row = row_of(window, "zeeland-rvdk")
    assert model.data(model.index(row, 6)) == "ma-do 08:30-13:00 consult; crisis 24/7"
    editor.holidays.setCurrentIndex(editor.holidays.findData(True))
    editor.holidays.activated.emit(editor.holidays.currentIndex())
    assert editor.preview.text() == "Voorbeeld: ma-do 08:30-13:00 consult, niet op feestdagen; crisis 24/7"


def test_a_rule_with_hours_the_wrong_way_round_is_named_next_to_the_rule(make_admin, qtbot):
    window = make_admin()
    window.show_tab(window.contacts)
    window.contacts.select(row_of(window, "zeeland-rvdk"))
    editor = window.contacts.extra[0]
    editor.rules.setCurrentRow(1)
    editor.closes.selectAll()
    qtbot.keyClicks(editor.closes, "08:00")
    qtbot.waitUntil(editor.rule_problem.isVisible, timeout=CHECK_MS)
    assert editor.rule_problem.text() == (
        "Contact 'RvdK (bureaudienst)' (Zeeland), bereikbaarheid, regel 2: begintijd 08:30 ligt niet vóór "
        "eindtijd 08:00")


def test_choosing_a_problem_goes_to_its_field(make_admin, qtbot):
    window = make_admin()
    row = row_of(window, "zeeland-fa")
    window.document.set(("contacts", row, "phone"), "12", "test")
    window.validate_now()
    window.show_tab(window.chart)
    item = window.problems.list.item(0)
    window.problems.list.itemClicked.emit(item)
    assert window.current_tab() is window.contacts
    assert window.contacts.current_row() == row
    assert QApplication.focusWidget() is window.contacts.form.fields["phone"].editor


def test_a_box_title_typed_redraws_the_chart(make_admin, qtbot):
    window = make_admin()
    window.show_tab(window.chart)
    chart = window.chart
    chart.sections.setCurrentWidget(chart.boxes)
    before = chart.redraws
    chart.boxes.select(0)
    index = chart.boxes.model.index(0, 0)
    chart.boxes.model.setData(index, "Melding bij Veilig Thuis")
    qtbot.waitUntil(lambda: chart.redraws > before, timeout=CHECK_MS)
    item = chart.chart.items_by_id["vt-melding"]
    assert item.box.title == "Melding bij Veilig Thuis"
    assert window.publish_panel.change_lines()[-1] == "Vak gewijzigd: 'Melding bij Veilig Thuis' (vt-melding)"


def test_a_draft_is_restored_after_the_window_is_destroyed_without_closing(make_admin, qtbot, data_dir):
    window = make_admin(track=False)
    row = row_of(window, "zeeland-ovd-r")
    type_in_cell(qtbot, window, row, PHONE, "088 9638000")
    path = data_dir / "drafts" / f"{ZWB}.json"
    assert json.loads(path.read_text())["bundle"]["contacts"][row]["phone"] == "088 9638000"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    shiboken6.delete(window)  # no closeEvent: as when the app is killed

    again = make_admin()
    assert again.document.get(("contacts", row, "phone")) == "088 9638000"
    assert "Uw concept van Zeeland-West-Brabant is hersteld" in again.notice.text()
    assert again.publish_panel.change_lines()[-1] == (
        "Ander nummer: Politie (OVD-R) (Politie; zeeland-ovd-r): 088 9638927 → 088 9638000")


def test_an_unchanged_draft_leaves_nothing_behind_when_closed(make_admin, data_dir):
    window = make_admin()
    window.close()
    assert DraftFolder(data_dir).region_ids() == []
    again = make_admin()
    assert again.notice.text() == ""


def test_a_second_window_on_the_same_draft_is_refused(make_admin):
    first = make_admin()
    second = make_admin()
    assert first.region_id() == ZWB
    assert second.region_id() is None
    assert "al geopend in een ander venster" in second.notice.text()
    first.close()
    assert second.open_region(ZWB)


def test_a_draft_changed_elsewhere_is_not_overwritten(make_admin, qtbot, data_dir):
    window = make_admin()
    row = row_of(window, "zeeland-ovd-r")
    type_in_cell(qtbot, window, row, PHONE, "088 9638000")
    path = data_dir / "drafts" / f"{ZWB}.json"
    record = json.loads(path.read_text())
    record["bundle"]["publisher"] = "Een ander programma"
    path.write_text(json.dumps(record))
    type_in_cell(qtbot, window, row, PHONE, "088 9638001")
    assert "in een ander venster of programma gewijzigd" in window.conflict_notice.text()
    assert json.loads(path.read_text())["bundle"]["publisher"] == "Een ander programma"
    window.keep_mine.click()
    assert window.conflict_notice.text() == ""
    assert json.loads(path.read_text())["bundle"]["contacts"][row]["phone"] == "088 9638001"


def test_a_file_is_opened_as_a_draft_compared_with_this_workstations_copy(make_admin, tmp_path, qtbot):
    data = json.loads(REGION_FILE.read_text(encoding="utf-8"))
    data["contacts"] = [c for c in data["contacts"] if c["id"] != "zeeland-fa"]
    file = tmp_path / "nieuw.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    window = make_admin()
    assert window.open_file(file)
    assert window.contacts.model.rowCount() == 27
    assert "geopend uit bestand nieuw.json" in window.where.text()
    assert window.publish_panel.change_lines() == [
        "Wat verandert er voor werkplekken: 1 nummer vervallen.",
        "Revisie 1 → 2.",
        "Vervallen: Forensisch arts (Forensisch arts; zeeland-fa): 088 0617402",
    ]


def test_a_file_that_is_not_json_is_said_in_dutch(make_admin, tmp_path):
    file = tmp_path / "kapot.json"
    file.write_text("{half", encoding="utf-8")
    window = make_admin()
    assert not window.open_file(file)
    assert "geen geldige JSON" in window.notice.text()
    assert window.region_id() == ZWB


def test_text_from_the_bundle_is_shown_as_text(make_admin, qtbot):
    window = make_admin()
    row = row_of(window, "zeeland-fa")
    window.document.set(("contacts", row, "role"), "<b>Vet</b> <img src=x>", "test")
    window.document.set(("contacts", row, "phone"), "1", "test")
    window.validate_now()
    assert window.problems.texts()[0].startswith("Contact '<b>Vet</b> <img src=x>' (Zeeland)")
    for label in window.findChildren(QLabel):
        if "<b>Vet</b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_every_control_of_the_workbench_has_a_name_and_no_alt_key_is_used_twice(make_admin):
    window = make_admin()
    assert unnamed(window) == []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert twice(alt_keys(window)) == [], window.tabs.tabText(tab)


def test_the_admin_region_is_remembered(make_admin, data_dir):
    window = make_admin()
    assert Settings(data_dir).get(settings.ADMIN_REGION) == ZWB
    window.close()


def test_the_workbench_speaks_english(english, make_admin):
    window = make_admin()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["&General", "A&reas", "&Contacts", "&Footnotes", "Route&kaart", "&Discussion points",
                    "&Publish", "K&ey"]
    assert window.problems.heading.text() == "✓ No problems found."
    assert window.publish_panel.publish_button.text() == "&Sign and publish"
    model = window.contacts.model
    assert model.headerData(PHONE, Qt.Orientation.Horizontal) == "Phone number (as written)"


def test_the_regions_own_bespreekpunten_are_edited_and_checked(make_admin):
    window = make_admin()
    editor = window.bespreekpunten
    window.show_tab(editor)
    assert window.document.get(("bespreekpunten",)) is None  # the ZWB routekaart has none of its own
    editor.add_button.click()
    window.validate_now()
    assert sorted(window.problems.texts()) == [
        "Bespreekpunt 1, punt 1, tekst: mag niet leeg zijn",
        "Bespreekpunt 1, titel: mag niet leeg zijn",
    ]
    editor.model.setData(editor.model.index(0, 1), "Veiligheid van het kind")
    items = editor.extra[0].editor
    items.model.setData(items.model.index(0, 1), "Is het kind nu veilig?")
    window.validate_now()
    assert window.problems.texts() == []
    assert window.document.get(("bespreekpunten", 0, "items", 0, "text")) == "Is het kind nu veilig?"
    editor.remove_button.click()
    assert window.document.get(("bespreekpunten",), "weg") == "weg"  # the last one gone: the key too


def test_the_draft_prints_as_the_routekaart_pdf(make_admin, qtbot, tmp_path):
    window = make_admin()
    type_in_cell(qtbot, window, row_of(window, "zeeland-ovd-r"), PHONE, "088 9638000")
    target = tmp_path / "routekaart.pdf"
    assert window.print_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    window.document.set(("contacts", 0, "phone"), "123", "test")
    assert not window.print_pdf(tmp_path / "kapot.pdf")  # an invalid draft is not printed
    assert window.failure.box is not None
    assert "geen geldig Nederlands nummer" in window.failure.box.text()
    assert not (tmp_path / "kapot.pdf").exists()


def test_a_routekaart_pdf_that_cannot_be_written_says_why_in_a_warning(make_admin, tmp_path):
    window = make_admin()
    not_a_folder = tmp_path / "regio.txt"
    not_a_folder.write_text("geen map", encoding="utf-8")

    assert not window.print_pdf(not_a_folder / "routekaart.pdf")

    assert window.failure.box is not None
    text = window.failure.box.text()
    assert text.startswith("Het bestand kon niet worden opgeslagen als ")
    assert "routekaart.pdf" in text and "is een bestand, geen map" in text
    assert not_a_folder.read_text(encoding="utf-8") == "geen map"
