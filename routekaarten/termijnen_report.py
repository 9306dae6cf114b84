"""The deadlines of a case as text or JSON rows for the CLI (``routekaart termijnen``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from routekaarten.clock import AMSTERDAM
from routekaarten.i18n import _
from routekaarten.termijnen import (
    EITHER_ANCHORS,
    ZITTING_SOORT,
    ImpossibleDate,
    Moment,
    Needed,
    Overview,
    Termijn,
    anchor_label,
    countdown,
)
from routekaarten.werkdagen import dutch_day

# Command-line flag -> anchor id in the national bundle's termijnen (HSSK Bijlage 7, and the
# Handelingsprotocol of Veilig Thuis).
EVENT_FLAGS: dict[str, str] = {
    "melding": "melding",
    "melding_politie": "melding_politie",
    "aangifte": "aangifte",
    "veiligheidsbeoordeling": "veiligheidsbeoordeling",
    "vooronderzoek": "vooronderzoek",
    "monitoren": "monitoren",
    "aanhouding": "aanhouding",
    "verhoor_verdachte": "verhoor_verdachte",
    "ontvangst_plan": "ontvangst_plan_politie",
    "ontvangst_pv": "ontvangst_pv_politie",
    "huisverbod": "huisverbod",
    "voorgeleiding": "voorgeleiding",
    "raadkamer": "raadkamer",
    "zitting": "zitting",
}


LATEST = date(2099, 12, 31)  # far enough for any deadline a case can reach; beyond is a typing error


def _in_range(day: date, text: str, flag: str) -> None:
    """Dates before 2000 or after 2099 are typing errors here (and would overflow the counting)."""
    from routekaarten.dates import EARLIEST

    if not EARLIEST <= day <= LATEST:
        outside = _("De datum '{text}' bij --{flag} ligt buiten {first}-{last}; controleer het jaar.",
                    text=text, flag=flag, first=EARLIEST.year, last=LATEST.year)
        raise ImpossibleDate(outside)


def parse_date(text: str, flag: str) -> date:
    """A calendar date ``JJJJ-MM-DD`` from the command line."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as error:
        raise ImpossibleDate(
            _(
                "Ongeldige datum '{text}' bij --{flag}. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-30.",
                text=text,
                flag=flag,
            )
        ) from error
    _in_range(day, text, flag)
    return day


def parse_moment(text: str, flag: str) -> Moment:
    """A date, or a date with a time (``2026-11-30T14:30``) where the hour matters."""
    if "T" not in text and " " not in text.strip():
        return parse_date(text, flag)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ImpossibleDate(
            _(
                "Ongeldig tijdstip '{text}' bij --{flag}. Gebruik JJJJ-MM-DD of JJJJ-MM-DDTUU:MM, "
                "bijvoorbeeld 2026-11-30T14:30.",
                text=text,
                flag=flag,
            )
        ) from error
    if moment.tzinfo is not None:
        raise ImpossibleDate(_("Tijdstip '{text}' bij --{flag}: geef de tijd in Nederland, zonder tijdzone.",
                               text=text, flag=flag))
    _in_range(moment.date(), text, flag)
    return moment


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


def hearing_kind(values: Mapping[str, Any]) -> dict[str, str]:
    """``{"zitting_soort": "snel"}`` from ``--zitting-soort``, or nothing."""
    kind = values.get("zitting_soort")
    return {ZITTING_SOORT: kind} if kind else {}


def _flags_for(anchor: str) -> str:
    """``--aangifte of --melding-politie`` for the anchor a row needs."""
    names = EITHER_ANCHORS.get(anchor, (anchor,))
    by_anchor = {value: key for key, value in EVENT_FLAGS.items()}
    flags = [f"--{by_anchor[name].replace('_', '-')}" for name in names if name in by_anchor]
    return _(" of ").join(flags)


def pick(found: Overview, wanted: Sequence[str], entries: Iterable[Mapping[str, Any]]) -> Overview:
    """Only the deadlines asked for by id; one that cannot be counted is refused with what it needs."""
    known = {str(entry.get("id")) for entry in entries}
    unknown = [
        name for name in wanted if name not in known and name.removesuffix("-opdracht-om") not in known
    ]
    if unknown:
        raise ImpossibleDate(_("Onbekende termijn: {ids}.", ids=", ".join(unknown)))
    for row in found.needed:
        if row.id in wanted:
            flags = _flags_for(row.anchor)
            hint = _(" Geef {flags} op.", flags=flags) if flags and "soort" not in row.needs else ""
            raise ImpossibleDate(
                _(
                    "Termijn {id} ({what}) is niet te berekenen. {needs}{hint}",
                    id=row.id,
                    what=row.what,
                    needs=row.needs,
                    hint=hint,
                )
            )
    return Overview([t for t in found.termijnen if t.id in wanted], [])


def _due_text(termijn: Termijn) -> str:
    text = dutch_day(termijn.due_day, year=True)
    if isinstance(termijn.due, datetime):
        return _("{day} {time}", day=text, time=f"{termijn.due:%H:%M}")
    return text


def _shared(row: Termijn | Needed) -> dict[str, Any]:
    return {
        "id": row.id,
        "organisation": row.organisation,
        "what": row.what,
        "as_written": row.as_written,
        "anchor": row.anchor,
        "event": anchor_label(row.anchor),
        "source": row.source,
        "footnote": row.footnote,
        "footnote_number": row.footnote_number,
        "applies_to": row.applies_to or None,
        "binding": row.binding,
        "note": row.note or None,
    }


def as_json_rows(termijnen: Sequence[Termijn], needed: Sequence[Needed] = ()) -> list[dict[str, Any]]:
    """Counted deadlines (``due`` set, ``needs`` null) then those needing a date (``due`` null)."""
    rows = [{**_shared(t), "due": t.due.isoformat(), "how": t.how, "needs": None} for t in termijnen]
    rows += [{**_shared(n), "due": None, "how": None, "needs": n.needs} for n in needed]
    return rows


def _details(row: Termijn | Needed) -> list[str]:
    lines = []
    if row.footnote:
        number = f" {row.footnote_number}" if row.footnote_number else ""
        lines.append(_("    voetnoot{number}: {text}", number=number, text=row.footnote))
    if row.applies_to == "zedenzaken":
        lines.append(_("    geldt nu alleen in zedenzaken (huidige afspraak)"))
    if not row.binding:
        lines.append(_("    niet bindend, ter vergelijking: {note}", note=row.note))
    elif row.note:
        lines.append(f"    {row.note}")
    if row.source:
        lines.append(_("    bron: {source}", source=row.source))
    return lines


def as_text(termijnen: Sequence[Termijn], today: date, needed: Sequence[Needed] = ()) -> str:
    if not termijnen and not needed:
        return _("Geen termijnen te berekenen met deze data.")
    lines = []
    for t in termijnen:
        lines.append(f"{_due_text(t)}  ({countdown(t, today)})  {t.organisation}: {t.what}")
        lines.append(f"    {t.how}")
        lines.extend(_details(t))
    if needed:
        lines.append(_("Nog niet te berekenen:"))
        for n in needed:
            # The source's own line, unless it only repeats the title ("Dag van voorgeleiding Advies …").
            written = n.as_written.replace(n.what, "").strip()
            lines.append(f"- {n.organisation}: {n.what}" + (f" ({n.as_written})" if written else ""))
            lines.append(f"    {n.needs}")
            lines.extend(_details(n))
    return "\n".join(lines)


def overview_text(found: Overview, today: date) -> str:
    return as_text(found.termijnen, today, found.needed)
