"""Re-verifying the stored bundles offline at start (sync/client/offline_check.py, docs/adr/0001).

After a real sync from the service on 127.0.0.1 the check runs with every socket refused: it
needs only the data folder and the trusted root. Every change to what the sync verified -- the
bundle JSON in SQLite, its sha256, the cached metadata, the cached target file -- fails closed
with a Dutch reason.
"""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest

from routekaarten.bootstrap import open_store
from routekaarten.store import NATIONAL_KEY
from sync import layout
from sync.client.offline_check import CheckStatus, OfflineCheck, verify_cached
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, OB, ZWB, region_bundle
from tests.integration.conftest import Cut, Keys, Workstation, World, make_repository, publish_new_number
from tests.integration.tamper import new_phone, set_json

VERIFIED = "De opgeslagen gegevens zijn gecontroleerd tegen de ondertekende gegevens (offline)."


def _synced(world: World, cut: Cut) -> Workstation:
    """Both regions from the sync (ZWB at revision 2), the national bundle still the embedded one;
    then the network is cut."""
    station = world.workstation()
    publish_new_number(world)
    assert station.sync().status is SyncStatus.UPDATED
    cut()
    return station


def _check(world: World, station: Workstation) -> OfflineCheck:
    return verify_cached(station.data_dir, station.store, world.root_json)


def _statuses(check: OfflineCheck) -> dict[str, CheckStatus]:
    return {bundle.key: bundle.status for bundle in check.bundles}


def test_after_a_sync_the_stored_bundles_verify_without_network(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)

    check = _check(world, station)

    assert check.ok, check.summary
    assert _statuses(check) == {f"region:{ZWB}": CheckStatus.VERIFIED, f"region:{OB}": CheckStatus.VERIFIED,
                                NATIONAL_KEY: CheckStatus.EMBEDDED}
    assert check.summary.startswith(VERIFIED)
    assert "Meegeleverd, niet ondertekend: de landelijke gegevens (HSSK)." in check.summary


def test_a_workstation_with_only_the_embedded_data_reports_it_as_such(world: World, no_network: Cut) -> None:
    data_dir = world.tmp / "nieuw"
    store = open_store(data_dir)
    no_network()
    try:
        check = verify_cached(data_dir, store, world.root_json)
    finally:
        store.close()

    assert check.ok
    assert set(_statuses(check).values()) == {CheckStatus.EMBEDDED}
    assert {b.reason for b in check.bundles} == {"meegeleverd, niet ondertekend"}
    assert "Meegeleverd, niet ondertekend" in check.summary


def test_a_number_changed_in_the_database_with_its_sha256_kept_fails(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)
    set_json(station, f"region:{ZWB}", new_phone)

    check = _check(world, station)

    assert not check.ok
    assert _statuses(check)[f"region:{ZWB}"] is CheckStatus.FAILED
    assert _statuses(check)[f"region:{OB}"] is CheckStatus.VERIFIED
    assert check.summary == (
        "De opgeslagen gegevens van Zeeland West Brabant komen niet overeen met de ondertekende gegevens; "
        "de inhoud in de database is gewijzigd na het controleren."
    )


def test_only_the_e164_form_changed_in_the_database_fails(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)

    def redirect(data: dict[str, Any]) -> None:
        next(c for c in data["contacts"] if c["id"] == CONTACT)["phone_e164"] = "+31881234567"

    set_json(station, f"region:{ZWB}", redirect)

    assert not _check(world, station).ok


def test_a_changed_bundle_with_a_matching_sha256_in_the_database_fails(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)
    set_json(station, f"region:{OB}", new_phone, sha256="0" * 64)

    check = _check(world, station)

    assert not check.ok
    (failed,) = check.failed
    assert failed.key == f"region:{OB}" and "sha256 verschilt" in failed.reason
    assert "De opgeslagen gegevens van Oost Brabant komen niet overeen" in check.summary


@pytest.mark.parametrize("role", ["timestamp", "snapshot", "targets", f"region-{OB}"])
def test_tampered_cached_metadata_fails_closed(world: World, no_network: Cut, role: str) -> None:
    station = _synced(world, no_network)
    # the current metadata and every set kept for a role (sync/client/kept_metadata.py)
    for path in (station.data_dir / "tuf").rglob(f"{role}.json"):
        data = json.loads(path.read_bytes())
        data["signed"]["version"] += 1 if role == "timestamp" else 0
        data["signed"]["expires"] = "2099-01-01T00:00:00Z"
        path.write_text(json.dumps(data))

    check = _check(world, station)

    assert not check.ok
    failed = {b.key for b in check.failed}
    assert f"region:{OB}" in failed
    assert all("ondertekende gegevens" in b.reason and "ongeldig" in b.reason for b in check.failed)


def test_a_tampered_cached_target_file_fails(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)
    (target,) = (station.data_dir / "tuf" / "targets").glob(f"*{OB}*")
    target.write_bytes(target.read_bytes().replace(b"088", b"089", 1))

    check = _check(world, station)

    assert [(b.key, b.reason) for b in check.failed] == [
        (f"region:{OB}", "het opgeslagen ondertekende bestand is gewijzigd")
    ]


