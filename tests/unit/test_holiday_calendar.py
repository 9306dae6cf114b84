"""The one calendar (Atw art. 3): feestdagen and decreed days, checked against dates by hand."""

from __future__ import annotations

from datetime import date

import pytest

from routekaarten.holiday_calendar import (
    BESLUIT_2017_2019,
    BESLUIT_2026_2028,
    besluit_of,
    decrees_known,
    feestdag_name,
    feestdagen,
)


def test_the_2025_calendar_by_hand() -> None:
    """Easter 2025 is 20 April; 27 April is a Sunday, so Koningsdag is Saturday 26 April."""
    assert feestdagen(2025) == {
        date(2025, 1, 1): "Nieuwjaarsdag",
        date(2025, 4, 18): "Goede Vrijdag",
        date(2025, 4, 21): "Tweede paasdag",
        date(2025, 4, 26): "Koningsdag",
        date(2025, 5, 5): "Bevrijdingsdag",
        date(2025, 5, 29): "Hemelvaartsdag",
        date(2025, 5, 30): "gelijkgestelde dag",
        date(2025, 6, 9): "Tweede pinksterdag",
        date(2025, 12, 25): "Eerste kerstdag",
        date(2025, 12, 26): "Tweede kerstdag",
    }


def test_kings_day_on_a_saturday_stays_there() -> None:
    assert date(2030, 4, 27).weekday() == 5
    assert feestdag_name(date(2030, 4, 27)) == "Koningsdag"


@pytest.mark.parametrize(
    ("day", "besluit"),
    [
        (date(2017, 5, 26), BESLUIT_2017_2019),  # Friday after Hemelvaart
        (date(2018, 12, 24), BESLUIT_2017_2019),
        (date(2019, 12, 27), BESLUIT_2017_2019),
        (date(2026, 1, 2), BESLUIT_2026_2028),  # Friday after Nieuwjaarsdag
        (date(2027, 5, 7), BESLUIT_2026_2028),  # Friday after Hemelvaart, 6 May 2027
    ],
)
def test_decreed_days_carry_their_besluit(day: date, besluit: object) -> None:
    assert besluit_of(day) is besluit
    assert feestdag_name(day) == "gelijkgestelde dag"


def test_unverified_decrees_are_not_invented() -> None:
    """No gelijkstellingsbesluit for 2020-2022 could be read: no day is entered for those years."""
    assert not [day for day in range(2020, 2023) if any(besluit_of(d) for d in feestdagen(day))]
    assert [decrees_known(year) for year in (2019, 2020, 2022, 2023, 2028, 2029)] == [
        True,
        False,
        False,
        True,
        True,
        False,
    ]


def test_fifth_of_may_every_year_and_good_friday_always() -> None:
    assert all(feestdag_name(date(year, 5, 5)) == "Bevrijdingsdag" for year in range(2017, 2031))
    assert feestdag_name(date(2026, 4, 3)) == "Goede Vrijdag"
    assert feestdag_name(date(2026, 4, 5)) is None  # Eerste paasdag: a Sunday, not in the Atw
