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
* **uren**: need a moment. When the event has only a date the row is a ``Needed`` asking for the
  time of the event (``_needs_time``), as for art. 56a Sv below: ZSM's "9 uur na aanhouding
  verdachte" (r. 1984) counted from 00:00 showed "vandaag om 09:00" for an arrest that afternoon.
  So do the Reclassering's "24 uur voor raadkamer" (r. 2046) and the OM's "opdracht OM 24 uur
  eerder" before the voorgeleiding (r. 2045); the rows in days beside them are still counted. The
  Atw itself does not apply to terms in hours (Atw art. 4).
* **voor** (counted back from a planned event, e.g. Reclassering's advice "14 dagen voor
  reguliere zitting"): never moved (Atw art. 1 lid 2); when it lands on a day off, ``how``
  names the working day before it, when the work must in practice be done.
* Rows without an amount ("Geen termijn", "Telefonisch onmiddellijk") give no deadline.

Which event, and which source:

* **Each row counts from the event its source names** (``anchor``). Bijlage 7's police rows
  ("14 dgn na aangifte/melding", "2 weken na melding", seed r. 2027, 2031) mean the melding *at
  the police* ("Nadat de politie de melding in ontvangst heeft genomen", r. 876; r. 720-730), or
  the aangifte, not the melding at Veilig Thuis. When the event has no date the row is a
  ``Needed``: it says which date it needs and never borrows another.
* **Where two sources differ, both are shown** and one is binding. VT's ten weeks: Bijlage 7 says
  "10 wk na melding" (r. 2021); the Handelingsprotocol, VT's own protocol, says "tien weken na
  afronding van de veiligheidsbeoordeling" under the heading "Wettelijke termijn" (10.2,
  r. 3899-3901; 9.2 r. 3822-3825 for Voorwaarden & Vervolg). The protocol's row binds; the
  Bijlage 7 row is shown with ``binding`` false and a note saying why (``note`` in the bundle).
* **One hearing, one kind** (``zitting_soort``): the four Reclassering rows (r. 2045-2048) are
  mutually exclusive; only the row of the hearing's kind is counted, with the OM's opdracht
  before it (``opdracht_om``).
* **Footnotes 32 and 35** ("Volgt uit wetboek van strafvordering", r. 2050, 2053): the row keeps
  the seed's words and its due moment is the law's (``legal_rule``): art. 56a Sv, ophouden voor
  onderzoek ten hoogste negen uur, the hours between 00:00 and 09:00 not counted; art. 59a Sv,
  voorgeleiding uiterlijk drie dagen en achttien uur na de aanhouding. Both need the time of the
  aanhouding.
* **Footnotes 33, 36, 37, 38** say a row is a current agreement in zedenzaken (r. 2051-2056):
  ``applies_to`` is "zedenzaken" and the row says so, so it does not look general.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from routekaarten.termijnen_words import (
    footnote_label,
    hearing_label,
    note_label,
    organisation_label,
    source_label,
    what_label,
)
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

# An anchor met by whichever of several events came first: "14 dgn na aangifte/melding" is the
# aangifte or the melding at the police (HSSK r. 876), never the melding at Veilig Thuis.
EITHER_ANCHORS: dict[str, tuple[str, ...]] = {"aangifte_melding_politie": ("aangifte", "melding_politie")}

# Deprivation of liberty: the clock runs on in weekends and on feestdagen.
CUSTODY_ANCHORS = frozenset({"aanhouding", "inverzekeringstelling", "voorgeleiding", "raadkamer"})

# Events that are planned ahead, so a date in the future is normal for them.
PLANNED_ANCHORS = frozenset({"voorgeleiding", "raadkamer", "zitting"})

# The kind of hearing travels with the events under this key (a text, not a date).
ZITTING_SOORT = "zitting_soort"
ZITTING_SOORTEN = {
    "supersnel": "supersnelrechtzitting",
    "snel": "snelrechtzitting",
    "om": "OM-zitting",
    "regulier": "reguliere zitting",
}

