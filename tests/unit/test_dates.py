"""Dates as people type them (routekaarten.dates): forms accepted, impossible dates refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routekaarten.dates import DateInputError, format_moment, parse_date, parse_moment

TODAY = date(2026, 11, 30)
IN_RANGE = st.dates(min_value=date(2000, 1, 1), max_value=date(2031, 11, 30))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("29-11-2026", date(2026, 11, 29)),
        ("29112026", date(2026, 11, 29)),
        ("1-2-2026", date(2026, 2, 1)),
        ("01/02/2026", date(2026, 2, 1)),
        ("27.4.2026", date(2026, 4, 27)),  # King's Day
        (" vandaag ", TODAY),
        ("Vandaag", TODAY),
        ("29-02-2028", date(2028, 2, 29)),  # a leap year
        ("", None),
        ("   ", None),
    ],
)
def test_typed_dates_are_read(typed, expected):
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("31-02-2026", "geen dag 31"),
        ("29-02-2027", "geen dag 29"),
        ("01-13-2026", "maand 13"),
        ("31-12-1999", "vóór 2000"),
        ("01-01-2032", "in de toekomst"),
        ("onbekend29112026", "geen datum"),
        ("14:30", "ook een datum"),
        ("2026-11-29", "dd-mm-jjjj"),
    ],
)
def test_impossible_dates_get_a_dutch_reason(typed, words):
    with pytest.raises(DateInputError, match=words):
        parse_date(typed, TODAY)


@pytest.mark.parametrize("typed", ["2-12-2026 08:00", "02122026 8:00", "vandaag 14:30"])
def test_a_time_in_a_date_only_field_is_refused_as_a_time_not_as_no_date(typed):
    with pytest.raises(DateInputError) as caught:
        parse_date(typed, TODAY)
    assert str(caught.value) == (
        f"‘{typed}’: in dit veld komt alleen een datum, zonder tijd. Typ bijvoorbeeld 29-11-2026."
    )


def test_moment_with_a_time_and_without():
    assert parse_moment("29-11-2026 14:30", TODAY) == datetime(2026, 11, 29, 14, 30)
    assert parse_moment("vandaag 9.15", TODAY) == datetime(2026, 11, 30, 9, 15)
    assert parse_moment("29-11-2026 0700", TODAY) == datetime(2026, 11, 29, 7, 0)
    assert parse_moment("29-11-2026", TODAY) == date(2026, 11, 29)
    assert parse_moment("", TODAY) is None


@pytest.mark.parametrize(
    ("typed", "words"),
    [("29-11-2026 24:00", "tijd van de dag"), ("29-11-2026 laat", "geen tijd"), ("9:15", "ook een datum")],
)
def test_impossible_times_get_a_dutch_reason(typed, words):
    with pytest.raises(DateInputError, match=words):
        parse_moment(typed, TODAY)


@given(IN_RANGE)
def test_a_shown_date_reads_back_as_the_same_date(day):
    assert parse_date(format_moment(day), TODAY) == day
    assert parse_date(day.strftime("%d%m%Y"), TODAY) == day
    assert parse_date(f"{day.day}-{day.month}-{day.year}", TODAY) == day


@given(IN_RANGE, st.times().map(lambda t: time(t.hour, t.minute)))
def test_a_shown_moment_reads_back_as_the_same_moment(day, moment):
    value = datetime.combine(day, moment)
    assert parse_moment(format_moment(value), TODAY) == value


@given(st.dates(min_value=TODAY + timedelta(days=5 * 366 + 1)))
def test_every_date_far_in_the_future_is_refused(day):
    with pytest.raises(DateInputError):
        parse_date(format_moment(day), TODAY)


def test_store_times_are_shown_as_dutch_wall_clock_time():
    from routekaarten.dates import local_stamp

    assert local_stamp("2026-11-30T06:59:00+00:00") == "30-11-2026 07:59"  # winter: UTC+1
    assert local_stamp("2026-07-01T06:59:00+00:00") == "01-07-2026 08:59"  # summer: UTC+2
    assert local_stamp("2026-03-29T00:59:00+00:00") == "29-03-2026 01:59"  # just before the change
    assert local_stamp("2026-03-29T01:00:00+00:00") == "29-03-2026 03:00"
    assert local_stamp("") == ""
    assert local_stamp("kapot") == "kapot"
