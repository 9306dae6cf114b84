"""One sync as the desktop app runs it: on its own store connection, with what changed.

The app's window keeps its own ``Store`` on the GUI thread; a sqlite3 connection must not be
used from two threads at once, so this opens a second connection on the same file (WAL lets
the window read while this writes) and closes it again. Before the sync it keeps the regions'
JSON as it was, so that afterwards "Wat is er veranderd" can compare the old and new bundles
(routekaarten/changes.py). tuf and httpx load here, only when a sync runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from routekaarten.changes import RegionChanges, region_changes
from routekaarten.model import RegionBundle
from routekaarten.store import Store
from sync.client.source import SyncSource

if TYPE_CHECKING:
    from sync.client.cancel import Cancellation
    from sync.client.updater import SyncResult


@dataclass(frozen=True)
class WorkstationSync:
    result: SyncResult
    changes: tuple[RegionChanges, ...]  # one per region whose bundle changed, by region name


def _region_rows(store: Store) -> dict[str, tuple[str, str]]:
    """Bundle key -> (sha256, JSON) of every region, unparsed: only changed ones are parsed later."""
    rows = store.conn.execute("SELECT key, sha256, json FROM bundles WHERE kind = 'region'").fetchall()
    return {key: (sha, text) for key, sha, text in rows}


def sync_data_folder(data_dir: Path, source: SyncSource, timeout: float = 10.0,
                     cancel: Cancellation | None = None) -> WorkstationSync:
    """Sync ``data_dir`` from ``source``; raises only for local trouble, as ``SyncClient.sync`` does.

    ``cancel`` (the window closing) cuts the download at once: the sync then ends as unreachable,
    with the stored data as it was.
    """
    from sync.client.fetcher import HttpxFetcher
    from sync.client.source import trusted_root
    from sync.client.updater import SyncClient

    root = trusted_root(source.root_path)  # unreadable: a RoutekaartError with a Dutch message
    store = Store.open(data_dir)
    fetcher = HttpxFetcher(timeout=timeout)
    if cancel is not None:
        cancel.on_cancel(fetcher.abort)
    try:
        before = _region_rows(store)
        result = SyncClient(data_dir, source.url, root, fetcher).sync(store)
        after = _region_rows(store)
    finally:
        fetcher.close()
        store.close()
    changes = []
    for key, (sha, text) in after.items():
        old = before.get(key)
        if old is not None and old[0] == sha:
            continue
        new_bundle = RegionBundle.from_dict(json.loads(text))
        old_bundle = None if old is None else RegionBundle.from_dict(json.loads(old[1]))
        changes.append(region_changes(old_bundle, new_bundle))
    return WorkstationSync(result, tuple(sorted(changes, key=lambda change: change.region_name)))
