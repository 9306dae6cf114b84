"""``routekaart admin rotate``: replace national keys (root, targets or online) by new ones (LNZS).

The repository side is ``sync.repository.rotation``. This module keeps the key folder in step, so that
afterwards it holds the keys the newest root trusts under the names every other command loads
(``sync.admin.national_keys.KeyFolder``: ``root-<n>.pem``, ``targets.pem``, ``online.pem``):

1. the new keys are generated and saved, encrypted, under their final names in
   ``<keys>/rotation-pending/`` -- before the repository changes, so a key the repository trusts
   is never only in memory;
2. the repository gets root N+1 and the re-signed roles;
3. the replaced files move to ``<keys>/retired/root-vN/`` (the keys root version N trusted and
   N+1 no longer does), then the new ones from ``rotation-pending/`` into ``<keys>``.
   ``KeyFolder`` reads only the folder itself, so retired keys are never loaded by accident.

No key file is overwritten: every destination is checked before anything moves. If step 2 fails
before root N+1 exists, the pending keys are deleted (nothing trusts them); if anything fails
after that, ``rotation-pending/`` stays, a Dutch message says what to do, and the next rotation
refuses to start until it is dealt with.

Passphrases as for the other national commands, without prompting in scripts: the new keys get
a passphrase of their own when one is given (``--new-passphrase-file``, ``$ROUTEKAART_NEW_PASSPHRASE``;
advisable after a leak), else that of the keys they replace (offline for root and targets, online
for online).

Only argparse and pathlib at module level: ``sync.cli`` imports this module to register the
command, and the desktop app must not pay for tuf or cryptography at start.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routekaarten import environment

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner

    from sync.admin.national_keys import KeyFolder
    from sync.admin.passphrases import PassphraseSource
    from sync.repository.repository import Repository
    from sync.repository.rotation import Rotation

PENDING_DIR = "rotation-pending"
RETIRED_DIR = "retired"

_EPILOG = """wat er gebeurt:
  Er komt een nieuwe rootversie (N+1) met de nieuwe sleutel(s), ondertekend door de drempel van
  de huidige rootsleutels en (bij --role root) door de nieuwe. Werkplekken volgen die vanzelf bij
  de volgende synchronisatie. Wat de oude sleutel ondertekende, wordt meteen opnieuw ondertekend.
  --role online  de online sleutel (snapshot en timestamp); herstart daarna de service met de
                 nieuwe online.pem
  --role targets de landelijke targets-sleutel (offline)
  --role root    alle rootsleutels; met --root-keys N en --root-threshold N (standaard: zoals nu)

sleutelbestanden:
  De nieuwe sleutels komen onder de gewone namen in --keys; de vervangen bestanden gaan naar
  retired/root-vN/ in die map (N: de laatste rootversie die ze vertrouwde). Er wordt niets
  overschreven.

