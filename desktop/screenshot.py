"""Render the main window offscreen to a PNG, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m desktop.screenshot resources/screenshots/hoofdvenster.png

Uses a throw-away data folder and a fixed moment (a Monday 09:15), so the picture is the same
on every machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop import settings
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from routekaarten.bootstrap import open_store
    from routekaarten.reachability import AMSTERDAM

    target = Path(argv[0]) if argv else Path("resources/screenshots/hoofdvenster.png")
    box = argv[1] if len(argv) > 1 else "vt-ovj"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        prefs = Settings(Path(folder))
        prefs.set(settings.AREA, "zeeland")
        store = open_store(Path(folder))
        moment = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
        window = MainWindow(store, prefs, clock=lambda: moment)
        window.resize(1500, 900)
        window.show()
        window.chart.select_box(box)
        app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(target))
        window.close()
        store.close()
    print(target if ok else f"kon {target} niet opslaan")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
