"""One app per data folder: a second start says so instead of becoming a second writer.

QLockFile holds a lock file in the data folder while the app runs; a lock left by a crashed
app is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "app.lock"


class AlreadyRunning(Exception):  # noqa: N818 - the situation, not an error of ours
    """Another Routekaart holds this data folder."""


def hold_data_folder(folder: Path) -> QLockFile | None:
    """Lock ``folder`` for this process; keep the returned object alive while the app runs.

    None for a folder where no lock file can be made (read-only): nothing can be written there,
    so there is no second writer to keep out, and "al geopend" would be false.
    """
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a lock whose process has died counts as stale
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.PermissionError:
            return None
        raise AlreadyRunning(str(folder))
    return lock
