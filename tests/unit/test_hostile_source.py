"""A slow or hostile source cannot hold a workstation (issue 10, item 4), against a real loopback server.

The server is a few lines of sockets in a thread: it drips bytes, redirects, or answers 204/206.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from tuf.api.exceptions import DownloadError, DownloadHTTPError, SlowRetrievalError

from sync.client.fetcher import HttpxFetcher

Handler = Callable[[socket.socket], None]


@pytest.fixture
def server() -> Iterator[Callable[[Handler], str]]:
    listeners: list[socket.socket] = []

    def start(handle: Handler) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                with conn:
                    conn.recv(65536)
                    with contextlib.suppress(OSError):  # the client hung up: that is the point
                        handle(conn)

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    for listener in listeners:
        listener.close()


def _answer(head: str, body: bytes = b"") -> Handler:
    return lambda conn: conn.sendall(head.encode() + b"\r\n\r\n" + body)


def _drip(headers_first: bool) -> Handler:
    def handle(conn: socket.socket) -> None:
        if headers_first:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(100):
                conn.sendall(b"x")
                time.sleep(0.2)
        else:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx":
                conn.sendall(bytes([byte]))
                time.sleep(0.2)

    return handle


@pytest.mark.parametrize("headers_first", [True, False], ids=["dripping-body", "dripping-headers"])
def test_a_dripping_source_is_cut_off_at_the_deadline(server, headers_first: bool) -> None:
    url = server(_drip(headers_first))
    fetcher = HttpxFetcher(timeout=1.0, deadline=1.0)
    started = time.monotonic()
    try:
        with pytest.raises(SlowRetrievalError):
            b"".join(fetcher.fetch(f"{url}/metadata/timestamp.json"))
    finally:
        fetcher.close()
    assert time.monotonic() - started < 2.5  # the deadline plus at most one read, not 20 s of drip


def test_a_redirect_to_another_origin_is_refused(server) -> None:
    other = server(_answer("HTTP/1.1 200 OK\r\nContent-Length: 2", b"{}"))
    url = server(_answer(f"HTTP/1.1 302 Found\r\nLocation: {other}/x\r\nContent-Length: 0"))
    fetcher = HttpxFetcher(timeout=2.0)
    try:
        with pytest.raises(DownloadError, match="doorverwijzing naar een andere bron"):
            b"".join(fetcher.fetch(f"{url}/metadata/timestamp.json"))
    finally:
        fetcher.close()


def test_a_redirect_within_the_same_origin_is_followed(server) -> None:
    calls: list[int] = []

    def handle(conn: socket.socket) -> None:
        calls.append(1)
        if len(calls) == 1:
            conn.sendall(b"HTTP/1.1 301 Moved\r\nLocation: /elders.json\r\nContent-Length: 0\r\n\r\n")
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")

    url = server(handle)
    fetcher = HttpxFetcher(timeout=2.0)
    try:
        assert b"".join(fetcher.fetch(f"{url}/metadata/timestamp.json")) == b"{}"
    finally:
        fetcher.close()


@pytest.mark.parametrize("status", ["204 No Content", "206 Partial Content", "203 Non-Authoritative"])
def test_unexpected_statuses_are_errors(server, status: str) -> None:
    url = server(_answer(f"HTTP/1.1 {status}\r\nContent-Length: 2", b"{}"))
    fetcher = HttpxFetcher(timeout=2.0)
    try:
        with pytest.raises(DownloadHTTPError):
            b"".join(fetcher.fetch(f"{url}/metadata/timestamp.json"))
    finally:
        fetcher.close()
