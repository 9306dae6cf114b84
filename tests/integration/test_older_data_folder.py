"""A data folder written by the version before the one-word clean-up keeps working.

That version stored the signed repository shipped with a release as origin "seed" and wrote
``sync-state.json`` with plain strings for the status. Nothing is migrated: the rows are read as
"shipped", the state as it was, and the first sync carries on from there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routekaarten.bootstrap import open_store
from routekaarten.resources import national_bundle_path, region_bundle_paths
from routekaarten.store import NATIONAL_KEY, BundleOrigin, region_key
from sync import layout
from sync.client.offline_check import CheckStatus, verify_cached
from sync.client.shipped import install_shipped
from sync.client.start_check import check_at_start
from sync.client.state import STATE_FILE, SyncState
from sync.client.updater import SyncClient
from sync.repository.shipped_export import export_shipped
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, ZWB, region_bundle
from tests.integration.conftest import World, publish_new_number

ZWB_PATH = layout.region_target(ZWB)


@pytest.fixture
def older_folder(world: World) -> Path:
    """A folder as the version before left it: shipped data under origin 'seed', its state file."""
    publish_new_number(world)
    shipped = world.tmp / "resources" / "tuf"
    export_shipped(world.repo, shipped)
    data_dir = world.tmp / "ouder"
    store = open_store(data_dir)
    try:
        assert install_shipped(data_dir, store, shipped, world.root_json) is not None
        with store.transaction() as conn:
            conn.execute("UPDATE bundles SET origin = 'seed' WHERE origin = 'shipped'")
    finally:
        store.close()
    state = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    target = state["targets"][ZWB_PATH]
    assert set(state) == {"source", "checked_at", "timestamp_expires", "snapshot_version", "last_attempt",
                          "last_status", "last_reason", "targets"}
    assert set(target) == {"path", "role", "version", "expires", "sha256", "revision", "verified_at"}
    assert state["last_status"] == "installed"  # the word that version wrote
    return data_dir


def _phone(data_dir: Path) -> str:
    store = open_store(data_dir)
    try:
        return next(c.phone for c in store.region(ZWB).contacts if c.id == CONTACT)
    finally:
        store.close()


def test_seed_rows_read_as_shipped_and_verify_as_signed(world: World, older_folder: Path) -> None:
    store = open_store(older_folder)
    try:
        info = store.bundle_info(region_key(ZWB))
        assert info is not None and info["origin"] is BundleOrigin.SHIPPED
        check = verify_cached(older_folder, store, world.root_json)
        assert check.ok and {b.status for b in check.bundles} == {CheckStatus.VERIFIED}  # not "embedded"
        store.import_embedded(region_bundle_paths(), national_bundle_path())  # never over signed data
    finally:
        store.close()
    root_path = world.tmp / "root.json"
    root_path.write_bytes(world.root_json)
    started = check_at_start(older_folder, root_path, world.tmp / "resources" / "tuf")
    assert started.check.ok and started.restored == ()  # nothing to put back: it verifies as it is
    assert _phone(older_folder) == NEW_NUMBER
    assert SyncState.load(older_folder).targets[ZWB_PATH].revision == 2


def test_the_first_sync_of_an_older_folder_continues_from_its_state(world: World, older_folder: Path) -> None:
    assert world.post(ZWB, region_bundle(revision=3, phones={CONTACT: "088 9638111"}),
                      world.keys.zwb_admin).status_code == 200
    store = open_store(older_folder)
    try:
        result = SyncClient(older_folder, world.url, world.root_json).sync(store)
        assert result.status is SyncStatus.UPDATED, result.reason
        assert result.updated == (ZWB_PATH,)  # the national and Oost-Brabant bundles were current
        origins = {key: (store.bundle_info(key) or {}).get("origin") for key in
                   (NATIONAL_KEY, region_key(OB), region_key(ZWB))}
    finally:
        store.close()
    assert origins == {NATIONAL_KEY: BundleOrigin.SHIPPED, region_key(OB): BundleOrigin.SHIPPED,
                       region_key(ZWB): BundleOrigin.SYNC}
    assert _phone(older_folder) == "088 9638111"
    assert SyncState.load(older_folder).last_status == SyncStatus.UPDATED
