"""Rotating the national keys (sync/repository/rotation.py, sync/admin/rotate.py), as workstations see it.

Every workstation here ships root version 1 (``world.root_json``) and must walk the chain of new
roots to whatever the repository rotated to. The attacker controls the server's files and, where
a test says so, a key that a rotation retired; retired keys must buy them nothing.

After an online rotation the fixture's service keeps serving the repository's files, but it holds
the old online key: publishes go through a service started with the new key, as the operator's
restart would, and the one test that publishes through the old service shows why the restart matters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

from routekaarten.store import NATIONAL_KEY
from sync import layout
from sync.admin.national_keys import generate_signer
from sync.admin.publish import upload_body
from sync.client.offline_check import CheckStatus, verify_cached
from sync.errors import RepositoryStateError
from sync.repository.repository import Repository, to_bytes
from sync.repository.rotation import rotate_online_key, rotate_root_keys, rotate_targets_key
from sync.repository.service import create_app
from sync.status import SyncStatus
from tests.integration.bundles import (
    CONTACT,
    NATIONAL_FILE,
    NEW_NUMBER,
    OB,
    OLD_NUMBER,
    ZWB,
    region_bundle,
)
from tests.integration.conftest import (
    Keys,
    Workstation,
    World,
    assert_kept,
    make_repository,
    publish_new_number,
)
from tests.integration.live_server import LiveServer
from tests.integration.roots import keyids, root_files, root_history

TAMPERED = "06 66666666"


@contextmanager
def restarted_service(world: World, online: CryptoSigner) -> Iterator[str]:
    """The service started again with ``online``, as the operator does after an online rotation."""
    with LiveServer(create_app(world.repo, online, resign_interval=3600)) as server:
        yield server.url


def post(url: str, world: World, raw: bytes, region_id: str = ZWB) -> httpx.Response:
    """What ``admin publish`` sends for the region's genuine admin."""
    admin = world.keys.zwb_admin if region_id == ZWB else world.keys.ob_admin
    metadata = world.signed(region_id, raw, admin)
    return httpx.post(f"{url}/publish/{region_id}", content=upload_body(region_id, metadata, raw), timeout=10)


def national_bundle(version: str) -> bytes:
    data = json.loads(NATIONAL_FILE.read_bytes())
    data["version"] = version
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def national_version(station: Workstation) -> str:
    info = station.store.bundle_info(NATIONAL_KEY)
    assert info is not None
    return str(info["version"])


# the online key ------------------------------------------------------------------------------------


def test_after_an_online_rotation_a_workstation_on_the_shipped_root_gets_the_next_region_version(
        world: World) -> None:
    station = world.workstation()
    assert station.sync().status is SyncStatus.UPDATED
    new_online = generate_signer()

    rotation = rotate_online_key(world.repo, [world.keys.root], new_online)
    between = station.sync()  # what the rotation itself committed, before any publish
    with restarted_service(world, new_online) as url:
        response = post(url, world, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}))
    result = station.sync()

    assert rotation.root_version == 2
    assert rotation.resigned == (Snapshot.type, Timestamp.type)
    assert between.status is SyncStatus.UNCHANGED, between.reason
    assert response.status_code == 200, response.text
    assert result.status is SyncStatus.UPDATED, result.reason
    assert_kept(station, CONTACT, NEW_NUMBER, 2)
    assert root_history(station) == [1, 2]
    root = world.repo.root().signed
    assert keyids(root, Timestamp.type) == keyids(root, Snapshot.type) == {new_online.public_key.keyid}


