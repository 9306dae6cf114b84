"""Writing a file the user asked for (an export) so that it is whole or absent, never half."""

from __future__ import annotations

from pathlib import Path

from routekaarten.atomic_write import write_atomic
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _


def write_export(path: Path, data: bytes) -> None:
    """``write_atomic`` (fsynced: the user may take the file away at once) with a Dutch message.

    The folder must exist: it is the one the user chose, so a missing one is a mistake to
    report, not a folder to create. The temp file is private (mode 0600, as ``mkstemp`` makes
    it) and never left behind.
    """
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(path.parent)
        write_atomic(path, data, durable=True)
    except OSError as error:
        raise RoutekaartError(_(
            "Het bestand kon niet worden opgeslagen als {path}. Controleer of de map bestaat en of u "
            "daar mag schrijven, en kies zo nodig een andere map.", path=path)) from error
