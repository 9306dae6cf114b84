"""``routekaart admin ...``: one function per task, named as the task (see ``sync.cli``).

National tasks (init, delegate, revoke, national) need the offline keys and, to publish the
change at once, the online key; they lock the repository so they are safe while the service
runs. Regional tasks (keygen, validate, publish) need only the region's key in the keyring; the rest of
the regional admin's workbench is in ``sync.admin.workbench_commands``.
"""

from __future__ import annotations

import argparse
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from routekaarten import environment
from sync.output import print_json, say

if TYPE_CHECKING:
    from sync.admin.passphrases import PassphraseSource

log = logging.getLogger(__name__)


def offline_passphrases(args: argparse.Namespace) -> PassphraseSource:
    """The offline keys' passphrases (root-N.pem, targets.pem): one per key, as the ceremony wants."""
    from sync.admin.passphrases import PassphraseSource

    return PassphraseSource(environment.OFFLINE_PASSPHRASE, args.passphrase_file,
                            getattr(args, "passphrase_dir", None), "landelijke offline sleutel")


def online_passphrases(args: argparse.Namespace) -> PassphraseSource:
    from sync.admin.passphrases import PassphraseSource

    return PassphraseSource(environment.ONLINE_PASSPHRASE, args.online_passphrase_file,
                            getattr(args, "passphrase_dir", None), "online sleutel")


def init(args: argparse.Namespace) -> int:
    from sync.admin.national_keys import ONLINE_KEY, ROOT_KEY, TARGETS_KEY, generate_signer, save_key
    from sync.repository.expiry import ExpiryPolicy
    from sync.repository.repository import init_repository

    offline, online_pass = offline_passphrases(args), online_passphrases(args)
    policy = ExpiryPolicy(root=args.root_days, targets=args.targets_days, regions=args.regions_days,
                          snapshot=args.snapshot_days, timestamp=args.timestamp_days)
    roots = [generate_signer() for _ in range(args.root_keys)]
    targets, online = generate_signer(), generate_signer()
    # Every passphrase is asked (and confirmed) before anything is written.
    files = [(ROOT_KEY.format(n=number), signer, offline) for number, signer in enumerate(roots, start=1)]
    files += [(TARGETS_KEY, targets, offline), (ONLINE_KEY, online, online_pass)]
    passphrases = [(name, signer, source.for_key(name, new=True)) for name, signer, source in files]
    args.keys.mkdir(mode=0o700, parents=True, exist_ok=True)
    init_repository(args.repo, roots, args.root_threshold, targets_signer=targets, online=online,
                    policy=policy)
    for name, signer, passphrase in passphrases:
        save_key(args.keys / name, signer, passphrase)
    say(f"Repository gemaakt in {args.repo}; sleutels in {args.keys}.")
    say(f"Vertrouwde root voor de app: {args.repo / 'metadata' / '1.root.json'} -> resources/tuf/root.json")
    say("Bewaar root-*.pem en targets.pem offline; alleen online.pem hoort op de server.")
    return 0


def keygen(args: argparse.Namespace) -> int:
    from sync.admin.fingerprint import numbered_fingerprint
    from sync.admin.region_keys import RegionKeyring, default_backend, public_key_json

    key = RegionKeyring(default_backend()).create(args.region, replace=args.replace)
    log.info("key %s made for region %s (in the keyring)", key.keyid, args.region)
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
    return folder.targets_signer(offline_passphrases(args)), folder.online_signer(online_passphrases(args))


def delegate(args: argparse.Namespace) -> int:
    from sync.admin.region_keys import public_key_from_json
    from sync.repository.repository import Repository

    keys = [public_key_from_json(_read_text(path)) for path in args.pubkey]
    targets, online = _national_signers(args)
    role = Repository.open(args.repo).delegate(args.region, keys, targets, online, replace=args.replace)
    log.info("region %s delegated to %s", args.region, ", ".join(role.keyids))
    say(f"Regio '{args.region}' mag nu publiceren met sleutel(s): {', '.join(role.keyids)}")
    return 0


def revoke(args: argparse.Namespace) -> int:
    from sync.repository.repository import Repository

    targets, online = _national_signers(args)
    Repository.open(args.repo).revoke(args.region, args.keyid, targets, online)
    log.info("key %s of region %s revoked", args.keyid, args.region)
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
    import sys

    from sync.repository.status import repository_status, repository_warnings

    now = datetime.now(UTC)
    rows = repository_status(args.repo, now)
    _warn_low_space(args.repo)
    for warning in repository_warnings(args.repo, now):
        print(f"routekaart: waarschuwing: {warning}", file=sys.stderr)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            flag = " VERLOPEN" if row["expired"] else ""
            threshold = f" (drempel {row['threshold']})" if "threshold" in row else ""
            expires = row["expires"] or "nog niet gepubliceerd"
            say(f"{row['role']:<40} versie {row['version']:<4} geldig tot {expires}{flag}"
                + (f"  sleutels{threshold}: {', '.join(row['keys'])}" if row.get("keys") else ""))
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

    online = KeyFolder(args.keys).online_signer(online_passphrases(args))
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