# Events that cannot come before the melding at Veilig Thuis, and custody events that cannot
# come before the aanhouding: (later event, earlier event).
ORDER = (
    ("veiligheidsbeoordeling", "melding"),
    ("vooronderzoek", "melding"),
    ("monitoren", "melding"),
    ("melding_politie", "melding"),
    ("voorgeleiding", "aanhouding"),
    ("raadkamer", "aanhouding"),
    ("raadkamer", "voorgeleiding"),
)

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
    footnote_number: int | None = None
    applies_to: str = ""  # "zedenzaken": footnotes 33, 36-38, a current agreement only there
    binding: bool = True  # False: another source's row for the same work is counted
    note: str = ""  # why two sources differ, or what else the source says

    @property
    def due_day(self) -> date:
        return _day(self.due)


@dataclass(frozen=True)
class Needed:
    """A deadline that cannot be counted yet: the date (or kind of hearing) it needs."""

    organisation: str
    what: str
    as_written: str
    needs: str
    source: str
    footnote: str | None = None
    id: str = ""
    anchor: str = ""
    footnote_number: int | None = None
    applies_to: str = ""
    binding: bool = True
    note: str = ""


@dataclass(frozen=True)
class Overview:
    """Every deadline of a case: the counted ones (earliest first) and those still needing a date."""

    termijnen: list[Termijn]
    needed: list[Needed]


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _anchor_labels() -> dict[str, str]:
    """The events in the user's words, in the chosen language (made at call time, never at import)."""
    return {
        "melding": _("melding bij Veilig Thuis"),
        "melding_politie": _("melding bij de politie"),
        "aangifte": _("aangifte"),
        "aangifte_melding_politie": _("aangifte/melding bij de politie"),
        "veiligheidsbeoordeling": _("afronding veiligheidsbeoordeling"),
        "vooronderzoek": _("start vooronderzoek"),
        "monitoren": _("start monitoren"),
        "aanhouding": _("aanhouding"),
        "verhoor_verdachte": _("verhoor verdachte"),
        "ontvangst_plan_politie": _("ontvangst plan politie"),
        "ontvangst_pv_politie": _("ontvangst pv politie"),
        "huisverbod": _("huisverbod"),
        "voorgeleiding": _("voorgeleiding"),
        "raadkamer": _("raadkamer"),
        "zitting": _("zitting"),
        # Not anchors of a deadline, but counted for bouwblok 6 (HSSK r. 6268-6270, 7307-7310).
        "anoniem_overleg": _("anoniem overleg"),
        "onderzoek_afgerond": _("onderzoek afgerond"),
    }


def anchor_label(anchor: str) -> str:
    """The event in the user's words: ``ontvangst_plan_politie`` -> ``ontvangst plan politie``."""
    return _anchor_labels().get(anchor, anchor.replace("_", " "))


def _term_text(amount: int, unit: str) -> str:
    """``5 werkdagen``, ``1 dag``, ``9 uur`` in the chosen language (English: "1 hour", "9 hours")."""
    if amount == 1:
        return {
            "uren": _("1 uur"),
            "dagen": _("1 dag"),
            "werkdagen": _("1 werkdag"),
            "weken": _("1 week"),
            "maanden": _("1 maand"),
        }[unit]
    return {
        "uren": _("{amount} uur", amount=amount),
        "dagen": _("{amount} dagen", amount=amount),
        "werkdagen": _("{amount} werkdagen", amount=amount),
        "weken": _("{amount} weken", amount=amount),
        "maanden": _("{amount} maanden", amount=amount),
    }[unit]


def _moment_text(moment: Moment) -> str:
    if isinstance(moment, datetime):
        return _("{day} {time}", day=dutch_day(moment.date()), time=f"{moment:%H:%M}")
    return dutch_day(moment)


def is_planned(anchor: str) -> bool:
    """A hearing or other event that is planned ahead, so it may lie in the future."""
    return anchor in PLANNED_ANCHORS or "zitting" in anchor


