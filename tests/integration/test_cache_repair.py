"""Stored bundles that no longer match what was signed are put back at start (sync/client/repair.py).

After a real sync from the service on 127.0.0.1, the database is changed behind the app's back.
At the next start the offline check finds it; the bundle is re-imported from the verified copy
in the data folder, or -- when that copy is damaged too -- marked so that the next sync fetches
it again. The shown data never stays the changed data once a sync has run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.client.start_check import StartCheck, check_at_start
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, ZWB
from tests.integration.conftest import Workstation, World, publish_new_number
from tests.integration.tamper import new_phone, set_json


def _synced(world: World) -> Workstation:
    station = world.workstation()
    publish_new_number(world)
    assert station.sync().status is SyncStatus.UPDATED
    return station


def _start(world: World, station: Workstation) -> StartCheck:
    root = station.data_dir / "vertrouwde-root.json"
    root.write_bytes(world.root_json)
    return check_at_start(station.data_dir, root, None)


def _tamper_cache(station: Workstation, region_id: str) -> None:
    (target,) = (station.data_dir / "tuf" / "targets").glob(f"*{region_id}*")
    target.write_bytes(target.read_bytes().replace(b"088", b"089", 1))


def test_a_number_changed_in_the_database_is_put_back_from_the_signed_copy(world: World) -> None:
    station = _synced(world)
    set_json(station, f"region:{ZWB}", new_phone)
    assert station.phone(CONTACT) == "088 1234567"

    result = _start(world, station)

    assert result.restored == (f"region:{ZWB}",) and result.restored_region_ids == (ZWB,)
    assert result.check.ok
    station.store.forget_cached(ZWB)
    assert station.phone(CONTACT) == NEW_NUMBER
    assert station.store.bundle_info(f"region:{ZWB}")["origin"] == "sync"  # type: ignore[index]


def test_nothing_is_touched_when_everything_is_as_signed(world: World) -> None:
    station = _synced(world)
    before = station.store.conn.execute("SELECT key, sha256, imported_at FROM bundles").fetchall()

    result = _start(world, station)

    assert result.check.ok and result.restored == ()
    assert station.store.conn.execute("SELECT key, sha256, imported_at FROM bundles").fetchall() == before


def test_with_the_cached_copy_damaged_too_the_next_sync_fetches_it_again(world: World) -> None:
    station = _synced(world)
    set_json(station, f"region:{OB}", new_phone)
    _tamper_cache(station, OB)

    result = _start(world, station)

    assert result.restored == () and not result.check.ok
    assert [b.key for b in result.check.failed] == [f"region:{OB}"]
    assert station.store.bundle_sha(f"region:{OB}") == ""  # marked: no longer what was signed
    synced = station.sync()
    assert synced.status is SyncStatus.UPDATED and synced.updated == (f"regions/{OB}/bundle.json",)
    assert _start(world, station).check.ok
    station.store.forget_cached(OB)
    assert all(not c.phone.startswith("089") for c in station.store.region(OB).contacts)


def test_with_the_current_metadata_damaged_the_last_complete_sync_restores_it(world: World) -> None:
    station = _synced(world)
    set_json(station, f"region:{ZWB}", new_phone)
    _damage(station.data_dir / "tuf" / "metadata" / "snapshot.json")

    result = _start(world, station)

    assert result.restored == (f"region:{ZWB}",) and result.check.ok
    station.store.forget_cached(ZWB)
    assert station.phone(CONTACT) == NEW_NUMBER


def test_with_every_copy_of_the_metadata_damaged_the_bundle_is_fetched_again(world: World) -> None:
    station = _synced(world)
    set_json(station, f"region:{ZWB}", new_phone)
    for path in (station.data_dir / "tuf").rglob("snapshot.json"):  # current and every kept set
        _damage(path)

    result = _start(world, station)

    assert result.restored == ()
    assert station.store.bundle_sha(f"region:{ZWB}") == ""
    assert station.sync().status is SyncStatus.UPDATED
    station.store.forget_cached(ZWB)
    assert station.phone(CONTACT) == NEW_NUMBER
    assert _start(world, station).check.ok


def _damage(path: Path) -> None:
    """A longer life for the metadata, its signature unchanged; written as a new file renamed over the
    old one, as programs save files (the kept sets may share the old file's data: a hard link)."""
    data = json.loads(path.read_bytes())
    data["signed"]["expires"] = "2099-01-01T00:00:00Z"
    changed = path.with_name(path.name + ".bewerkt")
    changed.write_text(json.dumps(data))
    changed.replace(path)


def test_a_sync_holding_the_data_folder_makes_the_start_check_say_busy(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. 'routekaart sync' in a terminal on the same folder, slow: a Dutch 'busy', not a crash."""
    from sync.errors import SyncBusyError
    from sync.file_lock import FileLock

    station = _synced(world)
    set_json(station, f"region:{ZWB}", new_phone)  # the check finds it; the repair needs the lock
    monkeypatch.setattr("sync.file_lock.LOCK_TIMEOUT", 0.05)  # the check's and the repair's wait
    with FileLock(station.data_dir / "tuf" / ".lock", timeout=0), pytest.raises(SyncBusyError) as raised:
        _start(world, station)

    assert "Er loopt al een synchronisatie voor deze gegevensmap" in str(raised.value)
    assert station.store.bundle_sha(f"region:{ZWB}") != ""  # not checked is not refused: nothing marked
    assert _start(world, station).restored == (f"region:{ZWB}",)  # once the sync is done
