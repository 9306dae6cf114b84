"""Writing a file the user asked for (an export) so that it is whole or absent, never half;
and clearing away the temp files a killed write leaves behind."""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import stat
import time
from pathlib import Path

from routekaarten.atomic_write import write_atomic
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _

log = logging.getLogger(__name__)
# What ``write_atomic`` names its temp file: ``.NAME.<mkstemp's 8 characters>.tmp``.
_TEMP_NAME = ".{name}.*.tmp"


def write_export(path: Path, data: bytes) -> None:
    """``write_atomic`` (fsynced: the user may take the file away at once) with a Dutch message.

    The folder must exist: it is the one the user chose, so a missing one is a mistake to
    report, not a folder to create. The temp file is private (mode 0600, as ``mkstemp`` makes
    it) and removed when the write fails. A kill (or power cut) during the write can still leave
    it behind, holding the plaintext of the export: such a leftover ``.NAME.*.tmp`` is removed
    here before the next export to the same file, and from the data folder at every start
    (``routekaarten.paths.private_data_folder``).
    """
    try:
        if not path.parent.is_dir():
            code = errno.ENOTDIR if path.parent.exists() else errno.ENOENT
            raise OSError(code, os.strerror(code), str(path.parent))
        remove_stale_temp_files(path.parent, path.name)
        write_atomic(path, data, durable=True)
    except OSError as error:
        reason = write_failure(error)
        raise RoutekaartError(
            _("Het bestand kon niet worden opgeslagen als {path}.\n{reason}", path=path, reason=reason)
        ) from error


# Where the platform has no quota errno (Windows), a full quota shows as ENOSPC.
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM})


def write_failure(error: OSError) -> str:
    """Why a write failed, and what the user can do, in the user's words: the ``errno`` of
    ``error``, which the OS sets the same way for a folder the user picked in a dialog."""
    code = error.errno
    if code in _DISK_FULL:
        return _("Schijf vol. Maak ruimte vrij of kies een map op een andere schijf.")
    if code == errno.EROFS:
        return _("De schijf is alleen-lezen. Kies een map op een andere schijf.")
    if code in _NOT_ALLOWED:
        return _("De map is alleen-lezen: u mag daar niet schrijven. Kies een andere map.")
    if code == errno.EISDIR:
        return _("Er staat daar al een map met die naam. Kies een andere bestandsnaam.")
    if code == errno.ENOTDIR:
        return _("Een deel van het pad is een bestand, geen map. Kies een andere map.")
    if code == errno.ENOENT:
        return _("De map bestaat niet (meer). Kies een andere map.")
    if code == errno.ENAMETOOLONG:
        return _("De naam is te lang. Kies een kortere naam of een map hoger op de schijf.")
    if code == errno.EIO:
        return _("De schijf gaf een schrijffout; is hij losgekoppeld? Kies zo nodig een andere map.")
    return _("Het systeem meldt: {detail}. Kies zo nodig een andere map.", detail=error.strerror or error)


def remove_stale_temp_files(folder: Path, name: str = "*", *, older_than: float = 0.0) -> list[Path]:
    """Remove the temp files ``write_atomic`` left in ``folder`` for ``name`` (``"*"``: any name).

    ``older_than`` (seconds) spares the temp file of a write that may be running right now in
    another process (a ``routekaart sync`` beside the app writes sync-state.json); a write lasts
    milliseconds, so a minute-old temp file is a leftover. Only regular files are removed, never
    a link or a folder; what cannot be removed (a read-only folder) is left, without an error.
    """
    pattern = _TEMP_NAME.format(name=glob.escape(name) if name != "*" else "*")
    cutoff = time.time() - older_than
    removed = []
    for candidate in folder.glob(pattern):
        with contextlib.suppress(OSError):
            info = candidate.lstat()
            if not stat.S_ISREG(info.st_mode) or (older_than and info.st_mtime > cutoff):
                continue
            candidate.unlink()
            removed.append(candidate)
    if removed:
        # no names: an export's file name may say whose case it is
        log.info("removed %d temp file(s) left by an interrupted write", len(removed))
    return removed
