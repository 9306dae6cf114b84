"""``routekaart sync`` and ``routekaart serve``: argument handling around client and service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from routekaarten.errors import RoutekaartError
from sync.client.source import trusted_root, trusted_root_path
from sync.output import EXIT_REJECTED, EXIT_UNCHANGED, EXIT_UNREACHABLE, EXIT_UPDATED, print_json
from sync.status import SyncStatus

_EXIT = {SyncStatus.UPDATED: EXIT_UPDATED, SyncStatus.UNCHANGED: EXIT_UNCHANGED,
         SyncStatus.REJECTED: EXIT_REJECTED, SyncStatus.UNREACHABLE: EXIT_UNREACHABLE}



def run_sync(args: argparse.Namespace, url: str) -> int:
    from routekaarten.bootstrap import open_for_start
    from routekaarten.errors import StoreError
    from routekaarten.paths import data_dir
    from sync.client.fetcher import HttpxFetcher
    from sync.client.source import shipped_repository_dir
    from sync.client.start_check import start_checker
    from sync.client.updater import SyncClient

    folder = data_dir(args.data_dir)
    # The app's lookup order: --root, else root.json in the data folder, else the shipped root.
    root_path = Path(args.root) if args.root else trusted_root_path(folder)
    root = trusted_root(root_path)
    # The check at start: a fresh folder takes the shipped versions, stored bundles are compared
    # with the verified cache and repaired, so "niets nieuws" is never said over changed data.
    opened = open_for_start(folder, start_checker(root_path, shipped_repository_dir()))
    for note in opened.notes:
        print(note, file=sys.stderr)
    store = opened.store
    if opened.read_only:
        store.close()
        raise StoreError(opened.problem or "")
    fetcher = HttpxFetcher(timeout=args.timeout)
    try:
        result = SyncClient(folder, url, root, fetcher).sync(store)
    finally:
        fetcher.close()
        store.close()
    if args.json:
        print_json({"status": str(result.status), "reason": result.reason, "updated": list(result.updated),
                    "files": [{"file": outcome.path, "status": str(outcome.status), "reason": outcome.reason}
                              for outcome in result.outcomes]})
    else:
        print(result.reason)
    return _EXIT[result.status]


def run_serve(args: argparse.Namespace) -> int:
    from sync.admin.commands import online_passphrases
    from sync.admin.national_keys import KeyFolder
    from sync.repository.repository import Repository
    from sync.repository.service import serve

    repo = Repository.open(args.repo)
    online = KeyFolder(args.keys).online_signer(online_passphrases(args))
    if not repo.trusts_online(online):
        raise RoutekaartError(
            f"{args.keys}/online.pem is niet de online sleutel die root versie {repo.root().signed.version} "
            "vertrouwt (na 'admin rotate --role online': gebruik de nieuwe online.pem). De service is niet "
            "gestart.")
    print(f"Centrale bron {args.repo} op http://{args.host}:{args.port}/ (stoppen met Ctrl+C)")
    serve(repo, online, args.host, args.port, args.resign_interval)
    return 0
