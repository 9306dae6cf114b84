"""What the app does with its data folder at start, off the GUI thread, before the first sync.

1. A data folder that never synced takes the signed repository shipped with the app, verified
   offline (``sync.seed``), so it shows signed data at once.
2. Whatever the store holds from a sync (or that shipped repository) is re-verified against the
   cached signed metadata (``sync.offline_check``): tampering on disk is found before the data
   is trusted for a call.

Runs on its own store connection, as ``sync.workstation`` does; tuf loads here, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from routekaarten.store import Store
from sync.commands import trusted_root
from sync.offline_check import OfflineCheck, verify_cached
from sync.seed import SeedResult, install_seed


@dataclass(frozen=True)
class StartCheck:
    seed: SeedResult | None  # None: nothing shipped, or this folder has synced before
    check: OfflineCheck


def check_at_start(data_dir: Path, root_path: Path, seed_dir: Path | None) -> StartCheck:
    root = trusted_root(root_path)  # unreadable: a RoutekaartError with a Dutch message
    store = Store.open(data_dir)
    try:
        seeded = None if seed_dir is None else install_seed(data_dir, store, seed_dir, root)
        return StartCheck(seeded, verify_cached(data_dir, store, root))
    finally:
        store.close()
