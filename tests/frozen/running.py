"""Running the frozen bundle in a subprocess, for the frozen tests (a helper, not a test)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def run_bundle(
    bundle: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("ROUTEKAART_RESOURCES", None)  # the bundle's own, unless a test names others
    environment.update(env or {})
    return subprocess.run(
        [str(bundle), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        cwd=bundle.parent,
        check=False,  # the tests assert the exit code themselves
    )


def app_executable(bundle: Path) -> Path:
    """The windowed ``routekaart-app`` next to the CLI ``routekaart`` in the one folder (build.spec)."""
    return bundle.with_name("routekaart-app.exe" if bundle.suffix == ".exe" else "routekaart-app")
