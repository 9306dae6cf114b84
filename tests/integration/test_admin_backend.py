"""The workbench's adapters (desktop/admin/backend.py) against the real service: they hand over to
the admin library (sync.admin) and keep the workbench's own parts: the synced copy, the expiry a
workstation knows offline, and the one-click source test."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop.admin import backend
from routekaarten.errors import RoutekaartError
from sync.admin.errors import PublishConflictError, RegionNotPublishedError, ServiceUnreachableError
from sync.errors import PublishRejectedError
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, REGION_FILE, ZWB
from tests.integration.conftest import World, publish_new_number
from tests.integration.live_server import closed_port_url


def _changed(raw: bytes, number: str = NEW_NUMBER) -> bytes:
    data = json.loads(raw)
    for contact in data["contacts"]:
        if contact["id"] == CONTACT:
            contact["phone"] = number
    return backend.bundle_bytes(data)


def test_pull_gives_the_exact_bytes_workstations_get(world: World):
    pulled = backend.pull_region(world.url, world.root_json, ZWB)
    assert pulled.raw == REGION_FILE.read_bytes()
    assert (pulled.version, pulled.revision, pulled.expired) == (1, 1, False)
    assert pulled.expires > datetime.now(UTC) + timedelta(days=30)


def test_pull_of_a_region_never_published_says_so(world: World):
    with pytest.raises(RegionNotPublishedError, match="niet gepubliceerd"):
        backend.pull_region(world.url, world.root_json, "utrecht")


def test_pull_while_offline_says_the_source_is_unreachable(world: World):
    with pytest.raises(ServiceUnreachableError, match="niet bereikbaar"):
        backend.pull_region(closed_port_url(), world.root_json, ZWB)


def test_publish_and_verify_raises_the_revision_and_reports_the_upload(world: World):
    sent: list[tuple[int, int]] = []
    raw = _changed(REGION_FILE.read_bytes())
    outcome = backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.zwb_admin,
                                         lambda done, total: sent.append((done, total)), based_on_revision=1)
    assert (outcome.version, outcome.revision) == (2, 2)
    assert json.loads(outcome.raw) == {**json.loads(raw), "revision": 2}
    assert sent[0][0] == 0 and sent[-1][0] == sent[-1][1] > 0
    station = world.workstation()
    station.sync()
    assert station.phone(CONTACT) == NEW_NUMBER


def test_a_publish_with_a_stranger_key_is_refused_in_dutch(world: World):
    raw = _changed(REGION_FILE.read_bytes())
    with pytest.raises(PublishRejectedError, match="niet gezet met een sleutel van regio"):
        backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.stranger)


def test_a_draft_older_than_what_is_published_is_a_conflict(world: World):
    publish_new_number(world)
    raw = _changed(REGION_FILE.read_bytes(), number="088 9638111")
    with pytest.raises(PublishConflictError, match="intussen gepubliceerd") as raised:
        backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.zwb_admin,
                                   based_on_revision=1)
    assert raised.value.published.revision == 2


def test_an_unchanged_region_is_signed_again(world: World):
    outcome = backend.renew_region(world.url, world.root_json, ZWB, world.keys.zwb_admin,
                                   expected_raw=REGION_FILE.read_bytes())
    assert (outcome.version, outcome.revision, outcome.renewed) == (2, 1, True)


def test_the_difference_is_said_in_words():
    old = REGION_FILE.read_bytes()
    data = json.loads(_changed(old))
    data["routekaart"]["boxes"][0]["title"] = "Melding bij Veilig Thuis"
    lines = backend.describe_changes(old, backend.bundle_bytes(data))
    assert lines[0].startswith("Wat verandert er voor werkplekken: 1 nummer gewijzigd; 1 vak")
    assert f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {OLD_NUMBER} → {NEW_NUMBER}" in lines
    assert "Vak gewijzigd: 'Melding bij Veilig Thuis' (vt-melding)" in lines
    assert backend.describe_changes(None, old)[0].startswith("Nieuwe regio voor werkplekken")


def test_the_expiry_is_what_the_workstation_verified(world: World):
    station = world.workstation()
    station.sync()
    now = datetime.now(UTC)
    expiry = backend.region_expiry(station.data_dir, ZWB, now)
    assert expiry is not None and not expiry.renew_needed
    assert backend.region_expiry(station.data_dir, ZWB, expiry.expires - timedelta(days=14)).renew_needed
    assert not backend.region_expiry(station.data_dir, ZWB, expiry.expires - timedelta(days=15)).renew_needed
    assert backend.region_expiry(station.data_dir, ZWB, expiry.expires + timedelta(hours=1)).expired
    assert backend.region_expiry(station.data_dir, "utrecht", now) is None


def test_the_synced_copy_is_the_verified_one(world: World):
    station = world.workstation()
    station.sync()
    raw, what = backend.synced_copy(station.store, ZWB)
    assert json.loads(raw) == json.loads(REGION_FILE.read_bytes())
    assert what == "de gecontroleerde kopie van deze werkplek (revisie 1)"
    assert backend.synced_copy(station.store, "utrecht") is None


def test_the_source_test_syncs_for_real(world: World):
    result = backend.try_source(world.url, world.root_json)
    assert result.ok, result.message
    assert "2 regio's" in result.message
    offline = backend.try_source(closed_port_url(), world.root_json)
    assert not offline.ok and "niet bereikbaar" in offline.message


def test_a_root_file_that_is_no_root_is_refused(world: World):
    with pytest.raises(RoutekaartError, match="geen TUF-rootbestand"):
        backend.check_root(b"{}")
    with pytest.raises(RoutekaartError, match="geen TUF-rootbestand"):
        backend.try_source(world.url, REGION_FILE.read_bytes())
    assert len(backend.root_fingerprint(world.root_json).split()) == 16
