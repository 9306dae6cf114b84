"""Where the shipped resources live: next to the source tree, or inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from routekaarten import environment


def resources_dir() -> Path:
    """The ``resources/`` folder: overridable for tests, ``sys._MEIPASS`` when frozen."""
    if override := os.environ.get(environment.RESOURCES):
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def region_bundle_paths() -> list[Path]:
    """The region bundles shipped with the app, so a fresh install works offline."""
    return sorted((resources_dir() / "regions").glob("*.json"))


def national_bundle_path() -> Path:
    return resources_dir() / "national" / "hssk.json"
