"""Shared test set-up.

Qt must run offscreen: CI has no display, and tests must not pop up windows on a developer's
desktop. The variable has to be set before the first QApplication exists, which pytest-qt
creates once per session, so it is set here, at import time of the top-level conftest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

ROOT = Path(__file__).resolve().parents[1]
REGION_FILE = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"
NATIONAL_FILE = ROOT / "resources" / "national" / "hssk.json"
SEED_FILE = ROOT / "tests" / "data" / "seed.txt"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as $ROUTEKAART_DATA_DIR so nothing touches the real one."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("ROUTEKAART_DATA_DIR", str(folder))
    return folder
