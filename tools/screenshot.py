"""Render the app to PNGs, for the README and the user guide.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m tools.screenshot resources/screenshots

(a real X display, as the issue asks; without one, QT_QPA_PLATFORM=offscreen works too). Writes
the main window (the routekaart with a box chosen) in Dutch and English, at the normal and the
largest text size — ``hoofdvenster.png``, ``hoofdvenster-groot.png``, ``hoofdvenster-en.png``,
``hoofdvenster-en-groot.png`` — and ``zaak.png`` (a demo case), each from a throw-away data
folder at a fixed moment (a Monday 09:15), so the pictures are the same on every machine. The
demo case holds no real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

MOMENT_ARGS = (2026, 11, 30, 9, 15)
VIEWS = (  # file, language, largest text size
    ("hoofdvenster.png", "nl", False),
    ("hoofdvenster-groot.png", "nl", True),
    ("hoofdvenster-en.png", "en", False),
    ("hoofdvenster-en-groot.png", "en", True),
)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    target = Path(argv[0]) if argv else Path("resources/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from desktop.app import choose_language
    from desktop.shell.text_size import platform_font
    from routekaarten import i18n

    platform_font()  # the platform's size, before any view changes it
    ok = True
    for name, language, largest in VIEWS:
        translators = choose_language(app, language)
        try:
            ok = _main_window(app, target / name, language, largest) and ok
        finally:
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
            i18n.set_language("nl")
            QApplication.setFont(platform_font())
    ok = _case(app, target / "zaak.png") and ok
    print(target if ok else f"kon niet opslaan in {target}")
    return 0 if ok else 1


def _window(app, folder: Path, language: str = "nl", largest: bool = False):
    from keyring.backends import fail

    from desktop import settings
    from desktop.settings import Settings
    from desktop.shell.main_window import MainWindow
    from desktop.shell.text_size import LARGEST
    from routekaarten.bootstrap import open_store
    from routekaarten.clock import AMSTERDAM

    prefs = Settings(folder)
    prefs.set(settings.AREA, "zeeland")
    prefs.set(settings.LANGUAGE, language)
    if largest:
        prefs.set(settings.FONT_POINT_SIZE, LARGEST)
    store = open_store(folder)
    moment = datetime(*MOMENT_ARGS, tzinfo=AMSTERDAM)
    window = MainWindow(store, prefs, clock=lambda: moment, keyring_backend=fail.Keyring)
    window.resize(1500, 900)
    window.show()
    _settle(app)
    return window, store


def _settle(app) -> None:
    import time

    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:  # the window manager's and the deferred chart's turns
        app.processEvents()
        time.sleep(0.02)


def _main_window(app, path: Path, language: str, largest: bool) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        window, store = _window(app, Path(folder), language, largest)
        window.routekaart.chart.select_box("vt-ovj")
        window.routekaart.show_box("vt-ovj")
        _settle(app)
        ok = window.grab().save(str(path))
        window.close()
        store.close()
    return ok


def _case(app, path: Path) -> bool:
    from routekaarten.case_store import CaseStore
    from routekaarten.keys import ScryptParams
    from routekaarten.vault import CaseVault

    with tempfile.TemporaryDirectory() as folder:
        window, store = _window(app, Path(folder))
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
        _settle(app)
        ok = window.grab().save(str(path))
        window.close()
        store.close()
    return ok


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
