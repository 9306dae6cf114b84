"""The deadlines of a case as text or JSON rows for the CLI (``routekaart termijnen``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from routekaarten.clock import AMSTERDAM
from routekaarten.termijnen import ImpossibleDate, Moment, Termijn, countdown
from routekaarten.werkdagen import dutch_day

# Command-line flag -> anchor id in the national bundle's termijnen (HSSK Bijlage 7).
EVENT_FLAGS: dict[str, str] = {
    "melding": "melding",
    "aangifte": "aangifte",
    "aanhouding": "aanhouding",
    "verhoor_verdachte": "verhoor_verdachte",
    "ontvangst_plan": "ontvangst_plan_politie",
    "ontvangst_pv": "ontvangst_pv_politie",
    "huisverbod": "huisverbod",
    "voorgeleiding": "voorgeleiding",
    "raadkamer": "raadkamer",
    "zitting": "zitting",
}


def parse_date(text: str, flag: str) -> date:
    """A calendar date ``JJJJ-MM-DD`` from the command line."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise ImpossibleDate(
            f"Ongeldige datum '{text}' bij --{flag}. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-30."
        ) from error


def parse_moment(text: str, flag: str) -> Moment:
    """A date, or a date with a time (``2026-11-30T14:30``) where the hour matters."""
    if "T" not in text and " " not in text.strip():
        return parse_date(text, flag)
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ImpossibleDate(
            f"Ongeldig tijdstip '{text}' bij --{flag}. Gebruik JJJJ-MM-DD of JJJJ-MM-DDTUU:MM, "
            "bijvoorbeeld 2026-11-30T14:30."
        ) from error


def local_today() -> date:
    return datetime.now(AMSTERDAM).date()


def events_from_args(values: Mapping[str, Any]) -> dict[str, Moment]:
    """The dated events of the command line (argparse's ``vars(args)``), keyed by anchor id."""
    events = {}
    for name, anchor in EVENT_FLAGS.items():
        text = values.get(name)
        if text:
            events[anchor] = parse_moment(text, name.replace("_", "-"))
    return events


def _due_text(termijn: Termijn) -> str:
    text = dutch_day(termijn.due_day, year=True)
    return f"{text} {termijn.due:%H:%M}" if isinstance(termijn.due, datetime) else text


def as_json_rows(termijnen: list[Termijn]) -> list[dict[str, Any]]:
    return [
        {
            "organisation": t.organisation,
            "what": t.what,
            "due": t.due.isoformat(),
            "as_written": t.as_written,
            "how": t.how,
            "source": t.source,
        }
        for t in termijnen
    ]


def as_text(termijnen: list[Termijn], today: date) -> str:
    if not termijnen:
        return "Geen termijnen te berekenen met deze data."
    lines = []
    for t in termijnen:
        lines.append(f"{_due_text(t)}  ({countdown(t, today)})  {t.organisation}: {t.what}")
        lines.append(f"    {t.how}")
        if t.source:
            lines.append(f"    bron: {t.source}")
    return "\n".join(lines)
