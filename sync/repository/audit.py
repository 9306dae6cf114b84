"""The repository's audit log: one JSON line per publish attempt and per national change.

A publish records which region, which version, which key ids and which file (sha256) went live,
or why an upload was refused; a national change (``"result": "national"``: delegate, revoke,
national bundle, key rotation) what changed and the key ids that signed it. Enough to answer
"who changed what, when" from the key ids, without admins' names or addresses (the key id maps
to an admin in the delegation records). No personal data.

The log cannot fill the disk from outside: it rotates at ``MAX_BYTES`` (keeping ``KEEP`` old
files), and refused, unauthenticated requests are logged through ``RejectionLimiter``, which
writes at most a few lines per client per minute and one line with the count of the rest. A
region id from a URL is logged only when it is a valid region id. A full or read-only disk
raises ``AuditError`` (Dutch), so the service answers 503 and nothing is published unrecorded.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync import layout
from sync.errors import RepositoryStateError

AUDIT_FILE = "audit.log"
MAX_BYTES = 8 * 1024 * 1024
KEEP = 5
_ROTATE_LOCK = threading.Lock()


class AuditError(RepositoryStateError):
    """The audit log could not be written (disk full, read-only): nothing may be committed."""

    code = "audit-unavailable"


def region_for_log(text: str) -> str:
    """A region id as the log may hold it: the id itself when valid, else a bounded marker."""
    return text if layout.is_region_id(text) else f"<ongeldig, {min(len(text), 10_000)} tekens>"


def append(repo_path: Path, record: dict[str, Any]) -> None:
    """Append one line; O_APPEND keeps lines whole when two processes write at once."""
    line = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    path = repo_path / AUDIT_FILE
    try:
        _rotate_if_full(path)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            written = os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        raise AuditError(
            f"Het auditlogboek ({path}) kan niet worden geschreven ({error.strerror or error}); "
            "er is niets gewijzigd. Maak ruimte vrij op de schijf van de server."
        ) from error
    if written != len(data):  # a short write: the disk filled up during this line
        raise AuditError(f"Het auditlogboek ({path}) is vol; er is niets gewijzigd. Maak ruimte vrij.")


def _rotate_if_full(path: Path) -> None:
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except FileNotFoundError:
        return
    with _ROTATE_LOCK:
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size < MAX_BYTES:
                return  # another thread rotated it meanwhile
        for number in range(KEEP - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        with contextlib.suppress(FileNotFoundError):
            path.replace(path.with_name(f"{path.name}.1"))


@dataclass
class _Window:
    started: float
    written: int = 0
    suppressed: int = 0


@dataclass
class RejectionLimiter:
    """At most ``per_window`` audit lines per client per ``window`` seconds for refused requests.

    What is held back is counted and written as one ``"result": "rejected-suppressed"`` line when
    the client's window ends, so the log says how much was refused without holding every try.
    The table of clients is bounded too (``max_clients``; the oldest windows are flushed first).
    """

    repo_path: Path
    per_window: int = 10
    window: float = 60.0
    max_clients: int = 1024
    clock: Any = time.monotonic
    _windows: dict[str, _Window] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, client: str, record: dict[str, Any]) -> None:
        """Write ``record`` for ``client`` unless the client is over its limit (then count it)."""
        now = self.clock()
        flush: list[tuple[str, _Window]] = []
        with self._lock:
            current = self._windows.get(client)
            if current is not None and now - current.started >= self.window:
                flush.append((client, self._windows.pop(client)))
                current = None
            if current is None:
                while len(self._windows) >= self.max_clients:
                    oldest = min(self._windows, key=lambda name: self._windows[name].started)
                    flush.append((oldest, self._windows.pop(oldest)))
                current = self._windows[client] = _Window(now)
            allowed = current.written < self.per_window
            if allowed:
                current.written += 1
            else:
                current.suppressed += 1
        for name, ended in flush:
            self._write_suppressed(name, ended)
        if allowed:
            append(self.repo_path, {**record, "client": client})

    def _write_suppressed(self, client: str, ended: _Window) -> None:
        if ended.suppressed:
            append(self.repo_path, {"result": "rejected-suppressed", "client": client,
                                    "count": ended.suppressed})
