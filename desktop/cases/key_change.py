"""Changing the notes passphrase, or renewing the data key, from the ``KeyPanel``.

The current passphrase is checked first (``routekaarten.unlock.check_current_passphrase``; a
wrong one is refused with a Dutch message and counted like a wrong unlock). Off the GUI thread
(scrypt, and a new key re-encrypts every note); ``aboutToChange`` lets the page write a note
being typed first, so it is encrypted with the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.cases.key_panel import KeyPanel
from desktop.cases.vault_session import VaultSession
from desktop.worker import run_in_background
from routekaarten import unlock
from routekaarten.case_store import CaseStore
from routekaarten.errors import RoutekaartError
from routekaarten.keys import AttemptLimiter


class KeyChange(QObject):
    aboutToChange = Signal()

    def __init__(
        self,
        cases: CaseStore,
        session: VaultSession,
        panel: KeyPanel,
        parent: QObject | None = None,
        *,
        limiter: AttemptLimiter | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.session = session
        self.panel = panel
        self.limiter = limiter or AttemptLimiter()
        panel.changeRequested.connect(self.change)
        session.lockedChanged.connect(self._on_locked)

    def _on_locked(self, locked: bool) -> None:
        if not locked:
            self.panel.set_needs_current(unlock.needs_current_passphrase(self.cases))

    def change(self, current: str, passphrase: str, renew: bool) -> None:
        """A new passphrase; with ``renew`` also a new data key (every note encrypted again)."""
        vault = self.session.vault
        if vault is None:
            return
        self.aboutToChange.emit()
        limiter = self.limiter

        def work() -> Any:
            if renew:
                return unlock.rotate_data_key(self.cases, vault, passphrase, current=current, limiter=limiter)
            unlock.change_passphrase(self.cases, vault, passphrase, current=current, limiter=limiter)
            return vault

        def finished(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.panel.refuse(str(error) if isinstance(error, RoutekaartError) else self.tr("Mislukt."))
                return
            if renew:
                self.session.unlocked(result)
            self.panel.set_needs_current(True)  # from now on the key is wrapped by a passphrase
            self.panel.done(
                self.tr("Sleutel vernieuwd; alle notities zijn opnieuw versleuteld.")
                if renew
                else self.tr("Wachtwoordzin gewijzigd.")
            )

        run_in_background(work, finished)
