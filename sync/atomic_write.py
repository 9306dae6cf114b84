"""Write a file so that readers see either the old or the new content, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Temp file in the same folder, fsync, then ``os.replace`` (atomic on POSIX and NTFS).

    The fsync matters for the repository: timestamp.json is the commit point of a publish, and
    it must not become visible before the files it points to are on disk. ``durable=False``
    skips it for caches, where a lost write after a power cut only costs a re-check.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            if durable:
                temp.flush()
                os.fsync(temp.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temp_name).unlink()
        raise
