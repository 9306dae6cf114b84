"""A central source's host runs the service and the admin commands without PySide6 installed.

Each command runs in a fresh Python in which PySide6 (and shiboken6) cannot be imported, as on a
server installed with ``pip install routekaart`` (no ``[desktop]`` extra).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WITHOUT_QT = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoQt())
from desktop.launcher import main
code = main(sys.argv[1:])
assert not any(name.startswith(("PySide6", "shiboken6")) for name in sys.modules)
sys.exit(code)
"""


def _routekaart(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})}, check=False,
    )


def test_serve_and_admin_work_without_pyside6(tmp_path: Path) -> None:
    env = {"ROUTEKAART_OFFLINE_PASSPHRASE": "landelijk-geheim-123",
           "ROUTEKAART_ONLINE_PASSPHRASE": "online-geheim-4567"}
    repo, keys = tmp_path / "repo", tmp_path / "keys"

    served = _routekaart("serve", "--help")
    init = _routekaart("admin", "init", "--repo", str(repo), "--keys", str(keys), env=env)
    status = _routekaart("admin", "status", "--repo", str(repo), "--json")

    assert served.returncode == 0, served.stderr
    assert "repository-service" in served.stdout or "--resign-interval" in served.stdout
    assert init.returncode == 0, init.stderr
    assert status.returncode == 0, status.stderr
    assert len(json.loads(status.stdout)) >= 4  # root, targets, snapshot, timestamp


def test_the_app_without_pyside6_says_in_dutch_how_to_install_it() -> None:
    started = _routekaart()

    assert started.returncode == 2
    assert "PySide6 is niet geïnstalleerd" in started.stderr
    assert "routekaart[desktop]" in started.stderr
    assert "Traceback" not in started.stderr


def test_the_blocker_really_blocks_pyside6() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT.split("from desktop", maxsplit=1)[0] + "import PySide6.QtCore"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert probe.returncode != 0
    assert "ModuleNotFoundError" in probe.stderr


def test_admin_print_without_pyside6_says_in_dutch_what_is_missing(tmp_path: Path) -> None:
    region = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"

    printed = _routekaart("admin", "print", str(region), "--out", str(tmp_path / "routekaart.pdf"))

    assert printed.returncode == 2
    assert "PySide6 is niet geïnstalleerd" in printed.stderr and "routekaart[desktop]" in printed.stderr
    assert "Traceback" not in printed.stderr
    assert not (tmp_path / "routekaart.pdf").exists()
