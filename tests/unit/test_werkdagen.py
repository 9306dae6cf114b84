"""Working days per the Algemene termijnenwet: feestdagen, weekends, months and the art. 1 shift."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routekaarten.werkdagen import (
    add_months,
    add_working_days,
    atw_holiday_name,
    dutch_day,
    is_atw_holiday,
    is_working_day,
    next_working_day_on_or_after,
    previous_working_day_on_or_before,
)

# feestdagen -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 1, 1), "Nieuwjaarsdag"),
        (date(2026, 4, 3), "Goede Vrijdag"),  # Atw art. 3 lid 2
        (date(2026, 4, 6), "Tweede paasdag"),
        (date(2026, 4, 27), "Koningsdag"),
        (date(2026, 5, 5), "Bevrijdingsdag"),  # not a lustrum year, still a feestdag
        (date(2026, 5, 14), "Hemelvaartsdag"),
        (date(2026, 5, 25), "Tweede pinksterdag"),
        (date(2026, 12, 25), "Eerste kerstdag"),
        (date(2026, 12, 26), "Tweede kerstdag"),
        (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday
        (date(2027, 5, 5), "Bevrijdingsdag"),
    ],
)
def test_atw_feestdagen_are_recognised_by_name(day: date, name: str) -> None:
    assert atw_holiday_name(day) == name
    assert is_atw_holiday(day)


def test_kings_day_moves_to_the_26th_when_the_27th_is_a_sunday() -> None:
    assert date(2025, 4, 27).weekday() == 6
    assert not is_atw_holiday(date(2025, 4, 27))
    assert is_atw_holiday(date(2025, 4, 26))


def test_easter_and_whit_sunday_are_not_named_by_the_atw_but_are_sundays() -> None:
    for sunday in (date(2026, 4, 5), date(2026, 5, 24)):
        assert not is_atw_holiday(sunday)
        assert not is_working_day(sunday)


def test_good_friday_is_no_working_day_under_atw_article_3_lid_2() -> None:
    assert not is_working_day(date(2026, 4, 3))
    assert is_working_day(date(2026, 4, 2))
    assert is_working_day(date(2026, 4, 7))


def test_fifth_of_may_counts_every_year_not_only_in_lustrum_years() -> None:
    assert all(is_atw_holiday(date(year, 5, 5)) for year in range(2021, 2031))


def test_gelijkgestelde_dagen_of_the_2026_besluit_are_days_off() -> None:
    assert atw_holiday_name(date(2026, 5, 15)) is not None  # Friday after Ascension
    assert not is_working_day(date(2026, 1, 2))
    assert not is_working_day(date(2027, 5, 7))


def test_ordinary_days_and_weekends() -> None:
    assert is_working_day(date(2026, 11, 30))  # Monday
    assert not is_working_day(date(2026, 11, 28))  # Saturday
    assert not is_working_day(date(2026, 11, 29))  # Sunday
    assert atw_holiday_name(date(2026, 11, 30)) is None


# add_working_days ------------------------------------------------------------------------------


def test_five_working_days_after_a_monday_is_the_next_monday() -> None:
    assert add_working_days(date(2026, 11, 30), 5) == date(2026, 12, 7)


def test_a_melding_on_saturday_makes_monday_working_day_one() -> None:
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)


def test_christmas_and_year_boundary() -> None:
    # 24 Dec Thu = 1, 25 Fri and 26 Sat feestdagen, 27 Sun, 28-31 = 2-5; 1 Jan 2027 Nieuwjaarsdag.
    assert add_working_days(date(2026, 12, 23), 5) == date(2026, 12, 31)
    assert add_working_days(date(2026, 12, 23), 6) == date(2027, 1, 4)
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_easter_2026_skips_good_friday_and_easter_monday() -> None:
    assert add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 7)


def test_kings_day_and_bevrijdingsdag_2026_are_skipped() -> None:
    # Fri 24 Apr -> Mon 27 Koningsdag skipped -> Tue 28 = 1 ... Mon 4 May = 5, Tue 5 May skipped.
    assert add_working_days(date(2026, 4, 24), 5) == date(2026, 5, 4)
    assert add_working_days(date(2026, 4, 24), 6) == date(2026, 5, 6)


def test_ascension_and_whit_monday_2026() -> None:
    # Wed 13 May -> Thu 14 Hemelvaart, Fri 15 gelijkgesteld, weekend -> Mon 18 = 1.
    assert add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 18)
    # Fri 22 May -> Mon 25 Tweede pinksterdag -> Tue 26 = 1.
    assert add_working_days(date(2026, 5, 22), 1) == date(2026, 5, 26)


def test_zero_working_days_is_the_start_and_negative_counts_back() -> None:
    assert add_working_days(date(2026, 11, 29), 0) == date(2026, 11, 29)
    assert add_working_days(date(2026, 12, 7), -5) == date(2026, 11, 30)
    assert add_working_days(date(2026, 4, 7), -1) == date(2026, 4, 2)


def test_absurd_numbers_of_working_days_are_refused() -> None:
    with pytest.raises(ValueError, match="buiten bereik"):
        add_working_days(date(2026, 1, 1), 10**9)


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@given(days, st.integers(min_value=1, max_value=400))
def test_add_working_days_lands_on_a_working_day_strictly_after_start(start: date, n: int) -> None:
    due = add_working_days(start, n)
    assert due > start
    assert is_working_day(due)


@given(days, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300))
def test_add_working_days_is_monotonic_in_n(start: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_working_days(start, low) <= add_working_days(start, high)
    if low < high:
        assert add_working_days(start, low) < add_working_days(start, high)


@given(days, st.integers(min_value=1, max_value=200))
def test_counting_forward_then_back_from_a_working_day_returns(start: date, n: int) -> None:
    start = next_working_day_on_or_after(start)
    assert add_working_days(add_working_days(start, n), -n) == start


@given(days, st.integers(min_value=1, max_value=60))
def test_exactly_n_working_days_lie_between_start_and_due(start: date, n: int) -> None:
    due = add_working_days(start, n)
    between = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(is_working_day(day) for day in between) == n


# Atw art. 1 shift ------------------------------------------------------------------------------


def test_a_term_ending_on_saturday_runs_to_monday() -> None:
    assert next_working_day_on_or_after(date(2026, 12, 5)) == date(2026, 12, 7)


def test_a_term_ending_before_easter_runs_to_tuesday() -> None:
    assert next_working_day_on_or_after(date(2026, 4, 3)) == date(2026, 4, 7)


def test_a_term_ending_on_a_working_day_stays() -> None:
    assert next_working_day_on_or_after(date(2026, 12, 4)) == date(2026, 12, 4)


def test_christmas_2026_runs_to_monday_28() -> None:
    assert next_working_day_on_or_after(date(2026, 12, 25)) == date(2026, 12, 28)
    assert previous_working_day_on_or_before(date(2026, 12, 27)) == date(2026, 12, 24)


@given(days)
def test_next_working_day_is_a_working_day_within_ten_days(day: date) -> None:
    shifted = next_working_day_on_or_after(day)
    assert is_working_day(shifted)
    assert 0 <= (shifted - day).days <= 10


# months ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 11, 30), 6, date(2027, 5, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 5, 31), 0, date(2026, 5, 31)),
    ],
)
def test_add_months_keeps_the_day_and_clamps_to_the_month_end(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@given(days, st.integers(min_value=-120, max_value=120))
def test_add_months_never_overshoots_the_target_month(start: date, months: int) -> None:
    moved = add_months(start, months)
    assert (moved.year * 12 + moved.month) - (start.year * 12 + start.month) == months
    assert moved.day <= start.day


def test_dutch_day_names_do_not_depend_on_the_locale() -> None:
    assert dutch_day(date(2026, 12, 5)) == "zaterdag 5 december"
    assert dutch_day(date(2027, 1, 4), year=True) == "maandag 4 januari 2027"