def test_a_timestamp_signed_with_the_retired_online_key_is_refused_and_the_last_good_data_kept(
        world: World) -> None:
    station = world.workstation()
    station.sync()
    before = world.repo.timestamp().signed.snapshot_meta  # the snapshot with ZWB version 1
    new_online = generate_signer()
    rotate_online_key(world.repo, [world.keys.root], new_online)
    with restarted_service(world, new_online) as url:
        assert post(url, world, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER})).status_code == 200
    assert station.sync().status is SyncStatus.UPDATED
    # The attacker holds the retired online key and points a fresh timestamp back at the old snapshot.
    current = world.repo.timestamp().signed
    forged = Metadata(Timestamp(version=current.version + 1, expires=current.expires, snapshot_meta=before))
    forged.sign(world.keys.online)
    (world.repo.metadata_dir / "timestamp.json").write_bytes(to_bytes(forged))

    result = station.sync()
    fresh = world.workstation("nieuwe-werkplek").sync()

    assert result.status is SyncStatus.REJECTED
    assert "handtekening klopt niet" in result.reason
    assert_kept(station, CONTACT, NEW_NUMBER, 2)
    assert fresh.status is SyncStatus.REJECTED
    assert "handtekening klopt niet" in fresh.reason


def test_a_service_not_restarted_after_an_online_rotation_refuses_to_sign_and_says_why(
        world: World) -> None:
    """The running service still holds the retired key: it must not sign what workstations refuse."""
    station = world.workstation()
    station.sync()
    new_online = generate_signer()
    rotate_online_key(world.repo, [world.keys.root], new_online)
    timestamp_before = world.repo.timestamp().signed.version

    second = region_bundle(revision=2, phones={CONTACT: NEW_NUMBER})
    response = world.post(ZWB, second, world.keys.zwb_admin)
    with pytest.raises(RepositoryStateError, match="wordt niet vertrouwd door root versie 2"):
        world.repo.resign_online(world.keys.online, force=True)  # nor does its re-signing
    after = station.sync()

    assert response.status_code == 503
    assert "herstart de service met de nieuwe online.pem" in response.json()["fout"]
    assert world.repo.timestamp().signed.version == timestamp_before  # nothing written
    assert after.status is SyncStatus.UNCHANGED, after.reason  # the rotation's own commit verifies
    audit = (world.repo.path / "audit.log").read_text(encoding="utf-8").splitlines()
    assert '"status": 503' in audit[-1]
    with LiveServer(create_app(world.repo, new_online, resign_interval=3600)) as restarted:
        body = upload_body(ZWB, world.signed(ZWB, second, world.keys.zwb_admin), second)
        republished = httpx.post(f"{restarted.url}/publish/{ZWB}", content=body, timeout=10)
    assert republished.status_code == 200, republished.text
    assert station.sync().status is SyncStatus.UPDATED
    assert_kept(station, CONTACT, NEW_NUMBER, 2)


# the root keys -------------------------------------------------------------------------------------


def test_after_a_root_rotation_to_two_of_three_keys_data_still_syncs(world: World) -> None:
    station = world.workstation()
    station.sync()
    first, second, third = (generate_signer() for _ in range(3))

    rotation = rotate_root_keys(world.repo, [world.keys.root], [first, second, third], 2)
    publish_new_number(world)
    result = station.sync()

    assert (rotation.root_version, rotation.root_threshold) == (2, 2)
    assert rotation.old_keyids == (world.keys.root.public_key.keyid,)
    assert result.status is SyncStatus.UPDATED, result.reason
    assert_kept(station, CONTACT, NEW_NUMBER, 2)
    assert root_history(station) == [1, 2]
    history = station.data_dir / "tuf" / "metadata" / "root_history"
    followed = Metadata.from_file(str(history / "2.root.json")).signed
    assert followed.roles[Root.type].threshold == 2
    assert keyids(followed, Root.type) == {s.public_key.keyid for s in (first, second, third)}


def test_two_of_three_root_keys_sign_the_next_rotation_and_workstations_walk_both_roots(
        world: World) -> None:
    station = world.workstation()
    station.sync()
    first, second, third = (generate_signer() for _ in range(3))
    rotate_root_keys(world.repo, [world.keys.root], [first, second, third], 2)
    new_online = generate_signer()

    rotation = rotate_online_key(world.repo, [first, third], new_online)
    result = station.sync()
    fresh = world.workstation("nieuwe-werkplek")
    fresh_result = fresh.sync()

    assert rotation.root_version == 3
    assert result.status is SyncStatus.UNCHANGED, result.reason
    assert root_history(station) == [1, 2, 3]
    assert fresh_result.status is SyncStatus.UPDATED, fresh_result.reason  # Oost-Brabant is new to it
    assert root_history(fresh) == [1, 2, 3]


