"""Fixtures for the desktop tests: a real store in a temp data folder and a fixed clock."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop import app as desktop_app
from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from routekaarten import i18n
from routekaarten.bootstrap import open_store
from routekaarten.clock import AMSTERDAM
from tests.ui.helpers import TS_FILE, qt_tool

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
        qtbot.waitUntil(window.routekaart.chart_built)  # the chart and overview follow the first paint
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def english(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QTranslator]:
    """English chosen the way the app does at start (``desktop.app.choose_language``): the .qm
    compiled from the .ts for Qt's strings, and the domain's language for its own."""
    folder = tmp_path / "resources"
    qm_file = folder / "translations" / "routekaart_en.qm"
    qm_file.parent.mkdir(parents=True)
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm_file)],
        check=True,
        timeout=120,
    )
    monkeypatch.setattr(desktop_app, "resources_dir", lambda: folder)
    translators = desktop_app.choose_language(qapp, "en")
    assert translators
    assert i18n.language() == "en"
    yield translators[-1]
    for translator in translators:
        QCoreApplication.removeTranslator(translator)  # the other tests see the Dutch source text
        translator.deleteLater()
    i18n.set_language("nl")
