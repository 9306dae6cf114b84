"""Deadlines of a case (HSSK Bijlage 7, "Termijnen"), counted from the dates of its events.

Each entry of the national bundle's ``termijnen`` list says how much time (``amount`` of
``unit``) an organisation has before or after an event (``anchor``). ``compute`` turns the
entries whose event has a date into ``Termijn`` objects with a due date and a Dutch sentence
saying how it was counted, so a professional can check the arithmetic.

How the counting goes, and why:

* **werkdagen**: the first working day after the event is day 1; Saturdays, Sundays and Atw
  feestdagen are skipped (``werkdagen.add_working_days``).
* **dagen, weken, maanden** after an event: calendar time; a due date on a Saturday, Sunday or
  Atw feestdag moves to the next working day. Bijlage 7 says most rows are working agreements
  (footnotes 33, 34, 36-38), not "in een wet gestelde termijnen", so the Algemene termijnenwet
  does not bind them; we follow Atw art. 1 *naar analogie* because the other organisation does
  not work on those days either, and say so in ``how``.
* **Vrijheidsbeneming** (anchors in ``CUSTODY_ANCHORS``, such as the aanhouding): these clocks run
  through weekends and feestdagen (a rechter-commissaris is on duty then) and are never moved;
  with a time of day the result is a moment, counted in whole 24-hour days.
* **uren**: need a moment. When the event has only a date we count from 00:00 of that day and
  say so: the shown deadline is then the earliest the real one can be, never later. The Atw
  itself does not apply to terms in hours (Atw art. 4).
* **voor** (counted back from a planned event, e.g. Reclassering's advice "14 dagen voor
  reguliere zitting"): never moved (Atw art. 1 lid 2); when it lands on a day off, ``how``
  names the working day before it, when the work must in practice be done.
* Rows without an amount ("Geen termijn", "Telefonisch onmiddellijk") give no deadline.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.werkdagen import (
    add_months,
    add_working_days,
    atw_holiday_name,
    dutch_day,
    is_working_day,
    next_working_day_on_or_after,
    previous_working_day_on_or_before,
)

UNITS = ("uren", "dagen", "werkdagen", "weken", "maanden")

# An anchor met by whichever of several events came first: "14 dgn na aangifte/melding".
EITHER_ANCHORS: dict[str, tuple[str, ...]] = {"aangifte_melding": ("aangifte", "melding")}

# Deprivation of liberty: the clock runs on in weekends and on feestdagen.
CUSTODY_ANCHORS = frozenset({"aanhouding", "inverzekeringstelling", "voorgeleiding", "raadkamer"})

# Events that are planned ahead, so a date in the future is normal for them.
PLANNED_ANCHORS = frozenset({"voorgeleiding", "raadkamer"})

ANCHOR_LABELS = {
    "melding": "melding",
    "aangifte": "aangifte",
    "aangifte_melding": "aangifte/melding",
    "aanhouding": "aanhouding",
    "verhoor_verdachte": "verhoor verdachte",
    "ontvangst_plan_politie": "ontvangst plan politie",
    "ontvangst_pv_politie": "ontvangst pv politie",
    "huisverbod": "huisverbod",
    "voorgeleiding": "voorgeleiding",
    "raadkamer": "raadkamer",
}

_UNIT_WORDS = {
    "uren": ("uur", "uur"),
    "dagen": ("dag", "dagen"),
    "werkdagen": ("werkdag", "werkdagen"),
    "weken": ("week", "weken"),
    "maanden": ("maand", "maanden"),
}

Moment = date | datetime


class ImpossibleDate(RoutekaartError):  # noqa: N818 - the name the callers and issue use
    """A date that cannot be right: in the future, or a melding before the incident it reports."""


@dataclass(frozen=True)
class Termijn:
    """One deadline of a case, with the counting spelled out for the user."""

    organisation: str
    what: str
    due: Moment
    as_written: str
    how: str
    source: str
    footnote: str | None = None
    id: str = ""
    anchor: str = ""

    @property
    def due_day(self) -> date:
        return _day(self.due)


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def anchor_label(anchor: str) -> str:
    """The event in the user's words: ``ontvangst_plan_politie`` -> ``ontvangst plan politie``."""
    return ANCHOR_LABELS.get(anchor, anchor.replace("_", " "))


def _unit_word(amount: int, unit: str) -> str:
    singular, plural = _UNIT_WORDS[unit]
    return singular if amount == 1 else plural


