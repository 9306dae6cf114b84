"""What the app does with its data folder at start, off the GUI thread, before the first sync.

1. A data folder that never synced takes the signed repository shipped with the app, verified
   offline (``sync.client.shipped``), so it shows signed data at once.
2. Whatever the store holds from a sync (or that shipped repository) is re-verified against the
   cache and the kept sets (``sync.client.kept_metadata``, ``sync.client.offline_check``):
   tampering on disk is found before the data is trusted for a call.
3. A bundle that fails is put back from the cache where it can be, else marked so the next sync
   fetches it anew (``sync.client.repair``); the check is then run again.

Runs on its own store connection, as ``sync.client.workstation`` does; tuf loads here, not at start-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from routekaarten.store import Store, region_id_of
from sync.client.offline_check import OfflineCheck, verify_cached
from sync.client.repair import repair_from_cache
from sync.client.shipped import ShippedInstall, install_shipped
from sync.client.source import trusted_root

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartCheck:
    shipped: ShippedInstall | None  # None: nothing shipped, or this folder has synced before
    check: OfflineCheck  # after the repair: what is still not as signed
    restored: tuple[str, ...] = ()  # store keys put back from the cache

    @property
    def restored_region_ids(self) -> tuple[str, ...]:
        return tuple(region_id for key in self.restored if (region_id := region_id_of(key)) is not None)


def check_at_start(data_dir: Path, root_path: Path, shipped_dir: Path | None) -> StartCheck:
    root = trusted_root(root_path)  # unreadable: a RoutekaartError with a Dutch message
    store = Store.open(data_dir)
    try:
        installed = None if shipped_dir is None else install_shipped(data_dir, store, shipped_dir, root)
        check = verify_cached(data_dir, store, root)
        if check.ok:
            log.debug("start check: the stored data verified")
            return StartCheck(installed, check)
        log.warning("start check: %s failed the offline check", ", ".join(b.key for b in check.failed))
        restored = repair_from_cache(data_dir, store, root, [bundle.key for bundle in check.failed])
        return StartCheck(installed, verify_cached(data_dir, store, root), restored)
    finally:
        store.close()
