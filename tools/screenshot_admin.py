"""Render the regional admin's workbench ("Regio beheren") to PNGs, for the guide in the README.

    xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m tools.screenshot_admin resources/screenshots [--points 28]

Writes ``admin-contacten.png`` (a number typed wrongly, the problem next to it and in the list),
``admin-publiceren.png`` (the number corrected: what changes for workstations) and
``admin-routekaart.png`` (the routekaart editor with its preview), from a throw-away data folder
holding the Zeeland-West-Brabant bundle shipped with the app. ``--points`` sets the text size
(the app's largest is 28), to check the window at the size a user with low vision chooses.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

MOMENT = datetime(2026, 11, 30, 8, 15, tzinfo=UTC)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tools.screenshot_admin")
    parser.add_argument("target", type=Path, nargs="?", default=Path("resources/screenshots"))
    parser.add_argument("--points", type=int, default=0, help="text size in points (0: the platform's)")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. -groot")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop import settings
    from desktop.admin.admin_window import AdminWindow
    from desktop.settings import Settings
    from desktop.shell.text_size import TextSize
    from routekaarten.bootstrap import open_store

    args.target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        prefs = Settings(data_dir)
        prefs.set(settings.FONT_POINT_SIZE, args.points)
        prefs.set(settings.SYNC_URL, "https://routekaart.example.nl")
        (data_dir / "root.json").write_bytes(b"{}")  # only so the window counts a source as set up
        TextSize(prefs).apply()
        store = open_store(data_dir)
        window = AdminWindow(store, prefs, clock=lambda: MOMENT)
        window.resize(1500, 940)
        window.show()
        contacts = window.document.get(("contacts",))
        row = next(i for i, c in enumerate(contacts) if c["id"] == "zeeland-ovd-r")

        def shot(name: str) -> bool:
            for _ in range(5):
                app.processEvents()
            return window.grab().save(str(args.target / f"{name}{args.suffix}.png"))

        window.show_tab(window.contacts)
        window.contacts.select(row)
        window.document.set(("contacts", row, "phone"), "088 96380", "typed")
        window.validate_now()
        ok = shot("admin-contacten") and ok

        window.document.set(("contacts", row, "phone"), "088 9638000", "typed")
        window.validate_now()
        window.show_tab(window.publish_panel)
        ok = shot("admin-publiceren") and ok

        window.show_tab(window.chart)
        window.chart.sections.setCurrentWidget(window.chart.boxes)
        window.chart.boxes.select(1)
        window.validate_now()
        ok = shot("admin-routekaart") and ok
        window.close()
        store.close()
    print(args.target if ok else f"kon niet opslaan in {args.target}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