def _moment_text(moment: Moment) -> str:
    if isinstance(moment, datetime):
        return f"{dutch_day(moment.date())} {moment:%H:%M}"
    return dutch_day(moment)


def is_planned(anchor: str) -> bool:
    """A hearing or other event that is planned ahead, so it may lie in the future."""
    return anchor in PLANNED_ANCHORS or "zitting" in anchor


def find_event(anchor: str, events: Mapping[str, Moment]) -> tuple[str, Moment] | None:
    """The event an anchor counts from, as (event name, moment); None when it has no date.

    An anchor such as ``aangifte_melding`` is met by the earliest of its events.
    """
    if anchor in events:
        return anchor, events[anchor]
    known = [(name, events[name]) for name in EITHER_ANCHORS.get(anchor, ()) if name in events]
    if not known:
        return None
    return min(known, key=lambda item: _sort_key(item[1]))


def _sort_key(moment: Moment) -> tuple[date, time]:
    """Date, then time of day; a deadline without a time counts as the end of its day."""
    if isinstance(moment, datetime):
        return moment.date(), moment.time()
    return moment, time.max


def _holidays_between(first: date, last: date) -> list[str]:
    """Names of the Atw feestdagen on weekdays from ``first`` to ``last`` (either order)."""
    low, high = min(first, last), max(first, last)
    names = []
    day = low
    while day <= high:
        name = atw_holiday_name(day)
        if name and day.weekday() < calendar.SATURDAY:
            names.append(name)
        day += timedelta(days=1)
    return names


def _off_day_text(day: date) -> str:
    """``zaterdag 5 december`` or ``Tweede paasdag (maandag 6 april)``."""
    name = atw_holiday_name(day)
    return f"{name} ({dutch_day(day)})" if name and day.weekday() < calendar.SATURDAY else dutch_day(day)


def _count(amount: int, unit: str, sign: int, anchor: str, start: Moment) -> tuple[Moment, list[str]]:
    """The due moment and the notes on how it was reached (without the opening phrase)."""
    notes: list[str] = []
    day = _day(start)
    if unit == "uren":
        if not isinstance(start, datetime):
            notes.append("tijdstip onbekend: gerekend vanaf 0:00, dus de vroegst mogelijke tijd")
            start = datetime.combine(day, time.min)
        return start + sign * timedelta(hours=amount), notes
    if unit == "werkdagen":
        due_day = add_working_days(day, sign * amount)
        skipped = _holidays_between(day + timedelta(days=sign), due_day) if amount else []
        extra = f": {', '.join(skipped)}" if skipped else ""
        notes.append(f"weekenden en feestdagen volgens de Algemene termijnenwet niet meegeteld{extra}")
        return due_day, notes
    if unit == "maanden":
        due_day = add_months(day, sign * amount)
    else:
        due_day = day + sign * timedelta(days=amount * (7 if unit == "weken" else 1))
    if anchor in CUSTODY_ANCHORS:
        due: Moment = start + (due_day - day) if isinstance(start, datetime) else due_day
        if not is_working_day(due_day):
            notes.append(
                f"valt op {_off_day_text(due_day)}; niet verschoven, want termijnen van "
                "vrijheidsbeneming lopen ook in het weekend en op feestdagen door"
            )
        return due, notes
    if is_working_day(due_day):
        return due_day, notes
    if sign < 0:
        earlier = previous_working_day_on_or_before(due_day)
        notes.append(
            f"valt op {_off_day_text(due_day)}; terugrekenen wordt niet verschoven "
            f"(Atw art. 1 lid 2), dus in de praktijk uiterlijk {dutch_day(earlier)}"
        )
        return due_day, notes
    later = next_working_day_on_or_after(due_day)
    notes.append(
        f"valt op {_off_day_text(due_day)}, verschoven naar {dutch_day(later)} (naar analogie van Atw art. 1)"
    )
    return later, notes


def _event_label(entry: Mapping[str, Any], anchor: str) -> str:
    """The event in words; a row's ``zitting_type`` (snelrecht, regulier) says which hearing."""
    kind = str(entry.get("zitting_type") or "")
    if not kind:
        return anchor_label(anchor)
    return kind if "zitting" in kind.casefold() else f"{anchor_label(anchor)} ({kind})"


