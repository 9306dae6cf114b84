"""``routekaart admin rotate`` as an operator runs it, and what the rest of the tooling makes of it:
the key folder (new keys under the usual names, old ones under retired/, nothing overwritten),
refusals in Dutch with nothing changed, ``serve`` and ``status`` after a rotation, the audit log,
and a rotation cut off before its commit (repaired when the service restarts with the new key).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root, Targets, Timestamp

from desktop.launcher import main
from routekaarten.bootstrap import open_store
from sync.admin.national_keys import KeyFolder, generate_signer, load_key, save_key
from sync.admin.rotate import PENDING_DIR
from sync.client.fetcher import HttpxFetcher
from sync.client.updater import SyncClient
from sync.errors import KeyStoreError
from sync.repository.repository import Repository
from sync.repository.rotation import rotate_online_key
from sync.repository.service import create_app
from sync.status import SyncStatus
from tests.integration.bundles import NATIONAL_FILE
from tests.integration.conftest import Workstation, World
from tests.integration.live_server import LiveServer
from tests.integration.roots import (
    OFFLINE_PASSPHRASE,
    ONLINE_PASSPHRASE,
    keyids,
    root_files,
    root_history,
)


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
    rows = {row["role"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows["root"]) == {"role", "version", "expires", "expired", "keys", "threshold"}
    assert main(["admin", "status", "--repo", str(repo_dir)]) == 0
    text = capsys.readouterr().out

    live_online = keyid_of(keys / "online.pem", ONLINE_PASSPHRASE)
    assert rows["timestamp"]["keys"] == rows["snapshot"]["keys"] == [live_online] != [retired_online]
    assert (rows["root"]["version"], rows["root"]["threshold"], len(rows["root"]["keys"])) == (3, 2, 3)
    assert sorted(rows["root"]["keys"]) == sorted(
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


def test_after_a_leak_the_new_online_key_gets_a_passphrase_of_its_own(
        national: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    repo_dir, keys = national / "repo", national / "keys"
    fresh = "een-nieuwe-wachtwoordzin-2026"
    monkeypatch.setenv("ROUTEKAART_NEW_PASSPHRASE", fresh)

    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 0

    live = keyid_of(keys / "online.pem", fresh)  # opens with the new passphrase ...
    assert live in keyids(Repository.open(repo_dir).root().signed, Timestamp.type)
    with pytest.raises(KeyStoreError, match="klopt niet"):  # ... and no longer with the leaked one
        load_key(keys / "online.pem", ONLINE_PASSPHRASE.encode())
    monkeypatch.setenv("ROUTEKAART_NEW_PASSPHRASE", "kort")
    capsys.readouterr()
    assert rotate_command("--repo", repo_dir, "--keys", keys, "--role", "online") == 2
    assert "te kort" in capsys.readouterr().err
