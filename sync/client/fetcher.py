"""ngclient's network boundary on httpx: every failure becomes one of tuf's download errors.

Like python-tuf's own ``ngclient/fetcher.py``: a small interface at the I/O boundary that turns
every third-party error into its own, so the client can tell "unreachable" (DownloadError) from
"refused" (RepositoryError) without knowing httpx. Each request has connect/read time-outs, and
a whole file has a deadline too, so a server dripping one byte per read cannot hold a sync
forever. Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``), as docs/architecture.md asks.

httpx's read time-out starts again with every byte, and while it waits for the response headers
no code of ours runs; so a watchdog (a ``threading.Timer`` per file) cuts the connection when the
file's deadline passes: it shuts the socket down, which wakes the blocked read at once (closing
it would not, on Linux, until the next byte). ``abort`` does the same from another thread, for a
window that closes during a sync. The sockets are known through an httpcore network backend that
keeps them (``_TrackingBackend``), put into httpx's connection pools (``_track``).

Conditional requests (docs/architecture.md, "The client's rules"): for a URL
given to ``revalidate`` with the ETag and body of an earlier answer, the request carries
``If-None-Match``, and a ``304 Not Modified`` yields that earlier body. ngclient verifies it as
it verifies any download, so a server answering 304 forever is a frozen source like any other:
once that timestamp expires, the sync is refused. ``validators`` holds the ETag and body of each
``200`` answer, for the caller to keep.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx
from tuf.api.exceptions import DownloadError, DownloadHTTPError, SlowRetrievalError
from tuf.ngclient.fetcher import FetcherInterface

from routekaarten.i18n import _

USER_AGENT = "routekaart-sync/1"
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


class _TrackingBackend(httpcore.NetworkBackend):
    """httpcore's own sync backend, keeping each socket it opens so that ``cut`` can shut them down."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._streams: weakref.WeakSet[httpcore.NetworkStream] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.refusing = False  # after ``abort``: no new connection

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return self._kept(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return self._kept(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def _kept(self, stream: httpcore.NetworkStream) -> httpcore.NetworkStream:
        with self._lock:
            self._streams.add(stream)
            refusing = self.refusing
        if refusing:
            stream.close()
            raise httpcore.ConnectError("sync afgebroken")
        return stream

    def cut(self) -> None:
        """Shut every open socket down: a read blocked on one returns at once."""
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            raw = stream.get_extra_info("socket")
            if isinstance(raw, socket.socket):
                with contextlib.suppress(OSError):
                    raw.shutdown(socket.SHUT_RDWR)


def _track(client: httpx.Client, backend: _TrackingBackend) -> None:
    """Put ``backend`` into the client's connection pools (direct and proxies).

    httpx does not take a network backend (``HTTPTransport`` builds its httpcore pool itself), so
    its private ``_pool`` and httpcore's ``_network_backend`` are set here; the test
    ``test_a_source_dripping_its_headers_is_cut_off_at_the_deadline`` fails if httpx changes them.
    """
    mounts: list[Any] = [client._transport, *client._mounts.values()]
    for transport in mounts:
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = backend


class HttpxFetcher(FetcherInterface):
    """Download with one shared ``httpx.Client``; ``timeout`` per network step, ``deadline`` per file."""

    def __init__(self, timeout: float = 10.0, deadline: float = 120.0,
                 client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(
            timeout=httpx.Timeout(timeout),
            trust_env=True,
            follow_redirects=False,  # followed here only within the same origin (_fetch)
            # The bytes are read raw (each network read counts against the deadline), so they must
            # be the signed bytes: no gzip from a proxy or CDN that would compress on request.
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        )
        self._backend = _TrackingBackend()
        _track(self._client, self._backend)
        self._deadline = deadline
        self._watchdog: threading.Timer | None = None
        self._expired: threading.Timer | None = None  # the watchdog that fired (its file is cut off)
        self._aborted = False
        self._watched: set[str] = set()
        self._known: dict[str, tuple[str, bytes]] = {}  # url -> (etag, body) to revalidate
        self.validators: dict[str, tuple[str, bytes]] = {}  # url -> (etag, body) of this session's 200s

    def close(self) -> None:
        self._disarm()
        self._client.close()

    def abort(self) -> None:
        """From any thread: end the running download at once, and refuse every later one."""
        self._aborted = True
        self._backend.refusing = True
        self._disarm()
        self._backend.cut()

    def _arm(self) -> None:
        """Start the watchdog of one file: at its deadline it cuts the connection."""
        self._disarm()
        watchdog = threading.Timer(self._deadline, lambda: self._expire(watchdog))
        watchdog.daemon = True
        self._watchdog = watchdog
        watchdog.start()

    def _disarm(self) -> None:
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None:
            watchdog.cancel()

    def _expire(self, watchdog: threading.Timer) -> None:
        if watchdog is self._watchdog:  # not a late one of a file that has finished
            self._expired = watchdog
            self._backend.cut()

    def _failure(self, url: str, error: Exception) -> DownloadError:
        """The error to raise for ``error``, saying why the connection was cut when it was."""
        if self._aborted:
            return DownloadError(_("{url}: sync afgebroken", url=url))
        if self._expired is not None and self._expired is self._watchdog:
            return SlowRetrievalError(_("{url} duurt langer dan {seconds} s", url=url,
                                        seconds=f"{self._deadline:.0f}"))
        if isinstance(error, httpx.TimeoutException):
            return SlowRetrievalError(_("time-out bij {url}", url=url))
        return DownloadError(f"{url}: {error}")

    def revalidate(self, url: str, known: tuple[str, bytes] | None = None) -> None:
        """Keep the ETag of ``url``'s next answer in ``validators``; with ``known``, the (ETag, body) of
        an earlier answer, ask only whether it changed: on 304 that body is the answer."""
        self._watched.add(url)
        self.validators.pop(url, None)  # only this sync's answer counts
        if known is not None:
            self._known[url] = known

    def _fetch(self, url: str) -> Iterator[bytes]:
        """GET ``url``: 200 (or 304 for a revalidated URL) is an answer, everything else an error.

        Redirects are followed only within the same origin (scheme, host, port): a source cannot
        send a workstation to another host. 204, 206 and any other status are errors, so a partial
        or empty answer is never taken for a file.
        """
        if self._aborted:
            raise DownloadError(_("{url}: sync afgebroken", url=url))
        known = self._known.get(url)
        headers = {"If-None-Match": known[0]} if known else None
        started = time.monotonic()
        self._arm()
        try:
            response = self._answer(url, headers, started)
            if response.status_code == 304 and known is not None:
                response.close()
                self._disarm()
                return iter([known[1]])
            if response.status_code != 200:
                response.close()
                raise DownloadHTTPError(_("HTTP {status} bij {url}", status=response.status_code, url=url),
                                        response.status_code)
        except BaseException:
            self._disarm()
            raise
        etag = response.headers.get("etag")
        if etag and url in self._watched:
            return self._kept(self._chunks(response, url, started), url, etag)
        return self._chunks(response, url, started)

    def _answer(self, url: str, headers: dict[str, str] | None, started: float) -> httpx.Response:
        """The response to ``url``, following redirects within the same origin only."""
        target = url
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._send(target, headers, started)
            if response.status_code not in _REDIRECTS:
                return response
            location = response.headers.get("location", "")
            response.close()
            following = httpx.URL(target).join(location)
            if not location or _origin(following) != _origin(httpx.URL(url)):
                raise DownloadError(_("{url}: doorverwijzing naar een andere bron ({target}) geweigerd",
                                       url=url, target=following))
            target = str(following)
        raise DownloadError(_("{url}: te veel doorverwijzingen", url=url))

    def _send(self, url: str, headers: dict[str, str] | None, started: float) -> httpx.Response:
        """The wait for the headers is held to what is left of the file's deadline, too (each
        wait by the time-out, the whole wait by the watchdog)."""
        left = self._deadline - (time.monotonic() - started)
        if left <= 0:
            raise SlowRetrievalError(self._too_slow(url))
        timeout = self._client.timeout
        read, connect = min(timeout.read or left, left), min(timeout.connect or left, left)
        request = self._client.build_request("GET", url, headers=headers,
                                             timeout=httpx.Timeout(read, connect=connect))
        try:
            return self._client.send(request, stream=True)
        except httpx.HTTPError as error:
            raise self._failure(url, error) from error

    def _too_slow(self, url: str) -> str:
        return _("{url} duurt langer dan {seconds} s", url=url, seconds=f"{self._deadline:.0f}")

    def _kept(self, chunks: Iterator[bytes], url: str, etag: str) -> Iterator[bytes]:
        """Pass the chunks on, and keep the whole body with its ETag once it has all arrived."""
        body = bytearray()
        for chunk in chunks:
            body.extend(chunk)
            yield chunk
        self.validators[url] = (etag, bytes(body))

    def _chunks(self, response: httpx.Response, url: str, started: float) -> Iterator[bytes]:
        """The deadline is checked at every network read (``iter_raw`` yields each one as it comes),
        and the watchdog cuts a read that waits past it."""
        try:
            for chunk in response.iter_raw():
                if time.monotonic() - started > self._deadline:
                    raise SlowRetrievalError(self._too_slow(url))
                yield chunk
        except httpx.HTTPError as error:
            raise self._failure(url, error) from error
        finally:
            self._disarm()
            response.close()
