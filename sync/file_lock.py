"""An exclusive lock on a file, across processes, on POSIX and Windows.

The repository service and the admin commands lock the repository directory so that two
processes never commit at once; the client locks its data folder because ngclient's Updater
is not safe for concurrent use of one metadata directory.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

LOCK_TIMEOUT = 30.0
"""Seconds a writer waits for another to let go: a publish or an admin task for the repository,
the start check, a repair or a first install for a data folder. Long enough for any of them to
finish (they take well under a second on a normal disk), short enough that a hung process is
reported instead of waited for. A sync does not wait: another sync holds what it would do."""


class LockTimeoutError(Exception):
    """The lock stayed taken for longer than the caller was willing to wait."""


class FileLock:
    """``with FileLock(path, timeout=5):`` -- held while the block runs; ``timeout=0`` tries once."""

    def __init__(self, path: Path, timeout: float = LOCK_TIMEOUT) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        while True:
            if _try_lock(fd):
                self._fd = fd
                return
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LockTimeoutError(str(self.path))
            time.sleep(0.02)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def data_folder_lock(tuf_dir: Path, timeout: float | None = None) -> Iterator[None]:
    """The lock of a data folder's ``tuf/``, which every writer of it takes (one Updater at a time).

    A sync holding it for longer than ``timeout`` (default ``LOCK_TIMEOUT``, read when called) is
    reported as busy, in Dutch, not as a crash.
    """
    from sync.errors import SyncBusyError

    lock = FileLock(tuf_dir / ".lock", LOCK_TIMEOUT if timeout is None else timeout)
    try:
        lock.acquire()
    except LockTimeoutError as error:
        raise SyncBusyError() from error
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        yield  # a read-only folder: nobody can write its cache, so reading needs no lock
        return
    try:
        yield
    finally:
        lock.release()
