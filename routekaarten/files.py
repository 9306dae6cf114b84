"""Writing a file the user asked for (an export) so that it is whole or absent, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from routekaarten.errors import RoutekaartError


def write_atomic(path: Path, data: bytes) -> None:
    """Write next to ``path``, fsync, then rename over it; RoutekaartError (Dutch) when it fails.

    The temp file is private (mode 0600, as ``mkstemp`` makes it) and never left behind.
    """
    failed = RoutekaartError(
        f"Het bestand kon niet worden opgeslagen als {path}. Controleer of de map bestaat en of u daar "
        "mag schrijven, en kies zo nodig een andere map."
    )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise failed from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(path)  # atomic within one folder
    except OSError as error:
        raise failed from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
