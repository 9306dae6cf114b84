"""Start the desktop app: open the store of the data folder, then show the main window.

A store that cannot be opened (corrupt, newer version, unwritable folder) is reported in a
Dutch dialog; nothing is overwritten, and the exit code is non-zero.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import crash, settings
from desktop.safe_text import message_box
from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from desktop.single_instance import AlreadyRunning, hold_data_folder
from routekaarten import environment, logs
from routekaarten.bootstrap import open_for_start
from routekaarten.errors import RoutekaartError
from routekaarten.paths import data_dir
from routekaarten.resources import resources_dir


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Dutch is the source language; another language loads ``routekaart_<lang>.qm``.

    Returns the installed translator, or None (Dutch, or no compiled file: the UI stays Dutch).
    """
    if language == "nl":
        return None
    translator = QTranslator(app)
    if translator.load(f"routekaart_{language}", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        return translator
    return None


def create_window(folder: Path) -> MainWindow:
    """The main window on the data folder, after the check at start (docs/architecture.md).

    The check (``routekaarten.bootstrap.open_for_start``) runs before anything is shown: a
    damaged or read-only folder still gives the phone list, read-only, with the problem on the
    banner; an emptied database is refilled from the verified cache.
    """
    from sync.client.source import shipped_repository_dir, trusted_root_path
    from sync.client.start_check import start_checker

    opened = open_for_start(folder, start_checker(trusted_root_path(folder), shipped_repository_dir()))
    window = MainWindow(opened.store, Settings(folder))
    window.sync.set_opening(opened.notes, read_only=opened.read_only, verified=opened.verified)
    return window


def run(data_dir_override: str | None = None, verbose: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Routekaart")
    app.setOrganizationName("LNZS")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = data_dir(data_dir_override)
    try:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            message = app.translate("App", "De gegevensmap {0} kan niet worden aangemaakt ({1}).")
            raise RoutekaartError(message.format(folder, error.strerror)) from error
        logs.to_data_folder(folder, verbose)  # opened at the first record, not here
        crash.install()
        prefs = Settings(folder)
        install_translator(app, prefs.get(settings.LANGUAGE))
        lock = hold_data_folder(folder)
        window = create_window(folder)
    except AlreadyRunning:
        message = app.translate(
            "App", "Routekaart is al geopend met deze gegevensmap ({0}). Gebruik het venster dat al open is."
        )
        title = app.translate("App", "Routekaart is al geopend")
        message_box(QMessageBox.Icon.Information, title, message.format(folder)).exec()
        return 3
    except RoutekaartError as error:
        title = app.translate("App", "Routekaart kan niet starten")
        message_box(QMessageBox.Icon.Critical, title, str(error)).exec()
        return 2
    window.show()
    if os.environ.get(environment.SMOKE_TEST):
        # For the test of the frozen bundle: say what the window shows, then quit.
        def report() -> None:
            print(json.dumps(window.routekaart.shown()), flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.unlock()  # held while the app runs; a crash leaves a stale lock, taken over next time
