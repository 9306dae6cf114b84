"""Dutch working days as the Algemene termijnenwet (Atw) defines them, for the termijnen.

What this module follows:

* **Atw art. 3 lid 1** names the *algemeen erkende feestdagen*: Nieuwjaarsdag, de Christelijke
  tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
  verjaardag van de Koning wordt gevierd, en de vijfde mei. The fifth of May counts **every
  year** (since the 1982 amendment), not only in the lustrum years many cao's give a day off.
* **Atw art. 3 lid 2** puts **Goede Vrijdag** on a par with those days "voor de toepassing van
  deze wet" (quoted by nl.wikipedia "Algemene termijnenwet", staatsrechtpraktijk.nl and
  others; the gelijkstellingsbesluiten cite art. 3 *derde* lid, which confirms a lid 2 exists).
  Good Friday is therefore *not* a working day here, although many offices are open.
* **Atw art. 3 lid 3**: by Koninklijk Besluit further days are gelijkgesteld, usually the Friday
  after Hemelvaartsdag and bridge days, about every three years. ``GELIJKGESTELDE_DAGEN`` holds
  the ones we know with their besluit; days after 2028 must be added when the next besluit
  appears (a missing one makes a deadline one working day early, never late).
* **Atw art. 1 lid 1**: a term that ends on a Saturday, Sunday or algemeen erkende feestdag is
  extended to the next day that is none of these (``next_working_day_on_or_after``). Lid 2: not
  for terms counted back from an event.

"Working day" throughout means a day that is not a Saturday, Sunday or Atw feestdag (the Atw's
own phrase, "dag die niet een zaterdag, zondag of algemeen erkende feestdag is").

The movable dates (Easter and Whit Monday, Ascension, Good Friday, King's Day with its move to
the 26th when the 27th is a Sunday, Koninginnedag before 2014) come from the ``holidays``
package, country "NL", whose list already follows the Atw; we drop its Eerste Paas- and
Pinksterdag (Sundays anyway, not named in the Atw) and take the fifth of May every year.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

import holidays
from holidays.constants import OPTIONAL, PUBLIC

# Atw art. 3 lid 3: days put on a par with an algemeen erkende feestdag by Koninklijk Besluit.
GELIJKGESTELDE_DAGEN: dict[date, str] = {
    # Besluit van 24 oktober 2016, Stcrt. 2016, 58653 (BWBR0038666).
    date(2017, 4, 28): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2017, 5, 26): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2018, 5, 11): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2018, 12, 24): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2018, 12, 31): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2019, 5, 31): "gelijkgestelde dag (KB 24 oktober 2016)",
    date(2019, 12, 27): "gelijkgestelde dag (KB 24 oktober 2016)",
    # Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en
    # 30 mei 2025 met een algemeen erkende feestdag.
    date(2023, 4, 28): "gelijkgestelde dag (Besluit gelijkstelling 2023-2025)",
    date(2023, 5, 19): "gelijkgestelde dag (Besluit gelijkstelling 2023-2025)",
    date(2024, 5, 10): "gelijkgestelde dag (Besluit gelijkstelling 2023-2025)",
    date(2024, 12, 27): "gelijkgestelde dag (Besluit gelijkstelling 2023-2025)",
    date(2025, 5, 30): "gelijkgestelde dag (Besluit gelijkstelling 2023-2025)",
    # Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
    # 26 mei 2028 met een algemeen erkende feestdag.
    date(2026, 1, 2): "gelijkgestelde dag (Besluit gelijkstelling 2026-2028)",
    date(2026, 5, 15): "gelijkgestelde dag (Besluit gelijkstelling 2026-2028)",
    date(2027, 5, 7): "gelijkgestelde dag (Besluit gelijkstelling 2026-2028)",
    date(2028, 4, 28): "gelijkgestelde dag (Besluit gelijkstelling 2026-2028)",
    date(2028, 5, 26): "gelijkgestelde dag (Besluit gelijkstelling 2026-2028)",
}

# In the holidays package's Dutch names: Sundays that the Atw does not list.
_NOT_IN_ATW = {"Eerste paasdag", "Eerste pinksterdag"}

DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
SATURDAY = 5
# add_working_days refuses more than this: no termijn is that long, and a typo should not hang.
MAX_WORKING_DAYS = 10_000


@cache
def _atw_holidays(year: int) -> dict[date, str]:
    """Every Atw feestdag of ``year`` with its Dutch name (art. 3 lid 1-3)."""
    found = holidays.country_holidays("NL", years=year, categories=(PUBLIC, OPTIONAL), language="nl")
    days = {day: name for day, name in found.items() if name not in _NOT_IN_ATW}
    if year >= 1982:  # art. 3 lid 1 has named de vijfde mei since the 1982 amendment
        days[date(year, 5, 5)] = "Bevrijdingsdag"
    days.update((day, name) for day, name in GELIJKGESTELDE_DAGEN.items() if day.year == year)
    return days


def atw_holiday_name(day: date) -> str | None:
    """The Dutch name of the Atw feestdag on ``day`` ("Tweede paasdag"), or None."""
    return _atw_holidays(day.year).get(day)


def is_atw_holiday(day: date) -> bool:
    """An algemeen erkende feestdag or a day put on a par with one (Atw art. 3)."""
    return atw_holiday_name(day) is not None


def is_working_day(day: date) -> bool:
    """Not a Saturday, Sunday or Atw feestdag."""
    return day.weekday() < SATURDAY and not is_atw_holiday(day)


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start``; the first working day after ``start`` counts as 1.

    ``start`` itself never counts, working day or not ("5 werkdagen na melding": a melding on
    Saturday makes Monday day 1). ``n = 0`` gives ``start`` unchanged; a negative ``n`` counts
    back the same way ("2 werkdagen voor de zitting").
    """
    if abs(n) > MAX_WORKING_DAYS:
        raise ValueError(f"aantal werkdagen buiten bereik: {n}")
    step = timedelta(days=1 if n > 0 else -1)
    day, left = start, abs(n)
    while left:
        day += step
        if is_working_day(day):
            left -= 1
    return day


def next_working_day_on_or_after(day: date) -> date:
    """Atw art. 1 lid 1: a term ending on a Saturday, Sunday or feestdag runs on to the next working day."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def previous_working_day_on_or_before(day: date) -> date:
    """The last working day not after ``day``: when a term counted back lands on a day off."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def add_months(day: date, n: int) -> date:
    """``day`` moved ``n`` calendar months (negative: back), clamped to the month's last day.

    A term of months ends on the same day-of-month; where that day does not exist it ends on
    the last day of the month (31 January + 1 maand = 28 or 29 February), as in Dutch legal
    practice for civil terms. Written out here rather than taken from dateutil to keep the
    rule visible. Note that the Wetboek van Strafvordering has its own rule (a month is thirty
    days) for its own terms; the HSSK's "6 mnd" rows are working agreements and use this one.
    """
    months = day.year * 12 + (day.month - 1) + n
    year, month0 = divmod(months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def dutch_day(day: date, *, year: bool = False) -> str:
    """``zaterdag 5 december`` (or ``zaterdag 5 december 2026``), independent of the locale."""
    text = f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return f"{text} {day.year}" if year else text