def test_without_the_cached_metadata_synced_bundles_fail_closed(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)
    shutil.rmtree(station.data_dir / "tuf")

    check = _check(world, station)

    assert {b.key for b in check.failed} == {f"region:{ZWB}", f"region:{OB}"}
    assert all("ontbreken op deze computer" in b.reason for b in check.failed)


def test_metadata_not_signed_under_the_trusted_root_fails_closed(world: World, no_network: Cut) -> None:
    station = _synced(world, no_network)
    other = (make_repository(world.tmp / "ander", Keys()).metadata_dir / "1.root.json").read_bytes()

    check = verify_cached(station.data_dir, station.store, other)

    assert not check.ok and {b.key for b in check.failed} == {f"region:{ZWB}", f"region:{OB}"}


def _synced_at_revision_2(world: World) -> Workstation:
    """A workstation holding Zeeland-West-Brabant revision 2 from a sync (not the embedded copy)."""
    station = world.workstation()
    publish_new_number(world)
    assert station.sync().status is SyncStatus.UPDATED
    return station


def _publish_third(world: World) -> None:
    third = region_bundle(revision=3, phones={CONTACT: "088 9638111"})
    assert world.post(ZWB, third, world.keys.zwb_admin).status_code == 200


def _assert_verified(world: World, station: Workstation, region_id: str) -> None:
    """The check at the next start finds everything as signed, this region from a signature."""
    check = _check(world, station)
    assert check.ok, check.summary
    assert _statuses(check)[f"region:{region_id}"] is CheckStatus.VERIFIED


def test_a_refused_update_is_no_false_alarm_at_the_next_start(world: World) -> None:
    """The new region metadata verified but its file did not: ngclient keeps the new metadata,
    the store rightly keeps the older bundle, and the last complete sync's metadata vouches for it."""
    station = _synced_at_revision_2(world)
    _publish_third(world)
    target = world.target_file(ZWB)
    target.write_bytes(target.read_bytes().replace(b"088", b"089", 1))
    assert station.sync().status is SyncStatus.REJECTED
    assert station.revision() == 2

    _assert_verified(world, station, ZWB)


def test_a_sync_cut_off_after_the_metadata_is_no_false_alarm_at_the_next_start(world: World) -> None:
    station = _synced_at_revision_2(world)
    _publish_third(world)
    world.target_file(ZWB).unlink()  # the download of the new bundle fails: 404, unreachable
    assert station.sync().status is SyncStatus.UNREACHABLE

    _assert_verified(world, station, ZWB)


class _Killed(BaseException):
    """The process ends here, as under SIGKILL: nothing after this line runs."""


def test_two_syncs_cut_off_in_a_row_are_no_false_alarm(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first is cut off after its import, before the metadata that vouched for it was kept; the
    second after staging its own, before its import. The first set must survive the second."""
    import sync.client.updater as client_module
    from routekaarten.store import Store

    station = _synced_at_revision_2(world)

    def killing(name: str) -> object:
        """``sync.client.updater``'s ``name``, cut off when it reaches Zeeland-West-Brabant."""
        real = getattr(client_module, name)

        def cut(*args: object, **kwargs: object) -> object:
            zwb = (layout.region_role(ZWB), f"region:{ZWB}")
            if any(arg in zwb or getattr(arg, "key", None) in zwb for arg in args):
                raise _Killed()
            return real(*args, **kwargs)

        return cut

    for revision, name in ((3, "commit_kept_set"), (4, "import_offered")):
        bundle = region_bundle(revision=revision, phones={CONTACT: f"088 963{revision}111"})
        assert world.post(ZWB, bundle, world.keys.zwb_admin).status_code == 200
        with monkeypatch.context() as patch:
            patch.setattr(client_module, name, killing(name))
            with pytest.raises(_Killed):
                station.sync()
        station.store.close()  # the process is gone; the next start opens the store again
        station.store = Store.open(station.data_dir)

    assert station.revision() == 3  # imported by the first, not by the second
    _assert_verified(world, station, ZWB)


def test_a_data_folder_from_before_the_kept_sets_gets_them_on_its_next_sync(world: World) -> None:
    """Version 1 of the app kept no metadata per role; the first sync with nothing new makes them."""
    station = _synced_at_revision_2(world)
    shutil.rmtree(station.data_dir / "tuf" / "verified")

    assert station.sync().status is SyncStatus.UNCHANGED
    kept = sorted(p.name for p in (station.data_dir / "tuf" / "verified").iterdir())

    assert kept == [f"region-{OB}", f"region-{ZWB}", "targets"]
    _publish_third(world)
    world.target_file(ZWB).unlink()  # and then an update that cannot be fetched
    assert station.sync().status is SyncStatus.UNREACHABLE
    assert _check(world, station).ok
