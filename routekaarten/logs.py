"""Where the log goes, and what may never be in it.

Every module that has something worth telling an operator or a developer logs through its own
``logging.getLogger(__name__)``; this module only decides where the records go:

- the desktop app: ``routekaart.log`` in the data folder, rotated at 1 MB with 3 old files
  kept, readable by the user only (0600). The file is opened at the first record, not at
  start-up, and the level is INFO (DEBUG with ``routekaart --verbose``);
- ``routekaart serve``: standard error, INFO, so the service manager (systemd, docker) keeps it;
- every other command: nothing, unless ``--verbose`` asks for DEBUG on standard error.

The rule (docs/adr/0003-no-case-data-in-logs.md), enforced by ``tests/ui/test_no_case_data_in_logs.py``:
**no case data is ever logged** -- no case label, note text, checklist answer, dates or other
field of a case, no passphrase, key material or keyring secret, and no ``str()`` of an error that
could carry them. Log what happened (the store was migrated to schema 2, the vault was unlocked
with the keyring, a sync was refused and why, a region was published as revision 4) with the
names of bundles, regions, roles and key ids, which are not secret. Case ids are random and may
be logged; the label a professional gives a case may not.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

LOG_NAME = "routekaart.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PRIVATE = 0o600


def log_file(folder: Path) -> Path:
    return folder / LOG_NAME


class _OnFirstRecord(logging.Handler):
    """A size-bounded file, private to the user, opened when the first record arrives.

    ``logging.handlers`` (and socket, pickle and queue with it) is imported then too, so a start
    that logs nothing at INFO pays nothing for the log.
    """

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called under the handler's lock
        if self._file is None:
            self._file = _rotating_file(self.path)
            self._file.setFormatter(logging.Formatter(FORMAT))
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _rotating_file(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFile(RotatingFileHandler):
        def _open(self) -> Any:
            descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _PRIVATE)
            Path(self.baseFilename).chmod(_PRIVATE)  # a file an older version or another umask made
            return os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace")

    return PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)


def traceback_without_messages(error: BaseException) -> str:
    """Where a bug happened -- the frames of ``error`` and of its causes, each with its type --
    without the exceptions' messages, which may quote what the user typed (a label, a date)."""
    import traceback

    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)\n{frames}")
        current = current.__cause__ or current.__context__
    return "caused by ".join(parts).rstrip()


def _reset(level: int) -> logging.Logger:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_routekaart", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    return root


def _add(root: logging.Logger, handler: logging.Handler) -> logging.Handler:
    handler._routekaart = True  # type: ignore[attr-defined]  # ours to replace on the next call
    root.addHandler(handler)
    return handler


def to_data_folder(folder: Path, verbose: bool = False) -> logging.Handler:
    """The desktop app's log: a rotating file in the data folder."""
    level = logging.DEBUG if verbose else logging.INFO
    return _add(_reset(level), _OnFirstRecord(log_file(folder), level))


def to_stderr(level: int = logging.INFO) -> logging.Handler:
    """The service's log (and ``--verbose`` commands'): standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    return _add(_reset(level), handler)


def for_command(verbose: bool) -> logging.Handler:
    """A command logs only when asked: DEBUG on standard error with ``--verbose``, else nothing
    (not even the warnings ``logging`` would print to standard error without a handler)."""
    if verbose:
        return to_stderr(logging.DEBUG)
    return _add(_reset(logging.WARNING), logging.NullHandler())
