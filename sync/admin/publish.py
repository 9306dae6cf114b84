"""The pieces of a regional admin's publish: validate, sign, upload (``routekaart admin publish``).

The bundle is validated before anything is signed (Dutch messages with the field's path), the
metadata version is the published one plus 1, and the upload is refused by the service unless
the key is one the national admin delegated the region to. ``sync.admin.publish_verify`` puts
these together with setting the revision and checking the result as a workstation would.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from securesystemslib.signer import Signer
from tuf.api.metadata import Metadata, TargetFile, Targets

from routekaarten.i18n import _
from sync import layout
from sync.admin.errors import ServiceUnreachableError
from sync.errors import PublishRejectedError
from sync.repository.repository import to_bytes

DEFAULT_LIFETIME_DAYS = 60
UPLOAD_CHUNK_BYTES = 64 * 1024

Progress = Callable[[int, int], None]  # (bytes sent, bytes in all), called from the uploading thread


def validated_region(raw: bytes, source: str) -> str:
    """The region id of a valid region bundle; BundleError (Dutch, with paths) otherwise."""
    from routekaarten.bundles import parse_json, validate
    from routekaarten.errors import BundleError

    data = parse_json(raw, source)
    issues = validate(data, "region")
    if issues:
        raise BundleError(source, issues)
    return str(data["region"]["id"])


def sign_region(raw: bytes, region_id: str, signer: Signer, version: int,
                lifetime: timedelta = timedelta(days=DEFAULT_LIFETIME_DAYS)) -> bytes:
    """Targets metadata for ``region-<id>`` naming this bundle, signed by the admin's key."""
    path = layout.region_target(region_id)
    expires = datetime.now(UTC).replace(microsecond=0) + lifetime
    targets = Targets(version=version, expires=expires)
    targets.targets[path] = TargetFile.from_data(path, raw, ["sha256"])
    md = Metadata(targets)
    md.sign(signer)
    return to_bytes(md)


def upload_body(region_id: str, metadata: bytes, raw: bytes) -> bytes:
    return json.dumps({
        "metadata": base64.b64encode(metadata).decode("ascii"),
        "files": {layout.region_target(region_id): base64.b64encode(raw).decode("ascii")},
    }).encode("utf-8")


def _chunks(body: bytes, progress: Progress) -> Iterator[bytes]:
    total = len(body)
    progress(0, total)
    for start in range(0, total, UPLOAD_CHUNK_BYTES):
        chunk = body[start:start + UPLOAD_CHUNK_BYTES]
        yield chunk
        progress(start + len(chunk), total)


def upload(client: httpx.Client, base_url: str, region_id: str, body: bytes,
           progress: Progress | None = None) -> dict[str, Any]:
    """POST the upload; the service's receipt, or PublishRejectedError with its reason in Dutch."""
    url = f"{base_url.rstrip('/')}/publish/{region_id}"
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    content: bytes | Iterator[bytes] = body if progress is None else _chunks(body, progress)
    try:
        response = client.post(url, content=content, headers=headers)
    except httpx.HTTPError as error:
        raise ServiceUnreachableError(_(
            "De centrale bron is niet bereikbaar ({url}): {error}. Er is niets gepubliceerd.",
            url=url, error=error)) from error
    try:
        answer: dict[str, Any] = response.json()
    except ValueError:
        answer = {}
    if not isinstance(answer, dict):
        answer = {}
    if response.status_code != 200:
        # The service's reason is Dutch; "fout" until its keys are English ("error").
        reason = answer.get("error") or answer.get("fout") or f"HTTP {response.status_code}"
        raise PublishRejectedError(_("De centrale bron weigert de publicatie: {reason}", reason=reason),
                                   response.status_code)
    return dict(answer.get("published") or answer.get("gepubliceerd") or {})
