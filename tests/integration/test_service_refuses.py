"""The publish endpoint refuses every upload it cannot verify against the national delegation,
says why in Dutch, and changes nothing (docs/architecture.md, "Repository service")."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from sync.admin.publish import sign_region, upload_body
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, ZWB, region_bundle
from tests.integration.conftest import World


def _unchanged(world: World, before: bytes) -> None:
    assert (world.repo.metadata_dir / "timestamp.json").read_bytes() == before


@pytest.fixture
def before(world: World) -> bytes:
    return (world.repo.metadata_dir / "timestamp.json").read_bytes()


def test_admin_of_one_region_cannot_publish_another(world: World, before: bytes) -> None:
    response = world.post(OB, region_bundle(OB, revision=2), world.keys.zwb_admin)

    assert response.status_code == 403
    assert response.json()["code"] == "wrong-signer"
    _unchanged(world, before)


def test_bundle_claiming_another_region_is_refused(world: World, before: bytes) -> None:
    response = world.post(ZWB, region_bundle(ZWB, revision=2, claimed_id=OB), world.keys.zwb_admin)

    assert response.status_code == 403
    assert response.json()["code"] == "wrong-region"
    _unchanged(world, before)


def test_unknown_key_is_refused(world: World, before: bytes) -> None:
    response = world.post(ZWB, region_bundle(revision=2), world.keys.stranger)

    assert response.status_code == 403
    assert response.json()["code"] == "wrong-signer"
    _unchanged(world, before)


def test_path_outside_the_delegation_is_refused(world: World, before: bytes) -> None:
    raw = region_bundle(revision=2)
    metadata = sign_region(raw, OB, world.keys.zwb_admin, world.next_version(ZWB))  # names OB's path
    response = world.post(ZWB, raw, world.keys.zwb_admin, metadata=metadata)

    assert response.status_code == 403
    assert response.json()["code"] == "wrong-path"
    assert "'regions/zeeland-west-brabant/bundle.json'" in response.json()["fout"]  # what it must name
    _unchanged(world, before)


def test_file_that_does_not_match_its_signature_is_refused(world: World, before: bytes) -> None:
    signed_for = region_bundle(revision=2, phones={CONTACT: NEW_NUMBER})
    metadata = world.signed(ZWB, signed_for, world.keys.zwb_admin)
    response = world.post(ZWB, region_bundle(revision=2), world.keys.zwb_admin, metadata=metadata)

    assert response.status_code == 400
    assert response.json()["code"] == "hash-mismatch"
    _unchanged(world, before)


@pytest.mark.parametrize("version_offset", [0, 2])
def test_version_other_than_current_plus_one_is_refused(world: World, before: bytes,
                                                        version_offset: int) -> None:
    version = world.next_version(ZWB) - 1 + version_offset
    response = world.post(ZWB, region_bundle(revision=2), world.keys.zwb_admin, version=version)

    assert response.status_code == 409
    assert response.json()["code"] == "version-not-next"
    _unchanged(world, before)


def test_expired_metadata_is_refused(world: World, before: bytes) -> None:
    raw = region_bundle(revision=2)
    metadata = sign_region(raw, ZWB, world.keys.zwb_admin, 2, lifetime=timedelta(seconds=-60))
    response = world.post(ZWB, raw, world.keys.zwb_admin, metadata=metadata)

    assert response.status_code == 400
    assert response.json()["code"] == "expiry-out-of-range"
    _unchanged(world, before)


def test_lower_revision_with_new_content_is_refused(world: World, before: bytes) -> None:
    response = world.post(ZWB, region_bundle(revision=1, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin)

    assert response.status_code == 409
    assert response.json()["code"] == "revision-not-higher"
    _unchanged(world, before)


def test_invalid_bundle_is_refused_with_the_field_path(world: World, before: bytes) -> None:
    raw = region_bundle(revision=2, phones={CONTACT: "06 123"})
    response = world.post(ZWB, raw, world.keys.zwb_admin)

    assert response.status_code == 422
    assert response.json()["code"] == "bundle-invalid"
    assert "contacts[5].phone: '06 123'" in response.json()["fout"]  # the field and the value, for the admin
    _unchanged(world, before)


@pytest.mark.parametrize("body", [b"{nee", b"[]", json.dumps({"metadata": "!!", "files": {}}).encode()])
def test_malformed_upload_is_refused(world: World, before: bytes, body: bytes) -> None:
    response = httpx.post(f"{world.url}/publish/{ZWB}", content=body, timeout=10)

    assert response.status_code == 400
    assert response.json()["code"] == "upload-invalid"
    _unchanged(world, before)


def test_malformed_metadata_is_refused(world: World, before: bytes) -> None:
    raw = region_bundle(revision=2)
    response = world.post(ZWB, raw, world.keys.zwb_admin, metadata=b'{"signed": 1}')

    assert response.status_code == 400
    assert response.json()["code"] == "metadata-invalid"
    _unchanged(world, before)


def test_malformed_bundle_json_is_refused(world: World, before: bytes) -> None:
    response = world.post(ZWB, b'{"format": "routekaart.region", ', world.keys.zwb_admin)

    assert response.status_code == 422
    assert response.json()["code"] == "bundle-invalid"
    _unchanged(world, before)


def test_oversized_upload_is_refused(world: World, before: bytes) -> None:
    raw = region_bundle(revision=2) + b" " * (4 * 1024 * 1024)
    response = world.post(ZWB, raw, world.keys.zwb_admin)

    assert response.status_code == 413
    assert response.json()["code"] == "bundle-too-large"
    _unchanged(world, before)


def test_metadata_with_its_own_delegations_is_refused(world: World, before: bytes) -> None:
    from tuf.api.metadata import Delegations, Metadata

    raw = region_bundle(revision=2)
    md = Metadata.from_bytes(world.signed(ZWB, raw, world.keys.zwb_admin))
    md.signed.delegations = Delegations(keys={}, roles={})
    md.sign(world.keys.zwb_admin)
    response = httpx.post(f"{world.url}/publish/{ZWB}", timeout=10,
                          content=upload_body(ZWB, md.to_bytes(), raw))

    assert response.status_code == 403
    assert response.json()["code"] == "delegations-not-allowed"
    _unchanged(world, before)


def test_every_attempt_is_in_the_audit_log_without_personal_data(world: World) -> None:
    world.post(OB, region_bundle(OB, revision=2), world.keys.zwb_admin)
    world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin)

    lines = [json.loads(line) for line in (world.repo.path / "audit.log").read_text().splitlines()]

    assert [(line["result"], line["region"]) for line in lines[-2:]] == [("rejected", OB), ("accepted", ZWB)]
    assert lines[-2]["code"] == "wrong-signer"
    accepted = lines[-1]
    assert accepted["keyids"] == [world.keys.zwb_admin.public_key.keyid]
    assert accepted["version"] == 2 and len(accepted["sha256"]) == 64
    assert NEW_NUMBER not in json.dumps(lines)  # bundle content never reaches the log