def find_event(anchor: str, events: Mapping[str, Any]) -> tuple[str, Moment] | None:
    """The event an anchor counts from, as (event name, moment); None when it has no date.

    An anchor such as ``aangifte_melding_politie`` is met by the earliest of its events.
    """
    if isinstance(events.get(anchor), date):
        return anchor, events[anchor]
    names = EITHER_ANCHORS.get(anchor, ())
    known = [(name, events[name]) for name in names if isinstance(events.get(name), date)]
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
    if name and day.weekday() < calendar.SATURDAY:
        return _("{holiday} ({day})", holiday=holiday_label(name), day=dutch_day(day))
    return dutch_day(day)


def holiday_label(name: str) -> str:
    """The Atw feestdag ``name`` (Dutch, from ``holiday_calendar``) in the chosen language."""
    return {
        "Nieuwjaarsdag": _("Nieuwjaarsdag"),
        "Goede Vrijdag": _("Goede Vrijdag"),
        "Tweede paasdag": _("Tweede paasdag"),
        "Koningsdag": _("Koningsdag"),
        "Koninginnedag": _("Koninginnedag"),
        "Bevrijdingsdag": _("Bevrijdingsdag"),
        "Hemelvaartsdag": _("Hemelvaartsdag"),
        "Tweede pinksterdag": _("Tweede pinksterdag"),
        "Eerste kerstdag": _("Eerste kerstdag"),
        "Tweede kerstdag": _("Tweede kerstdag"),
        "gelijkgestelde dag": _("gelijkgestelde dag"),
    }.get(name, name)


# A note on the counting: (text, aside). An aside is put in brackets after the opening phrase
# ("5 werkdagen na ... (weekenden ... niet meegeteld)"); the others follow after a semicolon.
Note = tuple[str, bool]


def _count(amount: int, unit: str, sign: int, anchor: str, start: Moment) -> tuple[Moment, list[Note]]:
    """The due moment and the notes on how it was reached (without the opening phrase)."""
    notes: list[Note] = []
    day = _day(start)
    if unit == "uren":
        if not isinstance(start, datetime):  # compute_rows asks for the time first (_needs_time)
            raise ValueError(f"{amount} uren from {anchor} need a time of day, not {start}")
        return start + sign * timedelta(hours=amount), notes
    if unit == "werkdagen":
        due_day = add_working_days(day, sign * amount)
        skipped = _holidays_between(day + timedelta(days=sign), due_day) if amount else []
        if skipped:
            text = _(
                "weekenden en feestdagen volgens de Algemene termijnenwet niet meegeteld: {holidays}",
                holidays=", ".join(holiday_label(name) for name in skipped),
            )
        else:
            text = _("weekenden en feestdagen volgens de Algemene termijnenwet niet meegeteld")
        notes.append((text, True))
        return due_day, notes
    if unit == "maanden":
        due_day = add_months(day, sign * amount)
    else:
        due_day = day + sign * timedelta(days=amount * (7 if unit == "weken" else 1))
    if anchor in CUSTODY_ANCHORS:
        due: Moment = start + (due_day - day) if isinstance(start, datetime) else due_day
        if not is_working_day(due_day):
            text = _(
                "valt op {day}; niet verschoven, want termijnen van vrijheidsbeneming lopen ook in het "
                "weekend en op feestdagen door",
                day=_off_day_text(due_day),
            )
            notes.append((text, False))
        return due, notes
    if is_working_day(due_day):
        return due_day, notes
    if sign < 0:
        earlier = previous_working_day_on_or_before(due_day)
        text = _(
            "valt op {day}; terugrekenen wordt niet verschoven (Atw art. 1 lid 2), dus in de praktijk "
            "uiterlijk {earlier}",
            day=_off_day_text(due_day),
            earlier=dutch_day(earlier),
        )
        notes.append((text, False))
        return due_day, notes
    later = next_working_day_on_or_after(due_day)
    text = _(
        "valt op {day}, verschoven naar {later} (naar analogie van Atw art. 1)",
        day=_off_day_text(due_day),
        later=dutch_day(later),
    )
    notes.append((text, False))
    return later, notes


