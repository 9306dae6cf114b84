"""Closing the window during a sync from a source that drips its headers ends the sync at once
(issue 10, item 4): the download is cut, the sync ends as unreachable ("sync afgebroken"), and the
worker thread is free, so the process can exit.

Not a clock: the source gives up dripping only after ``DRIP_SECONDS`` and the per-file deadline
is 120 s; a sync that was not cut off would end as *succeeded or refused* much later, and the
wait below is only a guard against a hang.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop import settings
from desktop.settings import Settings
from sync.client.state import SyncState
from tests.integration.conftest import World, world  # noqa: F401 (the fixture)
from tests.integration.dripping import DRIP_SECONDS, DrippingServer

HANG_GUARD_MS = int(DRIP_SECONDS * 1000 / 2)


@pytest.fixture(autouse=True)
def _isolated_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ROUTEKAART_SYNC_URL", raising=False)


@pytest.fixture
def dripping() -> Iterator[DrippingServer]:
    server = DrippingServer()
    yield server
    server.close()


def test_closing_the_window_cancels_a_dripping_sync(
    world: World, data_dir: Path, dripping: DrippingServer, make_window, qtbot,  # noqa: F811
) -> None:
    (data_dir / "root.json").write_bytes(world.root_json)
    prefs = Settings(data_dir)
    prefs.set(settings.SYNC_URL, dripping.url)
    prefs.sync()
    window = make_window()
    qtbot.waitUntil(dripping.first_byte.is_set, timeout=HANG_GUARD_MS)  # the sync waits for headers
    assert window.sync.is_busy()

    with qtbot.waitSignal(window.sync.finished, timeout=HANG_GUARD_MS):
        window.close()

    assert QThreadPool.globalInstance().waitForDone(HANG_GUARD_MS)
    state = SyncState.load(data_dir)
    assert state.checked_at is None  # never confirmed by the source
    assert "De centrale bron is niet bereikbaar" in window.banner.text()
    assert "sync afgebroken" in window.banner.text()
    assert not window.sync.sync_now()  # no new sync starts once the window is closing
