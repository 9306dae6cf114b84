"""The gate before the cases: the notes key from the keyring, silently, or else a passphrase.

Key derivation is slow on purpose, so a passphrase is tried off the GUI thread; failed attempts
count in an ``AttemptLimiter``. The gate asks through the ``UnlockPanel`` and hands the
unlocked vault to the ``VaultSession``; what is shown while locked is the page's business.

Without a keyring the user reads why in plain words, never the backend's error (which names
D-Bus services and the like); the log keeps the kind of error, without its text.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)


def _cause(error: KeyringUnavailableError) -> str:
    """The kind of the backend's error, for the log; its text could hold a path or a user name."""
    cause = error.__cause__
    return type(cause).__name__ if cause is not None else "no usable backend"


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
                log.info("no OS keyring (%s): the notes key is to be wrapped by a passphrase", _cause(error))
                self.panel.ask(creating=True, note=self._no_keyring_note())
            else:  # the key is in the keyring: a passphrase cannot open it
                log.warning("the OS keyring that holds the notes key cannot be reached (%s)", _cause(error))
                self.panel.ask(creating=False, note=self._unreachable_keyring_note(), can_submit=False)
            return
        except RoutekaartError as error:
            self.panel.ask(creating=False, note=str(error))
            return
        self.session.unlocked(vault)

    def _no_keyring_note(self) -> str:
        return self.tr(
            "Deze computer heeft geen sleutelbos waarin Routekaart de sleutel van uw notities kan "
            "bewaren. Daarom vraagt Routekaart om een wachtwoordzin."
        )

    def _unreachable_keyring_note(self) -> str:
        return self.tr(
            "De sleutel van uw notities staat in de sleutelbos van deze computer, maar Routekaart kan "
            "die sleutelbos nu niet bereiken; een wachtwoordzin opent deze notities niet. Meld u "
            "opnieuw aan op de computer en open daarna Zaken weer. Lukt het dan nog niet, vraag "
            "dan uw beheerder om hulp."
        )

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
