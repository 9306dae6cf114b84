"""One app per data folder: a second start brings the running window forward and exits, instead
of becoming a second writer.

QLockFile holds a lock file in the data folder while the app runs; a lock left by a crashed
app is stale (its process is gone) and is taken over. The app holding the lock also listens on
a local socket (``QLocalServer``, named after the data folder, open to this user only); a
second start that finds the lock taken sends ``show`` there, the first raises and activates
its window and answers ``shown``, and the second exits. Only when no answer comes (a running
app from before this handover, or one that hangs) does the second start say in a dialog that
the app is already open.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QtNetwork costs ~10% of a start; it is imported once the window is up
    from PySide6.QtNetwork import QLocalSocket

LOCK_NAME = "app.lock"
SHOW = b"show\n"
SHOWN = b"shown\n"
ANSWER_MS = 3000  # the running app answers from its event loop: at once, unless it is still starting


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


def server_name(folder: Path) -> str:
    """The local socket's name for ``folder``: one per data folder and user, short enough for
    a Unix socket path, and without the folder's name in it (it may name a person)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"routekaart-{user}-{digest}"


class InstanceServer(QObject):
    """Listens for a second start while this app holds the data folder's lock."""

    showRequested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        name = server_name(folder)
        # Safe only because this process holds the lock: a socket left by a crashed app is ours.
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._on_request(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            self.showRequested.emit()
            socket.write(SHOWN)
            socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def ask_running_app_to_show(folder: Path, timeout_ms: int = ANSWER_MS) -> bool:
    """The second start's half: True when the running app answered that its window is in front.

    The running app listens once its window is on screen; a start in the moment before keeps
    trying until ``timeout_ms``.
    """
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(timeout_ms):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    socket.write(SHOW)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while SHOWN not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return SHOWN in answer


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and activate ``window`` (the window manager may still only flash it)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
