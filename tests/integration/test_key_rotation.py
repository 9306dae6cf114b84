"""Revoking and rotating a region's key: the new key is accepted, the old one refused everywhere."""

from __future__ import annotations

from sync import layout
from sync.admin.national_keys import generate_signer
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World, assert_kept


def test_rotated_key_publishes_and_the_old_key_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    new_key = generate_signer()
    world.repo.delegate(ZWB, [new_key.public_key], world.keys.targets, world.keys.online, replace=True)

    old = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: "06 11111111"}), world.keys.zwb_admin)
    new = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), new_key)
    result = station.sync()

    assert old.status_code == 403
    assert new.status_code == 200, new.text
    assert result.status is SyncStatus.UPDATED
    assert_kept(station, CONTACT, NEW_NUMBER, 2)


def test_revoked_key_is_refused_by_the_service(world: World) -> None:
    world.repo.revoke(ZWB, world.keys.zwb_admin.public_key.keyid, world.keys.targets, world.keys.online)

    response = world.post(ZWB, region_bundle(revision=2), world.keys.zwb_admin)

    assert response.status_code == 403


def test_metadata_signed_by_a_revoked_key_is_refused_by_the_client(world: World) -> None:
    station = world.workstation()
    station.sync()
    world.repo.revoke(ZWB, world.keys.zwb_admin.public_key.keyid, world.keys.targets, world.keys.online)
    world.serve_region(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert layout.region_target(ZWB) in result.reason
    assert_kept(station, CONTACT, OLD_NUMBER, 1)