def compute_one(entry: Mapping[str, Any], events: Mapping[str, Moment]) -> Termijn | None:
    """The deadline of one Bijlage 7 row, or None without an amount or without its event's date."""
    amount, unit, anchor = entry.get("amount"), entry.get("unit"), entry.get("anchor")
    if amount is None or unit not in _UNIT_WORDS or not anchor:
        return None
    found = find_event(anchor, events)
    if found is None:
        return None
    event, start = found
    sign = -1 if entry.get("direction") == "voor" else 1
    due, notes = _count(int(amount), unit, sign, anchor, start)
    at = entry.get("time_of_day")
    if at and not isinstance(due, datetime):
        due = datetime.combine(due, time.fromisoformat(at))
    label = _event_label(entry, anchor)
    if event != anchor:
        label += f" ({anchor_label(event)})"
    if amount == 0:
        opening = f"op de dag van {label} ({_moment_text(start)})"
    else:
        direction = "voor" if sign < 0 else "na"
        opening = f"{amount} {_unit_word(int(amount), unit)} {direction} {label} van {_moment_text(start)}"
    if at:
        opening += f", om {at}"
    how = opening + "".join(f" ({note})" if note.startswith("weekenden") else f"; {note}" for note in notes)
    return Termijn(
        organisation=str(entry.get("organisation", "")),
        what=str(entry.get("title") or entry.get("what") or entry.get("text") or ""),
        due=due,
        as_written=str(entry.get("as_written", "")),
        how=how,
        source=str(entry.get("source", "")),
        footnote=entry.get("footnote") or None,
        id=str(entry.get("id", "")),
        anchor=anchor,
    )


def compute(entries: Iterable[Mapping[str, Any]], events: Mapping[str, Moment]) -> list[Termijn]:
    """Every deadline whose event has a date, earliest first (a dated deadline counts to the end
    of its day, so a deadline at a time of day comes before one on the same date)."""
    found = (compute_one(entry, events) for entry in entries)
    return sorted((t for t in found if t is not None), key=lambda t: _sort_key(t.due))


def _local_naive(moment: datetime) -> datetime:
    return moment.astimezone(AMSTERDAM).replace(tzinfo=None) if moment.tzinfo else moment


def status(termijn: Termijn, today: date) -> tuple[int, bool]:
    """(calendar days left, overdue). ``today`` may be a moment: then a deadline at a time of day
    is overdue as soon as that time has passed; a dated deadline lasts to the end of its day."""
    days_left = (termijn.due_day - _day(today)).days
    if days_left != 0:
        return days_left, days_left < 0
    if isinstance(termijn.due, datetime) and isinstance(today, datetime):
        return 0, _local_naive(today) > _local_naive(termijn.due)
    return 0, False


def countdown(termijn: Termijn, today: date) -> str:
    """A short Dutch label for the UI: ``nog 3 dagen``, ``vandaag``, ``2 dagen te laat``."""
    days_left, overdue = status(termijn, today)
    at = f" om {termijn.due:%H:%M}" if isinstance(termijn.due, datetime) else ""
    if days_left == 0:
        return f"vandaag{at} verlopen" if overdue else f"vandaag{at}"
    if days_left > 0:
        return f"nog {days_left} {'dag' if days_left == 1 else 'dagen'}"
    late = -days_left
    return f"{late} {'dag' if late == 1 else 'dagen'} te laat"


def check_not_in_future(what: str, moment: Moment, today: date) -> None:
    """``what`` names the event in Dutch ("de melding"); raises ImpossibleDate after ``today``."""
    if _day(moment) > _day(today):
        raise ImpossibleDate(
            f"De datum van {what} ({dutch_day(_day(moment), year=True)}) ligt in de toekomst; "
            f"vandaag is het {dutch_day(_day(today), year=True)}. Controleer de datum."
        )


def check_case_dates(melding: Moment, incident: Moment | None, today: date) -> None:
    """Refuse dates that cannot be right: a melding or incident in the future, or a melding
    before the incident it reports. Raises ImpossibleDate with a Dutch message."""
    check_not_in_future("de melding", melding, today)
    if incident is None:
        return
    check_not_in_future("het incident", incident, today)
    if _day(melding) < _day(incident):
        raise ImpossibleDate(
            f"De melding ({dutch_day(_day(melding), year=True)}) ligt vóór het incident "
            f"({dutch_day(_day(incident), year=True)}). Een melding kan niet aan het incident "
            "voorafgaan; controleer beide data."
        )


def check_events(events: Mapping[str, Moment], today: date) -> None:
    """Events that have happened cannot lie in the future; planned ones (a zitting) may."""
    for anchor, moment in events.items():
        if not is_planned(anchor):
            check_not_in_future(anchor_label(anchor), moment, today)
