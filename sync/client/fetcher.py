"""ngclient's network boundary on httpx: every failure becomes one of tuf's download errors.

Like python-tuf's own ``ngclient/fetcher.py``: a small interface at the I/O boundary that turns
every third-party error into its own, so the client can tell "unreachable" (DownloadError) from
"refused" (RepositoryError) without knowing httpx. Each request has connect/read time-outs, and
a whole file has a deadline too, so a server dripping one byte per read cannot hold a sync
forever. Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``), as docs/architecture.md asks.

Conditional requests (docs/architecture.md, "The client's rules"): for a URL
given to ``revalidate`` with the ETag and body of an earlier answer, the request carries
``If-None-Match``, and a ``304 Not Modified`` yields that earlier body. ngclient verifies it as
it verifies any download, so a server answering 304 forever is a frozen source like any other:
once that timestamp expires, the sync is refused. ``validators`` holds the ETag and body of each
``200`` answer, for the caller to keep.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
from tuf.api.exceptions import DownloadError, DownloadHTTPError, SlowRetrievalError
from tuf.ngclient.fetcher import FetcherInterface

USER_AGENT = "routekaart-sync/1"
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


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
        self._deadline = deadline
        self._watched: set[str] = set()
        self._known: dict[str, tuple[str, bytes]] = {}  # url -> (etag, body) to revalidate
        self.validators: dict[str, tuple[str, bytes]] = {}  # url -> (etag, body) of this session's 200s

    def close(self) -> None:
        self._client.close()

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
        known = self._known.get(url)
        headers = {"If-None-Match": known[0]} if known else None
        started = time.monotonic()
        target = url
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._send(target, headers, started)
            if response.status_code not in _REDIRECTS:
                break
            location = response.headers.get("location", "")
            response.close()
            following = httpx.URL(target).join(location)
            if not location or _origin(following) != _origin(httpx.URL(url)):
                raise DownloadError(f"{url}: doorverwijzing naar een andere bron ({following}) geweigerd")
            target = str(following)
        else:
            raise DownloadError(f"{url}: te veel doorverwijzingen")
        if response.status_code == 304 and known is not None:
            response.close()
            return iter([known[1]])
        if response.status_code != 200:
            response.close()
            raise DownloadHTTPError(f"HTTP {response.status_code} bij {url}", response.status_code)
        etag = response.headers.get("etag")
        if etag and url in self._watched:
            return self._kept(self._chunks(response, url, started), url, etag)
        return self._chunks(response, url, started)

    def _send(self, url: str, headers: dict[str, str] | None, started: float) -> httpx.Response:
        """The wait for the headers is held to what is left of the file's deadline, too."""
        left = self._deadline - (time.monotonic() - started)
        if left <= 0:
            raise SlowRetrievalError(f"{url} duurt langer dan {self._deadline:.0f} s")
        timeout = self._client.timeout
        read, connect = min(timeout.read or left, left), min(timeout.connect or left, left)
        request = self._client.build_request("GET", url, headers=headers,
                                             timeout=httpx.Timeout(read, connect=connect))
        try:
            return self._client.send(request, stream=True)
        except httpx.TimeoutException as error:
            raise SlowRetrievalError(f"time-out bij {url}") from error
        except httpx.HTTPError as error:
            raise DownloadError(f"{url}: {error}") from error

    def _kept(self, chunks: Iterator[bytes], url: str, etag: str) -> Iterator[bytes]:
        """Pass the chunks on, and keep the whole body with its ETag once it has all arrived."""
        body = bytearray()
        for chunk in chunks:
            body.extend(chunk)
            yield chunk
        self.validators[url] = (etag, bytes(body))

    def _chunks(self, response: httpx.Response, url: str, started: float) -> Iterator[bytes]:
        """The deadline is checked at every network read (``iter_raw`` yields each one as it comes)."""
        try:
            for chunk in response.iter_raw():
                if time.monotonic() - started > self._deadline:
                    raise SlowRetrievalError(f"{url} duurt langer dan {self._deadline:.0f} s")
                yield chunk
        except httpx.TimeoutException as error:
            raise SlowRetrievalError(f"time-out bij {url}") from error
        except httpx.HTTPError as error:
            raise DownloadError(f"{url}: {error}") from error
        finally:
            response.close()
