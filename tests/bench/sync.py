"""Benchmark (not a test): sync with nothing new, and a full first sync of 26 regions, against
raw httpx GETs of the same files from the same loopback service in the same run
(docs/architecture.md, "Performance budgets": at most 3x). Run:

    .venv/bin/python tests/bench/sync.py [--runs 5]

The full sync is reported twice: as the user sees it (download, verify, and import into SQLite
with the search index), and without the store import (download and verify only), because the
raw GETs do no import and the import is the store's cost, not the network's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx

from routekaarten.bootstrap import open_store
from sync.client.fetcher import HttpxFetcher
from sync.client.updater import SyncClient
from sync.repository.service import create_app
from sync.status import SyncStatus
from tests.bench.sync_world import build, served_files
from tests.integration.live_server import LiveServer


class _NoImportStore:
    """Looks like a Store to the client but keeps nothing: isolates download + verification."""

    def bundle_sha(self, key: str) -> None:
        return None

    def import_bundle(self, raw: bytes, kind: str, origin: str, source: str) -> str:
        return kind

    def bundle_info(self, key: str) -> None:
        return None


def _median(runs: int, once: Callable[[], float]) -> float:
    return statistics.median(once() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        repo, online = build(tmp / "repo")
        root = (repo.metadata_dir / "1.root.json").read_bytes()
        files = served_files(repo)
        size = sum((repo.path / f).stat().st_size for f in files)
        with LiveServer(create_app(repo, online, resign_interval=3600)) as server, \
                httpx.Client(timeout=10) as raw_client:
            fetcher = HttpxFetcher()

            def raw_all() -> float:
                started = time.perf_counter()
                for path in files:
                    raw_client.get(f"{server.url}/{path}").raise_for_status()
                return time.perf_counter() - started

            def raw_nothing_new() -> float:
                started = time.perf_counter()
                raw_client.get(f"{server.url}/metadata/2.root.json")
                raw_client.get(f"{server.url}/metadata/timestamp.json").raise_for_status()
                return time.perf_counter() - started

            counter = iter(range(10_000))

            def full_sync(with_store: bool) -> float:
                folder = tmp / f"ws-{next(counter)}"
                store = open_store(folder)  # opening the store (embedded bundles) is not sync work
                try:
                    started = time.perf_counter()
                    result = SyncClient(folder, server.url, root, fetcher).sync(
                        store if with_store else _NoImportStore())  # type: ignore[arg-type]
                    elapsed = time.perf_counter() - started
                finally:
                    store.close()
                assert result.status is SyncStatus.UPDATED, result.reason
                return elapsed

            synced = tmp / "synced"
            store = open_store(synced)
            SyncClient(synced, server.url, root, fetcher).sync(store)

            def nothing_new() -> float:
                started = time.perf_counter()
                result = SyncClient(synced, server.url, root, fetcher).sync(store)
                elapsed = time.perf_counter() - started
                assert result.status is SyncStatus.UNCHANGED, result.reason
                return elapsed

            raw_all(), raw_nothing_new(), nothing_new()  # warm up connections and caches
            rows = [
                ("nothing new", _median(args.runs, nothing_new), _median(args.runs, raw_nothing_new)),
                ("full, 26 regions, download+verify", _median(args.runs, lambda: full_sync(False)),
                 _median(args.runs, raw_all)),
                ("full, 26 regions, + store import", _median(args.runs, lambda: full_sync(True)),
                 _median(args.runs, raw_all)),
            ]
            store.close()
            fetcher.close()
    print(f"{len(files)} files, {size / 1024:.0f} KiB; median of {args.runs} runs")
    for name, ours, raw in rows:
        verdict = "ok" if ours <= 3 * raw else "OVER BUDGET (3x)"
        print(f"{name:<36} sync {ours * 1000:8.1f} ms   raw GETs {raw * 1000:7.1f} ms   "
              f"ratio {ours / raw:5.2f}x  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
