"""The per-file deadline holds while a source drips its response headers, and a sync can be
aborted from another thread (the window closing), against a real loopback socket server
(issue 10, item 4). httpx's read time-out restarts with every byte, so only the fetcher's
watchdog (or ``abort``) can end such a wait.

The dripping server (tests/integration/dripping.py) gives up after a while and then answers in
full: a fetch that was not cut off would *succeed*, so these tests fail on the outcome, not on a clock.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from tuf.api.exceptions import DownloadError, SlowRetrievalError

from sync.client.cancel import Cancellation
from sync.client.fetcher import HttpxFetcher
from tests.integration.dripping import DrippingServer


@pytest.fixture
def dripping() -> Iterator[DrippingServer]:
    server = DrippingServer()
    yield server
    server.close()


def test_a_source_dripping_its_headers_is_cut_off_at_the_deadline(dripping: DrippingServer) -> None:
    fetcher = HttpxFetcher(timeout=10.0, deadline=1.0)  # each byte comes well within the read time-out
    try:
        with pytest.raises(SlowRetrievalError, match="duurt langer dan 1 s"):
            b"".join(fetcher.fetch(f"{dripping.url}/metadata/timestamp.json"))
    finally:
        fetcher.close()


def test_aborting_from_another_thread_ends_a_wait_for_headers_at_once(dripping: DrippingServer) -> None:
    fetcher = HttpxFetcher(timeout=10.0, deadline=600.0)
    cancel = Cancellation()
    cancel.on_cancel(fetcher.abort)
    outcome: list[BaseException | bytes] = []

    def fetch() -> None:
        try:
            outcome.append(b"".join(fetcher.fetch(f"{dripping.url}/metadata/timestamp.json")))
        except DownloadError as error:
            outcome.append(error)

    worker = threading.Thread(target=fetch)
    worker.start()
    assert dripping.first_byte.wait(10)
    cancel.cancel()
    worker.join()
    fetcher.close()

    assert len(outcome) == 1 and isinstance(outcome[0], DownloadError)
    assert "sync afgebroken" in str(outcome[0])
    assert not isinstance(outcome[0], SlowRetrievalError)


def test_after_an_abort_no_new_request_is_made(dripping: DrippingServer) -> None:
    fetcher = HttpxFetcher(timeout=10.0)
    fetcher.abort()
    with pytest.raises(DownloadError, match="sync afgebroken"):
        b"".join(fetcher.fetch(f"{dripping.url}/metadata/timestamp.json"))
    fetcher.close()
    assert dripping.requests == 0


def test_a_cancellation_set_before_the_fetcher_exists_still_stops_it() -> None:
    cancel = Cancellation()
    cancel.cancel()
    fetcher = HttpxFetcher()
    cancel.on_cancel(fetcher.abort)  # the sync that started as the window closed
    with pytest.raises(DownloadError, match="sync afgebroken"):
        b"".join(fetcher.fetch("http://127.0.0.1:9/metadata/timestamp.json"))
    fetcher.close()


def test_the_watchdog_of_a_finished_file_does_not_cut_the_next_one() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"

    def serve() -> None:
        with contextlib.suppress(OSError):
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                conn.recv(65536)  # the second request, on the kept-alive connection
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n")
                time.sleep(0.8)  # past the first file's deadline, within the second's
                conn.sendall(b"[]")

    threading.Thread(target=serve, daemon=True).start()
    fetcher = HttpxFetcher(timeout=5.0, deadline=1.5)
    try:
        assert b"".join(fetcher.fetch(f"{url}/a.json")) == b"{}"
        time.sleep(0.9)
        assert b"".join(fetcher.fetch(f"{url}/b.json")) == b"[]"
    finally:
        fetcher.close()
        listener.close()