wachtwoordzinnen: in een terminal gevraagd, per sleutelbestand (een nieuwe twee keer); zonder
vragen (scripts): --passphrase-dir MAP met een bestand per sleutel (root-1.txt, targets.txt,
online.txt). Een nieuwe sleutel krijgt de wachtwoordzin van de sleutel die hij vervangt, tenzij
--new-passphrase-dir MAP of --ask-new-passphrases (aan te raden na een lek).
Ook mogelijk, voor tests: --passphrase-file, --online-passphrase-file, --new-passphrase-file
(een wachtwoordzin voor alle sleutels) en $ROUTEKAART_OFFLINE_PASSPHRASE,
$ROUTEKAART_ONLINE_PASSPHRASE, $ROUTEKAART_NEW_PASSPHRASE."""


def add_parser(tasks: Any) -> None:
    """Register ``rotate`` on ``routekaart admin``'s subparsers; ``args.admin_handler`` runs it."""
    parser = tasks.add_parser(
        "rotate", help="landelijke sleutels vervangen: root, targets of online (LNZS)",
        description="Vervangt de rootsleutels, de targets-sleutel of de online sleutel door nieuwe.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, required=True, metavar="MAP", help="map van de repository")
    parser.add_argument("--keys", type=Path, required=True, metavar="MAP", help="map met de sleutelbestanden")
    parser.add_argument("--passphrase-file", type=Path, metavar="BESTAND",
                        help="wachtwoordzin van de offline sleutels (anders $ROUTEKAART_OFFLINE_PASSPHRASE)")
    parser.add_argument("--online-passphrase-file", type=Path, metavar="BESTAND",
                        help="wachtwoordzin van de online sleutel (anders $ROUTEKAART_ONLINE_PASSPHRASE)")
    parser.add_argument("--new-passphrase-file", type=Path, metavar="BESTAND",
                        help=f"wachtwoordzin voor de nieuwe sleutel(s) (anders ${environment.NEW_PASSPHRASE};"
                        " zonder beide: die van de vervangen sleutels)")
    parser.add_argument("--passphrase-dir", type=Path, metavar="MAP",
                        help="een wachtwoordbestand per sleutel: MAP/root-1.txt, MAP/targets.txt, "
                        "MAP/online.txt")
    parser.add_argument("--new-passphrase-dir", type=Path, metavar="MAP",
                        help="een eigen wachtwoordbestand per nieuwe sleutel (MAP/root-1.txt ...)")
    parser.add_argument("--ask-new-passphrases", action="store_true",
                        help="vraag voor elke nieuwe sleutel een eigen wachtwoordzin (twee keer)")
    parser.add_argument("--role", required=True, choices=("root", "targets", "online"),
                        help="welke sleutel(s) vervangen worden")
    parser.add_argument("--root-keys", type=int, metavar="N",
                        help="aantal nieuwe rootsleutels (alleen bij --role root; standaard: zoveel als nu)")
    parser.add_argument("--root-threshold", type=int, metavar="N",
                        help="drempel van de nieuwe root (alleen bij --role root; standaard: zoals nu)")
    parser.set_defaults(admin_handler=rotate)


def rotate(args: argparse.Namespace) -> int:
    from routekaarten.errors import RoutekaartError
    from sync.admin.commands import offline_passphrases
    from sync.admin.national_keys import KeyFolder
    from sync.output import say
    from sync.repository.repository import Repository

    if args.role != "root" and (args.root_keys is not None or args.root_threshold is not None):
        raise RoutekaartError("--root-keys en --root-threshold horen alleen bij --role root.")
    repo = Repository.open(args.repo)
    folder = KeyFolder(args.keys)
    offline = offline_passphrases(args)
    old_root = folder.root_signers(offline)
    version = repo.root().signed.version
    new, passphrase, apply = _plan(args, repo, folder, old_root, offline)
    pending = args.keys / PENDING_DIR
    _stage(pending, new, passphrase)
    try:
        rotation = apply()
    except BaseException as error:
        _after_failure(repo, version, pending, error)
        raise
    retired = args.keys / RETIRED_DIR / f"root-v{rotation.root_version - 1}"
    old_files = folder.root_paths() if args.role == "root" else [args.keys / name for name in new]
    old_files = [path for path in old_files if path.exists()]
    _install(pending, args.keys, retired, old_files, rotation)
    for line in _report(rotation, args.keys, retired if old_files else None, sorted(new)):
        say(line)
    return 0


Plan = tuple[dict[str, "CryptoSigner"], "PassphraseSource", Callable[[], "Rotation"]]


def _plan(args: argparse.Namespace, repo: Repository, folder: KeyFolder, old_root: list[CryptoSigner],
          offline: PassphraseSource) -> Plan:
    """The new keys by file name, where their passphrases come from, and the repository change.

    Without passphrases of their own, a new key gets the passphrase of the key file it replaces.
    """
    from sync.admin.commands import online_passphrases
    from sync.admin.national_keys import ONLINE_KEY, ROOT_KEY, TARGETS_KEY, generate_signer
    from sync.repository.rotation import (
        check_root_threshold,
        rotate_online_key,
        rotate_root_keys,
        rotate_targets_key,
    )

    chosen = _new_passphrase(args)  # else the new keys get the passphrase of those they replace

    if args.role == "root":
        current = repo.root().signed.roles["root"]
        count = len(current.keyids) if args.root_keys is None else args.root_keys
        threshold = current.threshold if args.root_threshold is None else args.root_threshold
        check_root_threshold(threshold, count)
        roots = [generate_signer() for _ in range(count)]
        new = {ROOT_KEY.format(n=number): signer for number, signer in enumerate(roots, start=1)}
        return new, chosen or offline, lambda: rotate_root_keys(repo, old_root, roots, threshold)
    if args.role == "targets":
        online = folder.online_signer(online_passphrases(args))
        targets = generate_signer()
        return ({TARGETS_KEY: targets}, chosen or offline,
                lambda: rotate_targets_key(repo, old_root, targets, online))
    passphrase = chosen or online_passphrases(args)
    online = generate_signer()
    return {ONLINE_KEY: online}, passphrase, lambda: rotate_online_key(repo, old_root, online)


def _new_passphrase(args: argparse.Namespace) -> PassphraseSource | None:
    """Passphrases of their own for the new keys, if given: after a leak the old ones may be known too."""
    from sync.admin.passphrases import PassphraseSource

    source = PassphraseSource(environment.NEW_PASSPHRASE, args.new_passphrase_file,
                              getattr(args, "new_passphrase_dir", None), "nieuwe sleutel")
    return source if source.given or getattr(args, "ask_new_passphrases", False) else None


def _stage(pending: Path, new: dict[str, CryptoSigner], passphrases: PassphraseSource) -> None:
    """Save the new keys, encrypted, where nothing loads them until the repository trusts them."""
    import shutil

    from sync.admin.national_keys import save_key
    from sync.errors import KeyStoreError

    chosen = {name: passphrases.for_key(name, new=True) for name in new}  # all asked before writing
    try:
        pending.mkdir(mode=0o700)
    except FileExistsError as error:
        raise KeyStoreError(
            f"De map {pending} bestaat al: een eerdere rotatie is niet afgemaakt. Staan de sleutels in die "
            "map in de nieuwste root van de repository (metadata/N.root.json, hoogste N), zet ze dan op hun "
            "plaats; anders verwijder de map. Er is niets gewijzigd."
        ) from error
    except OSError as error:
        raise KeyStoreError(f"De map {pending} kon niet worden gemaakt ({error.strerror}); er is niets "
                            "gewijzigd.") from error
    try:
        for name, signer in new.items():
            save_key(pending / name, signer, chosen[name])
    except OSError as error:
        shutil.rmtree(pending, ignore_errors=True)
        raise KeyStoreError(f"De nieuwe sleutels konden niet worden opgeslagen in {pending} "
                            f"({error.strerror}); er is niets gewijzigd.") from error


def _after_failure(repo: Repository, version: int, pending: Path, error: BaseException) -> None:
    """Delete the pending keys if nothing trusts them; else keep them and say so."""
    import shutil

    from sync.errors import KeyStoreError, RepositoryStateError

    try:
        written = repo.root().signed.version != version
    except RepositoryStateError:
        written = True  # cannot tell: keep the keys
    if not written:
        shutil.rmtree(pending, ignore_errors=True)
        return
    raise KeyStoreError(
        f"De rotatie is halverwege mislukt ({error}): de repository vertrouwt de sleutels in {pending} "
        "al. Verwijder die map niet; zet de sleutels op hun plaats en onderteken opnieuw met de nieuwe "
        "sleutel ('routekaart admin resign --force' of 'routekaart admin national')."
    ) from error


def _install(pending: Path, keys: Path, retired: Path, old_files: list[Path], rotation: Rotation) -> None:
    """Old files to ``retired``, new ones from ``pending`` into ``keys``; nothing is overwritten."""
    from sync.errors import KeyStoreError

    moves = [(path, retired / path.name) for path in old_files]
    moves += [(path, keys / path.name) for path in sorted(pending.iterdir())]
    moving_out = {source for source, _ in moves}
    taken = [target for _, target in moves if target.exists() and target not in moving_out]
    try:
        if taken:
            raise FileExistsError(f"{taken[0]} bestaat al")
        if old_files:
            retired.mkdir(parents=True, exist_ok=True)
        for source, target in moves:
            if target.exists():
                raise FileExistsError(f"{target} bestaat al")
            source.rename(target)
        pending.rmdir()
    except OSError as error:
        raise KeyStoreError(
            f"De repository gebruikt nu de nieuwe sleutels (root versie {rotation.root_version}), maar "
            f"de sleutelbestanden konden niet worden verplaatst ({error}). De nieuwe staan in {pending}, "
            f"de oude in {keys} of {retired}; zet ze met de hand op hun plaats. Er is niets overschreven."
        ) from error


def _report(rotation: Rotation, keys: Path, retired: Path | None, files: list[str]) -> list[str]:
    what = {"root": "de rootsleutels", "targets": "de targets-sleutel",
            "online": "de online sleutel (snapshot en timestamp)"}[rotation.role]
    lines = [
        f"Root versie {rotation.root_version} geschreven: {what} vervangen "
        f"(rootdrempel {rotation.root_threshold}).",
        f"  oud:   {', '.join(rotation.old_keyids)}",
        f"  nieuw: {', '.join(rotation.new_keyids)}",
    ]
    if rotation.resigned:
        lines.append(f"Opnieuw ondertekend met de nieuwe sleutel: {', '.join(rotation.resigned)}.")
    lines.append(f"Nieuwe sleutelbestanden in {keys}: {', '.join(files)}."
                 + (f" De vervangen bestanden staan in {retired}." if retired else ""))
    if rotation.role == "online":
        lines.append(
            "Herstart de service nu met de nieuwe online.pem (zet hem op de server in de plaats van de "
            "oude). Tot dan ondertekent de draaiende service met de oude sleutel en weigeren werkplekken "
            "wat hij ondertekent; heeft hij intussen iets ondertekend, voer dan na de herstart "
            "'routekaart admin resign --force' uit.")
    else:
        lines.append(f"Bewaar {', '.join(files)} offline. Werkplekken volgen de nieuwe root bij hun volgende "
                     "synchronisatie; lever hem mee met de volgende release ('routekaart admin embed').")
    return lines
