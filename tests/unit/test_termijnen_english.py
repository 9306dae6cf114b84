"""The termijnen in English mode: countdown, counting sentences, day and month names (issue 11)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from routekaarten import i18n
from routekaarten.termijnen import ImpossibleDate, Termijn, check_case_dates, countdown, overview
from routekaarten.termijnen_report import parse_date
from routekaarten.werkdagen import dutch_day

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES: list[dict[str, Any]] = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("nl")


def termijn(row_id: str, **events: Any) -> Termijn:
    return next(t for t in overview(ENTRIES, events).termijnen if t.id == row_id)


def due_on(day: date | datetime) -> Termijn:
    return Termijn("Politie", "Studioverhoor", day, "", "", "")


@pytest.mark.usefixtures("english")
def test_day_and_month_names_are_english() -> None:
    assert dutch_day(date(2026, 4, 3), year=True) == "Friday 3 April 2026"
    assert dutch_day(date(2026, 5, 5)) == "Tuesday 5 May"


def test_day_and_month_names_stay_dutch_in_dutch() -> None:
    assert dutch_day(date(2026, 4, 3), year=True) == "vrijdag 3 april 2026"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("due", "today", "label"),
    [
        (date(2026, 12, 4), date(2026, 12, 1), "3 days left"),
        (date(2026, 12, 2), date(2026, 12, 1), "1 day left"),
        (date(2026, 12, 1), date(2026, 12, 1), "today"),
        (date(2026, 11, 30), date(2026, 12, 1), "1 day late"),
        (date(2026, 11, 29), date(2026, 12, 1), "2 days late"),
        (datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 1, 8, 0), "today at 09:00"),
        (datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 1, 10, 0), "expired today at 09:00"),
    ],
)
def test_countdown_in_english(due: date, today: date, label: str) -> None:
    assert countdown(due_on(due), today) == label


@pytest.mark.parametrize(
    ("due", "label"),
    [
        (date(2026, 12, 4), "nog 3 dagen"),
        (date(2026, 12, 2), "nog 1 dag"),
        (date(2026, 11, 29), "2 dagen te laat"),
    ],
)
def test_countdown_in_dutch(due: date, label: str) -> None:
    assert countdown(due_on(due), date(2026, 12, 1)) == label


@pytest.mark.usefixtures("english")
def test_triage_over_easter_is_explained_in_english() -> None:
    how = termijn("vt-triage", melding=date(2026, 4, 1)).how
    assert how == (
        "5 working days after the report to Veilig Thuis on Wednesday 1 April (weekends and public "
        "holidays under the General Time Limits Act not counted: Good Friday, Easter Monday)"
    )


@pytest.mark.usefixtures("english")
def test_a_moved_deadline_is_explained_in_english() -> None:
    how = termijn("politie-studioverhoor", melding_politie=date(2026, 4, 21)).how
    assert how == (
        "2 weeks after the report to the police on Tuesday 21 April; falls on Liberation Day "
        "(Tuesday 5 May), moved to Wednesday 6 May (by analogy with Atw art. 1)"
    )


@pytest.mark.usefixtures("english")
def test_the_supersnelrecht_advice_and_the_om_opdracht_in_english() -> None:
    events = {"zitting": date(2026, 4, 7), "zitting_soort": "supersnel"}
    assert ", at 09:00" in termijn("reclassering-supersnelrecht", **events).how
    how = termijn("reclassering-supersnelrecht-opdracht-om", **events).how
    assert how.startswith("3 days before the ")
    assert "in practice at the latest Thursday 2 April" in how


@pytest.mark.usefixtures("english")
def test_impossible_dates_are_refused_in_english() -> None:
    with pytest.raises(
        ImpossibleDate, match="The date of the report \\(Friday 4 December 2026\\) lies in the future"
    ):
        check_case_dates(date(2026, 12, 4), None, date(2026, 12, 1))
    with pytest.raises(ImpossibleDate, match="Invalid date '2026-13-01' for --melding"):
        parse_date("2026-13-01", "melding")


def _shipped_words() -> Iterator[tuple[str, str]]:
    for entry in ENTRIES:
        for field in ("organisation", "title", "source", "footnote", "note", "zitting_type"):
            if entry.get(field):
                yield field, entry[field]


@pytest.mark.parametrize(("field", "text"), sorted(set(_shipped_words())))
def test_every_shipped_row_has_its_words_in_english(field: str, text: str) -> None:
    """The organisation, work, source, footnote, note and kind of hearing of each shipped row of
    Bijlage 7 have an English wording (a name such as "Veilig Thuis" may read the same)."""
    assert text in i18n.catalog("en"), (field, text)


@pytest.mark.usefixtures("english")
def test_a_row_reads_in_english_and_quotes_its_source_as_written() -> None:
    row = termijn("rechtbank-verlenging-huisverbod", huisverbod=date(2026, 11, 29))
    assert (row.organisation, row.what) == ("Court", "Decision on extension (of the restraining order)")
    assert row.source == "Handreiking, Annex 7"
    assert row.as_written == "14 dagen na huisverbod Besluit over verlenging"  # the source's words
    police = termijn("politie-inverzekeringstelling", aanhouding=datetime(2026, 12, 2, 8, 0))
    assert police.footnote == "Follows from the Code of Criminal Procedure"
    assert police.how.startswith(
        "Annex 7: '9 uur na aanhouding Besluit over inverzekeringstelling' (Follows from the Code of"
    )
    hearing = {"zitting": date(2026, 4, 7), "zitting_soort": "supersnel"}
    om = termijn("reclassering-supersnelrecht-opdracht-om", **hearing)
    assert om.organisation == "Public Prosecution Service"
    assert om.what == (
        "Assignment to the probation service: Advice on disposal of the case (the prosecution's "
        "assignment 3 days before the hearing)"
    )
    assert "3 days before the super-fast-track hearing (supersnelrecht) on " in om.how


def test_the_rows_stay_dutch_in_dutch() -> None:
    row = termijn("rechtbank-verlenging-huisverbod", huisverbod=date(2026, 11, 29))
    assert (row.organisation, row.what) == ("Rechtbank", "Besluit over verlenging")
    assert row.source == "Handreiking, Bijlage 7"
