"""Write a file so that readers see either the old or the new content, never half of it.

The one implementation for the whole project: the repository's metadata (``sync.repository``),
the workstation's sync state and caches (``sync.client``), the admins' key files (``sync.admin``)
and the exports a user asks for (``routekaarten.files.write_export``, which words a failure in
Dutch). It raises ``OSError``; callers that face a user turn that into their own message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

# On Windows a rename over a file fails while another process (or thread) has it open -- the
# service reading timestamp.json, the window reading sync-state.json. Such a reader holds it
# for a moment only, so the rename is tried again; elsewhere a rename never fails that way.
_RETRY_WHILE_OPEN = os.name == "nt"
_RETRY_DELAYS = (0.01, 0.03, 0.1, 0.3, 1.0)


def write_atomic(path: Path, data: bytes, *, durable: bool = True, mode: int = 0o600) -> None:
    """Temp file in the same folder, fsync, then ``os.replace`` (atomic on POSIX and NTFS).

    The fsync matters for the repository: timestamp.json is the commit point of a publish, and
    it must not become visible before the files it points to are on disk. ``durable=False``
    skips it for caches, where a lost write after a power cut only costs a re-check.

    ``mode`` is set on the temp file before the rename, so the file never appears with other
    permissions: private (0600, what ``mkstemp`` makes) unless a web server must read it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if mode != 0o600 and os.name != "nt":
            os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            if durable:
                temp.flush()
                os.fsync(temp.fileno())
        _replace(Path(temp_name), path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temp_name).unlink()
        raise


def _replace(source: Path, target: Path) -> None:
    for delay in _RETRY_DELAYS if _RETRY_WHILE_OPEN else ():
        try:
            source.replace(target)
            return
        except PermissionError:
            time.sleep(delay)
    source.replace(target)
