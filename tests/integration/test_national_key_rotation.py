"""Rotating the national keys (sync/key_rotation.py, sync/admin_rotate.py), as workstations see it.

Every workstation here ships root version 1 (``world.root_json``) and must walk the chain of new
roots to whatever the repository rotated to. The attacker controls the server's files and, where
a test says so, a key that a rotation retired; retired keys must buy them nothing.

After an online rotation the fixture's service keeps serving the repository's files, but it holds
the old online key: publishes go through a service started with the new key, as the operator's
restart would, and the one test that publishes through the old service shows why the restart matters.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

from desktop.launcher import main
from routekaarten.bootstrap import open_store
from routekaarten.store import NATIONAL_KEY
from sync import layout
from sync.admin_publish import upload_body
from sync.admin_rotate import PENDING_DIR
from sync.client import SyncClient
from sync.errors import RepositoryStateError
from sync.fetcher import HttpxFetcher
from sync.key_rotation import rotate_online_key, rotate_root_keys, rotate_targets_key
from sync.national_keys import KeyFolder, generate_signer, load_key, save_key
from sync.offline_check import CheckStatus, verify_cached
from sync.outcomes import SyncStatus
from sync.repository import Repository, to_bytes
from sync.service import create_app
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

TAMPERED = "06 66666666"
OFFLINE_PASSPHRASE = "landelijk-geheim-123"
ONLINE_PASSPHRASE = "online-geheim-4567"


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


def root_history(station: Workstation) -> list[int]:
    """The root versions ngclient keeps in the data folder (``metadata/root_history/N.root.json``)."""
    folder = station.data_dir / "tuf" / "metadata" / "root_history"
    return sorted(int(path.name.split(".")[0]) for path in folder.glob("*.root.json"))


def keyids(root: Root, role: str) -> set[str]:
    return set(root.roles[role].keyids)


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


def root_files(repository: Repository) -> list[str]:
    return sorted(path.name for path in repository.metadata_dir.glob("*.root.json"))


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


# the command ------------------------------------------------------------------------------------------


@pytest.fixture
def national(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """A repository and key folder made by 'routekaart admin init' and 'admin national'."""
    monkeypatch.setenv("ROUTEKAART_OFFLINE_PASSPHRASE", OFFLINE_PASSPHRASE)
    monkeypatch.setenv("ROUTEKAART_ONLINE_PASSPHRASE", ONLINE_PASSPHRASE)
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert main(["admin", "init", "--repo", str(repo), "--keys", str(keys)]) == 0
    assert main(["admin", "national", "--repo", str(repo), "--keys", str(keys), str(NATIONAL_FILE)]) == 0
    capsys.readouterr()
    return tmp_path


def rotate_command(*argv: str | Path) -> int:
    """``routekaart admin rotate ...``, as an operator types it."""
    return main(["admin", "rotate", *map(str, argv)])


def keyid_of(path: Path, passphrase: str) -> str:
    return load_key(path, passphrase.encode()).public_key.keyid


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_rotate_online_writes_a_new_online_pem_keeps_the_old_and_the_restarted_service_syncs(
        national: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    before = files_in(keys)

    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 0
    out = capsys.readouterr().out

    repo = Repository.open(repo_dir)
    root_1 = Metadata.from_file(str(repo.metadata_dir / "1.root.json")).signed
    assert keyid_of(keys / "online.pem", ONLINE_PASSPHRASE) in keyids(repo.root().signed, Timestamp.type)
    assert keyid_of(keys / "retired" / "root-v1" / "online.pem", ONLINE_PASSPHRASE) in keyids(
        root_1, Timestamp.type)
    assert files_in(keys)["retired/root-v1/online.pem"] == before["online.pem"]
    assert {name: data for name, data in files_in(keys).items() if name != "online.pem"
            and not name.startswith("retired/")} == {n: d for n, d in before.items() if n != "online.pem"}
    assert not (keys / PENDING_DIR).exists()
    assert "Root versie 2 geschreven: de online sleutel (snapshot en timestamp) vervangen" in out
    assert "Herstart de service nu met de nieuwe online.pem" in out
    online = KeyFolder(keys).online_signer(ONLINE_PASSPHRASE.encode())
    with LiveServer(create_app(repo, online, resign_interval=3600)) as server:
        world_root = (repo.metadata_dir / "1.root.json").read_bytes()
        station = _station(national / "werkplek", server.url, world_root)
        try:
            result = station.sync()
        finally:
            station.close()
    assert result.status is SyncStatus.UNCHANGED, result.reason  # the shipped national bundle is current
    assert root_history(station) == [1, 2]


def _station(data_dir: Path, url: str, trusted_root: bytes) -> Workstation:
    store = open_store(data_dir)
    fetcher = HttpxFetcher(timeout=5.0, deadline=10.0)
    return Workstation(data_dir, store, SyncClient(data_dir, url, trusted_root, fetcher), fetcher)


def test_rotate_root_then_targets_leaves_a_key_folder_the_other_commands_use(
        national: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    old_root_1 = (keys / "root-1.pem").read_bytes()

    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "root", "--root-keys", "3",
                          "--root-threshold", "2") == 0
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "targets") == 0
    out = capsys.readouterr().out
    national_exit = main(["admin", "national", "--repo", str(repo_dir), "--keys", str(keys),
                          str(NATIONAL_FILE)])

    repo = Repository.open(repo_dir)
    root = repo.root().signed
    assert root.version == 3 and root.roles[Root.type].threshold == 2
    folder = KeyFolder(keys)
    assert [p.name for p in folder.root_paths()] == ["root-1.pem", "root-2.pem", "root-3.pem"]
    assert {s.public_key.keyid for s in folder.root_signers(OFFLINE_PASSPHRASE.encode())} == keyids(
        root, Root.type)
    assert (keys / "retired" / "root-v1" / "root-1.pem").read_bytes() == old_root_1
    assert (keys / "retired" / "root-v2" / "targets.pem").is_file()
    new_targets = keyid_of(keys / "targets.pem", OFFLINE_PASSPHRASE)
    assert keyids(root, Targets.type) == {new_targets}
    assert set(repo.national_targets().signatures) == {new_targets}
    assert national_exit == 0  # 'admin national' loads the new targets.pem
    assert "Root versie 2 geschreven: de rootsleutels vervangen (rootdrempel 2)." in out
    assert "Root versie 3 geschreven: de targets-sleutel vervangen (rootdrempel 2)." in out
    assert "Opnieuw ondertekend met de nieuwe sleutel: targets, snapshot, timestamp." in out


def test_refused_rotations_leave_the_key_folder_and_the_repository_as_they_were(
        national: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    before = files_in(keys)

    def refused(*argv: str | Path) -> str:
        """The command exits 2 with a Dutch message on stderr."""
        assert rotate_command("--repo", repo_dir, "--keys", keys, *argv) == 2
        return capsys.readouterr().err

    assert "horen alleen bij --role root" in refused("--role", "online", "--root-threshold", "2")
    assert "Drempel 3 past niet bij 2 rootsleutel" in refused("--role", "root", "--root-keys", "2",
                                                               "--root-threshold", "3")
    # An online.pem that the repository does not trust: refused only after the new key was staged.
    (keys / "online.pem").rename(national / "online.pem")
    save_key(keys / "online.pem", generate_signer(), ONLINE_PASSPHRASE.encode())
    assert "niet de online sleutel van deze repository" in refused("--role", "targets")
    (keys / "online.pem").unlink()
    (national / "online.pem").rename(keys / "online.pem")
    (keys / PENDING_DIR).mkdir()
    assert "een eerdere rotatie is niet afgemaakt" in refused("--role", "online")
    (keys / PENDING_DIR).rmdir()

    assert files_in(keys) == before
    assert root_files(Repository.open(repo_dir)) == ["1.root.json"]


def test_a_rotation_cut_off_before_its_commit_is_repaired_when_the_service_starts_with_the_new_key(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root 2 trusts the new online key, but the process died before signing with it."""
    station = world.workstation()
    station.sync()
    new_online = generate_signer()

    def crash(*_: object, **__: object) -> None:
        raise OSError("stroom uitgevallen")

    with monkeypatch.context() as patch:
        patch.setattr(Repository, "commit", crash)
        with pytest.raises(OSError):
            rotate_online_key(world.repo, [world.keys.root], new_online)
    refused = station.sync()  # root 2 with a timestamp by the retired key
    with LiveServer(create_app(world.repo, new_online, resign_interval=3600)):
        guard = time.monotonic() + 30  # against a hang only: the re-sign at start runs as a task
        while new_online.public_key.keyid not in world.repo.timestamp().signatures:
            assert time.monotonic() < guard, "the restarted service did not re-sign"
            time.sleep(0.01)
    repaired = station.sync()

    assert refused.status is SyncStatus.REJECTED
    assert world.keys.online.public_key.keyid not in world.repo.timestamp().signatures
    assert repaired.status in (SyncStatus.UNCHANGED, SyncStatus.UPDATED), repaired.reason


