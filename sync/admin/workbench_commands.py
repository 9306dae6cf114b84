"""``routekaart admin`` tasks of the regional admin's workbench (issue 13), for scripts.

Each command is a thin shell around the library function the workbench in the app calls too:
pull (``sync.admin.pull``), publish and renew (``sync.admin.publish_verify``), fingerprint
(``sync.admin.fingerprint``), backup-key and restore-key (``sync.admin.key_backup``), the contact
spreadsheets (``routekaarten.contacts_sheet``) and new-region (``routekaarten.region_template``).
``add_parsers`` registers them; only argparse is imported at module level.

The trusted root is found as ``routekaart sync`` finds it: ``--root``, else ``root.json`` in the
data folder, else the root shipped with the app. The source being unreachable ends in exit code
5, as for ``routekaart sync``; any other refusal in 2 with the reason on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from routekaarten import environment
from sync.output import EXIT_UNREACHABLE, print_json, say

Handler = Callable[[argparse.Namespace], int]
ENV_BACKUP_PASSPHRASE = environment.BACKUP_PASSPHRASE
_RAW = argparse.RawDescriptionHelpFormatter
_EXITS = """afsluitcodes:
  0  gelukt
  2  geweigerd of fout (de reden staat op stderr); er is niets gepubliceerd
  5  de centrale bron is niet bereikbaar; probeer het later opnieuw"""


def _url(args: argparse.Namespace) -> str:
    from routekaarten.errors import RoutekaartError
    from sync.client.source import sync_url

    url = sync_url(args.url or "")
    if not url:
        raise RoutekaartError(
            f"Geen adres van de centrale bron: gebruik --url of zet ${environment.SYNC_URL}.")
    return url


def _root(args: argparse.Namespace) -> bytes:
    """``--root``, else root.json in the data folder, else the shipped root (``routekaart sync``'s order)."""
    from routekaarten.paths import data_dir
    from sync.client.source import trusted_root, trusted_root_path

    return trusted_root(args.root or trusted_root_path(data_dir(args.data_dir)))


def _network(handler: Handler) -> Handler:
    """Exit 5 when the source is unreachable, so a script can tell "later" from "refused"."""
    def run(args: argparse.Namespace) -> int:
        from sync.admin.errors import ServiceUnreachableError

        try:
            return handler(args)
        except ServiceUnreachableError as error:
            print(f"routekaart: {error}", file=sys.stderr)
            return EXIT_UNREACHABLE
    return run


def _read(path: Path) -> bytes:
    from routekaarten.errors import RoutekaartError

    try:
        return path.read_bytes()
    except OSError as error:
        raise RoutekaartError(f"{path} is niet leesbaar ({error.strerror}).") from error


def _write(path: Path, data: bytes) -> None:
    from routekaarten.atomic_write import write_atomic
    from routekaarten.errors import RoutekaartError

    try:
        write_atomic(path, data, mode=0o644)
    except OSError as error:
        raise RoutekaartError(f"{path} kan niet worden geschreven ({error.strerror}).") from error


def _signer(region_id: str) -> Any:
    from sync.admin.region_keys import RegionKeyring, default_backend

    return RegionKeyring(default_backend()).signer(region_id)


def _keyring() -> Any:
    from sync.admin.region_keys import RegionKeyring, default_backend

    return RegionKeyring(default_backend())


def _source_flags(parser: argparse.ArgumentParser) -> None:

    parser.add_argument("--url", help=f"adres van de centrale bron (anders ${environment.SYNC_URL})")
    _root_and_json(parser)


def _root_and_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, metavar="BESTAND",
                        help="vertrouwde root.json (anders root.json in de gegevensmap, anders die van de "
                        "app)")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def add_publish_flags(publish: argparse.ArgumentParser) -> None:
    """``admin publish`` checks what it published against the trusted root, as ``pull`` does."""
    _root_and_json(publish)
    publish.add_argument("--based-on", type=int, metavar="REVISIE",
                         help="de gepubliceerde revisie waarop het bestand gebaseerd is (standaard: die in "
                         "het bestand); is er intussen een nieuwere gepubliceerd, dan wordt niets "
                         "gepubliceerd")


