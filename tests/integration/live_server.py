"""Real HTTP servers on 127.0.0.1 for the integration tests: uvicorn in a thread, on a free port.

The socket is bound before uvicorn starts, so the port is known and no other test can take it.
Besides the repository service there are two hostile servers: one that answers too slowly, one
that answers 500 to everything.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp


class LiveServer:
    """``with LiveServer(app) as server: server.url`` -- stopped and joined on exit."""

    def __init__(self, app: ASGIApp) -> None:
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and
        # without it every keep-alive response waits ~40 ms for a delayed ACK (Nagle).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._socket]},
                                        daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()


def slow_app(delay: float) -> Starlette:
    """Answers every request only after ``delay`` seconds: a source that hangs."""

    async def hang(request: Request) -> Response:
        await asyncio.sleep(delay)
        return PlainTextResponse("{}")

    return Starlette(routes=[Route("/{path:path}", hang)])


def failing_app() -> Starlette:
    """Answers every request with 500: a source that is up but broken."""

    async def fail(request: Request) -> Response:
        return PlainTextResponse("interne fout", status_code=500)

    return Starlette(routes=[Route("/{path:path}", fail)])


def closed_port_url() -> str:
    """A URL on which nothing listens: the port was free a moment ago and is closed again."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
