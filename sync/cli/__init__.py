"""The ``sync``, ``serve`` and ``admin`` subcommands of ``routekaart``.

Only argparse is imported here: tuf, httpx, starlette and cryptography load inside the
handlers, so starting the desktop app does not pay for them (docs/architecture.md, "Performance budgets").
Every command runs unattended: passphrases come from an environment variable or a file named
by a flag, and the keyring backend from ``PYTHON_KEYRING_BACKEND``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from routekaarten import environment
from sync.output import EXIT_REJECTED, EXIT_UNCHANGED, EXIT_UNREACHABLE, EXIT_UPDATED

_SYNC_EPILOG = f"""afsluitcodes:
  {EXIT_UPDATED}  bijgewerkt: nieuwe gegevens gecontroleerd en opgeslagen
  {EXIT_UNCHANGED}  niets nieuws: de bron is gecontroleerd, de gegevens waren al actueel
  {EXIT_REJECTED}  geweigerd: de bron bood gegevens aan die de controle niet doorstaan
     (handtekening, versie, verloopdatum, hash); de laatste goede gegevens blijven in gebruik
  {EXIT_UNREACHABLE}  onbereikbaar: de bron antwoordt niet, te traag of met een fout
  2  fout op deze computer (bijv. gegevensmap bezet of vol)"""

_PASSPHRASES = """wachtwoordzinnen: elke landelijke sleutel (root-N.pem, targets.pem, online.pem) heeft een
eigen wachtwoordzin, in een terminal gevraagd per sleutel (een nieuwe twee keer);
zonder vragen (scripts): --passphrase-dir MAP met MAP/root-1.txt, MAP/targets.txt, MAP/online.txt
voor tests ook een voor alle sleutels: --passphrase-file / $ROUTEKAART_OFFLINE_PASSPHRASE (root, targets)
  en --online-passphrase-file / $ROUTEKAART_ONLINE_PASSPHRASE (online)
