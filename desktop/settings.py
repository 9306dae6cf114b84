"""Typed settings on QSettings, kept in the data folder so a profile carries its own choices.

One place lists every key with its type and default; nothing else reads QSettings directly.
Secrets never go here (they belong in the OS keyring).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


REGION = Setting("selection/region", str, "zeeland-west-brabant")
AREA = Setting("selection/area", str, "")  # "" = not chosen yet
STEP = Setting("selection/step", int, -1)  # -1 = all steps
LANGUAGE = Setting("ui/language", str, "nl")  # "nl" (the source language) or "en"; read at start
FONT_POINT_SIZE = Setting("ui/font_point_size", int, 0)  # 0 = the platform's size
GEOMETRY = Setting("ui/geometry", str, "")
IDLE_LOCK_MINUTES = Setting("cases/idle_lock_minutes", int, 10)
RETENTION_DAYS = Setting("cases/retention_days", int, 90)  # closed cases are purged after this
# "Mijn gegevens": who sends a meldingsformulier, as a function at an organisation (no name needed).
PROFILE_ORGANISATION = Setting("profile/organisation", str, "")
PROFILE_TEAM = Setting("profile/team", str, "")
PROFILE_FUNCTION = Setting("profile/function", str, "")
PROFILE_SERVICE_NUMBER = Setting("profile/service_number", str, "")
PROFILE_PHONE = Setting("profile/phone", str, "")  # checked as a Dutch number before it is kept
SYNC_URL = Setting("sync/url", str, "")  # "" = no central source here ($ROUTEKAART_SYNC_URL may name one)
SYNC_INTERVAL_MINUTES = Setting("sync/interval_minutes", int, 60)  # 0 = only at start and on demand
ADMIN_REGION = Setting("admin/region", str, "")  # the region this workstation's admin manages; "" = none


def export_folder(kind: str) -> Setting[str]:
    """The folder of the last file of ``kind`` saved or opened (a summary, the counts, a key
    backup); "" = not chosen yet (the file dialog starts in the documents folder: desktop/file_dialogs.py)."""
    return Setting(f"exports/{kind}_folder", str, "")


class Settings:
    """The app's settings, stored as an INI file in the data folder, readable by its owner only.

    QSettings writes the file anew (a temp file and a rename) but keeps the permissions of the
    file it replaces; so the file is made 0600 before QSettings first writes it, and made so
    again after each ``sync`` in case another program replaced it.
    """

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / "settings.ini"
        _private(self._path, create=data_dir.is_dir())
        self._qsettings = QSettings(str(self._path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._qsettings.value(setting.key, setting.default)
        try:
            if setting.type is bool and isinstance(value, str):
                return setting.type(value.lower() == "true")
            return setting.type(value)
        except (TypeError, ValueError):  # a hand-edited or damaged settings file
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()
        _private(self._path, create=False)


def _private(path: Path, *, create: bool) -> None:
    """``path`` 0600, created empty when ``create`` and missing (Windows: the profile folder's ACL)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # a read-only folder: QSettings then keeps the values in memory
        if create and not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o077:
            path.chmod(0o600)
