"""Shared test set-up.

Qt must run offscreen: CI has no display, and tests must not pop up windows on a developer's
desktop. The variable has to be set before the first QApplication exists, which pytest-qt
creates once per session, so it is set here, at import time of the top-level conftest.

The markers ``integration``, ``frozen`` and ``slow`` (registered in pyproject.toml) follow from
the folder a test lives in, so a new test file cannot forget its marker: the quick loop
``pytest -m "not integration and not frozen"`` skips the service, the bundle build and the
process-killing fault tests.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from routekaarten.store import Store

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

ROOT = Path(__file__).resolve().parents[1]
REGION_FILE = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"
NATIONAL_FILE = ROOT / "resources" / "national" / "hssk.json"
SEED_FILE = ROOT / "tests" / "data" / "seed.txt"
MARKERS_BY_FOLDER = {"integration": "integration", "frozen": "frozen", "faults": "slow"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tests = ROOT / "tests"
    for item in items:
        path = Path(item.path)
        if path.is_relative_to(tests) and len(path.relative_to(tests).parts) > 1:
            marker = MARKERS_BY_FOLDER.get(path.relative_to(tests).parts[0])
            if marker:
                item.add_marker(marker)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as $ROUTEKAART_DATA_DIR so nothing touches the real one."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("ROUTEKAART_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _restore_logging_and_excepthook() -> Iterator[None]:
    """``routekaart`` commands and ``desktop.app.run`` set up the log (routekaarten/logs.py) and the
    excepthook for the whole process; a test that runs them must not leave them to the next test
    (a handler writing to a finished test's captured stderr, or a file in a deleted tmp_path)."""
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    sys.excepthook = hook


@pytest.fixture(autouse=True)
def _dutch_domain_text() -> Iterator[None]:
    """The domain's language is one choice per process (``routekaarten.i18n``); a test that chooses
    English (or runs ``desktop.app.run`` with an English setting) must not leave it to the next."""
    from routekaarten import i18n

    yield
    i18n.set_language("nl")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The store as the app opens it: a data folder's database with the shipped bundles."""
    from routekaarten.bootstrap import open_store

    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()
