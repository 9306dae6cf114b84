"""Conditional requests when nothing changed (docs/architecture.md, client rules; sync/client/conditional.py).

The second sync with nothing new asks for timestamp.json with If-None-Match and gets a 304 with
no body; the cached timestamp goes through ngclient's verification as a download would. A source
that answers 304 forever is a frozen source: once the timestamp it froze has expired, the sync
is refused and the last good data kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from routekaarten.bootstrap import open_store
from sync.client.conditional import ETAG_FILE
from sync.client.fetcher import HttpxFetcher
from sync.client.updater import SyncClient
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER
from tests.integration.conftest import Workstation, World, publish_new_number
from tests.integration.live_server import LiveServer

Seen = list[tuple[str, int]]  # (path, status) of every answer the workstation got


@pytest.fixture
def watched(world: World) -> Iterator[tuple[Workstation, Seen]]:
    seen: Seen = []

    def record(response: httpx.Response) -> None:
        seen.append((response.request.url.path, response.status_code))

    client = httpx.Client(timeout=5, event_hooks={"response": [record]})
    fetcher = HttpxFetcher(client=client)
    data_dir = world.tmp / "werkplek"
    store = open_store(data_dir)
    station = Workstation(data_dir, store, SyncClient(data_dir, world.url, world.root_json, fetcher), fetcher)
    yield station, seen
    station.close()


def _timestamp_answers(seen: Seen) -> list[int]:
    return [status for path, status in seen if path.endswith("/timestamp.json")]


def test_nothing_new_is_asked_with_if_none_match_and_answered_304(watched: tuple[Workstation, Seen]) -> None:
    station, seen = watched
    assert station.sync().status is SyncStatus.UPDATED
    assert _timestamp_answers(seen) == [200]

    again = station.sync()

    assert again.status is SyncStatus.UNCHANGED, again.reason
    assert _timestamp_answers(seen) == [200, 304]
    assert station.phone(CONTACT) == OLD_NUMBER


def test_a_change_is_answered_in_full_and_synced(world: World, watched: tuple[Workstation, Seen]) -> None:
    station, seen = watched
    station.sync()
    publish_new_number(world)

    result = station.sync()

    assert result.status is SyncStatus.UPDATED
    assert _timestamp_answers(seen) == [200, 200]
    station.store.forget_cached("zeeland-west-brabant")
    assert station.phone(CONTACT) == NEW_NUMBER
    assert station.sync().status is SyncStatus.UNCHANGED and _timestamp_answers(seen)[-1] == 304


def test_a_record_that_no_longer_matches_the_cached_timestamp_is_not_used(
        watched: tuple[Workstation, Seen]) -> None:
    station, seen = watched
    station.sync()
    record = station.data_dir / "tuf" / ETAG_FILE
    data = json.loads(record.read_text())
    record.write_text(json.dumps({**data, "sha256": "0" * 64}))

    assert station.sync().status is SyncStatus.UNCHANGED
    assert _timestamp_answers(seen) == [200, 200]  # asked in full


def _frozen_mirror(repo_path: Path) -> Starlette:
    """A mirror frozen in time: the repository's files, but 'not modified' to every timestamp question."""

    async def not_modified(request: Request) -> Response:
        return Response(status_code=304)

    return Starlette(routes=[Route("/metadata/timestamp.json", not_modified),
                             Mount("/", StaticFiles(directory=repo_path))])


def test_a_source_answering_304_forever_is_refused_once_the_timestamp_expired(
        world: World, watched: tuple[Workstation, Seen]) -> None:
    station, _ = watched
    station.sync()
    # Time passes: the timestamp the workstation last accepted has expired since (here: one that
    # was signed three days ago and was valid for a day, as it would look after those days).
    world.repo.resign_online(world.keys.online, now=datetime.now(UTC) - timedelta(days=3), force=True)
    expired = (world.repo.metadata_dir / "timestamp.json").read_bytes()
    (station.data_dir / "tuf" / "metadata" / "timestamp.json").write_bytes(expired)

    with LiveServer(_frozen_mirror(world.repo.path)) as frozen:
        (station.data_dir / "tuf" / ETAG_FILE).write_text(json.dumps(
            {"url": f"{frozen.url}/metadata/timestamp.json", "etag": '"bevroren"',
             "sha256": hashlib.sha256(expired).hexdigest()}))
        client = SyncClient(station.data_dir, frozen.url, world.root_json, station.fetcher)
        result = client.sync(station.store)

    assert result.status is SyncStatus.REJECTED
    assert "verlopen" in result.reason and "bevroren" in result.reason
    assert station.phone(CONTACT) == OLD_NUMBER


def test_the_record_holds_no_more_than_the_url_etag_and_hash(watched: tuple[Workstation, Seen]) -> None:
    station, _ = watched
    station.sync()

    record = json.loads((station.data_dir / "tuf" / ETAG_FILE).read_text())

    assert set(record) == {"url", "etag", "sha256"}
    assert Path(record["url"]).name == "timestamp.json"