def test_a_new_root_signed_only_by_the_new_keys_is_refused(world: World) -> None:
    station = world.workstation()
    station.sync()
    attacker = generate_signer()
    with pytest.raises(RepositoryStateError, match="geen rootsleutel van root versie 1"):
        rotate_root_keys(world.repo, [attacker], [attacker], 1)
    # So the attacker writes it themselves: their key for every top-level role, ZWB delegated to
    # them, and a tampered ZWB bundle -- all consistent under their root, none under root 1.
    root = world.repo.root().signed
    for role in (Root.type, Targets.type, Snapshot.type, Timestamp.type):
        for keyid in list(root.roles[role].keyids):
            root.revoke_key(keyid, role)
        root.add_key(attacker.public_key, role)
    root.version += 1
    forged_root = Metadata(root)
    forged_root.sign(attacker)
    targets_md = world.repo.national_targets()
    region_role = layout.region_role(ZWB)
    delegation = world.repo.region_delegation(ZWB, targets_md.signed)
    assert delegation is not None
    for keyid in list(delegation.keyids):
        targets_md.signed.revoke_key(keyid, region_role)
    targets_md.signed.add_key(attacker.public_key, region_role)
    targets_md.signed.version += 1
    targets_md.sign(attacker)
    raw = region_bundle(revision=2, phones={CONTACT: TAMPERED})
    region_md = Metadata.from_bytes(world.signed(ZWB, raw, attacker))
    with world.repo.locked():
        world.repo.write_metadata(Root.type, forged_root)
        world.repo.write_target(layout.region_target(ZWB), raw)
        world.repo.commit({Targets.type: targets_md, region_role: region_md}, attacker)

    result = station.sync()
    fresh = world.workstation("nieuwe-werkplek").sync()

    assert result.status is SyncStatus.REJECTED
    assert "handtekening klopt niet" in result.reason
    assert_kept(station, CONTACT, OLD_NUMBER, 1)
    assert root_history(station) == [1]
    assert fresh.status is SyncStatus.REJECTED


# the targets key -----------------------------------------------------------------------------------


def serve_national(world: World, raw: bytes, targets_signer: CryptoSigner) -> None:
    """Targets metadata naming ``raw``, signed by ``targets_signer``, made live with the online key."""
    md = world.repo.national_targets()
    with world.repo.locked():
        md.signed.targets[layout.NATIONAL_TARGET] = world.repo.write_target(layout.NATIONAL_TARGET, raw)
        md.signed.version += 1
        md.sign(targets_signer)
        world.repo.commit({Targets.type: md}, world.keys.online)


def test_after_a_targets_rotation_the_new_key_signs_the_national_bundle_and_the_retired_one_is_refused(
        world: World) -> None:
    station = world.workstation()
    station.sync()
    shipped = national_version(station)
    new_targets = generate_signer()

    rotation = rotate_targets_key(world.repo, [world.keys.root], new_targets, world.keys.online)
    resigned = station.sync()
    with pytest.raises(RepositoryStateError, match="niet de landelijke targets-sleutel"):
        world.repo.add_national(national_bundle("2026.1"), world.keys.targets, world.keys.online)
    world.repo.add_national(national_bundle("2026.1"), new_targets, world.keys.online)
    updated = station.sync()
    serve_national(world, national_bundle("2026.2"), world.keys.targets)  # an attacker with the old key
    refused = station.sync()

    assert rotation.resigned == (Targets.type, Snapshot.type, Timestamp.type)
    assert resigned.status is SyncStatus.UNCHANGED, resigned.reason
    assert updated.status is SyncStatus.UPDATED, updated.reason
    assert updated.updated == (layout.NATIONAL_TARGET,)
    assert shipped != "2026.1"
    assert refused.status is SyncStatus.REJECTED
    assert "handtekening klopt niet" in refused.reason
    assert national_version(station) == "2026.1"
    assert_kept(station, CONTACT, OLD_NUMBER, 1)


# offline re-verification -----------------------------------------------------------------------------


