"""Getting the notes' data key: from the OS keyring where one works, else a passphrase.

A first start creates the data key; later starts unwrap it with the method it was wrapped
with. When the keyring is missing or locked, the caller is told (KeyringUnavailableError)
and asks for a passphrase instead; nothing is written until a key is in hand.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from routekaarten.case_store import CaseStore
from routekaarten.errors import RoutekaartError
from routekaarten.keys import AttemptLimiter, KeyringUnavailableError
from routekaarten.vault import CaseVault

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
log = logging.getLogger(__name__)


def unlock_with_keyring(cases: CaseStore, backend: KeyringBackend, username: str) -> CaseVault:
    """Unlock, or on first use create, a keyring-wrapped data key."""
    wrapped = cases.wrapped_key()
    if wrapped is None:
        vault, wrapped = CaseVault.create_with_keyring(backend, username)
        cases.save_wrapped_key(wrapped)
        log.info("data key created, wrapped by the keyring")
        return vault
    if wrapped.method != "keyring":
        raise KeyringUnavailableError("De notities zijn met een wachtwoordzin beveiligd.")
    vault = CaseVault.unlock_with_keyring(wrapped, backend, username)
    log.info("vault unlocked with the keyring")
    return vault


def unlock_with_passphrase(
    cases: CaseStore, passphrase: str, limiter: AttemptLimiter | None = None
) -> CaseVault:
    """Unlock with the passphrase, or on first use create a key wrapped by it."""
    wrapped = cases.wrapped_key()
    if wrapped is None:
        vault, wrapped = CaseVault.create_with_passphrase(passphrase)
        cases.save_wrapped_key(wrapped)
        log.info("data key created, wrapped by a passphrase")
        return vault
    try:
        vault = CaseVault.unlock_with_passphrase(wrapped, passphrase, limiter)
    except RoutekaartError as error:
        log.info("unlock with a passphrase refused (%s)", type(error).__name__)
        raise
    log.info("vault unlocked with a passphrase")
    return vault


def change_passphrase(cases: CaseStore, vault: CaseVault, new_passphrase: str) -> None:
    """Wrap the same data key with a new passphrase; the notes are not touched."""
    cases.save_wrapped_key(vault.rewrap_with_passphrase(new_passphrase))
    log.info("data key wrapped by a new passphrase")


def rotate_data_key(cases: CaseStore, vault: CaseVault, new_passphrase: str) -> CaseVault:
    """A fresh data key for every note and answer, wrapped by ``new_passphrase``; one transaction."""
    fresh = cases.rotate_key(vault, lambda fresh: fresh.rewrap_with_passphrase(new_passphrase))
    log.info("data key renewed; notes and answers encrypted again")
    return fresh


MIN_PASSPHRASE_LENGTH = 8  # scrypt slows guessing; a short phrase is still guessed quickly


def passphrase_too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_PASSPHRASE_LENGTH
