"""The regional admin's workbench against the real service on 127.0.0.1 (issue 13): pull what is
published, publish and check it as a workstation, another admin publishing in between, renew."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata

from routekaarten.bundle_file import with_revision
from routekaarten.changes import ChangeKind
from sync import layout
from sync.admin.errors import (
    PublishConflictError,
    PullError,
    RegionExpiredError,
    RegionNotPublishedError,
    ServiceUnreachableError,
)
from sync.admin.fingerprint import fingerprint_groups
from sync.admin.national_keys import generate_signer
from sync.admin.publish import sign_region
from sync.admin.publish_verify import (
    NothingToPublishError,
    RenewChangedError,
    publish_and_verify,
    renew_region,
)
from sync.admin.pull import pull_region
from sync.errors import PublishRejectedError
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World
from tests.integration.live_server import closed_port_url

OTHER_NUMBER = "088 9638111"  # what a second admin publishes in between


def _publish(world: World, draft: bytes, signer: CryptoSigner | None = None, **options: object):
    return publish_and_verify(world.url, world.root_json, draft, ZWB, signer or world.keys.zwb_admin,
                              verify_delay=0.1, **options)  # type: ignore[arg-type]


def _expire_zwb(world: World) -> None:
    """Put region metadata live whose signature expired an hour ago (as if the admin forgot)."""
    raw = region_bundle()
    signed = sign_region(raw, ZWB, world.keys.zwb_admin, world.next_version(ZWB), timedelta(hours=-1))
    with world.repo.locked():
        world.repo.write_target(layout.region_target(ZWB), raw)
        world.repo.commit({layout.region_role(ZWB): Metadata.from_bytes(signed)}, world.keys.online)


def test_pull_gives_the_published_bundle_byte_for_byte_with_version_expiry_and_signer(world: World) -> None:
    pulled = pull_region(world.url, world.root_json, ZWB)

    assert pulled.raw == region_bundle()
    assert (pulled.version, pulled.revision, pulled.expired) == (1, 1, False)
    assert timedelta(days=59) < pulled.expires - datetime.now(UTC) <= timedelta(days=60)
    assert pulled.signed_by == (world.keys.zwb_admin.public_key.keyid,)
    assert pulled.bundle.contact(CONTACT).phone == OLD_NUMBER


def test_pull_of_a_region_that_was_never_published_says_so(world: World) -> None:
    with pytest.raises(RegionNotPublishedError, match="Regio 'limburg' is niet gepubliceerd"):
        pull_region(world.url, world.root_json, "limburg")


def test_pull_refuses_what_a_workstation_refuses_a_bundle_signed_by_an_undelegated_key(world: World) -> None:
    world.serve_region(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.stranger)

    with pytest.raises(PullError, match="doorstaat de controle niet: Een handtekening klopt niet"):
        pull_region(world.url, world.root_json, ZWB)


def test_pull_from_a_source_that_does_not_answer_is_unreachable_not_refused(world: World) -> None:
    with pytest.raises(ServiceUnreachableError, match="niet bereikbaar"):
        pull_region(closed_port_url(), world.root_json, ZWB, timeout=1)


def test_pull_with_a_damaged_trusted_root_says_the_root_is_invalid(world: World) -> None:
    with pytest.raises(PullError, match="De vertrouwde root is ongeldig"):
        pull_region(world.url, b"{}", ZWB)


def test_publish_sets_the_revision_and_a_workstation_gets_exactly_the_draft(world: World) -> None:
    station = world.workstation()
    station.sync()
    draft = region_bundle(revision=1, phones={CONTACT: NEW_NUMBER})  # started from revision 1, edited
    progress: list[tuple[int, int]] = []

    outcome = _publish(world, draft, progress=lambda sent, total: progress.append((sent, total)))

    assert (outcome.version, outcome.revision) == (2, 2)
    assert outcome.raw == with_revision(draft, 2) == draft.replace(b'"revision": 1,', b'"revision": 2,')
    assert outcome.message().startswith("Gepubliceerd en gecontroleerd: versie 2, geldig tot ")
    assert [(c.kind, c.contact_id, c.old_phone, c.new_phone) for c in outcome.changes.contacts] == [
        (ChangeKind.NUMBER, CONTACT, OLD_NUMBER, NEW_NUMBER)]
    assert progress[0][0] == 0 and progress[-1][0] == progress[-1][1] > len(draft)
    assert [sent for sent, _total in progress] == sorted(sent for sent, _total in progress)
    station.sync()
    assert (station.phone(CONTACT), station.revision()) == (NEW_NUMBER, 2)


def test_a_draft_started_before_another_admin_published_is_refused_with_what_changed(world: World) -> None:
    second_admin = generate_signer()
    world.repo.delegate(ZWB, [second_admin.public_key], world.keys.targets, world.keys.online)
    response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: OTHER_NUMBER}), second_admin)
    assert response.status_code == 200, response.text
    draft = region_bundle(revision=1, phones={CONTACT: NEW_NUMBER})  # pulled at revision 1, before that

    with pytest.raises(PublishConflictError) as refused:
        _publish(world, draft)

    message = str(refused.value)
    assert ("Een andere beheerder heeft regio 'zeeland-west-brabant' intussen gepubliceerd: nu revisie 2"
            in message)
    assert " ".join(fingerprint_groups(second_admin.public_key.keyid)[:2]) in message
    assert "Uw concept gaat uit van revisie 1. Er is niets gepubliceerd" in message
    assert f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {OTHER_NUMBER} → {NEW_NUMBER}" in message
    assert refused.value.published.revision == 2
    assert pull_region(world.url, world.root_json, ZWB).bundle.contact(CONTACT).phone == OTHER_NUMBER


def test_an_upload_that_lands_during_this_one_is_the_same_refusal(world: World) -> None:
    draft = region_bundle(revision=1, phones={CONTACT: NEW_NUMBER})

    def other_admin_publishes_now(sent: int, _total: int) -> None:
        if sent == 0:  # this admin's draft is signed as version 2; the other takes version 2 first
            response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: OTHER_NUMBER}),
                                  world.keys.zwb_admin)
            assert response.status_code == 200, response.text

    with pytest.raises(PublishConflictError, match="intussen gepubliceerd: nu revisie 2") as refused:
        _publish(world, draft, progress=other_admin_publishes_now)

    assert "uw eigen sleutel" in str(refused.value)
    assert world.repo.role_version(layout.region_role(ZWB)) == 2
    assert pull_region(world.url, world.root_json, ZWB).bundle.contact(CONTACT).phone == OTHER_NUMBER


def test_publish_with_a_key_that_is_not_delegated_is_refused_in_dutch(world: World) -> None:
    with pytest.raises(PublishRejectedError, match="weigert de publicatie: De handtekening is niet gezet met "
                                                    "een sleutel van regio 'zeeland-west-brabant'"):
        _publish(world, region_bundle(revision=1, phones={CONTACT: NEW_NUMBER}), world.keys.stranger)
    assert world.repo.role_version(layout.region_role(ZWB)) == 1


def test_publish_while_offline_publishes_nothing_and_says_so(world: World) -> None:
    with pytest.raises(ServiceUnreachableError, match="De centrale bron is niet bereikbaar"):
        publish_and_verify(closed_port_url(), world.root_json, region_bundle(phones={CONTACT: NEW_NUMBER}),
                           ZWB, world.keys.zwb_admin, timeout=1)
    assert world.repo.role_version(layout.region_role(ZWB)) == 1


def test_publishing_what_is_published_already_points_to_renewing(world: World) -> None:
    with pytest.raises(NothingToPublishError, match=r"gelijk aan wat nu gepubliceerd is.*Opnieuw onderteken"):
        _publish(world, region_bundle())


def test_renew_re_signs_the_unchanged_bundle_as_the_next_version(world: World) -> None:
    station = world.workstation()
    station.sync()
    before = pull_region(world.url, world.root_json, ZWB)

    outcome = renew_region(world.url, world.root_json, ZWB, world.keys.zwb_admin,
                           expected_raw=region_bundle(), lifetime=timedelta(days=90), verify_delay=0.1)

    assert (outcome.version, outcome.revision, outcome.raw) == (2, 1, region_bundle())
    assert outcome.expires - before.expires > timedelta(days=29)
    assert outcome.changes.is_empty
    assert outcome.message().startswith("Opnieuw ondertekend en gecontroleerd: versie 2, geldig tot ")
    assert station.sync().updated == ()  # same bytes: nothing to download
    assert station.revision() == 1


def test_renew_refuses_a_bundle_that_differs_from_the_published_one(world: World) -> None:
    changed = region_bundle(revision=1, phones={CONTACT: NEW_NUMBER})

    with pytest.raises(RenewChangedError) as refused:
        renew_region(world.url, world.root_json, ZWB, world.keys.zwb_admin, expected_raw=changed)

    assert "niets opnieuw ondertekend" in str(refused.value)
    said = f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {OLD_NUMBER} → {NEW_NUMBER}"
    assert said in str(refused.value)
    assert world.repo.role_version(layout.region_role(ZWB)) == 1


def test_an_expired_region_is_refused_by_pull_and_renewed_by_renew(world: World) -> None:
    _expire_zwb(world)
    with pytest.raises(RegionExpiredError, match="De handtekening van regio 'zeeland-west-brabant' is verl"):
        pull_region(world.url, world.root_json, ZWB)
    assert pull_region(world.url, world.root_json, ZWB, allow_expired=True).expired

    outcome = renew_region(world.url, world.root_json, ZWB, world.keys.zwb_admin, verify_delay=0.1)

    assert outcome.version == 3
    assert not pull_region(world.url, world.root_json, ZWB).expired
    station = world.workstation()
    station.sync()
    assert station.store.bundle_info(f"region:{ZWB}") is not None


def test_a_spreadsheet_edit_reaches_a_workstation(world: World, tmp_path) -> None:
    from openpyxl import load_workbook

    from routekaarten.contacts_sheet import export_contacts, import_contacts

    pulled = pull_region(world.url, world.root_json, ZWB)
    sheet = tmp_path / "contacten.xlsx"
    sheet.write_bytes(export_contacts(json.loads(pulled.raw), sheet))
    book = load_workbook(sheet)
    rows = list(book.active.iter_rows())
    next(row for row in rows if row[0].value == CONTACT)[5].value = NEW_NUMBER
    book.save(sheet)

    imported = import_contacts(json.loads(pulled.raw), sheet)
    draft = json.dumps(imported.data, ensure_ascii=False).encode("utf-8")
    outcome = _publish(world, draft, based_on_revision=pulled.revision)

    assert outcome.revision == 2
    station = world.workstation()
    station.sync()
    assert station.phone(CONTACT) == NEW_NUMBER
