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
from routekaarten.i18n import _
from routekaarten.keys import AttemptLimiter, KeyringUnavailableError, ScryptParams, WrongPassphraseError
from routekaarten.vault import DEFAULT_SCRYPT, CaseVault

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
        raise KeyringUnavailableError(_("De notities zijn met een wachtwoordzin beveiligd."))
    vault = CaseVault.unlock_with_keyring(wrapped, backend, username)
    log.info("vault unlocked with the keyring")
    return vault


def unlock_with_passphrase(
    cases: CaseStore, passphrase: str, limiter: AttemptLimiter | None = None,
    kdf: ScryptParams = DEFAULT_SCRYPT,
) -> CaseVault:
    """Unlock with the passphrase, or on first use create a key wrapped by it (at cost ``kdf``).

    A key wrapped at a lower cost than ``kdf`` (an older version's 2**15) is wrapped again at
    ``kdf`` once the passphrase has proved right: the next guess at the stored record costs the
    new price. The notes are not touched; if saving the new wrap fails, the old one stays and
    still opens the notes, and the next unlock tries again.
    """
    try:
        wrapped = cases.wrapped_key()  # an absurd stored cost is refused here, before any scrypt
        if wrapped is None:
            vault, wrapped = CaseVault.create_with_passphrase(passphrase, kdf)
            cases.save_wrapped_key(wrapped)
            log.info("data key created, wrapped by a passphrase")
            return vault
        vault = CaseVault.unlock_with_passphrase(wrapped, passphrase, limiter)
    except RoutekaartError as error:
        log.info("unlock with a passphrase refused (%s)", type(error).__name__)
        raise
    log.info("vault unlocked with a passphrase")
    if wrapped.kdf is not None and wrapped.kdf.weaker_than(kdf):
        try:
            cases.save_wrapped_key(vault.rewrap_with_passphrase(passphrase, kdf))
        except RoutekaartError as error:  # a full or read-only disk: the old wrap still works
            log.warning("data key not wrapped again at the new scrypt cost (%s)", type(error).__name__)
        else:
            log.info("data key wrapped again at scrypt n=%d (was n=%d)", kdf.n, wrapped.kdf.n)
    return vault


class CurrentPassphraseWrongError(RoutekaartError):
    """The passphrase typed as the current one does not open the notes: nothing was changed."""

    code = "current-passphrase-wrong"


def needs_current_passphrase(cases: CaseStore) -> bool:
    """Whether changing the passphrase asks for the current one first (issue 12 item 4).

    A key wrapped by a passphrase does; a key in the OS keyring has no passphrase to ask for (the
    keyring stands for the user's login), so the first passphrase replaces the keyring's wrap.
    """
    wrapped = cases.wrapped_key()
    return wrapped is not None and wrapped.method == "passphrase"


def check_current_passphrase(
    cases: CaseStore, current: str, limiter: AttemptLimiter | None = None
) -> None:
    """Refuse a change when ``current`` is not the passphrase the notes are wrapped with.

    Someone at an unlocked, unattended workstation must not be able to lock the owner out by
    choosing a new passphrase. The check runs scrypt (off the GUI thread) and counts a wrong
    guess in ``limiter`` like an unlock does.
    """
    wrapped = cases.wrapped_key()
    if wrapped is None or wrapped.method != "passphrase":
        return  # see needs_current_passphrase
    try:
        CaseVault.unlock_with_passphrase(wrapped, current, limiter).lock()
    except WrongPassphraseError:
        log.info("passphrase change refused: the current passphrase is wrong")
        raise CurrentPassphraseWrongError(
            _("De huidige wachtwoordzin klopt niet. De wachtwoordzin is niet gewijzigd.")
        ) from None


def change_passphrase(
    cases: CaseStore,
    vault: CaseVault,
    new_passphrase: str,
    *,
    current: str,
    limiter: AttemptLimiter | None = None,
) -> None:
    """Wrap the same data key with a new passphrase, after checking the current one; the notes
    are not touched."""
    check_current_passphrase(cases, current, limiter)
    cases.save_wrapped_key(vault.rewrap_with_passphrase(new_passphrase))
    log.info("data key wrapped by a new passphrase")


def rotate_data_key(
    cases: CaseStore,
    vault: CaseVault,
    new_passphrase: str,
    *,
    current: str,
    limiter: AttemptLimiter | None = None,
) -> CaseVault:
    """A fresh data key for every note and answer, wrapped by ``new_passphrase``; one transaction.

    The current passphrase is checked first, as for ``change_passphrase``."""
    check_current_passphrase(cases, current, limiter)
    fresh = cases.rotate_key(vault, lambda fresh: fresh.rewrap_with_passphrase(new_passphrase))
    log.info("data key renewed; notes and answers encrypted again")
    return fresh


MIN_PASSPHRASE_LENGTH = 8  # scrypt slows guessing; a short phrase is still guessed quickly


def passphrase_too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_PASSPHRASE_LENGTH