def test_serve_refuses_to_start_with_a_retired_online_key(national: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 0
    retired = next((keys / "retired").rglob("online.pem"))
    capsys.readouterr()

    assert main(["serve", "--repo", str(repo_dir), "--keys", str(retired.parent), "--port", "9"]) == 2
    assert "is niet de online sleutel die root versie 2 vertrouwt" in capsys.readouterr().err


def test_status_names_the_keys_the_newest_root_trusts(national: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    retired_online = keyid_of(keys / "online.pem", ONLINE_PASSPHRASE)
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 0
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "root", "--root-keys", "3",
                          "--root-threshold", "2") == 0
    capsys.readouterr()

    assert main(["admin", "status", "--repo", str(repo_dir), "--json"]) == 0
    rows = {row["rol"]: row for row in json.loads(capsys.readouterr().out)}
    assert main(["admin", "status", "--repo", str(repo_dir)]) == 0
    text = capsys.readouterr().out

    live_online = keyid_of(keys / "online.pem", ONLINE_PASSPHRASE)
    assert rows["timestamp"]["sleutels"] == rows["snapshot"]["sleutels"] == [live_online] != [retired_online]
    assert (rows["root"]["versie"], rows["root"]["drempel"], len(rows["root"]["sleutels"])) == (3, 2, 3)
    assert sorted(rows["root"]["sleutels"]) == sorted(
        keyid_of(keys / f"root-{n}.pem", OFFLINE_PASSPHRASE) for n in (1, 2, 3))
    assert "sleutels (drempel 2): " in text


def test_national_changes_are_in_the_audit_log_with_the_keys_that_signed_them(world: World) -> None:
    new_key = generate_signer()
    world.repo.delegate("utrecht", [new_key.public_key], world.keys.targets, world.keys.online)
    world.repo.revoke("utrecht", new_key.public_key.keyid, world.keys.targets, world.keys.online)
    world.repo.add_national(NATIONAL_FILE.read_bytes(), world.keys.targets, world.keys.online)
    new_online = generate_signer()
    rotate_online_key(world.repo, [world.keys.root], new_online)

    lines = [json.loads(line) for line in (world.repo.path / "audit.log").read_text().splitlines()]
    national = [line for line in lines if line["result"] == "national"]

    assert [line["action"] for line in national[-4:]] == ["delegate", "revoke", "national", "rotate"]
    delegate, revoke, bundle, rotation = national[-4:]
    assert delegate["region"] == "utrecht" and delegate["keyids"] == [new_key.public_key.keyid]
    assert delegate["signed_by"] == [world.keys.targets.public_key.keyid]
    assert revoke["keyid"] == new_key.public_key.keyid
    assert len(bundle["sha256"]) == 64
    assert rotation["role"] == "online" and rotation["new_keyids"] == [new_online.public_key.keyid]
    assert rotation["old_keyids"] == [world.keys.online.public_key.keyid]
    assert rotation["signed_by"] == [world.keys.root.public_key.keyid]


def test_stray_files_beside_the_keys_and_roots_are_ignored(national: Path) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    (keys / "root-backup.pem").write_bytes(b"not a key")  # e.g. an operator's copy
    (repo_dir / "metadata" / "root.json").write_bytes(b"{}")  # e.g. a copy for resources/tuf

    assert [p.name for p in KeyFolder(keys).root_paths()] == ["root-1.pem"]
    assert Repository.open(repo_dir).root().signed.version == 1
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 0
    assert Repository.open(repo_dir).root().signed.version == 2
