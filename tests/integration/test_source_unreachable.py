"""A source that is down, hangs, or answers 500: "unreachable", last good data kept, and said why."""

from __future__ import annotations

import time

from sync.client.fetcher import HttpxFetcher
from sync.client.updater import SyncClient
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, OLD_NUMBER
from tests.integration.conftest import World, assert_kept
from tests.integration.live_server import LiveServer, closed_port_url, failing_app, slow_app


def _sync_from(world: World, url: str, timeout: float = 5.0) -> tuple[SyncStatus, str, float]:
    station = world.workstation()
    station.sync()
    fetcher = HttpxFetcher(timeout=timeout, deadline=timeout * 2)
    try:
        started = time.monotonic()
        result = SyncClient(station.data_dir, url, world.root_json, fetcher).sync(station.store)
        elapsed = time.monotonic() - started
    finally:
        fetcher.close()
    assert_kept(station, CONTACT, OLD_NUMBER, 1)
    return result.status, result.reason, elapsed


def test_server_down_is_unreachable(world: World) -> None:
    status, reason, _ = _sync_from(world, closed_port_url())

    assert status is SyncStatus.UNREACHABLE
    assert "niet bereikbaar" in reason and "laatste goede gegevens" in reason


def test_slow_server_times_out(world: World) -> None:
    with LiveServer(slow_app(delay=3.0)) as slow:
        status, reason, elapsed = _sync_from(world, slow.url, timeout=0.3)

    assert status is SyncStatus.UNREACHABLE
    assert "te traag" in reason
    assert elapsed < 2.0


def test_server_error_is_unreachable_with_the_status(world: World) -> None:
    with LiveServer(failing_app()) as failing:
        status, reason, _ = _sync_from(world, failing.url)

    assert status is SyncStatus.UNREACHABLE
    assert "HTTP 500" in reason


def test_a_failed_sync_is_recorded_but_keeps_the_last_successful_check(world: World) -> None:
    from sync.client.state import SyncState

    station = world.workstation()
    station.sync()
    checked = SyncState.load(station.data_dir).checked_at
    fetcher = HttpxFetcher(timeout=1)
    try:
        SyncClient(station.data_dir, closed_port_url(), world.root_json, fetcher).sync(station.store)
    finally:
        fetcher.close()

    state = SyncState.load(station.data_dir)
    assert state.checked_at == checked
    assert state.last_status == "unreachable" and state.last_reason and "niet bereikbaar" in state.last_reason
