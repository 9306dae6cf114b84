"""Benchmark (not a test): cold start to a shown window with "Nu bereikbaar" painted, and on to
the chart drawn (it is drawn after the numbers' first paint).

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

# Each script prints two samples, "wall cpu", for the moment its first window paints (for the app:
# the first paint of "Nu bereikbaar", rows in it, as its table's own firstPainted signal says; an
# event filter on the table's viewport would make Python wrap Qt's private viewport class, which
# by itself builds every QtWidgets type, some 12 ms the app does not spend) and, for the app, a
# third and fourth for the moment everything deferred (the chart) is drawn too. CPU time is the
# process's own: on a shared machine wall time also counts the other processes' turns.
FIRST_PAINT = """
import time; t0, c0 = time.perf_counter(), time.process_time()
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    seen = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = (time.perf_counter() - t0, time.process_time() - c0)
        return False
"""

BARE = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); label = QLabel("Routekaart"); w.setCentralWidget(label); w.resize(1400, 860)
paint = FirstPaint(); label.installEventFilter(paint)
w.show()
while paint.seen is None:
    app.processEvents()
print(*paint.seen)
"""

APP = FIRST_PAINT + """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
app = QApplication([])
w = create_window(Path(sys.argv[1]))
table = w.routekaart.contacts.table
seen = []
table.firstPainted.connect(lambda: seen.append((time.perf_counter() - t0, time.process_time() - c0)))
w.show()
while not seen:
    app.processEvents()
assert table.model().rowCount()
while not w.routekaart.chart_built():  # by itself, after the numbers
    app.processEvents()
assert w.routekaart.chart.items_by_id
print(*seen[0], time.perf_counter() - t0, time.process_time() - c0)
"""


def _sample(code: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": _PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return [float(value) for value in out.stdout.strip().splitlines()[-1].split()]


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
    def median(samples: list[list[float]], column: int) -> float:
        return statistics.median(sample[column] for sample in samples)

    for column, kind in ((0, "wall"), (1, "cpu")):
        b, a, done = median(bare, column), median(app, column), median(app, column + 2)
        print(f"{kind}: bare PySide6 window       median {b * 1000:7.1f} ms")
        print(f"{kind}: Routekaart, numbers shown median {a * 1000:7.1f} ms  ratio {a / b:.2f}x (budget 2x)")
        print(f"{kind}: Routekaart, chart drawn   median {done * 1000:7.1f} ms  ratio {done / b:.2f}x")
    print(f"first start (import), wall: {first[0][0] * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
