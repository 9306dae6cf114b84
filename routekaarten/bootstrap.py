"""Open the store of a data folder and make sure the shipped bundles are in it."""

from __future__ import annotations

from pathlib import Path

from routekaarten.resources import national_bundle_path, region_bundle_paths
from routekaarten.store import Store


def open_store(data_dir: Path) -> Store:
    """The store, with the embedded national and region bundles loaded on first start."""
    store = Store.open(data_dir)
    try:
        store.import_embedded(region_bundle_paths(), national_bundle_path())
    except Exception:
        store.close()
        raise
    return store
