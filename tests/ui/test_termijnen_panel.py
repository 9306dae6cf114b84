"""The deadlines panel: rows that still need a date say so, footnotes stand with their row, and
the hearing's kind is one of the case's events."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.cases.termijnen_panel import EDITABLE_ANCHORS, TermijnenPanel
from routekaarten.clock import AMSTERDAM
from routekaarten.termijnen import overview
from tests.ui.helpers import PASSPHRASE, open_cases, type_date

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]


def test_needed_rows_and_footnotes_are_shown(qtbot) -> None:
    panel = TermijnenPanel()
    qtbot.addWidget(panel)
    now = datetime(2026, 12, 1, 9, 0, tzinfo=AMSTERDAM)
    panel.show_overview(overview(ENTRIES, {"melding": date(2026, 11, 30)}), now)

    rows = {row[3]: row for row in panel.rows()}
    assert rows["studioverhoor"][:1] == ["—"]
    assert rows["studioverhoor"][4] == "Nodig: de datum van melding bij de politie."
    assert "voetnoot 33: Huidige afspraak in zedenzaken" in rows["Plan van aanpak naar OvJ"][5]
    assert "geldt nu alleen in zedenzaken" in rows["Plan van aanpak naar OvJ"][5]
    assert rows["Afronden onderzoek en eventueel overdragen"][0] == "08-02-2027"
    assert "niet bindend" in rows["Afronden onderzoek en eventueel overdragen"][5]
    # a footnote that ends in a full stop is followed by a separator, not by ".;"
    zsm = rows["Beslissing over afdoeningsrichting door OM"][5]
    assert "nog per parket. · " in zsm
    assert not any(".;" in row[5] for row in rows.values())


def test_choosing_the_kind_of_hearing_emits_it_as_an_event(qtbot) -> None:
    panel = TermijnenPanel()
    qtbot.addWidget(panel)
    with qtbot.assert_not_emitted(panel.eventChanged):  # loading a case is not an edit
        panel.load_events({"zitting": date(2027, 3, 9), "zitting_soort": "snel"})
    assert panel.soort.currentData() == "snel"

    with qtbot.wait_signal(panel.eventChanged) as blocker:
        panel.soort.setCurrentIndex(panel.soort.findData("regulier"))
    assert blocker.args == ["zitting_soort", "regulier"]


NOW = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
WITH_TIME = ("aanhouding", "voorgeleiding", "raadkamer")


def _panel(qtbot) -> TermijnenPanel:
    panel = TermijnenPanel(now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.mark.parametrize("anchor", EDITABLE_ANCHORS)
def test_each_event_field_takes_a_typed_date_and_is_cleared(qtbot, anchor) -> None:
    panel = _panel(qtbot)
    field = panel.editors[anchor]
    assert "niet gebeurd / onbekend" in field.edit.placeholderText()
    with qtbot.wait_signal(panel.eventChanged) as typed:
        type_date(qtbot, field, "27112026")
    assert typed.args == [anchor, date(2026, 11, 27)]
    assert field.text() == "27-11-2026"
    with qtbot.wait_signal(panel.eventChanged) as cleared:
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert cleared.args == [anchor, None]
    assert field.text() == ""


@pytest.mark.parametrize("anchor", EDITABLE_ANCHORS)
def test_only_the_custody_events_take_a_time(qtbot, anchor) -> None:
    panel = _panel(qtbot)
    field = panel.editors[anchor]
    with qtbot.wait_signal(panel.eventChanged, timeout=1000, raising=False) as typed:
        type_date(qtbot, field, "27-11-2026 14:30")
    if anchor in WITH_TIME:
        assert typed.args == [anchor, datetime(2026, 11, 27, 14, 30)]
        assert field.text() == "27-11-2026 14:30"
        assert field.error_text() == ""
    else:
        assert not typed.signal_triggered  # a time where none is counted is refused, not dropped
        assert field.error_text() != ""
        assert field.text() == "27-11-2026 14:30"


def test_delete_on_a_selected_field_clears_it(qtbot) -> None:
    panel = _panel(qtbot)
    field = panel.editors["aangifte"]
    type_date(qtbot, field, "vandaag")
    field.edit.selectAll()
    with qtbot.wait_signal(panel.eventChanged) as cleared:
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert cleared.args == ["aangifte", None]


def test_loaded_events_show_in_their_fields(qtbot) -> None:
    panel = _panel(qtbot)
    panel.load_events(
        {"aanhouding": datetime(2026, 11, 28, 23, 10), "aangifte": date(2026, 11, 27), "zitting_soort": "om"}
    )
    assert panel.editors["aanhouding"].text() == "28-11-2026 23:10"
    assert panel.editors["aangifte"].text() == "27-11-2026"
    assert panel.editors["raadkamer"].text() == ""
    assert panel.soort.currentData() == "om"
    panel.load_events({})
    assert panel.editors["aanhouding"].text() == ""
    assert panel.soort.currentData() == ""


def test_typed_aanhouding_is_saved_with_its_time_and_counts_in_hours(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    panel = page.editor.termijnen
    type_date(qtbot, panel.editors["aanhouding"], "29-11-2026 22:15")
    assert page.cases.events(page.case.id)["aanhouding"] == datetime(2026, 11, 29, 22, 15)
    rows = {row[3]: row for row in panel.rows()}
    # art. 56a Sv: 9 hours, not counting 00:00-09:00, from Sunday 22:15 is Monday 16:15
    assert "uiterlijk maandag 30 november 16:15" in rows["Besluit over inverzekeringstelling"][4]
    type_date(qtbot, panel.editors["voorgeleiding"], "28-11-2026 10:00")  # before the aanhouding
    assert "vóór" in panel.editors["voorgeleiding"].error_text()
    assert "voorgeleiding" not in page.cases.events(page.case.id)
    qtbot.mouseClick(panel.editors["aanhouding"].clear_button, Qt.MouseButton.LeftButton)
    assert "aanhouding" not in page.cases.events(page.case.id)


def test_typed_hearing_and_its_kind_are_saved(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    panel = page.editor.termijnen
    type_date(qtbot, panel.editors["zitting"], "15-12-2026")
    panel.soort.setCurrentIndex(panel.soort.findData("supersnel"))
    events = page.cases.events(page.case.id)
    assert events["zitting"] == date(2026, 12, 15)
    assert events["zitting_soort"] == "supersnel"
    page.open_case(page.case.id)
    assert panel.editors["zitting"].text() == "15-12-2026"
    assert panel.soort.currentText() == "supersnelrecht"


def _late_marks(window, qtbot) -> dict[str, str]:
    """The "Nog" column after typing an aanhouding on Wednesday 2 December 2026 at 08:00."""
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    type_date(qtbot, page.editor.form.melding, "02-12-2026")
    panel = page.editor.termijnen
    type_date(qtbot, panel.editors["aanhouding"], "02-12-2026 08:00")
    assert panel.editors["aanhouding"].error_text() == ""
    return {row[3]: row[1] for row in panel.rows()}


@pytest.mark.parametrize(
    ("at", "zsm", "ivs"),
    [
        # ZSM: 9 hours after 08:00 is 17:00 (Bijlage 7, seed r. 1984); art. 56a Sv: 9 hours from
        # 09:00 (00:00-09:00 not counted) is 18:00 (r. 2025, footnote 32).
        ((16, 59), "vandaag om 17:00", "vandaag om 18:00"),
        ((17, 1), "⚠ vandaag om 17:00 verlopen", "vandaag om 18:00"),
        ((19, 48), "⚠ vandaag om 17:00 verlopen", "⚠ vandaag om 18:00 verlopen"),
    ],
)
def test_a_deadline_in_hours_shows_late_once_its_hour_has_passed(make_window, qtbot, at, zsm, ivs):
    marks = _late_marks(make_window(datetime(2026, 12, 2, *at, tzinfo=AMSTERDAM)), qtbot)
    assert marks["Beslissing over afdoeningsrichting door OM"] == zsm
    assert marks["Besluit over inverzekeringstelling"] == ivs


def test_an_event_later_today_than_now_is_refused_in_its_field(make_window, qtbot):
    page = open_cases(make_window(datetime(2026, 12, 2, 19, 48, tzinfo=AMSTERDAM)), qtbot, creating=True)
    page.new_case()
    field = page.editor.termijnen.editors["aanhouding"]
    type_date(qtbot, field, "02-12-2026 21:40")
    assert "ligt in de toekomst; het is nu woensdag 2 december 2026 19:48" in field.error_text()
    assert field.text() == "02-12-2026 21:40"
    assert "aanhouding" not in page.cases.events(page.case.id)
    type_date(qtbot, field, "vandaag 19:40")
    assert field.error_text() == ""
    assert page.cases.events(page.case.id)["aanhouding"] == datetime(2026, 12, 2, 19, 40)


def test_a_time_typed_in_a_date_only_field_says_the_field_takes_no_time(qtbot) -> None:
    panel = _panel(qtbot)
    field = panel.editors["aangifte"]
    with qtbot.assert_not_emitted(panel.eventChanged):
        type_date(qtbot, field, "2-12-2026 08:00")
    assert field.error_text() == (
        "⚠ ‘2-12-2026 08:00’: in dit veld komt alleen een datum, zonder tijd. Typ bijvoorbeeld 29-11-2026."
    )
    assert field.text() == "2-12-2026 08:00"


def _unlock(page, qtbot) -> None:
    page.unlock_panel.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)


def test_a_refused_police_melding_is_said_at_its_field_and_kept_over_a_lock(make_window, qtbot):
    """The reviewer's steps: a melding bij de politie before the melding at Veilig Thuis."""
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()  # melding at Veilig Thuis today, 30-11-2026
    page.editor.form.melding.setValue(date(2026, 11, 30))
    page.editor.tabs.setCurrentWidget(page.editor.termijnen)
    field = page.editor.termijnen.editors["melding_politie"]
    type_date(qtbot, field, "01-11-2026")
    assert field.error.isVisible()
    assert "Niet opgeslagen" in field.error_text()
    assert "ligt vóór de melding bij Veilig Thuis" in field.error_text()
    assert field.edit.property("invalid") is True
    assert field.text() == "01-11-2026"  # what was typed stays
    assert "melding_politie" not in page.cases.events(page.case.id)

    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    _unlock(page, qtbot)
    field = page.editor.termijnen.editors["melding_politie"]
    assert field.text() == "01-11-2026"
    assert "Niet opgeslagen" in field.error_text()
    assert "melding_politie" not in page.cases.events(page.case.id)

    page.editor.form.melding.edit.setText("31-10-2026")  # the other date was the wrong one
    page.editor.form.melding.commit()
    assert page.cases.events(page.case.id)["melding_politie"] == date(2026, 11, 1)
    assert field.error_text() == ""
    assert field.text() == "01-11-2026"