def test_the_offline_check_passes_after_the_workstation_followed_root_rotations(world: World) -> None:
    station = world.workstation()
    station.sync()
    first, second, third = (generate_signer() for _ in range(3))
    rotate_root_keys(world.repo, [world.keys.root], [first, second, third], 2)
    new_online = generate_signer()
    rotate_online_key(world.repo, [first, second], new_online)
    with restarted_service(world, new_online) as url:
        assert post(url, world, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER})).status_code == 200
    assert station.sync().status is SyncStatus.UPDATED

    check = verify_cached(station.data_dir, station.store, world.root_json)
    (station.data_dir / "tuf" / "metadata" / "root_history" / "3.root.json").unlink()  # kept sets use it too
    without_root_3 = verify_cached(station.data_dir, station.store, world.root_json)

    assert check.ok, check.summary
    assert {b.key: b.status for b in check.bundles} == {
        f"region:{ZWB}": CheckStatus.VERIFIED, f"region:{OB}": CheckStatus.VERIFIED,
        NATIONAL_KEY: CheckStatus.EMBEDDED}
    # The chain really runs through root_history/: without root 3 the new online key is not trusted.
    assert not without_root_3.ok
    assert all("(timestamp)" in b.reason for b in without_root_3.failed)


# refusals, in Dutch ----------------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Repository, Keys]:
    keys = Keys()
    return make_repository(tmp_path / "repo", keys), keys


def test_too_few_old_root_keys_are_refused_in_dutch(repo: tuple[Repository, Keys]) -> None:
    repository, keys = repo
    first, second, third = (generate_signer() for _ in range(3))
    rotate_root_keys(repository, [keys.root], [first, second, third], 2)

    with pytest.raises(RepositoryStateError) as refused:
        rotate_online_key(repository, [first], generate_signer())
    with pytest.raises(RepositoryStateError) as twice:
        rotate_online_key(repository, [first, first], generate_signer())

    assert str(refused.value) == (
        "Te weinig rootsleutels: de nieuwe root moet worden ondertekend door 2 van de 3 rootsleutels van "
        "root versie 2, er zijn er 1 gegeven; er is niets gewijzigd.")
    assert str(twice.value) == str(refused.value)  # one key twice is one signature
    assert root_files(repository) == ["1.root.json", "2.root.json"]


@pytest.mark.parametrize(("count", "threshold"), [(2, 3), (2, 0), (0, 1)])
def test_an_impossible_root_threshold_is_refused_in_dutch(repo: tuple[Repository, Keys], count: int,
                                                          threshold: int) -> None:
    repository, keys = repo

    with pytest.raises(RepositoryStateError) as refused:
        rotate_root_keys(repository, [keys.root], [generate_signer() for _ in range(count)], threshold)

    assert str(refused.value) == (
        f"Drempel {threshold} past niet bij {count} rootsleutel(s); er is niets gewijzigd.")
    assert root_files(repository) == ["1.root.json"]


def test_a_key_that_is_not_a_root_key_is_refused_in_dutch(repo: tuple[Repository, Keys]) -> None:
    repository, keys = repo

    with pytest.raises(RepositoryStateError) as refused:
        rotate_online_key(repository, [keys.targets], generate_signer())

    assert str(refused.value) == (
        f"Sleutel {keys.targets.public_key.keyid} is geen rootsleutel van root versie 1; "
        "er is niets gewijzigd.")
    assert root_files(repository) == ["1.root.json"]


def test_a_rotation_to_a_key_already_in_use_is_refused_in_dutch(repo: tuple[Repository, Keys]) -> None:
    repository, keys = repo

    with pytest.raises(RepositoryStateError, match="wordt al gebruikt in root versie 1"):
        rotate_online_key(repository, [keys.root], keys.targets)
    twin = generate_signer()
    with pytest.raises(RepositoryStateError, match="meer dan eens opgegeven"):
        rotate_root_keys(repository, [keys.root], [twin, twin], 1)
    with pytest.raises(RepositoryStateError, match="niet de online sleutel van deze repository"):
        rotate_targets_key(repository, [keys.root], generate_signer(), keys.stranger)

    assert root_files(repository) == ["1.root.json"]
