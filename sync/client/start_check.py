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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from routekaarten.bootstrap import CheckOutcome
from routekaarten.i18n import _
from routekaarten.store import Store, bundle_key, region_id_of
from sync import layout
from sync.client.offline_check import CheckStatus, OfflineCheck, verify_cached
from sync.client.shipped import ShippedInstall, install_shipped
from sync.client.source import trusted_root
from sync.client.state import SyncState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartCheck:
    shipped: ShippedInstall | None  # None: nothing shipped, or this folder has synced before
    check: OfflineCheck  # after the repair: what is still not as signed
    restored: tuple[str, ...] = ()  # store keys put back from the verified cache

    @property
    def restored_region_ids(self) -> tuple[str, ...]:
        return tuple(region_id for key in self.restored if (region_id := region_id_of(key)) is not None)


def check_at_start(data_dir: Path, root_path: Path, shipped_dir: Path | None) -> StartCheck:
    from sync.client.repair import repair_from_cache  # only when something failed: not at start-up

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


def start_checker(root_path: Path | None,
                  shipped_dir: Path | None) -> Callable[[Path, Store, bool], CheckOutcome]:
    """The check ``routekaarten.bootstrap.open_for_start`` runs before data is shown (docs/architecture.md).

    The same at every start, in the app and in ``contacts``, ``sync`` and ``counts``: stored
    bundles are compared with the verified cache and repaired from it (malformed stored JSON
    counts as changed). With ``restore_all`` (the database was empty, or is an in-memory copy
    because the folder's database cannot be used) every bundle the last sync verified is read
    from the cache. Without a trusted root nothing can be verified: nothing is called verified.
    """

    def check(data_dir: Path, store: Store, restore_all: bool) -> CheckOutcome:
        # sync.client.repair is loaded only where something is to be repaired, not at every start
        if root_path is None:
            return CheckOutcome()
        root = trusted_root(root_path)
        notes: list[str] = []
        if restore_all:
            from sync.client.repair import repair_from_cache

            keys = [_store_key(target.role) for target in SyncState.load(data_dir).targets.values()]
            repair_from_cache(data_dir, store, root, sorted(set(keys)))
        elif shipped_dir is not None:
            installed = install_shipped(data_dir, store, shipped_dir, root)
            notes.extend(installed.problems if installed else ())
        result = verify_cached(data_dir, store, root)
        if not result.ok:
            from sync.client.repair import repair_from_cache

            restored = repair_from_cache(data_dir, store, root, [bundle.key for bundle in result.failed])
            if restored and not restore_all:
                names = ", ".join(b.name for b in result.failed if b.key in restored)
                notes.append(_("De opgeslagen gegevens van {names} waren op deze computer gewijzigd; ze zijn "
                               "hersteld uit de ondertekende kopie.", names=names))
            result = verify_cached(data_dir, store, root)
            if not result.ok:
                notes.append(result.summary)
        verified = frozenset(b.key for b in result.bundles if b.status is CheckStatus.VERIFIED)
        return CheckOutcome(tuple(notes), verified)

    return check


def _store_key(role: str) -> str:
    return bundle_key(layout.region_of_role(role))

