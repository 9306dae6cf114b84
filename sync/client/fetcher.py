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
CHUNK_BYTES = 64 * 1024


class HttpxFetcher(FetcherInterface):
    """Download with one shared ``httpx.Client``; ``timeout`` per network step, ``deadline`` per file."""

    def __init__(self, timeout: float = 10.0, deadline: float = 120.0,
                 client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(
            timeout=httpx.Timeout(timeout),
            trust_env=True,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
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
        known = self._known.get(url)
        headers = {"If-None-Match": known[0]} if known else None
        try:
            response = self._client.send(self._client.build_request("GET", url, headers=headers), stream=True)
        except httpx.TimeoutException as error:
            raise SlowRetrievalError(f"time-out bij {url}") from error
        except httpx.HTTPError as error:
            raise DownloadError(f"{url}: {error}") from error
        if response.status_code >= 400:
            response.close()
            raise DownloadHTTPError(f"HTTP {response.status_code} bij {url}", response.status_code)
        if response.status_code == 304 and known is not None:
            response.close()
            return iter([known[1]])
        etag = response.headers.get("etag")
        if etag and url in self._watched:
            return self._kept(self._chunks(response, url), url, etag)
        return self._chunks(response, url)

    def _kept(self, chunks: Iterator[bytes], url: str, etag: str) -> Iterator[bytes]:
        """Pass the chunks on, and keep the whole body with its ETag once it has all arrived."""
        body = bytearray()
        for chunk in chunks:
            body.extend(chunk)
            yield chunk
        self.validators[url] = (etag, bytes(body))

    def _chunks(self, response: httpx.Response, url: str) -> Iterator[bytes]:
        started = time.monotonic()
        try:
            for chunk in response.iter_bytes(CHUNK_BYTES):
                if time.monotonic() - started > self._deadline:
                    raise SlowRetrievalError(f"{url} duurt langer dan {self._deadline:.0f} s")
                yield chunk
        except httpx.TimeoutException as error:
            raise SlowRetrievalError(f"time-out bij {url}") from error
        except httpx.HTTPError as error:
            raise DownloadError(f"{url}: {error}") from error
        finally:
            response.close()
