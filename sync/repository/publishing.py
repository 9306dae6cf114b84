"""Checking and accepting a regional admin's upload: the only way data enters the repository
without the national offline keys.

python-tuf's uploader example trusts whatever delegation the uploader claims and stores files
unchecked; here nothing the uploader says is believed until it is checked against the
committed, nationally signed delegation (docs/architecture.md, "Repository service"):

1. the metadata parses, is ``Targets``, is small, and delegates nothing further;
2. it is signed by the threshold of the region's delegated keys (``verify_delegate``);
3. it names exactly the region's bundle, inside the delegated paths (``is_delegated_path``);
4. the uploaded file matches the signed length and sha256;
5. the bundle is a valid region bundle (``routekaarten.bundles``) of this region, with a higher
   revision when its content changed;
6. its version is the current one plus 1 and its expiry is in the future (and not absurdly far).

Only then are the file and metadata written, and snapshot and timestamp bumped, all under the
repository lock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from securesystemslib.signer import Signer
from tuf.api.exceptions import LengthOrHashMismatchError, UnsignedMetadataError
from tuf.api.metadata import Metadata, Targets

from sync import layout
from sync.errors import PublishRejectedError
from sync.repository import audit
from sync.repository.repository import Repository

log = logging.getLogger(__name__)
MAX_METADATA_BYTES = 64 * 1024
MAX_BUNDLE_BYTES = 4 * 1024 * 1024
MAX_REGION_LIFETIME = timedelta(days=366)


@dataclass(frozen=True)
class PublishReceipt:
    """What went live; also what the audit log records."""

    region: str
    version: int
    sha256: str
    length: int
    keyids: list[str]
    expires: str

    def as_dict(self) -> dict[str, Any]:
        return {"region": self.region, "version": self.version, "sha256": self.sha256,
                "length": self.length, "keyids": self.keyids, "expires": self.expires}


def parse_region_metadata(raw: bytes) -> Metadata[Targets]:
    if len(raw) > MAX_METADATA_BYTES:
        raise PublishRejectedError(
            f"De metadata is te groot ({len(raw)} bytes; hoogstens {MAX_METADATA_BYTES}).",
            413, "metadata-too-large")
    try:
        md: Metadata[Any] = Metadata.from_bytes(raw)
    except Exception as error:  # tuf raises DeserializationError, but also ValueError/KeyError from fields
        raise PublishRejectedError(f"De metadata is geen geldige TUF-metadata: {error}",
            code="metadata-invalid") from error
    if not isinstance(md.signed, Targets):
        raise PublishRejectedError(f"De metadata is van het type '{md.signed.type}', verwacht 'targets'.",
            code="metadata-invalid")
    if md.signed.delegations is not None:
        raise PublishRejectedError(
            "Regionale metadata mag geen delegaties bevatten; die beheert alleen LNZS.",
            403, "delegations-not-allowed")
    return md


def _check_bundle(region_id: str, data: bytes, previous: bytes | None) -> int:
    from routekaarten.bundles import parse_json, validate
    from routekaarten.errors import BundleError

    source = layout.region_target(region_id)
    try:
        bundle = parse_json(data, source)
    except BundleError as error:
        raise PublishRejectedError(str(error), 422, "bundle-invalid") from error
    issues = validate(bundle, "region")
    if issues:
        raise PublishRejectedError(str(BundleError(source, issues)), 422, "bundle-invalid")
    if bundle["region"]["id"] != region_id:
        raise PublishRejectedError(
            f"De bundel is van regio '{bundle['region']['id']}'; deze sleutel mag alleen regio "
            f"'{region_id}' publiceren.", 403, "wrong-region")
    revision = int(bundle["revision"])
    if previous is not None and previous != data:
        old = int(parse_json(previous, source)["revision"])
        if revision <= old:
            raise PublishRejectedError(
                f"De revisie van de bundel moet hoger zijn dan {old} (nu {revision}).",
                409, "revision-not-higher")
    return revision


def publish_region(repo: Repository, region_id: str, metadata_raw: bytes, files: dict[str, bytes],
                   online: Signer, *, now: datetime | None = None) -> PublishReceipt:
    """Verify an upload for ``region_id`` and make it live; raises PublishRejectedError with the reason."""
    if not layout.is_region_id(region_id):
        raise PublishRejectedError(f"Ongeldige regio-id '{region_id}'.", 404, "region-invalid")
    md = parse_region_metadata(metadata_raw)
    role = layout.region_role(region_id)
    path = layout.region_target(region_id)
    moment = now or datetime.now(UTC)
    with repo.locked():
        national = repo.national_targets().signed
        delegation = repo.region_delegation(region_id, national)
        if delegation is None:
            raise PublishRejectedError(
                f"Regio '{region_id}' is niet gedelegeerd; vraag LNZS om een delegatie.",
                404, "region-not-delegated")
        try:
            national.verify_delegate(role, md.signed_bytes, md.signatures)
        except UnsignedMetadataError as error:
            raise PublishRejectedError(
                f"De handtekening is niet gezet met een sleutel van regio '{region_id}'.",
                403, "wrong-signer") from error
        signed = md.signed
        if set(signed.targets) != {path} or not delegation.is_delegated_path(path):
            named = ", ".join(sorted(signed.targets)) or "geen"
            raise PublishRejectedError(f"De metadata moet precies '{path}' noemen (genoemd: {named}).",
                403, "wrong-path")
        snapshot = repo.snapshot().signed
        previous_version = repo.role_version(role, snapshot) or 0
        if signed.version != previous_version + 1:
            raise PublishRejectedError(
                f"Versie {previous_version + 1} verwacht, {signed.version} ontvangen; "
                "haal de huidige stand op en onderteken opnieuw.", 409, "version-not-next")
        if not moment < signed.expires <= moment + MAX_REGION_LIFETIME:
            raise PublishRejectedError(
                f"De vervaldatum {signed.expires:%Y-%m-%d %H:%M} moet in de toekomst liggen en binnen "
                f"{MAX_REGION_LIFETIME.days} dagen.", code="expiry-out-of-range")
        if set(files) != {path}:
            raise PublishRejectedError(f"Upload precies het bestand '{path}' met de metadata.",
                code="wrong-files")
        data, target = files[path], signed.targets[path]
        if len(data) > MAX_BUNDLE_BYTES:
            raise PublishRejectedError(
                f"De bundel is te groot ({len(data)} bytes; hoogstens {MAX_BUNDLE_BYTES}).",
                413, "bundle-too-large")
        if set(target.hashes) != {"sha256"}:
            raise PublishRejectedError("De metadata moet precies één hash (sha256) van de bundel bevatten.",
                code="hash-missing")
        try:
            target.verify_length_and_hashes(data)
        except LengthOrHashMismatchError as error:
            raise PublishRejectedError(
                "Het bestand past niet bij de handtekening (lengte of sha256 verschilt).",
                code="hash-mismatch") from error
        previous = _previous_bundle(repo, role, snapshot)
        _check_bundle(region_id, data, previous)
        repo.check_free_space(len(data) + len(metadata_raw))
        repo.write_target(path, data)
        repo.commit({role: md}, online, now)
        receipt = PublishReceipt(region_id, signed.version, target.hashes["sha256"], len(data),
                                 sorted(md.signatures), signed.expires.isoformat())
        try:
            audit.append(repo.path, {"result": "accepted", **receipt.as_dict()})
        except audit.AuditError:  # committed already: say so in the service's log, never undo it
            log.exception("publicatie van regio %s is live, maar niet in audit.log gezet", region_id)
        return receipt


def _previous_bundle(repo: Repository, role: str, snapshot: Any) -> bytes | None:
    md = repo.targets(role, snapshot)
    if md is None:
        return None
    for path, target in md.signed.targets.items():
        stored = repo.targets_dir / layout.hash_prefixed(path, target.hashes["sha256"])
        if stored.exists():
            return stored.read_bytes()
    return None
