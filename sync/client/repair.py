"""Put back stored bundles that no longer match what was signed, from the cache.

The offline check at start (``sync.client.offline_check``) finds a bundle in the database that differs
from what its signers signed -- edited, damaged, or its hash changed. Reporting alone would
leave the changed numbers on screen: the sync does not fetch a bundle whose signed hash it
already has. So, at start, for each such bundle:

- if the data folder's cached signed copy still verifies (metadata against the trusted root --
  the current set or the one kept for its role --, the file against its signed length and
  hashes), it is imported again: the last good data is back, and the app says it was restored;
- otherwise (the cache is damaged too) the bundle's hash in the store is cleared, so the next
  sync downloads and imports it anew; until then the app says the stored data was refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from routekaarten.i18n import _
from routekaarten.store import NATIONAL_KEY, BundleOrigin, Store
from sync.client.kept_metadata import (
    TUF_DIR,
    SignedDataError,
    load_trusted,
    metadata_sources,
    target_path_of,
    verified_target,
)
from sync.client.offered import Offered, import_offered
from sync.client.shipped import SHIPPED_INSTALLED
from sync.client.state import SyncState
from sync.file_lock import data_folder_lock

if TYPE_CHECKING:
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet

log = logging.getLogger(__name__)


def repair_from_cache(data_dir: Path, store: Store, trusted_root: bytes,
                      keys: Iterable[str]) -> tuple[str, ...]:
    """Re-import ``keys`` from the cache; returns those restored (the others are marked)."""
    tuf_dir = data_dir / TUF_DIR
    restored = []
    history = tuf_dir / "metadata" / "root_history"
    installed = SyncState.load(data_dir).last_status == SHIPPED_INSTALLED
    cached_origin = BundleOrigin.SHIPPED if installed else BundleOrigin.SYNC
    with data_folder_lock(tuf_dir):
        for key in keys:
            raw = None
            for metadata_dir in metadata_sources(tuf_dir, key):  # current first, then the kept sets
                try:
                    trusted = load_trusted(metadata_dir, trusted_root, history)
                except SignedDataError:
                    continue
                raw = _cached_copy(trusted, metadata_dir, tuf_dir, key)
                if raw is not None:
                    break
            kind = "national" if key == NATIONAL_KEY else "region"
            origin = BundleOrigin.stored(str((store.bundle_info(key) or {}).get("origin") or "embedded"))
            if origin == BundleOrigin.EMBEDDED:  # an emptied store took the embedded copy; cache is signed
                origin = cached_origin
            offered = Offered(target_path_of(key), "", kind, key)
            source = _("hersteld uit de ondertekende kopie")
            if raw is not None and import_offered(store, offered, raw, origin, source) is None:
                restored.append(key)
                log.warning("stored %s differed from the verified copy; restored from it", key)
            else:
                store.mark_unverified(key)
                log.warning("stored %s differs from what was signed and no verified copy is left; "
                            "marked for the next sync", key)
    return tuple(restored)


def _cached_copy(trusted: TrustedMetadataSet, metadata_dir: Path, tuf_dir: Path, key: str) -> bytes | None:
    try:
        _info, raw = verified_target(trusted, metadata_dir, tuf_dir / "targets", target_path_of(key))
    except SignedDataError:
        return None
    return raw

