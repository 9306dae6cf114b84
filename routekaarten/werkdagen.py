"""Dutch working days as the Algemene termijnenwet (Atw) defines them, for the termijnen.

Which days are feestdagen is decided in one place, ``holiday_calendar`` (Atw art. 3 with the
gelijkstellingsbesluiten and their sources); this module counts with it:

* **Atw art. 1 lid 1**: a term that ends on a Saturday, Sunday or algemeen erkende feestdag is
  extended to the next day that is none of these (``next_working_day_on_or_after``). Lid 2: not
  for terms counted back from an event.

"Working day" throughout means a day that is not a Saturday, Sunday or Atw feestdag (the Atw's
own phrase, "dag die niet een zaterdag, zondag of algemeen erkende feestdag is").
"""

from __future__ import annotations

from datetime import date, timedelta

from routekaarten.holiday_calendar import feestdag_name, is_feestdag
from routekaarten.i18n import _

# The Dutch names (kept for reference and for callers that need the Dutch word itself).
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


def atw_holiday_name(day: date) -> str | None:
    """The Dutch name of the Atw feestdag on ``day`` ("Tweede paasdag"), or None."""
    return feestdag_name(day)


def is_atw_holiday(day: date) -> bool:
    """An algemeen erkende feestdag or a day put on a par with one (Atw art. 3)."""
    return is_feestdag(day)


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
    import calendar  # only where months are added, not for naming a day

    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def _day_names() -> tuple[str, ...]:
    """``DAY_NAMES`` in the chosen language (at call time)."""
    return (
        _("maandag"),
        _("dinsdag"),
        _("woensdag"),
        _("donderdag"),
        _("vrijdag"),
        _("zaterdag"),
        _("zondag"),
    )


def _month_names() -> tuple[str, ...]:
    """``MONTH_NAMES`` in the chosen language (at call time)."""
    return (
        _("januari"),
        _("februari"),
        _("maart"),
        _("april"),
        _("mei"),
        _("juni"),
        _("juli"),
        _("augustus"),
        _("september"),
        _("oktober"),
        _("november"),
        _("december"),
    )


def dutch_day(day: date, *, year: bool = False) -> str:
    """``zaterdag 5 december`` (or ``zaterdag 5 december 2026``), independent of the OS locale;
    in English mode (``routekaarten.i18n``) ``Saturday 5 December``."""
    weekday, month = _day_names()[day.weekday()], _month_names()[day.month - 1]
    if year:
        return _("{weekday} {day} {month} {year}", weekday=weekday, day=day.day, month=month, year=day.year)
    return _("{weekday} {day} {month}", weekday=weekday, day=day.day, month=month)
