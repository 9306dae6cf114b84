"""``routekaart advies``: the route guidance for a described case, for scripts and training material.

Every value is checked here, not by argparse, so that a wrong one gets a Dutch message (exit 2)
instead of argparse's English one. The NFI categories are those of the national bundle in the
data folder. The JSON is a list of objects with English keys; sources are named by document and
section, never by line.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

UITLATINGEN = {
    "gedragsverandering": "gedragsverandering",
    "helder": "heldere_uitspraak",
    "vaag": "vage_uitspraak",
}


def add_parser(commands: Any) -> None:
    """Register ``advies`` on the subcommands of ``routekaarten.cli.build_parser``."""
    advies = commands.add_parser("advies", help="wat de handreiking en de routekaart adviseren voor een zaak")
    advies.add_argument(
        "--vermoeden",
        required=True,
        metavar="1-4",
        help="soort vermoeden (HSSK): 1 letsel, "
        "2 gedrag of uitlatingen, 3 waarneming door een derde, 4 de dader meldt",
    )
    advies.add_argument(
        "--uitlating", metavar="SOORT", help="bij vermoeden 2: gedragsverandering, helder of vaag"
    )
    advies.add_argument("--zeden", action="store_true", help="vermoeden van seksueel misbruik")
    advies.add_argument("--incident", metavar="DATUM", help="datum van het incident (JJJJ-MM-DD)")
    advies.add_argument("--nfi", metavar="CATEGORIE", help="NFI-categorie (id uit de landelijke bundel)")
    advies.add_argument("--leeftijd", metavar="N", help="leeftijd van het kind in jaren")
    advies.add_argument("--stap", default="0", metavar="0-3", help="stap van de routekaart (standaard: 0)")
    advies.add_argument("--vandaag", metavar="DATUM", help="datum van vandaag (standaard: systeemdatum)")
    advies.add_argument("--json", action="store_true", help="uitvoer als JSON")


def _number(text: str, flag: str, low: int, high: int) -> int:
    from routekaarten.errors import RoutekaartError
    from routekaarten.i18n import _

    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise RoutekaartError(
            _(
                "Ongeldige waarde '{value}' bij --{flag}: kies {low} tot en met {high}.",
                value=text,
                flag=flag,
                low=low,
                high=high,
            )
        )
    return value


def _date(text: str, flag: str) -> date:
    from routekaarten.errors import RoutekaartError
    from routekaarten.i18n import _

    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise RoutekaartError(
            _(
                "Ongeldige datum '{value}' bij --{flag}. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-30.",
                value=text,
                flag=flag,
            )
        ) from error


def _age(text: str) -> int:
    from routekaarten.errors import RoutekaartError
    from routekaarten.i18n import _

    try:
        return int(text.strip())
    except ValueError as error:
        raise RoutekaartError(
            _("Ongeldige leeftijd '{value}': geef een geheel aantal jaren.", value=text)
        ) from error


def facts_from_args(args: argparse.Namespace, nfi_categories: list[str]) -> Any:
    """The ``CaseFacts`` the arguments describe; a ``RoutekaartError`` with every problem if impossible."""
    from routekaarten import clock
    from routekaarten.errors import RoutekaartError
    from routekaarten.guidance import CaseFacts, Uitlating, Vermoeden, check_facts
    from routekaarten.i18n import _

    vermoeden = Vermoeden(_number(args.vermoeden, "vermoeden", 1, 4))
    uitlating = None
    if args.uitlating is not None:
        if args.uitlating not in UITLATINGEN:
            raise RoutekaartError(
                _(
                    "Onbekende uitlating '{value}': kies gedragsverandering, helder of vaag.",
                    value=args.uitlating,
                )
            )
        if vermoeden != Vermoeden.UITLATING:
            raise RoutekaartError(
                _("--uitlating hoort bij vermoeden 2 (gedrag of uitlatingen van een kind).")
            )
        uitlating = Uitlating(UITLATINGEN[args.uitlating])
    today = (
        _date(args.vandaag, "vandaag") if args.vandaag else clock.today()
    )
    facts = CaseFacts(
        vermoeden=vermoeden,
        today=today,
        uitlating=uitlating,
        zeden=args.zeden,
        incident_date=_date(args.incident, "incident") if args.incident else None,
        nfi_category=args.nfi,
        child_age=_age(args.leeftijd) if args.leeftijd is not None else None,
        step=_number(args.stap, "stap", 0, 3),
    )
    problems = check_facts(facts, nfi_categories)
    if problems:
        raise RoutekaartError("; ".join(problems))
    return facts


def as_json_rows(advice: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "note": a.note,
            "step": a.step,
            "boxes": list(a.boxes),
            "urgent": a.urgent,
            "warning": a.warning,
            "source": a.source,
        }
        for a in advice
    ]


def as_text(advice: list[Any]) -> str:
    from routekaarten.i18n import _

    blocks = []
    for a in advice:
        mark = _("LET OP: ") if a.warning else _("MET SPOED: ") if a.urgent else ""
        step = _(" (stap {step})", step=a.step) if a.step is not None else ""
        lines = [f"{mark}{a.title}{step}", f"  {a.text}"]
        if a.note:
            lines.append("  " + _("Opmerking: {note}", note=a.note))
        lines.append("  " + _("Bron: {source}", source=a.source))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else _("Geen advies voor deze zaak.")


def run(args: argparse.Namespace) -> int:
    from routekaarten.bootstrap import open_store
    from routekaarten.guidance import advise
    from routekaarten.paths import data_dir

    store = open_store(data_dir(args.data_dir))
    try:
        nfi_categories = [c["id"] for c in store.national().get("nfi_categories", ())]
    finally:
        store.close()
    advice = advise(facts_from_args(args, nfi_categories))
    if args.json:
        print(json.dumps(as_json_rows(advice), ensure_ascii=False, indent=2))
    else:
        print(as_text(advice))
    return 0
