"""The happy path: a regional admin publishes a changed number; a workstation shows it after a sync."""

from __future__ import annotations

from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World


def test_first_sync_imports_every_published_region_and_keeps_identical_embedded_data(world: World) -> None:
    station = world.workstation()
    assert station.revision(OB) is None

    result = station.sync()

    assert result.status is SyncStatus.UPDATED
    assert result.updated == ("regions/oost-brabant/bundle.json",)  # ZWB and HSSK equal the embedded copies
    assert station.revision(OB) == 1
    assert station.store.bundle_info(f"region:{ZWB}")["origin"] == "embedded"


def test_published_number_change_reaches_the_workstation(world: World) -> None:
    station = world.workstation()
    station.sync()
    assert station.phone(CONTACT) == OLD_NUMBER

    response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin)
    assert response.status_code == 200, response.text
    result = station.sync()

    assert result.status is SyncStatus.UPDATED
    assert station.phone(CONTACT) == NEW_NUMBER
    assert station.revision() == 2
    assert station.store.bundle_info(f"region:{ZWB}")["origin"] == "sync"


def test_second_sync_with_nothing_new_says_so_and_records_when_it_checked(world: World) -> None:
    from sync.client.state import SyncState

    station = world.workstation()
    station.sync()

    result = station.sync()

    assert result.status is SyncStatus.UNCHANGED
    assert "Niets nieuws" in result.reason
    state = SyncState.load(station.data_dir)
    assert state.checked_at is not None and state.last_status == "nothing-new"
    zwb = state.targets[f"regions/{ZWB}/bundle.json"]
    assert zwb.revision == 1 and zwb.version == 1 and zwb.expires > state.checked_at
