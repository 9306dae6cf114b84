"""Dates and times as people type them: the rules behind every date field of the app.

A professional on the phone types ``29-11-2026``, ``29112026``, ``1-2-2026`` or ``vandaag``;
a field where a rule counts hours (the 9 hours after an aanhouding, HSSK Bijlage 7, seed
r. 1669-1676; voorgeleiding and raadkamer, r. 1677-1690) also takes a time: ``29-11-2026 14:30``.
An empty field means "no date". Anything else is refused with a Dutch message that says what is
wrong, so the field can show it next to what was typed without losing it.

The app's cases start no earlier than 2000 (``EARLIEST``) and a date more than
``MAX_YEARS_AHEAD`` years after today is a typing error, not a plan.

This module is Qt-free; ``desktop/widgets/date_field.py`` shows it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _

EARLIEST = date(2000, 1, 1)
MAX_YEARS_AHEAD = 5
TODAY_WORDS = frozenset({"vandaag", "today"})
DATE_FORMAT = "%d-%m-%Y"
TIME_FORMAT = "%H:%M"

_SEPARATED = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.u]?(\d{2})$")
_ONLY_TIME = re.compile(r"^\d{1,2}[:.u]\d{2}$")


class DateInputError(RoutekaartError):
    """A typed date or time that cannot be used; ``str(error)`` says why, in Dutch."""


def _latest(today: date) -> date:
    try:
        return today.replace(year=today.year + MAX_YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + MAX_YEARS_AHEAD, day=28)


def _checked_day(day: int, month: int, year: int, typed: str, today: date) -> date:
    if not 1 <= month <= 12:
        raise DateInputError(
            _("‘{typed}’ is geen datum: maand {month} bestaat niet.", typed=typed, month=month)
        )
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateInputError(
            _("‘{typed}’ bestaat niet: die maand heeft geen dag {day}.", typed=typed, day=day)
        ) from None
    if value < EARLIEST:
        raise DateInputError(
            _("{typed} ligt vóór 2000; controleer het jaartal.", typed=format_date(value))
        )
    if value > _latest(today):
        raise DateInputError(
            _(
                "{typed} ligt meer dan {years} jaar in de toekomst; controleer het jaartal.",
                typed=format_date(value),
                years=MAX_YEARS_AHEAD,
            )
        )
    return value


def parse_date(text: str, today: date) -> date | None:
    """The date in ``text`` (dd-mm-jjjj, d-m-jjjj, ddmmjjjj, ``vandaag``); None when empty."""
    typed = text.strip()
    if not typed:
        return None
    if typed.casefold() in TODAY_WORDS:
        return today
    if _ONLY_TIME.match(typed):
        raise DateInputError(_("Bij een tijd hoort ook een datum, bijvoorbeeld 29-11-2026 14:30."))
    match = _SEPARATED.match(typed) or _COMPACT.match(typed)
    if match is None and _with_time(typed):
        raise DateInputError(
            _(
                "‘{typed}’: in dit veld komt alleen een datum, zonder tijd. Typ bijvoorbeeld 29-11-2026.",
                typed=typed,
            )
        )
    if match is None:
        raise DateInputError(
            _("‘{typed}’ is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 29-11-2026.", typed=typed)
        )
    day, month, year = (int(part) for part in match.groups())
    return _checked_day(day, month, year, typed, today)


def _with_time(typed: str) -> bool:
    """``2-12-2026 08:00``: a date and a time of day, typed where only a date is counted."""
    date_part, _space, time_part = typed.partition(" ")
    is_day = date_part.casefold() in TODAY_WORDS or _SEPARATED.match(date_part) or _COMPACT.match(date_part)
    return bool(is_day) and _TIME.match(time_part.strip()) is not None


def _parse_time(text: str) -> time:
    match = _TIME.match(text)
    if match is None:
        raise DateInputError(
            _("‘{typed}’ is geen tijd. Typ de tijd als uu:mm, bijvoorbeeld 14:30.", typed=text)
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise DateInputError(_("‘{typed}’ is geen tijd van de dag (00:00 tot 23:59).", typed=text))
    return time(hour, minute)


def parse_moment(text: str, today: date) -> date | datetime | None:
    """A date with an optional time (``29-11-2026 14:30``, ``vandaag 9:15``).

    Without a time the result is a ``date`` (the rule then counts from the day); with one, a
    naive ``datetime`` in local (Dutch) time. None when empty.
    """
    typed = text.strip()
    if not typed:
        return None
    if _ONLY_TIME.match(typed):
        raise DateInputError(_("Bij een tijd hoort ook een datum, bijvoorbeeld 29-11-2026 14:30."))
    date_part, _space, time_part = typed.partition(" ")
    day = parse_date(date_part, today)
    if day is None or not time_part.strip():
        return day
    return datetime.combine(day, _parse_time(time_part.strip()))


def format_date(value: date) -> str:
    return value.strftime(DATE_FORMAT)


def format_moment(value: date | datetime | None) -> str:
    """What a field shows for ``value``: ``29-11-2026`` or ``29-11-2026 14:30``; "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value.strftime(TIME_FORMAT)}"
    return format_date(value)


def local_stamp(iso: str) -> str:
    """A store timestamp (UTC, ISO 8601) as Dutch local time, ``30-11-2026 07:59``; "" if empty.

    Stored times are UTC so that they sort and compare; people read the clock on their wall.
    A text that is not a timestamp is shown as it is.
    """
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_moment(moment.astimezone(AMSTERDAM).replace(tzinfo=None))
