"""Fixtures for the desktop tests: a real store in a temp data folder and a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail

from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from routekaarten.bootstrap import open_store
from routekaarten.clock import AMSTERDAM

MONDAY_MORNING = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, data_dir: Path) -> Iterator[WindowFactory]:
    """Opens a main window on ``data_dir``; call again to simulate a restart."""
    stores = []

    def make(moment: datetime = MONDAY_MORNING) -> MainWindow:
        store = open_store(data_dir)
        stores.append(store)
        window = MainWindow(store, Settings(data_dir), clock=lambda: moment, keyring_backend=fail.Keyring)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for store in stores:
        store.close()
