"""Start the desktop app: open the store of the data folder, then show the main window.

A store that cannot be opened (corrupt, newer version, unwritable folder) is reported in a
Dutch dialog; nothing is overwritten, and the exit code is non-zero.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import crash, settings
from desktop.safe_text import message_box
from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from desktop.single_instance import (
    AlreadyRunning,
    InstanceServer,
    ask_running_app_to_show,
    bring_to_front,
    hold_data_folder,
)
from routekaarten import environment, i18n, logs
from routekaarten.bootstrap import open_for_start
from routekaarten.errors import RoutekaartError
from routekaarten.paths import data_dir, private_data_folder
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


def install_qt_translator(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts in the UI's language: the buttons of message boxes and the file dialog
    ("Opslaan", "Annuleren", "Zoeken in") are Qt's, not ours, and come from PySide6's
    ``qtbase_<lang>.qm``. None where PySide6 ships no such file (Qt's English stays)."""
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        return translator
    return None


def install_qt_supplement(app: QApplication, language: str) -> QTranslator | None:
    """The texts of Qt's own file dialog that ``qtbase_<lang>.qm`` lacks for this Qt (the labels
    Qt 6.11 gave an accelerator, the folder's type in the file list), from our own
    ``qt_filedialog_<lang>.qm`` (resources/translations/qt_filedialog_nl.ts says which). Installed
    after qtbase's, so it is asked first; it holds only texts qtbase does not translate.
    None where there is none (English: Qt's own texts are English)."""
    translator = QTranslator(app)
    if translator.load(f"qt_filedialog_{language}", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        return translator
    return None


def choose_language(app: QApplication, language: str) -> list[QTranslator]:
    """The UI language, chosen once at start, in the one place that chooses it: Qt's own texts
    (``install_qt_translator``), ours (``install_translator``) and the domain's
    (``routekaarten.i18n``, docs/adr/0005-domain-text.md), so that every text on screen is in it.

    Where the UI cannot be translated (no compiled file) the domain stays Dutch too: one language
    on screen, never a mix. Returns the translators installed (to remove them again).
    """
    qt_own = install_qt_translator(app, language)
    qt_supplement = install_qt_supplement(app, language) if qt_own is not None else None
    translator = install_translator(app, language)
    i18n.set_language(language if translator is not None and language in i18n.LANGUAGES else "nl")
    return [installed for installed in (qt_own, qt_supplement, translator) if installed is not None]


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
            private_data_folder(folder)  # 0700, owner-only files, no temp files a kill left
        except OSError as error:
            message = app.translate("App", "De gegevensmap {0} kan niet worden aangemaakt ({1}).")
            raise RoutekaartError(message.format(folder, error.strerror)) from error
        logs.to_data_folder(folder, verbose)  # opened at the first record, not here
        crash.install()
        prefs = Settings(folder)
        choose_language(app, prefs.get(settings.LANGUAGE))
        lock = hold_data_folder(folder)
        window = create_window(folder)
    except AlreadyRunning:
        from PySide6.QtWidgets import QMessageBox  # a start that shows the window needs none

        if ask_running_app_to_show(folder):
            return 0  # the running app's window is in front; nothing to say
        message = app.translate(
            "App", "Routekaart is al geopend met deze gegevensmap ({0}). Gebruik het venster dat al open is."
        )
        title = app.translate("App", "Routekaart is al geopend")
        message_box(QMessageBox.Icon.Information, title, message.format(folder)).exec()
        return 3
    except RoutekaartError as error:
        from PySide6.QtWidgets import QMessageBox

        title = app.translate("App", "Routekaart kan niet starten")
        message_box(QMessageBox.Icon.Critical, title, str(error)).exec()
        return 2
    servers: list[InstanceServer] = []

    def listen() -> None:
        """Once the window is on screen (a second start meanwhile keeps trying to reach it)."""
        if lock is not None:
            servers.append(InstanceServer(folder, app))
            servers[0].showRequested.connect(lambda: bring_to_front(window))

    window.show()
    QTimer.singleShot(0, listen)
    if os.environ.get(environment.SMOKE_TEST):
        # For the test of the frozen bundle: say what the window shows, then quit.
        def report() -> None:
            print(json.dumps(window.routekaart.shown()), flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        for server in servers:
            server.close()
        if lock is not None:
            lock.unlock()  # held while the app runs; a crash leaves a stale lock, taken over next time
        with contextlib.suppress(OSError):
            private_data_folder(folder)  # what was written while the app ran (tuf's cache, settings.ini)
