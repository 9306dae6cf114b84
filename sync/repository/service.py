"""The repository service: the repository's files as static files, plus ``POST /publish/<region>``.

Clients only ever GET static files (``/metadata/...``, ``/targets/...``), so the same directory
can be served by nginx or a CDN instead (README, "Voor beheerders van de centrale bron"); the
publish endpoint is the only dynamic part. The upload is a JSON object::

    {"metadata": "<base64 of the signed region-<id> metadata>",
     "files": {"regions/<id>/bundle.json": "<base64 of the bundle>"}}

It needs no password: the TUF signature *is* the authentication, checked against the national
delegation before anything is written (``sync.repository.publishing``). A background task re-signs
timestamp and snapshot with the online key before they expire.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from securesystemslib.signer import Signer
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import NotModifiedResponse, StaticFiles
from starlette.types import Scope

from sync.errors import PublishRejectedError, RepositoryStateError
from sync.repository import audit
from sync.repository.publishing import MAX_BUNDLE_BYTES, MAX_METADATA_BYTES, publish_region
from sync.repository.repository import Repository

log = logging.getLogger(__name__)
# Base64 grows data by 4/3; the JSON wrapper adds a little.
MAX_BODY_BYTES = (MAX_BUNDLE_BYTES + MAX_METADATA_BYTES) * 4 // 3 + 4096
DEFAULT_RESIGN_INTERVAL = 15 * 60.0
# Uploads read at once: each holds up to MAX_BODY_BYTES plus its decoded copy in memory.
MAX_PARALLEL_UPLOADS = 4
BODY_SECONDS = 60.0
# How long an upload waits for a free place before "busy" (503): well within a client's time-out,
# so an admin hears that the server is busy, not that it is unreachable.
SLOT_SECONDS = 10.0


class RepositoryFiles(StaticFiles):
    """Static files with cache headers a CDN can follow.

    Hash-prefixed targets never change: cache them for a year. Metadata is revalidated on every
    request (ETag), so a client polling with nothing new gets a small 304.

    Metadata is also replaced while it is served: ``timestamp.json`` at every commit, possibly
    by another process. ``StaticFiles`` takes Content-Length from a ``stat()`` made before it
    opens the file, so a commit in between that changes the size breaks the response (the
    client sees a cut-off body and reports the source unreachable). Metadata is therefore read
    once, whole (it is small and ``os.replace`` keeps either version intact), and the headers
    describe those bytes: the ETag is their sha256, with no Last-Modified (one second is too
    coarse when commits follow each other).
    """

    def __init__(self, directory: Path, immutable: bool) -> None:
        super().__init__(directory=directory)
        self._immutable = immutable

    def file_response(self, full_path: Any, stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        if self._immutable:
            response = super().file_response(full_path, stat_result, scope, status_code)
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
            return response
        data = Path(full_path).read_bytes()
        headers = Headers({"etag": f'"{hashlib.sha256(data).hexdigest()}"', "cache-control": "no-cache"})
        if self.is_not_modified(headers, Headers(scope=scope)):
            return NotModifiedResponse(headers)
        return Response(data, status_code, headers=dict(headers), media_type="application/json")


async def _read_body(request: Request, limit: int, seconds: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PublishRejectedError(f"De upload is te groot (hoogstens {limit} bytes).",
            413, "upload-too-large")
    body = bytearray()
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                body.extend(chunk)
                if len(body) > limit:
                    raise PublishRejectedError(f"De upload is te groot (hoogstens {limit} bytes).",
                                               413, "upload-too-large")
    except ClientDisconnect as error:  # the sender went away: refused like any other, no traceback
        raise PublishRejectedError("De upload is afgebroken door de afzender.", 400,
                                   "upload-aborted") from error
    except TimeoutError as error:
        raise PublishRejectedError(
            f"De upload duurde te lang (langer dan {seconds:.0f} seconden); probeer het opnieuw.",
            408, "upload-too-slow") from error
    return bytes(body)


def _decode_upload(body: bytes) -> tuple[bytes, dict[str, bytes]]:
    try:
        payload = json.loads(body)
        metadata = base64.b64decode(payload["metadata"], validate=True)
        files = {str(path): base64.b64decode(data, validate=True) for path, data in payload["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error, RecursionError) as error:
        raise PublishRejectedError(
            "De upload is geen geldig JSON-object met 'metadata' en 'files' (base64).",
            code="upload-invalid") from error
    return metadata, files


async def _refuse(rejections: audit.RejectionLimiter, request: Request, region_id: str,
                  refusal: PublishRejectedError) -> Response:
    """Answer a refused upload, and record it in the audit log (rate-limited per client)."""
    status, reason, code = refusal.status, str(refusal), refusal.code
    client = request.client.host if request.client else "?"
    record = {"result": "rejected", "region": audit.region_for_log(region_id), "status": status,
              "code": code, "reason": reason[:500]}
    try:
        await run_in_threadpool(rejections.record, client, record)
    except audit.AuditError as error:
        log.error("%s", error)
        return JSONResponse({"fout": f"{error} Probeer het later opnieuw.", "code": error.code},
                            status_code=503)
    return JSONResponse({"fout": reason, "code": code}, status_code=status)


def create_app(repo: Repository, online: Signer,
               resign_interval: float = DEFAULT_RESIGN_INTERVAL) -> Starlette:
    """The ASGI app for one repository; ``online`` signs snapshot and timestamp."""

    rejections = audit.RejectionLimiter(repo.path)
    uploads = asyncio.Semaphore(MAX_PARALLEL_UPLOADS)

    async def publish(request: Request) -> Response:
        region_id = str(request.path_params["region"])
        try:
            async with asyncio.timeout(SLOT_SECONDS):
                await uploads.acquire()  # waiting uploads are not read: memory stays bounded
        except TimeoutError:
            busy = PublishRejectedError(
                "De server verwerkt al andere publicaties; probeer het over een minuut opnieuw.", 503, "busy")
            return await _refuse(rejections, request, region_id, busy)
        try:
            metadata, files = _decode_upload(await _read_body(request, MAX_BODY_BYTES, BODY_SECONDS))
            receipt = await run_in_threadpool(publish_region, repo, region_id, metadata, files, online)
        except PublishRejectedError as error:
            # debug: refusals come from outside, in any number; audit.log holds them, rate-limited.
            log.debug("publish of region %s rejected (%d, %s): %s",
                        audit.region_for_log(region_id), error.status, error.code, error)
            return await _refuse(rejections, request, region_id, error)
        except RepositoryStateError as error:  # busy, disk full, or the online key was rotated away
            log.error("publish of region %s not stored: %s", audit.region_for_log(region_id), error)
            unavailable = PublishRejectedError(f"{error} Probeer het later opnieuw.", 503, error.code)
            return await _refuse(rejections, request, region_id, unavailable)
        except OSError:
            log.exception("publish of region %s not stored", audit.region_for_log(region_id))
            return JSONResponse({"fout": "Opslaan op de server is mislukt; er is niets gepubliceerd. "
                                          "Probeer het later opnieuw."}, status_code=503)
        finally:
            uploads.release()
        log.info("publish of region %s accepted: %s", region_id, receipt.as_dict())
        return JSONResponse({"gepubliceerd": receipt.as_dict()})

    async def resign_forever() -> None:
        # At start, re-sign at once if the live timestamp is not this key's: the service was
        # restarted after an online key rotation and the old one may have signed in between.
        force = online.public_key.keyid not in repo.timestamp().signatures
        while True:
            try:
                roles = await run_in_threadpool(repo.resign_online, online, None, force)
                force = False
                if roles:
                    log.info("opnieuw ondertekend: %s", ", ".join(roles))
            except Exception:
                log.exception("opnieuw ondertekenen van timestamp/snapshot is mislukt")
            await asyncio.sleep(resign_interval)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(resign_forever())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    routes = [
        Route("/publish/{region}", publish, methods=["POST"]),
        Mount("/metadata", app=RepositoryFiles(repo.metadata_dir, immutable=False)),
        Mount("/targets", app=RepositoryFiles(repo.targets_dir, immutable=True)),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


# Bounds for the one dynamic part: connections held at once (the rest get 503), idle keep-alive,
# and the size of a request head. Slow request heads and bodies are cut by the reverse proxy in
# front (README: client_header_timeout, client_body_timeout) and, for bodies, by BODY_SECONDS.
UVICORN_LIMITS: dict[str, Any] = {
    "limit_concurrency": 256,
    "timeout_keep_alive": 5,
    "h11_max_incomplete_event_size": 16 * 1024,
    "backlog": 512,
}


def serve(repo: Repository, online: Signer, host: str, port: int,
          resign_interval: float = DEFAULT_RESIGN_INTERVAL) -> None:
    """Run the service with uvicorn until interrupted."""
    import uvicorn

    changed = repo.make_servable()
    if changed:
        log.info("%d bestanden en mappen leesbaar gemaakt voor de webserver", changed)
    uvicorn.run(create_app(repo, online, resign_interval), host=host, port=port, log_level="info",
                server_header=False, **UVICORN_LIMITS)
