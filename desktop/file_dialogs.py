"""Where a file is saved or opened: the one file dialog of the app's exports and imports.

It starts in the user's documents folder (``QStandardPaths.DocumentsLocation``), not the folder
the app happened to be started from, and afterwards in the folder the user chose last for the
same kind of file (a summary goes to the dossier folder, the counts elsewhere, a key backup to
a USB stick), kept in the settings (``desktop.settings.export_folder``). A folder is remembered
only once a file was written there or read from there (``remember_folder``): a read-only or full
folder must not be offered again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Settings, export_folder


def documents_folder() -> Path:
    """The user's documents folder, or the home folder where the platform names none or the one it
    names is not there (a Linux account without xdg-user-dirs has no ~/Documents): a file dialog
    told to start in a folder that does not exist starts in the app's working folder instead."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(prefs: Settings, kind: str) -> Path:
    """The last folder of this kind of export while it exists, else the documents folder."""
    remembered = prefs.get(export_folder(kind))
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def save_file_name(  # noqa: PLR0917 - getSaveFileName's arguments, so a call changes one name
    prefs: Settings, kind: str, parent: QWidget | None, caption: str, suggested_name: str, filters: str
) -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName`` (the chosen name, "" when cancelled, and the filter),
    starting in :func:`start_folder`. The caller calls :func:`remember_folder` once it wrote."""
    start = start_folder(prefs, kind) / suggested_name
    return QFileDialog.getSaveFileName(parent, caption, str(start), filters)


def open_file_name(
    prefs: Settings, kind: str, parent: QWidget | None, caption: str, filters: str
) -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName``, starting in :func:`start_folder`. The caller calls
    :func:`remember_folder` once it read the file."""
    return QFileDialog.getOpenFileName(parent, caption, str(start_folder(prefs, kind)), filters)


def remember_folder(prefs: Settings, kind: str, used: Path) -> None:
    """The next dialog of ``kind`` starts in the folder of ``used``, a file written or read."""
    prefs.set(export_folder(kind), str(used.parent))
