"""``routekaart admin ...``: one function per task, named as the task (see ``sync.cli``).

National tasks (init, delegate, revoke, national) need the offline keys and, to publish the
change at once, the online key; they lock the repository so they are safe while the service
runs. Regional tasks (keygen, validate, publish) need only the region's key in the keyring; the rest of
the regional admin's workbench is in ``sync.admin.workbench_commands``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from sync.output import print_json, say


def _offline(args: argparse.Namespace, new: bool = False) -> bytes:
    from sync.admin.passphrases import ENV_OFFLINE, read_passphrase

    return read_passphrase(ENV_OFFLINE, args.passphrase_file, "de landelijke offline sleutels", new=new)


def _online(args: argparse.Namespace, new: bool = False) -> bytes:
    from sync.admin.passphrases import ENV_ONLINE, read_passphrase

    return read_passphrase(ENV_ONLINE, args.online_passphrase_file, "de online sleutel", new=new)


def init(args: argparse.Namespace) -> int:
    from sync.admin.national_keys import ONLINE_KEY, ROOT_KEY, TARGETS_KEY, generate_signer, save_key
    from sync.repository.expiry import ExpiryPolicy
    from sync.repository.repository import init_repository

    offline, online_pass = _offline(args, new=True), _online(args, new=True)
    policy = ExpiryPolicy(root=args.root_days, targets=args.targets_days, regions=args.regions_days,
                          snapshot=args.snapshot_days, timestamp=args.timestamp_days)
    roots = [generate_signer() for _ in range(args.root_keys)]
    targets, online = generate_signer(), generate_signer()
    args.keys.mkdir(parents=True, exist_ok=True)
    init_repository(args.repo, roots, args.root_threshold, targets_signer=targets, online=online,
                    policy=policy)
    for number, signer in enumerate(roots, start=1):
        save_key(args.keys / ROOT_KEY.format(n=number), signer, offline)
    save_key(args.keys / TARGETS_KEY, targets, offline)
    save_key(args.keys / ONLINE_KEY, online, online_pass)
    say(f"Repository gemaakt in {args.repo}; sleutels in {args.keys}.")
    say(f"Vertrouwde root voor de app: {args.repo / 'metadata' / '1.root.json'} -> resources/tuf/root.json")
    say("Bewaar root-*.pem en targets.pem offline; alleen online.pem hoort op de server.")
    return 0


def keygen(args: argparse.Namespace) -> int:
    from sync.admin.fingerprint import numbered_fingerprint
    from sync.admin.region_keys import RegionKeyring, default_backend, public_key_json

    key = RegionKeyring(default_backend()).create(args.region, replace=args.replace)
    text = public_key_json(key)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    say(f"Geheime sleutel voor regio '{args.region}' staat in de sleutelbos. Stuur de publieke sleutel "
        "hierboven naar LNZS voor de delegatie.")
    say(f"Vingerafdruk (lees die voor als LNZS belt, vóór de delegatie): {numbered_fingerprint(key)}")
    say(f"Maak een back-up van de sleutel: routekaart admin backup-key --region {args.region} --out BESTAND")
    return 0


def _national_signers(args: argparse.Namespace) -> tuple[Any, Any]:
    from sync.admin.national_keys import KeyFolder

    folder = KeyFolder(args.keys)
    return folder.targets_signer(_offline(args)), folder.online_signer(_online(args))


def delegate(args: argparse.Namespace) -> int:
    from sync.admin.region_keys import public_key_from_json
    from sync.repository.repository import Repository

    keys = [public_key_from_json(_read_text(path)) for path in args.pubkey]
    targets, online = _national_signers(args)
    role = Repository.open(args.repo).delegate(args.region, keys, targets, online, replace=args.replace)
    say(f"Regio '{args.region}' mag nu publiceren met sleutel(s): {', '.join(role.keyids)}")
    return 0


def revoke(args: argparse.Namespace) -> int:
    from sync.repository.repository import Repository

    targets, online = _national_signers(args)
    Repository.open(args.repo).revoke(args.region, args.keyid, targets, online)
    say(f"Sleutel {args.keyid} van regio '{args.region}' is ingetrokken.")
    return 0


def national(args: argparse.Namespace) -> int:
    from sync.repository.repository import Repository

    raw = _read_bytes(args.file)
    targets, online = _national_signers(args)
    target = Repository.open(args.repo).add_national(raw, targets, online)
    say(f"Landelijke bundel ondertekend (sha256 {target.hashes['sha256']}).")
    return 0


def validate(args: argparse.Namespace) -> int:
    from routekaarten.bundles import read_bundle

    data = read_bundle(args.file, args.kind)
    what = "landelijk"
    if args.kind == "region":
        what = f"regio '{data['region']['id']}', revisie {data['revision']}"
    say(f"{args.file}: geldig ({what}).")
    return 0


def publish(args: argparse.Namespace) -> int:
    """Validate, set the revision, sign, upload and check as a workstation: ``publish_and_verify``."""
    from sync.admin.workbench_commands import publish as publish_verified

    return publish_verified(args)


def status(args: argparse.Namespace) -> int:
    from sync.repository.status import repository_status

    rows = repository_status(args.repo, datetime.now(UTC))
    _warn_low_space(args.repo)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            flag = " VERLOPEN" if row["verlopen"] else ""
            threshold = f" (drempel {row['drempel']})" if "drempel" in row else ""
            say(f"{row['rol']:<40} versie {row['versie']:<4} geldig tot {row['geldig_tot']}{flag}"
                + (f"  sleutels{threshold}: {', '.join(row['sleutels'])}" if row.get("sleutels") else ""))
    return 0


LOW_SPACE_BYTES = 256 * 1024 * 1024


def _warn_low_space(path: Any) -> None:
    import shutil
    import sys

    free = shutil.disk_usage(path).free
    if free < LOW_SPACE_BYTES:
        print(f"routekaart: waarschuwing: nog {free // (1024 * 1024)} MB vrij op de schijf van {path}; "
              "bij een volle schijf worden publicaties geweigerd en verloopt timestamp.json.",
              file=sys.stderr)


def resign(args: argparse.Namespace) -> int:
    from sync.admin.national_keys import KeyFolder
    from sync.repository.repository import Repository

    online = KeyFolder(args.keys).online_signer(_online(args))
    roles = Repository.open(args.repo).resign_online(online, force=args.force)
    say(f"Opnieuw ondertekend: {', '.join(roles)}." if roles else "Niets te doen: nog ruim geldig.")
    return 0


def embed(args: argparse.Namespace) -> int:
    from sync.repository.repository import Repository
    from sync.repository.shipped_export import export_shipped

    export = export_shipped(Repository.open(args.repo), args.out)
    say(f"Meegeleverd in {args.out}: root versie {export.root_version}, snapshot versie "
        f"{export.snapshot_version}, {len(export.bundles)} bundel(s): {', '.join(export.bundles) or 'geen'}.")
    say("Bouw de app opnieuw (pyinstaller build.spec) om deze gegevens mee te leveren.")
    return 0


def _read_bytes(path: Any) -> bytes:
    from routekaarten.errors import RoutekaartError

    try:
        return bytes(path.read_bytes())
    except OSError as error:
        raise RoutekaartError(f"{path} is niet leesbaar ({error.strerror}).") from error


def _read_text(path: Any) -> str:
    return _read_bytes(path).decode("utf-8", errors="replace")
