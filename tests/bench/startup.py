"""Benchmark (not a test): cold start to a shown window with the routekaart and contacts.

Compared, in the same run, with a bare PySide6 window (docs/architecture.md budget: at most 2x). Each
sample is a fresh Python process, so imports and the store are cold for Python (the OS file
cache stays warm for both). Both may use compiled bytecode, as an installed app does (pip and
PyInstaller ship .pyc files): it goes to a temporary PYTHONPYCACHEPREFIX, written by the warm-up
start, even where PYTHONDONTWRITEBYTECODE is set (as on the CI machines, where every start would
otherwise compile the app's own modules from source). Run:

    .venv/bin/python tests/bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PYCACHE = tempfile.mkdtemp(prefix="routekaart-pycache-")

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("Routekaart")); w.resize(1400, 860); w.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
app = QApplication([])
w = create_window(Path(sys.argv[1])); w.show()
app.processEvents()
assert w.chart.items_by_id and w.contacts.proxy.rowCount()
print(time.perf_counter() - t0)
"""


def _sample(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": _PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        _sample(APP, folder)  # first start imports the embedded bundles; later starts are the normal case
        _sample(BARE)  # and writes the bytecode of both
        bare, app = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            bare.append(_sample(BARE))
            app.append(_sample(APP, folder))
        first_dir = tempfile.mkdtemp()
        first = [_sample(APP, first_dir)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window : median {b * 1000:7.1f} ms  (min {min(bare) * 1000:.1f})")
    print(f"Routekaart window   : median {a * 1000:7.1f} ms  (min {min(app) * 1000:.1f})")
    print(f"first start (import): {first[0] * 1000:7.1f} ms")
    print(f"ratio app / bare    : {a / b:.2f}x  (budget 2.0x)")


if __name__ == "__main__":
    main()
