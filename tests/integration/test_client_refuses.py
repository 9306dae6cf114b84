"""A compromised or broken source: each attack is refused by the client, which keeps the last good
data and says why (docs/architecture.md, "Tests"). The attacker here controls the server's files and
its online key (snapshot/timestamp); only the offline and regional keys are out of reach.
"""

from __future__ import annotations

import json
import shutil

from tuf.api.metadata import Metadata, Timestamp

from sync import layout
from sync.repository.repository import to_bytes
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World, assert_kept, expired_now, publish_new_number

TAMPERED = "06 66666666"


def test_tampered_target_file_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    publish_new_number(world)
    target = world.target_file(ZWB)
    target.write_bytes(target.read_bytes().replace(NEW_NUMBER.encode(), TAMPERED.encode()))

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("hash-mismatch",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_tampered_region_metadata_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    evil = region_bundle(revision=2, phones={CONTACT: TAMPERED})
    publish_new_number(world)
    # The attacker points the signed metadata at their own file without being able to re-sign it.
    world.repo.write_target(layout.region_target(ZWB), evil)
    path = world.metadata_file(layout.region_role(ZWB))
    md = json.loads(path.read_bytes())
    target = md["signed"]["targets"][layout.region_target(ZWB)]
    target["length"] = len(evil)
    target["hashes"]["sha256"] = __import__("hashlib").sha256(evil).hexdigest()
    path.write_text(json.dumps(md))

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("bad-signature",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_rollback_to_an_older_timestamp_is_refused(world: World) -> None:
    old_timestamp = world.repo.metadata_dir / "old-timestamp.json"
    shutil.copy(world.repo.metadata_dir / "timestamp.json", old_timestamp)
    station = world.workstation()
    publish_new_number(world)
    station.sync()
    assert station.phone(CONTACT) == NEW_NUMBER
    # Replay the older, validly signed state.
    shutil.copy(old_timestamp, world.repo.metadata_dir / "timestamp.json")

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("rollback",)
    assert_kept(station, CONTACT, NEW_NUMBER, 2)


def test_rollback_of_a_region_to_an_older_version_is_refused(world: World) -> None:
    station = world.workstation()
    publish_new_number(world)
    station.sync()
    # The attacker re-serves region metadata version 1 under a fresh snapshot and timestamp.
    old = Metadata.from_file(str(world.repo.metadata_dir / f"1.{layout.region_role(ZWB)}.json"))
    with world.repo.locked():
        world.repo.commit({layout.region_role(ZWB): old}, world.keys.online)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("rollback",)
    assert_kept(station, CONTACT, NEW_NUMBER, 2)


def test_frozen_expired_timestamp_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    publish_new_number(world)
    current = world.repo.timestamp().signed
    frozen = Metadata(Timestamp(version=current.version + 1, expires=expired_now(),
                                snapshot_meta=current.snapshot_meta))
    frozen.sign(world.keys.online)
    (world.repo.metadata_dir / "timestamp.json").write_bytes(to_bytes(frozen))

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("expired",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_region_signed_by_another_regions_admin_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    world.serve_region(OB, region_bundle(OB, revision=2, phones={CONTACT: TAMPERED}), world.keys.zwb_admin)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("bad-signature",)
    assert "regions/oost-brabant/bundle.json" in result.reason  # which bundle, for the admin
    assert_kept(station, CONTACT, OLD_NUMBER, 1, OB)
    assert_kept(station, CONTACT, OLD_NUMBER, 1, ZWB)


def test_bundle_of_another_region_under_a_valid_signature_is_refused(world: World) -> None:
    """The ZWB admin's key signs ZWB's path, but the file inside claims to be Oost-Brabant."""
    station = world.workstation()
    station.sync()
    world.serve_region(ZWB, region_bundle(ZWB, revision=2, phones={CONTACT: TAMPERED}, claimed_id=OB),
                       world.keys.zwb_admin)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("wrong-region",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1, OB)
    assert_kept(station, CONTACT, OLD_NUMBER, 1, ZWB)


def test_region_signed_by_an_unknown_key_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    world.serve_region(ZWB, region_bundle(revision=2, phones={CONTACT: TAMPERED}), world.keys.stranger)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("bad-signature",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_malformed_json_metadata_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    (world.repo.metadata_dir / "timestamp.json").write_bytes(b'{"signed": {"_type": "timestamp", ')

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("malformed",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_oversized_target_file_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    publish_new_number(world)
    target = world.target_file(ZWB)
    target.write_bytes(target.read_bytes() + b" " * 5_000_000)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("too-large",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_oversized_timestamp_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    path = world.repo.metadata_dir / "timestamp.json"
    path.write_bytes(path.read_bytes() + b" " * 100_000)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.codes == ("too-large",)
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


def test_a_refused_region_does_not_block_a_genuine_update_of_another(world: World) -> None:
    station = world.workstation()
    station.sync()
    world.serve_region(OB, region_bundle(OB, revision=2, phones={CONTACT: TAMPERED}), world.keys.stranger)
    publish_new_number(world)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED  # the rejection is what must be seen
    assert result.updated == (layout.region_target(ZWB),)
    assert_kept(station, CONTACT, NEW_NUMBER, 2, ZWB)
    assert_kept(station, CONTACT, OLD_NUMBER, 1, OB)
