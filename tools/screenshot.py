"""Render the app offscreen to PNGs, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshot resources/screenshots

Writes ``hoofdvenster.png`` (the routekaart with a box chosen) and ``zaak.png`` (a demo case),
using a throw-away data folder and a fixed moment (a Monday 09:15), so the pictures are the
same on every machine. The demo case holds no real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from keyring.backends import fail
    from PySide6.QtWidgets import QApplication

    from desktop import settings
    from desktop.settings import Settings
    from desktop.shell.main_window import MainWindow
    from routekaarten.bootstrap import open_store
    from routekaarten.case_store import CaseStore
    from routekaarten.clock import AMSTERDAM
    from routekaarten.keys import ScryptParams
    from routekaarten.vault import CaseVault

    target = Path(argv[0]) if argv else Path("resources/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        prefs = Settings(Path(folder))
        prefs.set(settings.AREA, "zeeland")
        store = open_store(Path(folder))
        moment = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
        window = MainWindow(store, prefs, clock=lambda: moment, keyring_backend=fail.Keyring)
        window.resize(1500, 900)
        window.show()
        window.routekaart.chart.select_box("vt-ovj")
        app.processEvents()
        ok = window.grab().save(str(target / "hoofdvenster.png"))

        cases = CaseStore(store)
        vault, wrapped = CaseVault.create_with_passphrase("demo-wachtwoordzin", ScryptParams(n=2**10))
        cases.save_wrapped_key(wrapped)
        window.tabs.setCurrentIndex(1)
        page = window.open_cases()
        page.session.unlocked(vault)
        page.new_case()
        page.editor.form.label.setText("AB-2026-01")
        page.editor.form.label.editingFinished.emit()
        page.editor.form.vermoeden.setCurrentIndex(page.editor.form.vermoeden.findData(2))
        page.editor.form.uitlating.setCurrentIndex(page.editor.form.uitlating.findData("vage_uitspraak"))
        app.processEvents()
        ok = window.grab().save(str(target / "zaak.png")) and ok
        window.close()
        store.close()
    print(target if ok else f"kon niet opslaan in {target}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
