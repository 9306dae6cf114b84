"""The gate before the cases: the notes key from the keyring, silently, or else a passphrase.

Key derivation is slow on purpose, so a passphrase is tried off the GUI thread; failed attempts
count in an ``AttemptLimiter``. The gate asks through the ``UnlockPanel`` and hands the
unlocked vault to the ``VaultSession``; what is shown while locked is the page's business.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.cases.unlock_panel import UnlockPanel
from desktop.cases.vault_session import VaultSession
from desktop.worker import run_in_background
from routekaarten import unlock
from routekaarten.case_store import CaseStore
from routekaarten.errors import RoutekaartError
from routekaarten.keys import AttemptLimiter, KeyringUnavailableError


class VaultGate(QObject):
    def __init__(
        self,
        cases: CaseStore,
        session: VaultSession,
        panel: UnlockPanel,
        *,
        keyring_backend: Callable[[], Any],
        keyring_user: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.session = session
        self.panel = panel
        self.keyring_backend = keyring_backend
        self.keyring_user = keyring_user
        self.limiter = AttemptLimiter()
        panel.unlockRequested.connect(self._unlock_with_passphrase)

    def ensure_unlocked(self) -> None:
        """The keyring unlocks silently; else the panel asks for a passphrase."""
        if not self.session.locked:
            return
        wrapped = self.cases.wrapped_key()
        if wrapped is not None and wrapped.method == "passphrase":
            self.panel.ask(creating=False)
            return
        try:
            vault = unlock.unlock_with_keyring(self.cases, self.keyring_backend(), self.keyring_user)
        except KeyringUnavailableError as error:
            if wrapped is None:
                note = self.tr("{0} Daarom wordt een wachtwoordzin gebruikt.").format(error)
                self.panel.ask(creating=True, note=note)
            else:  # the key is in the keyring: a passphrase cannot open it
                self.panel.ask(creating=False, note=str(error), can_submit=False)
            return
        except RoutekaartError as error:
            self.panel.ask(creating=False, note=str(error))
            return
        self.session.unlocked(vault)

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        self.panel.wait(self.tr("Bezig met ontgrendelen…"))

        def work() -> Any:
            return unlock.unlock_with_passphrase(self.cases, passphrase, self.limiter)

        run_in_background(work, self._unlock_done)

    def _unlock_done(self, vault: Any, error: BaseException | None) -> None:
        if error is not None:
            self.panel.refuse(
                str(error) if isinstance(error, RoutekaartError) else self.tr("Ontgrendelen is mislukt.")
            )
            return
        self.panel.accept()
        self.session.unlocked(vault)
