"""The signed repository shipped with the app (a fresh install shows signed data before its first sync; in
resources/ so a fresh install shows data before its first sync";
sync/client/shipped.py, sync/repository/shipped_export.py).

``routekaart admin embed`` copies the live repository's state; a fresh data folder takes it,
verified offline against the trusted root, and the first real sync continues from its versions
-- an older state offered afterwards is a rollback. A copy that does not verify installs nothing
of what fails and says why; a folder that synced is never touched.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.launcher import main
from routekaarten.bootstrap import open_store
from routekaarten.store import NATIONAL_KEY, Store
from sync import layout
from sync.client.freshness import load_freshness
from sync.client.offline_check import CheckStatus, verify_cached
from sync.client.shipped import SHIPPED_INSTALLED, ShippedInstall, install_shipped
from sync.client.state import SyncState
from sync.client.updater import SyncClient
from sync.repository.repository import Repository
from sync.repository.service import create_app
from sync.repository.shipped_export import export_shipped
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import Cut, Keys, World, make_repository, publish_new_number
from tests.integration.live_server import LiveServer, closed_port_url

ZWB_PATH = layout.region_target(ZWB)
OB_PATH = layout.region_target(OB)


@pytest.fixture
def shipped(world: World) -> Path:
    """The repository after ZWB's revision 2 (``NEW_NUMBER``), exported as a release would."""
    publish_new_number(world)
    out = world.tmp / "resources" / "tuf"
    export_shipped(world.repo, out)
    return out


@pytest.fixture
def fresh(world: World) -> Iterator[tuple[Path, Store]]:
    """A data folder on its first start: only the unsigned bundles embedded in the app."""
    data_dir = world.tmp / "nieuw"
    store = open_store(data_dir)
    yield data_dir, store
    store.close()


def _phone(store: Store, region_id: str = ZWB) -> str:
    return next(c.phone for c in store.region(region_id).contacts if c.id == CONTACT)


def _origin(store: Store, key: str) -> str:
    info = store.bundle_info(key)
    assert info is not None
    return str(info["origin"])


def _install(
    world: World, fresh: tuple[Path, Store], shipped: Path, root: bytes | None = None
) -> ShippedInstall:
    data_dir, store = fresh
    result = install_shipped(data_dir, store, shipped, root or world.root_json)
    assert result is not None
    return result


def test_export_holds_the_root_metadata_and_bundles_the_service_serves(world: World, shipped: Path) -> None:
    assert (shipped / "root.json").read_bytes() == world.root_json
    assert (shipped / "metadata" / "timestamp.json").read_bytes() == \
        (world.repo.metadata_dir / "timestamp.json").read_bytes()
    bundle = json.loads((shipped / "targets" / "regions%2Fzeeland-west-brabant%2Fbundle.json").read_bytes())
    assert bundle["revision"] == 2
    assert sorted(p.name for p in (shipped / "targets").iterdir()) == [
        "national%2Fhssk.json", "regions%2Foost-brabant%2Fbundle.json",
        "regions%2Fzeeland-west-brabant%2Fbundle.json"]


def test_a_fresh_install_shows_the_shipped_signed_data_offline(
        world: World, shipped: Path, fresh: tuple[Path, Store], no_network: Cut) -> None:
    data_dir, store = fresh
    assert _phone(store) == OLD_NUMBER  # the unsigned copy inside the app
    no_network()
    result = _install(world, fresh, shipped)
    assert result.problems == ()
    assert sorted(result.installed) == [NATIONAL_KEY, f"region:{OB}", f"region:{ZWB}"]
    assert sorted(result.region_ids) == [OB, ZWB]
    assert _phone(store) == NEW_NUMBER
    assert _origin(store, f"region:{ZWB}") == "shipped"
    check = verify_cached(data_dir, store, world.root_json)
    assert check.ok and {b.status for b in check.bundles} == {CheckStatus.VERIFIED}
    # Honest about its age: never confirmed by the source; once the shipped timestamp has
    # expired the banner says so.
    later = datetime.now(UTC) + timedelta(days=2)
    fresh_state = load_freshness(data_dir, later)
    assert fresh_state.checked_at is None
    assert fresh_state.unconfirmed_since is not None and fresh_state.is_stale
    assert SyncState.load(data_dir).targets[ZWB_PATH].revision == 2


def test_the_first_sync_continues_from_the_shipped_versions(
        world: World, shipped: Path, fresh: tuple[Path, Store]) -> None:
    data_dir, store = fresh
    _install(world, fresh, shipped)
    third = region_bundle(revision=3, phones={CONTACT: "088 9638111"})
    response = world.post(ZWB, third, world.keys.zwb_admin)
    assert response.status_code == 200, response.text
    result = SyncClient(data_dir, world.url, world.root_json).sync(store)
    assert result.status is SyncStatus.UPDATED
    assert result.updated == (ZWB_PATH,)  # the shipped national and Oost-Brabant bundles were current
    assert _phone(store) == "088 9638111" and _origin(store, f"region:{ZWB}") == "sync"
    assert install_shipped(data_dir, store, shipped, world.root_json) is None  # synced: never installed again
    assert _phone(store) == "088 9638111"


def test_a_server_offering_a_state_older_than_the_shipped_one_is_a_rollback(
        world: World, fresh: tuple[Path, Store]) -> None:
    old = world.tmp / "repo-old"
    shutil.copytree(world.repo.path, old)  # the state before revision 2
    publish_new_number(world)
    shipped = world.tmp / "tuf"
    export_shipped(world.repo, shipped)
    data_dir, store = fresh
    _install(world, fresh, shipped)
    with LiveServer(create_app(Repository.open(old), world.keys.online, resign_interval=3600)) as stale:
        result = SyncClient(data_dir, stale.url, world.root_json).sync(store)
    assert result.status is SyncStatus.REJECTED
    assert "terugrol" in result.reason
    assert _phone(store) == NEW_NUMBER


