"""Benchmark (not a test): idle memory of the app window, against a bare PySide6 window.

docs/architecture.md budget: at most 80 MB more than the bare window, measured in the same run. Each
sample is a fresh Python process on the offscreen platform: the window is shown, events are
processed, then the event loop idles for a moment (``--idle`` seconds, in which the app's timers
and its start-up sync step run; with no sync URL and no shipped TUF seed that step loads nothing)
before the process reads its own resident set size. The app window opens a data folder that a
first start has already filled, as every later start finds it.

Memory is RSS, read from ``VmRSS`` in ``/proc/self/status`` (Linux); where that file does not
exist the sample falls back to ``resource.getrusage`` max RSS, a peak rather than the current
size (the output names the source). The Linux peak (``VmHWM``) is printed too, for reference.
MB are 10^6 bytes. As in startup.py, both processes may use compiled bytecode, from a temporary
PYTHONPYCACHEPREFIX, as an installed app does. The offscreen platform keeps its backing store in
ordinary memory; a real display adds the same buffers to both windows. Run:

    .venv/bin/python tests/bench/memory.py [--runs 7] [--idle 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PYCACHE = tempfile.mkdtemp(prefix="routekaart-pycache-")

_MEASURE = """
import json, sys

def _memory():
    try:
        with open("/proc/self/status") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        kib = lambda name: int(fields[name].split()[0])
        return {"rss": kib("VmRSS") * 1024, "peak": kib("VmHWM") * 1024, "source": "VmRSS"}
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
        return {"rss": peak, "peak": peak, "source": "getrusage max RSS"}

def _report_and_quit():
    print(json.dumps(_memory()))
    app.quit()
"""

BARE = _MEASURE + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("Routekaart")); w.resize(1400, 860); w.show()
app.processEvents()
QTimer.singleShot(int(float(sys.argv[1]) * 1000), _report_and_quit)
app.exec()
"""

APP = _MEASURE + """
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
app = QApplication([])
w = create_window(Path(sys.argv[2])); w.show()
app.processEvents()
assert w.chart.items_by_id and w.contacts.proxy.rowCount()
QTimer.singleShot(int(float(sys.argv[1]) * 1000), _report_and_quit)
app.exec()
"""


def _sample(code: str, idle: float, *args: str) -> dict[str, float | str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": _PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("ROUTEKAART_SYNC_URL", None)  # no central source: idle, not a download, is measured
    out = subprocess.run(
        [sys.executable, "-c", code, str(idle), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    result: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _mb(samples: list[dict[str, float | str]], key: str) -> float:
    return statistics.median(float(sample[key]) for sample in samples) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle", type=float, default=2.0, help="seconds of idle event loop before measuring")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _sample(APP, 0, folder)  # first start imports the embedded bundles and writes the bytecode
        _sample(BARE, 0)
        bare, app = [], []
        for _ in range(options.runs):  # interleaved, so machine noise hits both alike
            bare.append(_sample(BARE, options.idle))
            app.append(_sample(APP, options.idle, folder))
    b, a = _mb(bare, "rss"), _mb(app, "rss")
    spread = [float(s["rss"]) / 1e6 for s in app]
    print(f"resident memory ({bare[0]['source']}) after {options.idle:g} s idle, "
          f"median of {options.runs} runs")
    print(f"bare PySide6 window : median {b:6.1f} MB  (peak {_mb(bare, 'peak'):.1f} MB)")
    print(f"Routekaart window   : median {a:6.1f} MB  (peak {_mb(app, 'peak'):.1f} MB; "
          f"runs {min(spread):.1f}-{max(spread):.1f} MB)")
    verdict = "ok" if a - b <= 80 else "OVER BUDGET (+80 MB)"
    print(f"difference app - bare: {a - b:+6.1f} MB  (budget +80 MB)  {verdict}")


if __name__ == "__main__":
    main()
