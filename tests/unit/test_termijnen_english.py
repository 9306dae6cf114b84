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