def test_a_tampered_shipped_bundle_is_not_taken_and_the_rest_is(
        world: World, shipped: Path, fresh: tuple[Path, Store]) -> None:
    target = shipped / "targets" / "regions%2Fzeeland-west-brabant%2Fbundle.json"
    target.write_bytes(target.read_bytes().replace(NEW_NUMBER.encode(), b"088 6666666"))
    data_dir, store = fresh
    result = _install(world, fresh, shipped)
    assert f"region:{ZWB}" not in result.installed and f"region:{OB}" in result.installed
    assert result.problems == (
        f"{ZWB_PATH}: het opgeslagen ondertekende bestand is gewijzigd; niet overgenomen.",)
    assert _phone(store) == OLD_NUMBER and _origin(store, f"region:{ZWB}") == "embedded"
    assert verify_cached(data_dir, store, world.root_json).ok


@pytest.mark.parametrize("role", ["timestamp", "snapshot", "targets", "region-zeeland-west-brabant"])
def test_tampered_shipped_metadata_installs_nothing(
        world: World, shipped: Path, fresh: tuple[Path, Store], role: str) -> None:
    file = shipped / "metadata" / f"{role}.json"
    data = json.loads(file.read_bytes())
    data["signed"]["expires"] = "2099-01-01T00:00:00Z"  # a longer life, signature unchanged
    file.write_text(json.dumps(data))
    data_dir, store = fresh
    result = _install(world, fresh, shipped)
    if role.startswith("region-"):  # only that region's bundle hangs on it
        assert f"region:{ZWB}" not in result.installed and NATIONAL_KEY in result.installed
    else:
        assert result.installed == ()
        assert result.problems[0].startswith("De meegeleverde ondertekende gegevens zijn geweigerd:")
    assert _origin(store, f"region:{ZWB}") == "embedded"
    assert not (data_dir / "tuf" / "metadata" / "timestamp.json").exists() or role.startswith("region-")


def test_a_repository_signed_under_another_root_installs_nothing(
        world: World, fresh: tuple[Path, Store], tmp_path: Path) -> None:
    other = make_repository(tmp_path / "other", Keys())
    shipped = tmp_path / "other-tuf"
    export_shipped(other, shipped)
    data_dir, _ = fresh
    result = _install(world, fresh, shipped)  # this installation trusts the world's root
    assert result.installed == () and "geweigerd" in result.problems[0]
    assert not (data_dir / "tuf" / "metadata" / "timestamp.json").exists()


def test_a_failed_export_leaves_the_previous_one(world: World, shipped: Path) -> None:
    before = (shipped / "metadata" / "timestamp.json").read_bytes()
    response = world.post(ZWB, region_bundle(revision=3), world.keys.zwb_admin)
    assert response.status_code == 200, response.text
    world.target_file(ZWB).write_bytes(b"{}")  # the repository itself is damaged
    from sync.errors import RepositoryStateError

    with pytest.raises(RepositoryStateError, match="De kopie voor de app is niet geldig"):
        export_shipped(world.repo, shipped)
    assert (shipped / "metadata" / "timestamp.json").read_bytes() == before
    assert not list(shipped.parent.glob(".tuf.*"))


def test_admin_embed_and_sync_through_the_command(world: World, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    publish_new_number(world)
    resources = tmp_path / "resources"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "regions", resources / "regions")
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "national", resources / "national")
    assert main(["admin", "embed", "--repo", str(world.repo.path), "--out", str(resources / "tuf")]) == 0
    out = capsys.readouterr().out
    assert "3 bundel(s)" in out and ZWB_PATH in out
    monkeypatch.setenv("ROUTEKAART_RESOURCES", str(resources))
    data_dir = tmp_path / "cli"
    # Offline on its first start: the shipped signed data is taken, the sync says unreachable.
    assert main(["--data-dir", str(data_dir), "sync", "--url", closed_port_url(), "--timeout", "1"]) == 5
    assert SyncState.load(data_dir).targets[ZWB_PATH].revision == 2
    store = Store.open(data_dir)
    try:
        assert _phone(store) == NEW_NUMBER
    finally:
        store.close()
    # Online: the source confirms the shipped state (nothing new to download).
    assert main(["--data-dir", str(data_dir), "sync", "--url", world.url]) == 3
    assert SyncState.load(data_dir).last_status != SHIPPED_INSTALLED


def test_a_newer_release_replaces_shipped_data_and_an_older_one_does_not(
        world: World, shipped: Path, fresh: tuple[Path, Store]) -> None:
    """A workstation that never reached the source gets new data with each app update."""
    data_dir, store = fresh
    _install(world, fresh, shipped)
    older = world.tmp / "older-tuf"
    shutil.copytree(shipped, older)
    third = region_bundle(revision=3, phones={CONTACT: "088 9638111"})
    assert world.post(ZWB, third, world.keys.zwb_admin).status_code == 200
    newer = world.tmp / "newer-tuf"
    export_shipped(world.repo, newer)

    assert _install(world, fresh, newer).installed  # the update
    assert _phone(store) == "088 9638111"
    assert SyncState.load(data_dir).targets[ZWB_PATH].revision == 3
    assert install_shipped(data_dir, store, older, world.root_json) is None  # the older app reinstalled
    assert _phone(store) == "088 9638111"
    assert verify_cached(data_dir, store, world.root_json).ok
