"""Holds the unlocked notes key while the user works, and forgets it when they do not.

Locks after an idle period (any key or mouse event restarts the clock), and when Qt reports
the application suspended or hidden (sleep, session lock on platforms that report it). Fails
closed: on any doubt the key is dropped and the case views hide their content.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from routekaarten.vault import CaseVault

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class VaultSession(QObject):
    lockedChanged = Signal(bool)

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: CaseVault | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(idle_minutes, 1) * 60_000)
        self._idle.timeout.connect(self.lock)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_state)  # type: ignore[attr-defined]

    @property
    def locked(self) -> bool:
        return self.vault is None or self.vault.locked

    def unlocked(self, vault: CaseVault) -> None:
        self.vault = vault
        self._idle.start()
        self.lockedChanged.emit(False)

    def lock(self) -> None:
        if self.vault is not None:
            self.vault.lock()
        self.vault = None
        self._idle.stop()
        self.lockedChanged.emit(True)

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state in (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden):
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.vault is not None:
            self._idle.start()
        return False
