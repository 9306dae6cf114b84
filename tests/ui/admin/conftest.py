"""Fixtures of the workbench tests ("Regio beheren"): the window on the test's data folder, the
English translation installed as the app does, and the integration tests' world (a repository
and the real service on 127.0.0.1)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop import app as desktop_app
from desktop.admin.admin_window import AdminWindow
from desktop.settings import Settings
from routekaarten import environment
from routekaarten.bootstrap import open_store
from sync.repository.service import create_app
from tests.integration.conftest import Keys, World, make_repository
from tests.integration.live_server import LiveServer
from tests.ui.admin.helpers import MOMENT, ROOT, AdminFactory


@pytest.fixture(autouse=True)
def _no_source_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's $ROUTEKAART_SYNC_URL or keyring passphrase must not reach these tests."""
    for name in (environment.SYNC_URL, environment.KEYRING_PASSPHRASE, "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_admin(qtbot, data_dir: Path) -> Iterator[AdminFactory]:
    """Opens the workbench on ``data_dir``; call again for a second window (or after a crash)."""
    stores = []

    def make(track: bool = True, **options) -> AdminWindow:
        store = open_store(data_dir)
        stores.append(store)
        window = AdminWindow(store, Settings(data_dir), clock=lambda: MOMENT, **options)
        if track:  # qtbot closes it at the end; a window the test destroys itself is not tracked
            qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def english(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QTranslator]:
    """The English .qm, compiled from the .ts and installed the way the app does at start."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    subprocess.run([str(tool) if tool.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease",
                    "-silent", str(ROOT / "resources" / "translations" / "routekaart_en.ts"),
                    "-qm", str(folder / "routekaart_en.qm")], check=True, timeout=120)
    monkeypatch.setattr(desktop_app, "resources_dir", lambda: folder.parent)
    translator = desktop_app.install_translator(qapp, "en")
    assert translator is not None
    yield translator
    QCoreApplication.removeTranslator(translator)  # the other tests see the Dutch source text
    translator.deleteLater()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """The integration tests' world (tests/integration/conftest.py): a repository and the real service."""
    keys = Keys()
    repo = make_repository(tmp_path / "repo", keys)
    with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as server:
        source = World(repo, keys, server.url, tmp_path)
        try:
            yield source
        finally:
            for station in source.stations:
                station.close()
