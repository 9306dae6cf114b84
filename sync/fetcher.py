"""ngclient's network boundary on httpx: every failure becomes one of tuf's download errors.

Like python-tuf's own ``ngclient/fetcher.py``: a small interface at the I/O boundary that turns
every third-party error into its own, so the client can tell "unreachable" (DownloadError) from
"refused" (RepositoryError) without knowing httpx. Each request has connect/read time-outs, and
a whole file has a deadline too, so a server dripping one byte per read cannot hold a sync
forever. Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``), as DESIGN.md asks.
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

    def close(self) -> None:
        self._client.close()

    def _fetch(self, url: str) -> Iterator[bytes]:
        try:
            response = self._client.send(self._client.build_request("GET", url), stream=True)
        except httpx.TimeoutException as error:
            raise SlowRetrievalError(f"time-out bij {url}") from error
        except httpx.HTTPError as error:
            raise DownloadError(f"{url}: {error}") from error
        if response.status_code >= 400:
            response.close()
            raise DownloadHTTPError(f"HTTP {response.status_code} bij {url}", response.status_code)
        return self._chunks(response, url)

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