def _event_label(entry: Mapping[str, Any], anchor: str) -> str:
    """The event in words; a row's ``zitting_type`` (snelrecht, regulier) says which hearing."""
    kind = str(entry.get("zitting_type") or "")
    if not kind:
        return anchor_label(anchor)
    label = hearing_label(kind)
    return label if "zitting" in kind.casefold() else f"{anchor_label(anchor)} ({label})"


def _common(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The fields a Termijn and a Needed share, from a bundle row; the row's words in the chosen
    language (``termijnen_words``), what it quotes as written."""
    number = entry.get("footnote_number")
    footnote = entry.get("footnote")
    return {
        "organisation": organisation_label(str(entry.get("organisation", ""))),
        "what": what_label(str(entry.get("title") or entry.get("what") or entry.get("text") or "")),
        "as_written": str(entry.get("as_written", "")),
        "source": source_label(str(entry.get("source", ""))),
        "footnote": footnote_label(str(footnote)) if footnote else None,
        "id": str(entry.get("id", "")),
        "anchor": str(entry.get("anchor") or ""),
        "footnote_number": int(number) if number is not None else None,
        "applies_to": str(entry.get("applies_to") or ""),
        "binding": bool(entry.get("binding", True)),
        "note": note_label(str(entry.get("note") or "")),
    }


def _needed(entry: Mapping[str, Any], needs: str) -> Needed:
    return Needed(needs=needs, **_common(entry))


def _needs_event(anchor: str) -> str:
    names = EITHER_ANCHORS.get(anchor)
    if names:
        return _(
            "Nodig: de datum van {first} of van {second}.",
            first=anchor_label(names[0]),
            second=anchor_label(names[1]),
        )
    return _("Nodig: de datum van {event}.", event=anchor_label(anchor))


def _needs_time(anchor: str) -> str:
    """What a row counted in hours asks for when its event has a date only (the same words for
    art. 56a/59a Sv and for the rows of Bijlage 7 in hours)."""
    return _("Nodig: het tijdstip van de {event} (deze termijn telt in uren).", event=anchor_label(anchor))


def _lacks_time(spec: Mapping[str, Any], start: Moment) -> bool:
    """A term in hours (``spec``: a row or its opdracht_om) from an event known by its date only."""
    return spec.get("unit") == "uren" and not isinstance(start, datetime)


def _ophouden_end(start: datetime, hours: int) -> datetime:
    """Art. 56a Sv: ``hours`` of ophouden voor onderzoek, the time from 00:00 to 09:00 not counted."""
    left = timedelta(hours=hours)
    cursor = start
    while True:
        if cursor.time() < time(9):
            cursor = datetime.combine(cursor.date(), time(9), tzinfo=cursor.tzinfo)
        midnight = datetime.combine(cursor.date() + timedelta(days=1), time.min, tzinfo=cursor.tzinfo)
        if left <= midnight - cursor:
            return cursor + left
        left -= midnight - cursor
        cursor = midnight


def _legal(entry: Mapping[str, Any], start: Moment) -> tuple[Moment, str] | None:
    """The Wetboek van Strafvordering's own moment for a row of footnote 32 or 35, with its text;
    None without a time of the aanhouding."""
    rule = entry.get("legal_rule")
    if not isinstance(start, datetime):
        return None
    if rule == "sv_56a":
        due = _ophouden_end(start, 9)
        return due, _(
            "Wetboek van Strafvordering art. 56a: ophouden voor onderzoek ten hoogste 9 uur, de uren "
            "tussen 00:00 en 09:00 tellen niet mee; aanhouding {start}, dus uiterlijk {due} "
            "(de wet telt vanaf de voorgeleiding aan de (hulp)officier, kort na de aanhouding)",
            start=_moment_text(start),
            due=_moment_text(due),
        )
    if rule == "sv_59a":
        due = start + timedelta(days=3, hours=18)
        return due, _(
            "Wetboek van Strafvordering art. 59a: voorgeleiding aan de rechter-commissaris uiterlijk "
            "3 dagen en 18 uur na de aanhouding ({start}), dus uiterlijk {due}; loopt door in het "
            "weekend en op feestdagen",
            start=_moment_text(start),
            due=_moment_text(due),
        )
    return None


def _count_row(
    entry: Mapping[str, Any], spec: Mapping[str, Any], event: str, start: Moment, label: str
) -> tuple[Moment, str]:
    """Due moment and the ``how`` sentence of one term (a row, or its opdracht_om)."""
    amount, unit, anchor = int(spec["amount"]), str(spec["unit"]), str(spec["anchor"])
    sign = -1 if spec.get("direction") == "voor" else 1
    due, notes = _count(amount, unit, sign, anchor, start)
    at = spec.get("time_of_day")
    if at and not isinstance(due, datetime):
        due = datetime.combine(due, time.fromisoformat(at))
    if event != anchor:
        label = _("{label} ({event})", label=label, event=anchor_label(event))
    when = _moment_text(start)
    if amount == 0:
        opening = _("op de dag van {event} ({when})", event=label, when=when)
    elif sign < 0:
        opening = _("{term} voor {event} van {when}", term=_term_text(amount, unit), event=label, when=when)
    else:
        opening = _("{term} na {event} van {when}", term=_term_text(amount, unit), event=label, when=when)
    if at:
        opening += _(", om {time}", time=at)
    how = opening + "".join(f" ({text})" if aside else f"; {text}" for text, aside in notes)
    return due, how


def _hearing_kind(events: Mapping[str, Any]) -> str | None:
    kind = events.get(ZITTING_SOORT)
    return kind if isinstance(kind, str) and kind else None


def compute_rows(entry: Mapping[str, Any], events: Mapping[str, Any]) -> list[Termijn | Needed]:
    """The deadlines of one bundle row: none (no amount, or a hearing of another kind), the row
    itself, and for a Reclassering row the OM's opdracht before it; a ``Needed`` without its date."""
    amount, unit, anchor = entry.get("amount"), entry.get("unit"), entry.get("anchor")
    if amount is None or unit not in UNITS or not anchor:
        return []
    soort = entry.get("zitting_soort")
    if soort:
        kind = _hearing_kind(events)
        if kind is None:
            return [_needed(entry, _("Nodig: de datum en de soort van de zitting."))]
        if kind != soort:
            return []  # one hearing has one kind: the other three rows do not apply
    found = find_event(anchor, events)
    if found is None:
        return [_needed(entry, _needs_event(anchor))]
    event, start = found
    common = _common(entry)
    if entry.get("legal_rule"):
        legal = _legal(entry, start)
        if legal is None:
            return [_needed(entry, _needs_time(event))]
        due, legal_how = legal
        seed = _(
            "Bijlage 7: '{written}' ({footnote})",
            written=common["as_written"],
            footnote=common["footnote"] or "",
        )
        return [Termijn(due=due, how=f"{seed}. {legal_how}", **common)]
    rows: list[Termijn | Needed] = []
    if _lacks_time(entry, start):
        rows.append(Needed(needs=_needs_time(event), **common))
    else:
        due, how = _count_row(entry, entry, event, start, _event_label(entry, anchor))
        rows.append(Termijn(due=due, how=how, **common))
    opdracht = entry.get("opdracht_om")
    if isinstance(opdracht, Mapping):
        o_common = {
            **common,
            "organisation": organisation_label("Openbaar Ministerie"),
            "what": _("Opdracht aan de Reclassering: {what}", what=common["what"]),
            "as_written": str(opdracht.get("as_written", "")),
            "id": f"{common['id']}-opdracht-om",
        }
        if _lacks_time(opdracht, start):
            rows.append(Needed(needs=_needs_time(event), **o_common))
        else:
            o_due, o_how = _count_row(entry, opdracht, event, start, _event_label(entry, anchor))
            rows.append(Termijn(due=o_due, how=o_how, **o_common))
    return rows


def compute_one(entry: Mapping[str, Any], events: Mapping[str, Any]) -> Termijn | None:
    """The deadline of one row itself, or None when it cannot be counted (see ``compute_rows``)."""
    rows = compute_rows(entry, events)
    return rows[0] if rows and isinstance(rows[0], Termijn) else None


def overview(entries: Iterable[Mapping[str, Any]], events: Mapping[str, Any]) -> Overview:
    """Every deadline of a case: counted ones earliest first (a dated deadline counts to the end
    of its day, so one at a time of day comes first), then the ones needing a date, in the
    bundle's order."""
    counted: list[Termijn] = []
    needed: list[Needed] = []
    for entry in entries:
        for row in compute_rows(entry, events):
            if isinstance(row, Termijn):
                counted.append(row)
            else:
                needed.append(row)
    return Overview(sorted(counted, key=lambda t: _sort_key(t.due)), needed)


def compute(entries: Iterable[Mapping[str, Any]], events: Mapping[str, Any]) -> list[Termijn]:
    """Every deadline whose event has a date, earliest first (see ``overview`` for the rest)."""
    return overview(entries, events).termijnen


def _local_naive(moment: datetime) -> datetime:
    """``moment`` as Dutch wall time: an aware moment is read in ``AMSTERDAM``; a naive one (an
    event as typed, a counted deadline) already is Dutch local time."""
    return moment.astimezone(AMSTERDAM).replace(tzinfo=None) if moment.tzinfo else moment


def _local_day(moment: Moment) -> date:
    """The Dutch calendar day of ``moment`` (an aware moment at 00:30 in Amsterdam is still the
    day before in UTC)."""
    return _local_naive(moment).date() if isinstance(moment, datetime) else moment


def status(termijn: Termijn, now: Moment) -> tuple[int, bool]:
    """(calendar days left, overdue) at ``now``, read in Dutch local time (``clock.AMSTERDAM``).

    A deadline at a time of day (counted in hours, or from an aanhouding with its time: Bijlage 7
    footnotes 32 and 35) is overdue as soon as that moment has passed; a dated deadline lasts to
    the end of its day. ``now`` is the current moment (``clock.now()``); a date without a time (the
    CLI's ``--vandaag``) cannot tell, so a deadline at a time on that day is not yet overdue.
    """
    days_left = (termijn.due_day - _local_day(now)).days
    if isinstance(termijn.due, datetime) and isinstance(now, datetime):
        return days_left, _local_naive(now) > _local_naive(termijn.due)
    return days_left, days_left < 0


def countdown(termijn: Termijn, now: Moment) -> str:
    """A short label for the UI: ``nog 3 dagen``, ``vandaag om 17:00 verlopen``, ``2 dagen te laat``
    (in the chosen language); ``now`` as in ``status``."""
    days_left, overdue = status(termijn, now)
    if isinstance(termijn.due, datetime):
        at = f"{termijn.due:%H:%M}"
        if days_left == 0:
            return _("vandaag om {time} verlopen", time=at) if overdue else _("vandaag om {time}", time=at)
    elif days_left == 0:
        return _("vandaag verlopen") if overdue else _("vandaag")
    if days_left == 1:
        return _("nog 1 dag")
    if days_left > 0:
        return _("nog {count} dagen", count=days_left)
    late = -days_left
    return _("1 dag te laat") if late == 1 else _("{count} dagen te laat", count=late)


def check_not_in_future(what: str, moment: Moment, now: Moment) -> None:
    """``what`` names the event in the chosen language ("de melding"); raises ImpossibleDate when
    ``moment`` lies after ``now`` (both read in Dutch local time). With a time on both sides the
    moments are compared: an incident typed as today 21:40 at 19:48 has not happened yet."""
    if isinstance(moment, datetime) and isinstance(now, datetime):
        local_now = _local_naive(now)
        if _local_naive(moment) > local_now:
            raise ImpossibleDate(
                _(
                    "Het tijdstip van {what} ({moment}) ligt in de toekomst; het is nu {now}. "
                    "Controleer de datum en de tijd.",
                    what=what,
                    moment=_moment_text_with_year(_local_naive(moment)),
                    now=_moment_text_with_year(local_now),
                )
            )
        return
    if _local_day(moment) > _local_day(now):
        raise ImpossibleDate(
            _(
                "De datum van {what} ({day}) ligt in de toekomst; vandaag is het {today}. "
                "Controleer de datum.",
                what=what,
                day=dutch_day(_local_day(moment), year=True),
                today=dutch_day(_local_day(now), year=True),
            )
        )


def _moment_text_with_year(moment: datetime) -> str:
    return _("{day} {time}", day=dutch_day(moment.date(), year=True), time=f"{moment:%H:%M}")


def check_incident(incident: Moment, now: Moment) -> None:
    """An incident has happened: not after ``now`` (see ``check_not_in_future``)."""
    check_not_in_future(_("het incident"), incident, now)


def check_event(anchor: str, moment: Moment, now: Moment) -> None:
    """An event that has happened (an aangifte, an aanhouding) cannot lie after ``now``; a planned
    one (a zitting, a raadkamer) may."""
    if not is_planned(anchor):
        check_not_in_future(anchor_label(anchor), moment, now)


def check_case_dates(melding: Moment, incident: Moment | None, now: Moment) -> None:
    """Refuse dates that cannot be right: a melding or incident in the future, or a melding
    before the incident it reports. Raises ImpossibleDate with a Dutch message."""
    check_not_in_future(_("de melding"), melding, now)
    if incident is None:
        return
    check_incident(incident, now)
    if _day(melding) < _day(incident):
        raise ImpossibleDate(
            _(
                "De melding ({melding}) ligt vóór het incident ({incident}). Een melding kan niet "
                "aan het incident voorafgaan; controleer beide data.",
                melding=dutch_day(_day(melding), year=True),
                incident=dutch_day(_day(incident), year=True),
            )
        )


def _moment_day_text(moment: Moment) -> str:
    return dutch_day(_day(moment), year=True)


def check_events(events: Mapping[str, Any], now: Moment) -> None:
    """Refuse contradictory dates: events that have happened cannot lie in the future (planned
    ones, such as a zitting, may); a veiligheidsbeoordeling, vooronderzoek, monitoren or melding
    at the police cannot come before the melding at Veilig Thuis, nor a voorgeleiding or
    raadkamer before the aanhouding. Raises ImpossibleDate with a Dutch message."""
    kind = events.get(ZITTING_SOORT)
    if kind is not None and kind not in ZITTING_SOORTEN:
        raise ImpossibleDate(
            _(
                "Onbekende soort zitting '{kind}'. Kies uit: {choices}.",
                kind=kind,
                choices=", ".join(ZITTING_SOORTEN),
            )
        )
    moments = {name: value for name, value in events.items() if isinstance(value, date)}
    for anchor, moment in moments.items():
        check_event(anchor, moment, now)
    for later, earlier in ORDER:
        if (
            later in moments
            and earlier in moments
            and _sort_key(moments[later]) < _sort_key(moments[earlier])
        ):
            raise ImpossibleDate(
                _(
                    "De {later} ({later_day}) ligt vóór de {earlier} ({earlier_day}). "
                    "Dat kan niet; controleer beide data.",
                    later=anchor_label(later),
                    later_day=_moment_day_text(moments[later]),
                    earlier=anchor_label(earlier),
                    earlier_day=_moment_day_text(moments[earlier]),
                )
            )


def check_hearing(events: Mapping[str, Any]) -> None:
    """A hearing needs its kind, and a kind needs its hearing: the four Reclassering rows differ."""
    has_date, kind = isinstance(events.get("zitting"), date), events.get(ZITTING_SOORT)
    if has_date and not kind:
        raise ImpossibleDate(
            _(
                "Een zitting zonder soort: geef ook --zitting-soort (supersnel, snel, om of regulier); "
                "de termijnen van de Reclassering verschillen per soort."
            )
        )
    if kind and not has_date:
        raise ImpossibleDate(_("Een soort zitting zonder datum: geef ook --zitting (JJJJ-MM-DD)."))
