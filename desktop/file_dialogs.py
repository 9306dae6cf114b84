"""Where an export is saved: the one file dialog of the app's exports.

It starts in the user's documents folder (``QStandardPaths.DocumentsLocation``), not the folder
the app happened to be started from, and afterwards in the folder the user chose last for the
same kind of export (a summary goes to the dossier folder, the counts elsewhere), kept in the
settings (``desktop.settings.export_folder``). A folder is remembered only once an export was
written there (``remember_folder``): a read-only or full folder must not be offered again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Settings, export_folder


def documents_folder() -> Path:
    """The user's documents folder, or the home folder where the platform names none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


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


def remember_folder(prefs: Settings, kind: str, written: Path) -> None:
    """The next export of ``kind`` starts in the folder of ``written``, an export that succeeded."""
    prefs.set(export_folder(kind), str(written.parent))
