"""Load benchmark (not a test): many simulated workstations polling the loopback service.

The service runs as ``routekaart serve`` in its own process (so the clients do not share its
GIL). Each simulated client does what a workstation with nothing new does: ask for the next
root (404 expected) and revalidate timestamp.json with its ETag (304 expected). Prints
requests per second, latency percentiles and errors (anything but 200/304/expected 404, or
an exception). Bounded: ``--seconds`` (default 10). Run:

    .venv/bin/python tests/bench/load.py [--clients 200] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.bench.sync_world import serving  # noqa: E402


async def _client(url: str, until: float, latencies: list[float], errors: list[str]) -> None:
    etag: str | None = None
    async with httpx.AsyncClient(timeout=10) as client:
        while time.monotonic() < until:
            for path, expected in (("metadata/2.root.json", {404}), ("metadata/timestamp.json", {200, 304})):
                headers = {"If-None-Match": etag} if etag and "timestamp" in path else {}
                started = time.perf_counter()
                try:
                    response = await client.get(f"{url}/{path}", headers=headers)
                except httpx.HTTPError as error:
                    errors.append(repr(error))
                    continue
                latencies.append(time.perf_counter() - started)
                if response.status_code not in expected:
                    errors.append(f"{path}: {response.status_code}")
                elif "timestamp" in path and response.status_code == 200:
                    etag = response.headers.get("etag")


async def _run(url: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_client(url, until, latencies, errors) for _ in range(clients)))
    return latencies, errors, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with serving() as (url, _pid):
        latencies, errors, elapsed = asyncio.run(_run(url, args.clients, args.seconds))
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    print(f"{args.clients} clients, {elapsed:.1f} s: {len(latencies)} requests, "
          f"{len(latencies) / elapsed:.0f} req/s")
    print(f"latency ms: p50 {pct(50):.1f}  p95 {pct(95):.1f}  p99 {pct(99):.1f}  "
          f"max {latencies[-1] * 1000:.1f}  mean {statistics.fmean(latencies) * 1000:.1f}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
