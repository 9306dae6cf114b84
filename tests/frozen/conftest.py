"""The frozen (PyInstaller) bundle, built once per test session from build.spec.

Building takes a minute; the bundle is kept in build/frozen/ and rebuilt only when a source
file, resource or the spec is newer than it, so repeated local runs stay quick.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "frozen"
EXECUTABLE = OUT / "dist" / "routekaart" / ("routekaart.exe" if sys.platform == "win32" else "routekaart")
SOURCES = ("routekaarten", "desktop", "sync", "resources")


def _newest_source() -> float:
    files = [ROOT / "build.spec", *(p for d in SOURCES for p in (ROOT / d).rglob("*") if p.is_file())]
    return max(path.stat().st_mtime for path in files if "__pycache__" not in path.parts)


@pytest.fixture(scope="session")
def bundle() -> Path:
    if not EXECUTABLE.exists() or EXECUTABLE.stat().st_mtime < _newest_source():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--workpath",
                str(OUT / "work"),
                "--distpath",
                str(OUT / "dist"),
                str(ROOT / "build.spec"),
            ],
            cwd=ROOT,
            check=True,
        )
        EXECUTABLE.touch()
    return EXECUTABLE