# --- pull, publish, renew ---------------------------------------------------------------------------

@_network
def pull(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from sync.admin.pull import pull_region
    from sync.admin.region_expiry import local_time, region_expiry

    pulled = pull_region(_url(args), _root(args), args.region)
    _write(args.out, pulled.raw)
    expiry = region_expiry(pulled.expires, datetime.now(UTC))
    if args.json:
        print_json({"region": pulled.region_id, "version": pulled.version, "revision": pulled.revision,
                    "expires": pulled.expires.isoformat(), "sha256": pulled.sha256,
                    "signed_by": list(pulled.signed_by), "renew_needed": expiry.renew_needed,
                    "out": str(args.out)})
    else:
        say(f"Opgehaald en gecontroleerd: regio '{pulled.region_id}', revisie {pulled.revision}, versie "
            f"{pulled.version}, geldig tot {local_time(pulled.expires)}; opgeslagen in {args.out}.")
        say(expiry.message())
    return 0


def _outcome(args: argparse.Namespace, outcome: Any) -> int:
    from routekaarten.changes_text import describe_changes

    lines = describe_changes(outcome.changes)
    if args.json:
        print_json({"region": outcome.region_id, "version": outcome.version, "revision": outcome.revision,
                    "expires": outcome.expires.isoformat(), "sha256": outcome.sha256, "verified": True,
                    "renewed": outcome.renewed, "changes": lines})
        return 0
    if not outcome.renewed:
        say(f"Gepubliceerd: regio '{outcome.region_id}' versie {outcome.version}, revisie {outcome.revision} "
            f"(sha256 {outcome.sha256}).")
        for line in lines:
            say(f"  {line}")
    say(outcome.message())
    return 0


@_network
def publish(args: argparse.Namespace) -> int:
    """``admin publish``: validate, set the revision, sign, upload, and check as a workstation."""
    from datetime import timedelta

    from sync.admin.publish import validated_region
    from sync.admin.publish_verify import publish_and_verify

    raw = _read(args.file)
    region_id = validated_region(raw, str(args.file))
    signer = _signer(region_id)
    outcome = publish_and_verify(_url(args), _root(args), raw, region_id, signer,
                                 based_on_revision=getattr(args, "based_on", None),
                                 lifetime=timedelta(days=args.days))
    if outcome.raw != raw:
        _write(args.file, outcome.raw)  # the file is the draft: it now holds the revision that is live
        if not args.json:
            say(f"{args.file} is bijgewerkt naar revisie {outcome.revision}, zoals gepubliceerd.")
    return _outcome(args, outcome)


@_network
def renew(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from sync.admin.publish import validated_region
    from sync.admin.publish_verify import renew_region

    raw = _read(args.file)
    region_id = validated_region(raw, str(args.file))
    outcome = renew_region(_url(args), _root(args), region_id, _signer(region_id), expected_raw=raw,
                           lifetime=timedelta(days=args.days))
    return _outcome(args, outcome)


# --- the regional key -------------------------------------------------------------------------------

def fingerprint(args: argparse.Namespace) -> int:
    from routekaarten.errors import RoutekaartError
    from sync.admin.fingerprint import fingerprint as fingerprint_of
    from sync.admin.fingerprint import fingerprint_matches, mismatch_message, numbered_fingerprint
    from sync.admin.region_keys import public_key_from_json

    key = public_key_from_json(_read(args.pubkey).decode("utf-8", errors="replace"))
    if args.check is not None and not fingerprint_matches(key, args.check):
        raise RoutekaartError(mismatch_message(key, args.check))
    if args.json:
        print_json({"keyid": key.keyid, "fingerprint": fingerprint_of(key),
                    "matches": None if args.check is None else True})
        return 0
    say(f"Vingerafdruk: {numbered_fingerprint(key)}")
    say(f"Sleutel-id:   {key.keyid}")
    if args.check is not None:
        say(mismatch_message(key, args.check))
    return 0


def _backup_passphrase(args: argparse.Namespace, new: bool) -> str:
    from sync.admin.passphrases import read_passphrase

    secret = read_passphrase(ENV_BACKUP_PASSPHRASE, args.passphrase_file, "de back-up van de sleutel",
                             new=new, confirm=new)
    return secret.decode("utf-8")


def backup_key(args: argparse.Namespace) -> int:
    from sync.admin.fingerprint import numbered_fingerprint
    from sync.admin.key_backup import backup_key as write_backup

    keyring = _keyring()
    keyring.signer(args.region)  # no key: say so before asking for a passphrase
    key = write_backup(keyring, args.region, _backup_passphrase(args, new=True), args.out)
    say(f"Back-up van de sleutel van regio '{args.region}' geschreven naar {args.out}.")
    say(f"Vingerafdruk: {numbered_fingerprint(key)}")
    say("Bewaar het bestand en de wachtwoordzin apart van elkaar en apart van deze computer.")
    return 0


def restore_key(args: argparse.Namespace) -> int:
    from sync.admin.fingerprint import numbered_fingerprint
    from sync.admin.key_backup import describe_backup
    from sync.admin.key_backup import restore_key as restore

    describe_backup(args.file)  # not a backup at all: say so before asking for a passphrase
    keyring = _keyring()
    key = restore(keyring, args.region, args.file, _backup_passphrase(args, new=False), replace=args.replace)
    say(f"De sleutel van regio '{args.region}' staat nu in de sleutelbos van deze computer.")
    say(f"Vingerafdruk: {numbered_fingerprint(key)}")
    return 0


# --- contacts as a spreadsheet, a new region --------------------------------------------------------

def export_contacts(args: argparse.Namespace) -> int:
    from routekaarten.bundles import read_bundle
    from routekaarten.contacts_sheet import export_contacts as export

    data = read_bundle(args.file, "region")
    _write(args.out, export(data, args.out))
    say(f"{len(data['contacts'])} contacten van regio '{data['region']['id']}' geschreven naar {args.out}.")
    return 0


def import_contacts(args: argparse.Namespace) -> int:
    from routekaarten.bundle_file import dump_bundle
    from routekaarten.bundles import read_bundle
    from routekaarten.changes_text import describe_changes
    from routekaarten.contacts_sheet import import_contacts as read_contacts

    data = read_bundle(args.file, "region")
    imported = read_contacts(data, args.sheet)
    _write(args.out, dump_bundle(imported.data))
    for line in imported.report():
        say(line)
    say(describe_changes(imported.changes)[0])
    say(f"Geschreven naar {args.out} (revisie {imported.data['revision']}); controleer en publiceer met "
        "'routekaart admin publish'.")
    return 0


def new_region(args: argparse.Namespace) -> int:
    from routekaarten import clock
    from routekaarten.bundle_file import dump_bundle
    from routekaarten.bundles import read_bundle
    from routekaarten.errors import RoutekaartError
    from routekaarten.region_template import empty_region, region_from, still_to_fill
    from sync import layout

    if not layout.is_region_id(args.id):
        raise RoutekaartError(f"'{args.id}' is geen geldige regio-id (kleine letters, cijfers en streepjes).")
    if args.out.exists():
        raise RoutekaartError(f"{args.out} bestaat al; er is niets overschreven. Kies een ander bestand.")
    today = clock.today()
    other = read_bundle(args.source, "region") if args.source else None
    data = (empty_region(args.id, args.name, today) if other is None
            else region_from(other, args.id, args.name, today))
    _write(args.out, dump_bundle(data))
    todo = still_to_fill(data, None if other is None else str(other["region"]["name"]))
    say(f"Nieuwe regio '{args.id}' geschreven naar {args.out}.")
    if todo:
        say("Nog in te vullen voordat de regio kan worden ondertekend:")
        for line in todo:
            say(f"  - {line}")
    else:
        say("De bundel is geldig.")
    return 0


# --- registration -----------------------------------------------------------------------------------

def add_parsers(tasks: Any) -> None:
    """Register the workbench tasks on ``routekaart admin``'s subparsers (``args.admin_handler``)."""
    parser = tasks.add_parser("pull", help="de gepubliceerde regiobundel ophalen en controleren",
                              description="Haalt de regiobundel op die nu gepubliceerd is, gecontroleerd "
                              "zoals een werkplek controleert (TUF), en slaat hem op.", epilog=_EXITS,
                              formatter_class=_RAW)
    _source_flags(parser)
    parser.add_argument("--region", required=True, help="regio-id")
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="waar de bundel heen gaat")
    parser.set_defaults(admin_handler=pull)

    parser = tasks.add_parser("renew", help="een ongewijzigde regio opnieuw ondertekenen (regiobeheerder)",
                              description="Ondertekent de gepubliceerde bundel opnieuw, ongewijzigd, als "
                              "volgende versie met een nieuwe vervaldatum, en controleert het resultaat. "
                              "BUNDEL moet gelijk zijn aan wat gepubliceerd is.", epilog=_EXITS,
                              formatter_class=_RAW)
    _source_flags(parser)
    parser.add_argument("file", type=Path, metavar="BUNDEL")
    parser.add_argument("--days", type=float, default=60, help="geldigheid in dagen (standaard: %(default)s)")
    parser.set_defaults(admin_handler=renew)

    parser = tasks.add_parser("fingerprint", help="vingerafdruk van een publieke sleutel (voorlezen)",
                              description="Toont de vingerafdruk van een publieke sleutel van 'admin keygen' "
                              "in genummerde groepen om over de telefoon voor te lezen. LNZS controleert "
                              "hem zo vóór het delegeren.")
    parser.add_argument("pubkey", type=Path, metavar="PUBKEY.json")
    parser.add_argument("--check", metavar="TEKST",
                        help="de vingerafdruk zoals de ander hem voorleest; afsluitcode 2 als hij niet klopt")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(admin_handler=fingerprint)

    for name, handler in (("backup-key", backup_key), ("restore-key", restore_key)):
        backup = name == "backup-key"
        parser = tasks.add_parser(
            name,
            help="back-up van de regiosleutel maken" if backup else "regiosleutel uit een back-up zetten",
            description="Schrijft de geheime sleutel van de regio uit de sleutelbos naar een bestand, "
            "versleuteld met een eigen wachtwoordzin." if backup else "Zet de sleutel uit een back-up in "
            "de sleutelbos van deze computer.",
            epilog=f"wachtwoordzin: --passphrase-file, ${ENV_BACKUP_PASSPHRASE}, of gevraagd"
            + (" (twee keer)" if backup else ""), formatter_class=_RAW)
        parser.add_argument("--region", required=True, help="regio-id")
        if backup:
            parser.add_argument("--out", type=Path, required=True, metavar="BESTAND")
        else:
            parser.add_argument("file", type=Path, metavar="BESTAND")
            parser.add_argument("--replace", action="store_true",
                                help="vervang een andere sleutel van de regio in de sleutelbos")
        parser.add_argument("--passphrase-file", type=Path, metavar="BESTAND",
                            help="wachtwoordzin van de back-up")
        parser.set_defaults(admin_handler=handler)

    parser = tasks.add_parser("export-contacts", help="contacten naar een spreadsheet (.xlsx of .csv)")
    parser.add_argument("file", type=Path, metavar="BUNDEL")
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND", help=".xlsx of .csv")
    parser.set_defaults(admin_handler=export_contacts)

    parser = tasks.add_parser("import-contacts", help="contacten uit een spreadsheet in een bundel zetten",
                              description="Leest de contacten uit een .xlsx- of .csv-bestand (kolommen op "
                              "hun kop) en schrijft een nieuwe bundel met een hogere revisie. Er verandert "
                              "niets als één rij niet klopt.")
    parser.add_argument("file", type=Path, metavar="BUNDEL")
    parser.add_argument("sheet", type=Path, metavar="BESTAND")
    parser.add_argument("--out", type=Path, required=True, metavar="NIEUWE_BUNDEL")
    parser.set_defaults(admin_handler=import_contacts)

    parser = tasks.add_parser("new-region", help="een nieuwe regio beginnen (leeg of naar een andere regio)")
    parser.add_argument("--id", required=True, help="regio-id (kleine letters, cijfers en streepjes)")
    parser.add_argument("--name", required=True, metavar="NAAM")
    parser.add_argument("--from", dest="source", type=Path, metavar="BUNDEL",
                        help="neem de routekaart van deze regio over, zonder haar contacten en gebieden")
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    parser.set_defaults(admin_handler=new_region)
