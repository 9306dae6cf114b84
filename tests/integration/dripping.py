"""A source that drips its response headers: a real loopback socket server, for the tests of the
fetcher's watchdog and of aborting a sync (tests/unit/test_sync_abort.py, tests/ui/test_close_during_sync.py).

It gives up after ``DRIP_SECONDS`` and then answers in full, so a fetch that was not cut off
*succeeds*: the tests fail on the outcome, not on a clock.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

DRIP_SECONDS = 20.0
HEAD = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Padding: " + b"a" * 2000 + b"\r\n\r\n{}"


class DrippingServer:
    """Answers every request by dripping its headers, one byte every ``interval`` seconds."""

    def __init__(self, interval: float = 0.3) -> None:
        self.interval = interval
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.first_byte = threading.Event()
        self.requests = 0
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.recv(65536)
            self.requests += 1
            given_up = time.monotonic() + DRIP_SECONDS
            for index, byte in enumerate(HEAD):
                if time.monotonic() > given_up:
                    conn.sendall(HEAD[index:])  # a fetch still waiting now gets the whole answer
                    return
                conn.sendall(bytes([byte]))
                self.first_byte.set()
                time.sleep(self.interval)

    def close(self) -> None:
        self.listener.close()