sleutelbos van regiobeheerders: de sleutelbos van het systeem; zonder bureaublad
  PYTHON_KEYRING_BACKEND=sync.admin.file_keyring.EncryptedFileKeyring met
  $ROUTEKAART_KEYRING_FILE en $ROUTEKAART_KEYRING_PASSPHRASE"""


def _raw(description: str, epilog: str = "") -> dict[str, Any]:
    return {"description": description, "epilog": epilog,
            "formatter_class": argparse.RawDescriptionHelpFormatter}


def _key_flags(parser: argparse.ArgumentParser, offline: bool = True, online: bool = True) -> None:
    parser.add_argument("--keys", type=Path, required=True, metavar="MAP", help="map met de sleutelbestanden")
    if offline:
        parser.add_argument("--passphrase-file", type=Path, metavar="BESTAND",
                            help="wachtwoordzin van de offline sleutels "
                            "(anders $ROUTEKAART_OFFLINE_PASSPHRASE)")
    if online:
        parser.add_argument("--online-passphrase-file", type=Path, metavar="BESTAND",
                            help="wachtwoordzin van de online sleutel (anders $ROUTEKAART_ONLINE_PASSPHRASE)")
    parser.add_argument("--passphrase-dir", type=Path, metavar="MAP",
                        help="een wachtwoordbestand per sleutel: MAP/root-1.txt, MAP/targets.txt, "
                        "MAP/online.txt (anders gevraagd, per sleutel)")


def _repo_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repo", type=Path, required=True, metavar="MAP", help="map van de repository")


def add_commands(commands: Any, admin_tasks: Sequence[Callable[[Any], None]] = ()) -> None:
    """Register ``sync``, ``serve`` and ``admin`` on ``routekaart``'s subparsers.

    ``admin_tasks`` add tasks of a higher layer to ``admin`` (the launcher's ``admin print``, which
    needs Qt); each sets ``admin_handler``.
    """
    _add_sync_and_serve(commands)
    tasks = _add_admin(commands)
    for add_task in admin_tasks:
        add_task(tasks)


def _add_sync_and_serve(commands: Any) -> None:
    sync = commands.add_parser("sync", help="gegevens ophalen en controleren bij de centrale bron",
                               **_raw("Haal de landelijke en regionale gegevens op bij de centrale bron, "
                                      "controleer de handtekeningen (TUF) en sla ze op.", _SYNC_EPILOG))
    sync.add_argument("--url", help=f"adres van de centrale bron (anders ${environment.SYNC_URL})")
    sync.add_argument("--root", type=Path, metavar="BESTAND",
                      help="vertrouwde root.json (standaard: resources/tuf/root.json van de installatie)")
    sync.add_argument("--timeout", type=float, default=10.0, metavar="S",
                      help="time-out per verzoek (seconden)")
    sync.add_argument("--json", action="store_true", help="uitvoer als JSON")

    serve = commands.add_parser("serve", help="de centrale bron (repository-service) draaien",
                                **_raw("Serveert metadata/ en targets/ van de repository en neemt "
                                       "regionale publicaties aan op POST /publish/<regio>.", _PASSPHRASES))
    _repo_flag(serve)
    serve.add_argument("--host", default="127.0.0.1",
                       help="adres om op te luisteren (standaard: %(default)s)")
    serve.add_argument("--port", type=int, default=8080, help="poort (standaard: %(default)s)")
    serve.add_argument("--resign-interval", type=float, default=900.0, metavar="S",
                       help="hoe vaak timestamp/snapshot worden gecontroleerd op vernieuwen (seconden)")
    _key_flags(serve, offline=False)


def _add_admin(commands: Any) -> Any:
    admin = commands.add_parser("admin", help="beheer: sleutels, delegaties, publiceren",
                                **_raw("Beheer van de centrale bron.", _PASSPHRASES))
    tasks = admin.add_subparsers(dest="admin_command", metavar="TAAK", required=True)

    init = tasks.add_parser("init", help="nieuwe repository met nieuwe landelijke sleutels (LNZS)",
                            **_raw("Maakt root-, targets- en online sleutels (versleuteld) en een lege "
                                   "repository.", _PASSPHRASES))
    _repo_flag(init)
    _key_flags(init)
    init.add_argument("--root-keys", type=int, default=1, metavar="N", help="aantal rootsleutels")
    init.add_argument("--root-threshold", type=int, default=1, metavar="N", help="drempel voor root")
    for role, days in (("root", 365), ("targets", 365), ("regions", 60), ("snapshot", 7), ("timestamp", 1)):
        init.add_argument(f"--{role}-days", type=float, default=days, metavar="DAGEN",
                          help=f"geldigheid van {role} (standaard: %(default)s)")

    keygen = tasks.add_parser("keygen", help="sleutel voor een regiobeheerder (in de sleutelbos)",
                              **_raw("Maakt een sleutel; de geheime sleutel blijft in de sleutelbos, de "
                                     "publieke sleutel gaat naar LNZS.", _PASSPHRASES))
    keygen.add_argument("--region", required=True, help="regio-id")
    keygen.add_argument("--replace", action="store_true", help="vervang een bestaande sleutel (rotatie)")
    keygen.add_argument("--out", type=Path, metavar="BESTAND",
                        help="schrijf de publieke sleutel ook hierheen")

    delegate = tasks.add_parser("delegate", help="regio toewijzen aan sleutel(s) (LNZS, offline sleutel)",
                                **_raw("Geeft publieke sleutels het recht een regio te publiceren.",
                                       _PASSPHRASES))
    _repo_flag(delegate)
    _key_flags(delegate)
    delegate.add_argument("--region", required=True, help="regio-id")
    delegate.add_argument("--pubkey", type=Path, action="append", required=True, metavar="BESTAND",
                          help="publieke sleutel van 'admin keygen' (mag vaker)")
    delegate.add_argument("--replace", action="store_true", help="trek alle andere sleutels van de regio in")

    revoke = tasks.add_parser("revoke", help="sleutel van een regio intrekken (LNZS)",
                              **_raw("Trekt één sleutel van een regio in.", _PASSPHRASES))
    _repo_flag(revoke)
    _key_flags(revoke)
    revoke.add_argument("--region", required=True, help="regio-id")
    revoke.add_argument("--keyid", required=True, help="sleutel-id")

    national = tasks.add_parser("national", help="landelijke bundel (HSSK) ondertekenen (LNZS)",
                                **_raw("Valideert en ondertekent de landelijke bundel.", _PASSPHRASES))
    _repo_flag(national)
    _key_flags(national)
    national.add_argument("file", type=Path)

    validate = tasks.add_parser("validate", help="regiobundel controleren vóór ondertekenen")
    validate.add_argument("file", type=Path)
    validate.add_argument("--kind", choices=("region", "national"), default="region")

    publish = tasks.add_parser("publish", help="regiobundel ondertekenen en publiceren (regiobeheerder)",
                               **_raw("Valideert de bundel, zet de revisie (gepubliceerde + 1), "
                                      "ondertekent hem met de sleutel van de regio uit de sleutelbos als "
                                      "volgende versie, publiceert hem en haalt hem terug om te controleren "
                                      "wat werkplekken krijgen. Het bestand krijgt de gepubliceerde revisie.",
                                      _PASSPHRASES))
    publish.add_argument("file", type=Path)
    publish.add_argument("--url", help=f"adres van de centrale bron (anders ${environment.SYNC_URL})")
    publish.add_argument("--days", type=float, default=60,
                         help="geldigheid in dagen (standaard: %(default)s)")

    status = tasks.add_parser("status", help="versies en vervaldata per regio")
    _repo_flag(status)
    status.add_argument("--json", action="store_true", help="uitvoer als JSON")

    embed = tasks.add_parser("embed", help="ondertekende gegevens meeleveren met de app (release)",
                             **_raw("Kopieert de huidige ondertekende stand van de repository (root, "
                                    "metadata en bundels) naar een map, meestal resources/tuf, zodat een "
                                    "nieuwe installatie meteen ondertekende gegevens toont. Er wordt niets "
                                    "ondertekend en geen sleutel gebruikt; de kopie wordt gecontroleerd."))
    _repo_flag(embed)
    embed.add_argument("--out", type=Path, required=True, metavar="MAP",
                       help="doelmap (meestal resources/tuf in de broncode); wordt in zijn geheel vervangen")

    resign = tasks.add_parser("resign", help="timestamp en snapshot opnieuw ondertekenen (online sleutel)",
                              **_raw("Vernieuwt timestamp/snapshot als ze bijna verlopen (of altijd met "
                                     "--force); voor cron als de service dat niet zelf doet.", _PASSPHRASES))
    _repo_flag(resign)
    _key_flags(resign, offline=False)
    resign.add_argument("--force", action="store_true")

    from sync.admin.rotate import add_parser as add_rotate  # argparse only at module level

    add_rotate(tasks)
    # The regional admin's workbench (issue 13): pull, renew, fingerprint, key backups, spreadsheets.
    from sync.admin.workbench_commands import add_parsers as add_workbench
    from sync.admin.workbench_commands import add_publish_flags

    add_publish_flags(publish)
    add_workbench(tasks)
    return tasks


def _url(args: argparse.Namespace) -> str:
    from routekaarten.errors import RoutekaartError
    from sync.client.source import sync_url

    url = sync_url(args.url or "")  # the app's rule: the flag (its settings there), else the variable
    if not url:
        raise RoutekaartError(
            f"Geen adres van de centrale bron: gebruik --url of zet ${environment.SYNC_URL}.")
    return url


def _sync(args: argparse.Namespace) -> int:
    from sync.cli.run import run_sync

    return run_sync(args, _url(args))


def _serve(args: argparse.Namespace) -> int:
    from sync.cli.run import run_serve

    return run_serve(args)


def _admin(args: argparse.Namespace) -> int:
    from sync.admin import commands as admin_commands

    handler: Callable[[argparse.Namespace], int] = (getattr(args, "admin_handler", None)
                                                     or getattr(admin_commands, args.admin_command))
    if args.admin_command == "publish":
        args.url = _url(args)
    return handler(args)


def start_check(args: argparse.Namespace) -> Callable[..., Any] | None:
    """The check at start for the domain commands that show data (``contacts``, ``counts``, ``sync``).

    Lazy: tuf loads only when the check runs, and only if the folder holds signed data.
    """
    from pathlib import Path

    from routekaarten.paths import data_dir
    from sync.client.source import shipped_repository_dir, trusted_root_path

    if args.command not in ("contacts", "counts", "sync"):
        return None
    root = getattr(args, "root", None)
    root_path = Path(root) if root else trusted_root_path(data_dir(args.data_dir))

    def check(*values: Any) -> Any:
        from sync.client.start_check import start_checker

        return start_checker(root_path, shipped_repository_dir())(*values)

    return check


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"sync": _sync, "serve": _serve, "admin": _admin}

