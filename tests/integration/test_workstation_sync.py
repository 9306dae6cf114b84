"""The app's sync (sync/client/workstation.py): its own store connection, and what changed per region."""

from __future__ import annotations

from pathlib import Path

from routekaarten.bootstrap import open_store
from routekaarten.changes import ChangeKind
from sync.client.source import SyncSource
from sync.client.workstation import sync_data_folder
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB
from tests.integration.conftest import World, publish_new_number


def _folder(world: World) -> tuple[Path, SyncSource]:
    data_dir = world.tmp / "app"
    open_store(data_dir).close()  # as the app does at start: the embedded bundles are in the store
    root = world.tmp / "root.json"
    root.write_bytes(world.root_json)
    return data_dir, SyncSource(world.url, root)


def test_first_sync_names_the_region_that_is_new_to_the_workstation(world: World) -> None:
    data_dir, source = _folder(world)

    outcome = sync_data_folder(data_dir, source)

    assert outcome.result.status is SyncStatus.UPDATED
    assert [(c.region_id, c.is_new_region) for c in outcome.changes] == [(OB, True)]


def test_a_published_number_is_listed_with_the_old_and_new_number(world: World) -> None:
    data_dir, source = _folder(world)
    sync_data_folder(data_dir, source)
    publish_new_number(world)

    outcome = sync_data_folder(data_dir, source)

    assert outcome.result.status is SyncStatus.UPDATED
    (region,) = outcome.changes
    assert (region.region_id, region.old_revision, region.new_revision) == (ZWB, 1, 2)
    assert [(c.kind, c.contact_id, c.old_phone, c.new_phone) for c in region.contacts] == [
        (ChangeKind.NUMBER, CONTACT, OLD_NUMBER, NEW_NUMBER)
    ]


def test_nothing_new_lists_no_changes(world: World) -> None:
    data_dir, source = _folder(world)
    sync_data_folder(data_dir, source)

    outcome = sync_data_folder(data_dir, source)

    assert outcome.result.status is SyncStatus.UNCHANGED and outcome.changes == ()
