"""The domain subcommands of ``routekaart`` (contacts, termijnen, counts, regions, validate, advies).

``desktop.launcher`` composes them with the sync commands and the desktop app; this module
imports neither, so the layers stay ``desktop -> sync -> routekaarten``.

Errors a user can cause (unknown region, bad ``--at``, corrupt database) print a Dutch message
on stderr and exit non-zero, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from routekaarten import advies_cli, environment

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_BUG = 70
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as a shell reports a command the signal ended
DEFAULT_REGION = "zeeland-west-brabant"


def build_parser(
    extensions: Sequence[Callable[[Any], None]] = (),
) -> argparse.ArgumentParser:
    """The parser of the domain commands; ``extensions`` add the commands of higher layers."""
    parser = argparse.ArgumentParser(
        prog="routekaart",
        description="Routekaart samenwerken bij strafbare kindermishandeling. "
        "Zonder opdracht start de desktop-app.",
    )
    parser.add_argument(
        "--data-dir",
        help="gegevensmap (standaard: de gebruikersmap van het systeem, of $ROUTEKAART_DATA_DIR)",
    )
    parser.add_argument(
        "--verbose", action="store_true",
        help="meldingen voor beheerders en ontwikkelaars op stderr (nooit zaakgegevens)",
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    contacts = commands.add_parser("contacts", help="contactgegevens, gerangschikt op wie nu opneemt")
    contacts.add_argument("--region", default=DEFAULT_REGION, help="regio-id (standaard: %(default)s)")
    contacts.add_argument("--area", help="gebied, bijv. Zeeland, Midden-Brabant, West-Brabant")
    contacts.add_argument(
        "--step", type=int, choices=range(4), metavar="N", help="stap 0-3 van de routekaart"
    )
    contacts.add_argument("--at", help="tijdstip (ISO 8601, bijv. 2026-11-30T09:00); standaard: nu")
    contacts.add_argument("--json", action="store_true", help="uitvoer als JSON")

    commands.add_parser("regions", help="de regio's in de database")

    deadlines = commands.add_parser(
        "termijnen", help="termijnen van een zaak (Handreiking bijlage 7, Handelingsprotocol Veilig Thuis)"
    )
    deadlines.add_argument(
        "--melding", required=True, metavar="DATUM", help="datum melding bij Veilig Thuis (JJJJ-MM-DD)"
    )
    for flag, what in (
        ("melding-politie", "melding bij de politie"),
        ("aangifte", "aangifte"),
        ("veiligheidsbeoordeling", "afronding veiligheidsbeoordeling"),
        ("vooronderzoek", "start vooronderzoek"),
        ("monitoren", "start monitoren"),
        ("incident", "incident"),
        ("aanhouding", "aanhouding, met tijd"),
        ("verhoor-verdachte", "verhoor verdachte"),
        ("ontvangst-plan", "ontvangst plan politie door OM"),
        ("ontvangst-pv", "ontvangst pv politie door OM"),
        ("huisverbod", "huisverbod"),
        ("voorgeleiding", "voorgeleiding"),
        ("raadkamer", "raadkamer"),
        ("zitting", "zitting"),
    ):
        deadlines.add_argument(
            f"--{flag}", metavar="DATUM", help=f"{what}: JJJJ-MM-DD, of met tijd JJJJ-MM-DDTUU:MM"
        )
    deadlines.add_argument(
        "--zitting-soort",
        choices=("supersnel", "snel", "om", "regulier"),
        help="soort zitting: supersnelrecht, snelrecht, OM-zitting of reguliere zitting",
    )
    deadlines.add_argument(
        "--termijn", action="append", metavar="ID", help="alleen deze termijn (id uit de bundel); herhaalbaar"
    )
    deadlines.add_argument("--vandaag", metavar="DATUM", help="datum van vandaag (standaard: systeemdatum)")
    deadlines.add_argument("--json", action="store_true", help="uitvoer als JSON")

    counts = commands.add_parser("counts", help="anonieme aantallen zaken (geen labels, notities of data)")
    counts.add_argument("--csv", action="store_true", help="uitvoer als CSV (standaard: JSON)")

    validate = commands.add_parser("validate", help="controleer een regio- of landelijke bundel (JSON)")
    validate.add_argument("file", type=Path)
    validate.add_argument("--kind", choices=("region", "national"), default="region")
    advies_cli.add_parser(commands)
    for extend in extensions:
        extend(commands)
    return parser


def _open_checked(args: argparse.Namespace) -> Any:
    """The store to show, after the start check (``routekaarten.bootstrap.open_for_start``).

    ``args.start_check`` is the check of the layer above (``desktop.launcher`` puts the sync
    layer's there); the domain commands alone run without it. What the check did goes to stderr.
    """
    from routekaarten.bootstrap import open_for_start
    from routekaarten.paths import data_dir

    opened = open_for_start(data_dir(args.data_dir), getattr(args, "start_check", None))
    for note in opened.notes:
        print(f"routekaart: {note}", file=sys.stderr)
    return opened


def _contacts(args: argparse.Namespace) -> int:
    from routekaarten import contacts_report as report

    moment = report.parse_moment(args.at)
    store = _open_checked(args).store
    try:
        bundle = store.region(args.region)
    finally:
        store.close()
    area = report.find_area(bundle, args.area) if args.area else None
    ranked = report.ranked_contacts(bundle, area.id if area else None, moment, args.step)
    if args.json:
        print(json.dumps(report.as_json_rows(bundle, ranked), ensure_ascii=False, indent=2))
    else:
        print(report.as_text(bundle, area, ranked, moment))
    return EXIT_OK


def _regions(args: argparse.Namespace) -> int:
    from routekaarten.bootstrap import open_store
    from routekaarten.paths import data_dir

    store = open_store(data_dir(args.data_dir))
    try:
        for region_id, name in store.regions():
            print(f"{region_id}\t{name}")
    finally:
        store.close()
    return EXIT_OK


def _termijnen(args: argparse.Namespace) -> int:
    from routekaarten import termijnen_report as report
    from routekaarten.bootstrap import open_store
    from routekaarten.paths import data_dir
    from routekaarten.termijnen import check_case_dates, check_events, check_hearing, overview

    today = report.parse_date(args.vandaag, "vandaag") if args.vandaag else report.local_today()
    events: dict[str, Any] = {**report.events_from_args(vars(args)), **report.hearing_kind(vars(args))}
    incident = report.parse_moment(args.incident, "incident") if args.incident else None
    check_case_dates(events["melding"], incident, today)
    check_events(events, today)
    check_hearing(events)
    store = open_store(data_dir(args.data_dir))
    try:
        entries = store.national()["termijnen"]
    finally:
        store.close()
    found = overview(entries, events)
    if args.termijn:
        found = report.pick(found, args.termijn, entries)
    if args.json:
        print(json.dumps(report.as_json_rows(found.termijnen, found.needed), ensure_ascii=False, indent=2))
    else:
        print(report.overview_text(found, today))
    return EXIT_OK


def _counts(args: argparse.Namespace) -> int:
    from routekaarten.case_store import CaseStore
    from routekaarten.counts_export import counts_csv
    from routekaarten.errors import StoreError

    opened = _open_checked(args)
    store = opened.store
    if opened.read_only:  # an in-memory copy holds no cases: counting them would say 0, wrongly
        store.close()
        raise StoreError(opened.problem or "")
    try:
        counts = CaseStore(store).counts()
    finally:
        store.close()
    if args.csv:
        print(counts_csv(counts), end="")
    else:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from routekaarten.bundles import read_bundle

    read_bundle(args.file, args.kind)
    print(f"{args.file}: geldig")
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "contacts": _contacts,
    "regions": _regions,
    "termijnen": _termijnen,
    "validate": _validate,
    "counts": _counts,
    "advies": advies_cli.run,
}


def dispatch(args: argparse.Namespace, handlers: Mapping[str, Callable[[argparse.Namespace], int]]) -> int:
    """Run a subcommand; a RoutekaartError becomes a Dutch line on stderr and exit code 2."""
    from routekaarten.errors import RoutekaartError

    try:
        code = handlers[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except RoutekaartError as error:
        print(f"routekaart: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:
        if os.environ.get(environment.DEBUG):
            raise
        from routekaarten.logs import traceback_without_messages

        logging.getLogger(__name__).error("unexpected error: %s", traceback_without_messages(error))
        print(f"routekaart: onverwachte fout; zet {environment.DEBUG}=1 voor details.", file=sys.stderr)
        return EXIT_BUG


def _pipe_closed() -> int:
    """``routekaart contacts --json | head``: the reader has what it wanted and closed the pipe.

    Not an error of ours, and nothing to say: stdout goes to /dev/null so the interpreter's
    final flush is quiet too (Python's "Note on SIGPIPE"), and the exit code is the one a
    command killed by SIGPIPE gives.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_PIPE_CLOSED


def main(argv: Sequence[str] | None = None) -> int:
    """The domain commands alone (no desktop, no sync); the full command is desktop.launcher."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USER_ERROR
    from routekaarten import logs

    logs.for_command(args.verbose)
    return dispatch(args, HANDLERS)


if __name__ == "__main__":
    sys.exit(main())
