"""The workbench's adapters against the real service: pull as a workstation, publish and verify,
the difference in words, the expiry a workstation knows, and the one-click source test."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop.admin import backend
from routekaarten.errors import RoutekaartError
from sync.errors import PublishRejectedError
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, REGION_FILE, ZWB, region_bundle
from tests.integration.conftest import World
from tests.integration.live_server import closed_port_url


def _changed(raw: bytes, number: str = NEW_NUMBER, revision: int = 2) -> bytes:
    data = json.loads(raw)
    data["revision"] = revision
    for contact in data["contacts"]:
        if contact["id"] == CONTACT:
            contact["phone"] = number
    return backend.bundle_bytes(data)


def test_pull_gives_the_exact_bytes_workstations_get(world: World):
    pulled = backend.pull_region(world.url, world.root_json, ZWB)
    assert pulled.raw == REGION_FILE.read_bytes()
    assert (pulled.version, pulled.revision) == (1, 1)
    assert pulled.expires > datetime.now(UTC) + timedelta(days=30)


def test_pull_of_a_region_never_published_says_so(world: World):
    with pytest.raises(RoutekaartError, match="nog niet gepubliceerd"):
        backend.pull_region(world.url, world.root_json, "utrecht")


def test_pull_while_offline_says_the_source_is_unreachable(world: World):
    with pytest.raises(RoutekaartError, match="niet bereikbaar"):
        backend.pull_region(closed_port_url(), world.root_json, ZWB)


def test_publish_and_verify_says_what_workstations_get(world: World):
    steps: list[tuple[int, int, str]] = []
    raw = _changed(REGION_FILE.read_bytes())
    published = backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.zwb_admin,
                                           progress=lambda *step: steps.append(step))
    assert (published.version, published.revision, published.raw) == (2, 2, raw)
    assert [step[:2] for step in steps] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    station = world.workstation()
    station.sync()
    assert station.phone(CONTACT) == NEW_NUMBER


def test_a_publish_with_a_stranger_key_is_refused_in_dutch(world: World):
    raw = _changed(REGION_FILE.read_bytes())
    with pytest.raises(PublishRejectedError, match="niet gezet met een sleutel van regio"):
        backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.stranger)


def test_a_changed_bundle_with_the_same_revision_is_refused(world: World):
    raw = _changed(REGION_FILE.read_bytes(), revision=1)
    with pytest.raises(PublishRejectedError, match="revisie van de bundel moet hoger zijn dan 1"):
        backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.zwb_admin)


def test_an_unchanged_region_is_signed_again(world: World):
    raw = REGION_FILE.read_bytes()
    published = backend.publish_and_verify(world.url, world.root_json, raw, ZWB, world.keys.zwb_admin)
    assert (published.version, published.revision) == (2, 1)


def test_the_difference_is_said_in_words():
    old = REGION_FILE.read_bytes()
    data = json.loads(_changed(old))
    data["routekaart"]["boxes"][0]["title"] = "Melding bij Veilig Thuis"
    data["contacts"] = [c for c in data["contacts"] if c["id"] != "zeeland-fa"]
    data["contacts"][0]["note"] = "Ook per e-mail bereikbaar"
    lines = backend.describe_changes(old, backend.bundle_bytes(data))
    assert lines == [
        f"Ander nummer: Politie (OVD-R) (Zeeland): {OLD_NUMBER} wordt {NEW_NUMBER}",
        "Vervalt: Forensisch arts (Zeeland): 088 0617402",
        "Contact gewijzigd (zelfde nummer): Veilig Thuis (24/7)",
        "Vak gewijzigd: Melding bij Veilig Thuis",
    ]
    assert backend.describe_changes(old, old) == []


def test_a_new_region_is_new_for_every_workstation():
    [line] = backend.describe_changes(None, REGION_FILE.read_bytes())
    assert line.startswith("Nieuwe regio: werkplekken krijgen alle 28 contacten")


def test_the_expiry_is_what_the_workstation_verified(world: World):
    station = world.workstation()
    station.sync()
    now = datetime.now(UTC)
    expiry = backend.region_expiry(station.data_dir, ZWB, now)
    assert expiry is not None and not expiry.remind
    assert backend.region_expiry(station.data_dir, ZWB, expiry.expires - timedelta(days=14)).remind
    assert not backend.region_expiry(station.data_dir, ZWB, expiry.expires - timedelta(days=15)).remind
    assert backend.region_expiry(station.data_dir, ZWB, expiry.expires + timedelta(hours=1)).expired
    assert backend.region_expiry(station.data_dir, "utrecht", now) is None


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


def test_region_bundle_helper_is_byte_identical():
    assert region_bundle() == REGION_FILE.read_bytes()
