"""The date fields of a case as a user types them: incident, melding, and *Wanneer*."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.widgets.date_field import DateField
from routekaarten.clock import AMSTERDAM
from tests.ui.helpers import open_cases as _open_cases
from tests.ui.helpers import type_date


def test_typed_incident_with_a_time_is_saved_and_comes_back(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    type_date(qtbot, page.editor.form.incident, "29112026 7:45")
    assert page.editor.form.incident.text() == "29-11-2026 07:45"
    assert page.editor.form.incident.error_text() == ""
    stored = page.cases.case(page.case.id)
    assert stored.incident_moment == datetime(2026, 11, 29, 7, 45)
    page.editor.form.load(stored)
    assert page.editor.form.incident.text() == "29-11-2026 07:45"


def test_impossible_incident_is_shown_inline_and_what_was_typed_stays(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    type_date(qtbot, page.editor.form.incident, "31-02-2026")
    assert "geen dag 31" in page.editor.form.incident.error_text()
    assert page.editor.form.incident.text() == "31-02-2026"
    assert page.cases.case(page.case.id).incident_date is None
    type_date(qtbot, page.editor.form.incident, "01-01-1999")
    assert "vóór 2000" in page.editor.form.incident.error_text()
    type_date(qtbot, page.editor.form.incident, "28-02-2026")
    assert page.editor.form.incident.error_text() == ""
    assert page.cases.case(page.case.id).incident_date == date(2026, 2, 28)


def test_incident_is_cleared_with_the_button_and_with_delete(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    type_date(qtbot, page.editor.form.incident, "vandaag")
    assert page.cases.case(page.case.id).incident_date == date(2026, 11, 30)
    qtbot.mouseClick(page.editor.form.incident.clear_button, Qt.MouseButton.LeftButton)
    assert page.editor.form.incident.text() == ""
    assert page.cases.case(page.case.id).incident_date is None
    type_date(qtbot, page.editor.form.incident, "27-11-2026")
    page.editor.form.incident.edit.selectAll()
    qtbot.keyClick(page.editor.form.incident.edit, Qt.Key.Key_Delete)
    assert page.cases.case(page.case.id).incident_date is None


def test_melding_typed_in_the_future_is_refused_and_an_empty_one_is_not_saved(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    melding = page.editor.form.melding
    type_date(qtbot, melding, "05-01-2027")
    assert melding.error.isVisible()
    assert melding.error_text().startswith("⚠ Niet opgeslagen: De datum van de melding (dinsdag 5 januari")
    assert "ligt in de toekomst" in melding.error_text()
    assert melding.text() == "05-01-2027"  # what was typed stays, to be corrected
    assert page.editor.form.error.text() == ""  # said at the field, not under the form
    qtbot.mouseClick(melding.clear_button, Qt.MouseButton.LeftButton)
    assert "Niet opgeslagen: Een zaak heeft een datum van melding" in melding.error_text()
    assert page.cases.case(page.case.id).melding_date == date(2026, 11, 30)
    assert melding.value() == date(2026, 11, 30)  # the stored day is what the case goes on with
    type_date(qtbot, melding, "27-11-2026")
    assert page.cases.case(page.case.id).melding_date == date(2026, 11, 27)
    assert not melding.error.isVisible()


def test_an_incident_after_the_melding_is_refused_at_its_field_and_saved_once_the_melding_is_corrected(
    make_window, qtbot
):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    form = page.editor.form
    type_date(qtbot, form.melding, "27-11-2026")
    type_date(qtbot, form.incident, "28-11-2026 21:40")
    assert form.incident.error.isVisible()
    assert form.incident.error_text() == (
        "⚠ Niet opgeslagen: De melding (vrijdag 27 november 2026) ligt vóór het incident "
        "(zaterdag 28 november 2026). Een melding kan niet aan het incident voorafgaan; "
        "controleer beide data."
    )
    assert form.incident.text() == "28-11-2026 21:40"
    assert form.error.text() == ""
    assert page.cases.case(page.case.id).incident_moment is None

    form.zeden.setChecked(True)  # another edit is saved with the stored incident; the text stays
    assert page.cases.case(page.case.id).zeden is True
    assert page.cases.case(page.case.id).incident_moment is None
    assert form.incident.text() == "28-11-2026 21:40"
    assert "Niet opgeslagen" in form.incident.error_text()

    type_date(qtbot, form.melding, "29-11-2026")  # now the incident fits and is saved too
    stored = page.cases.case(page.case.id)
    assert stored.melding_date == date(2026, 11, 29)
    assert stored.incident_moment == datetime(2026, 11, 28, 21, 40)
    assert not form.incident.error.isVisible()
    assert form.incident.error_text() == ""


def test_calendar_opens_at_today_and_at_the_fields_own_month(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    field = page.editor.form.incident
    field._prepare_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2026, 11)  # the clock's today
    type_date(qtbot, field, "03-05-2025")
    field._prepare_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2025, 5)


def test_a_day_picked_in_the_calendar_keeps_the_typed_time(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    field = page.editor.form.incident
    type_date(qtbot, field, "20-11-2026 22:10")
    field._prepare_calendar()
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(1))
    assert field.text() == "21-11-2026 22:10"
    assert page.cases.case(page.case.id).incident_moment == datetime(2026, 11, 21, 22, 10)


def test_wanneer_of_a_bespreekpunt_is_typed_corrected_and_cleared(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.tabs.setCurrentWidget(page.editor.checklist)
    page.editor.checklist.select_item("verdenking-1")
    due = page.editor.checklist.due
    due._prepare_calendar()
    assert (due.calendar.yearShown(), due.calendar.monthShown()) == (2026, 11)
    type_date(qtbot, due, "4-12-2026")
    assert due.text() == "04-12-2026"
    assert page.cases.checklist(page.session.vault, page.case.id)["verdenking-1"].due == date(2026, 12, 4)
    assert page.editor.checklist.tree.currentItem().text(3) == "04-12-2026"
    type_date(qtbot, due, "4-12-20266")
    assert "geen datum" in due.error_text()
    assert due.text() == "4-12-20266"
    qtbot.mouseClick(due.clear_button, Qt.MouseButton.LeftButton)
    assert page.cases.checklist(page.session.vault, page.case.id)["verdenking-1"].due is None


def test_an_invalid_incident_survives_saving_another_field(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    type_date(qtbot, page.editor.form.incident, "31-02-2026")
    type_date(qtbot, page.editor.form.melding, "27-11-2026")  # saved: the case list is reloaded
    assert page.cases.case(page.case.id).melding_date == date(2026, 11, 27)
    assert page.editor.form.incident.text() == "31-02-2026"
    assert "geen dag 31" in page.editor.form.incident.error_text()


def test_a_label_mnemonic_reaches_the_typing_field(qtbot):
    """Alt+C on "In&cident" focuses the buddy only when it takes focus; its proxy is the edit, so the
    keyboard user types the date at once instead of landing on the calendar button."""
    from PySide6.QtCore import Qt as QtNamespace

    field = DateField("Datum incident", with_time=True, today=lambda: date(2026, 12, 2))
    qtbot.addWidget(field)
    assert field.focusPolicy() == QtNamespace.FocusPolicy.StrongFocus
    assert field.focusProxy() is field.edit


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("01-06-2027", "De datum van het incident (dinsdag 1 juni 2027) ligt in de toekomst"),
        ("vandaag 21:40", "Het tijdstip van het incident (woensdag 2 december 2026 21:40) ligt in de"),
    ],
)
def test_an_incident_in_the_future_is_refused_inline_and_the_typed_text_stays(
    make_window, qtbot, typed, words
):
    page = _open_cases(make_window(datetime(2026, 12, 2, 19, 48, tzinfo=AMSTERDAM)), qtbot, creating=True)
    page.new_case()
    field = page.editor.form.incident
    type_date(qtbot, field, typed)
    assert words in field.error_text()
    assert field.error_text().startswith("⚠ ")
    assert field.text() == typed
    assert page.cases.case(page.case.id).incident_date is None
    page.editor.form.zeden.setChecked(True)  # another edit saves and reloads the case
    assert field.text() == typed and words in field.error_text()
    type_date(qtbot, field, "vandaag 19:40")
    assert field.error_text() == ""
    assert page.cases.case(page.case.id).incident_moment == datetime(2026, 12, 2, 19, 40)