def test_an_aanhouding_in_the_future_is_refused_at_its_field_until_corrected(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    field = page.editor.termijnen.editors["aanhouding"]
    type_date(qtbot, field, "02-12-2026 21:40")
    assert "toekomst" in field.error_text()
    assert field.text() == "02-12-2026 21:40"
    assert "aanhouding" not in page.cases.events(page.case.id)
    other = page.editor.termijnen.editors["aangifte"]
    type_date(qtbot, other, "27-11-2026")  # another field's save leaves the refusal standing
    assert "toekomst" in field.error_text()
    type_date(qtbot, field, "29-11-2026 21:40")
    assert field.error_text() == ""
    assert page.cases.events(page.case.id)["aanhouding"] == datetime(2026, 11, 29, 21, 40)


def _shown_with_deadlines(qtbot) -> TermijnenPanel:
    """A panel on screen and active, with the deadlines of a huisverbod on Sunday 29 November."""
    panel = _panel(qtbot)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.show_overview(overview(ENTRIES, {"huisverbod": date(2026, 11, 29)}), NOW)
    return panel


def test_typing_in_a_deadline_cell_changes_nothing(qtbot) -> None:
    """The reviewer typed "29-11-20…" into "Rechtbank – Besluit over verlenging": the table shows
    computed deadlines, it is not a form."""
    panel = _shown_with_deadlines(qtbot)
    table = panel.table
    row = next(r for r, cells in enumerate(panel.rows()) if cells[3] == "Besluit over verlenging")
    before = panel.rows()[row]
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.waitUntil(table.hasFocus)

    def type_as_a_user(keys: str) -> None:  # into whatever has the focus: an editor, if one opened
        qtbot.keyClicks(QApplication.focusWidget(), keys)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    type_as_a_user("29-11-20")
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_as_a_user("x")
    rect = table.visualItemRect(table.item(row, 3))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_as_a_user("y")

    assert panel.rows()[row] == before
    assert table.state() != table.State.EditingState
    assert before[0] == "14-12-2026"  # 14 days after 29 November (seed r. 1996)


def test_tab_leaves_the_deadline_table_instead_of_walking_its_cells(qtbot) -> None:
    panel = _shown_with_deadlines(qtbot)
    table = panel.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert (table.currentRow(), table.currentColumn()) == (0, 0)


def test_an_aanhouding_without_its_time_asks_for_the_time_in_the_zsm_row_as_in_the_police_row(
    make_window, qtbot
):
    """The reviewer's steps: an aanhouding typed as a date only showed ZSM "vandaag om 09:00"."""
    page = open_cases(make_window(datetime(2026, 12, 2, 16, 0, tzinfo=AMSTERDAM)), qtbot, creating=True)
    page.new_case()
    panel = page.editor.termijnen
    type_date(qtbot, panel.editors["aanhouding"], "02-12-2026")
    assert page.cases.events(page.case.id)["aanhouding"] == date(2026, 12, 2)
    rows = {row[3]: row for row in panel.rows()}
    asked = "Nodig: het tijdstip van de aanhouding (deze termijn telt in uren)."
    assert rows["Beslissing over afdoeningsrichting door OM"][:2] == ["—", ""]
    assert rows["Beslissing over afdoeningsrichting door OM"][4] == asked
    assert rows["Besluit over inverzekeringstelling"][4] == asked
    assert not any("09:00" in cell for row in panel.rows() for cell in row[:2])
