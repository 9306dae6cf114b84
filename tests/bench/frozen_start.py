"""Benchmark (not a test): cold start of the frozen bundle against the unfrozen app, and its size.

Both run with ROUTEKAART_SMOKE_TEST=1 (show the window with data, then quit), offscreen, on
the same data folder, interleaved. Build the bundle first (the frozen tests do:
build/frozen/dist/routekaart), then:

    .venv/bin/python tests/bench/frozen_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "build" / "frozen" / "dist" / "routekaart" / "routekaart"
UNFROZEN = Path(sys.executable).parent / "routekaart"


def _seconds(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROUTEKAART_SMOKE_TEST": "1"}
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        frozen_cmd, unfrozen_cmd = [str(FROZEN), "--data-dir", folder], [str(UNFROZEN), "--data-dir", folder]
        _seconds(unfrozen_cmd)  # the first start imports the embedded bundles
        frozen, unfrozen = [], []
        for _ in range(runs):
            frozen.append(_seconds(frozen_cmd))
            unfrozen.append(_seconds(unfrozen_cmd))
    size = sum(path.stat().st_size for path in FROZEN.parent.rglob("*") if path.is_file())
    f, u = statistics.median(frozen), statistics.median(unfrozen)
    print(f"bundle size      : {size / 2**20:.0f} MiB ({FROZEN.parent})")
    print(f"frozen start     : median {f * 1000:.0f} ms")
    print(f"unfrozen start   : median {u * 1000:.0f} ms")
    print(f"ratio            : {f / u:.2f}x")


if __name__ == "__main__":
    main()
