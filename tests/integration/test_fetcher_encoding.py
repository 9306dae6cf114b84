"""A proxy or CDN that compresses on request must not change the bytes the client verifies."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sync.client.fetcher import HttpxFetcher
from tests.integration.live_server import LiveServer

BODY = b'{"signed": "' + b"x" * 4000 + b'"}'


def _compressing_app() -> Starlette:
    async def file(request: Request) -> Response:
        return Response(BODY, media_type="application/json")

    return Starlette(routes=[Route("/metadata/timestamp.json", file)],
                     middleware=[Middleware(GZipMiddleware, minimum_size=100)])


def test_a_compressing_server_sends_the_bytes_as_signed() -> None:
    with LiveServer(_compressing_app()) as server:
        fetcher = HttpxFetcher(timeout=5, deadline=10)
        try:
            data = b"".join(fetcher.fetch(f"{server.url}/metadata/timestamp.json"))
        finally:
            fetcher.close()
    assert data == BODY
