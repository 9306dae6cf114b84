"""Changing the notes passphrase asks for the current one (issue 12 item 4)."""

from __future__ import annotations

import pytest

from routekaarten import unlock
from routekaarten.i18n import set_language
from routekaarten.keys import (
    KEY_BYTES,
    NONCE_BYTES,
    TAG_BYTES,
    AttemptLimiter,
    TooManyAttemptsError,
    WrappedKey,
)
from routekaarten.vault import CaseVault

CURRENT = "correct paard batterij nietje"  # the ``vault`` fixture's passphrase


def test_a_wrong_current_passphrase_is_refused_and_nothing_changes(cases, vault) -> None:
    before = cases.wrapped_key()
    with pytest.raises(unlock.CurrentPassphraseWrongError) as refused:
        unlock.change_passphrase(cases, vault, "een nieuwe zin", current="niet de zin")
    assert str(refused.value) == "De huidige wachtwoordzin klopt niet. De wachtwoordzin is niet gewijzigd."
    assert cases.wrapped_key() == before
    CaseVault.unlock_with_passphrase(cases.wrapped_key(), CURRENT).lock()  # the old one still opens


def test_the_right_current_passphrase_lets_the_new_one_in(cases, vault) -> None:
    unlock.change_passphrase(cases, vault, "een nieuwe zin", current=CURRENT)
    CaseVault.unlock_with_passphrase(cases.wrapped_key(), "een nieuwe zin").lock()
    with pytest.raises(unlock.CurrentPassphraseWrongError):
        unlock.change_passphrase(cases, vault, "nog een zin", current=CURRENT)  # no longer current


def test_renewing_the_key_also_asks_for_the_current_passphrase(cases, vault) -> None:
    before = cases.wrapped_key()
    with pytest.raises(unlock.CurrentPassphraseWrongError):
        unlock.rotate_data_key(cases, vault, "een nieuwe zin", current="")
    assert cases.wrapped_key() == before


def test_wrong_current_passphrases_count_like_wrong_unlocks(cases, vault) -> None:
    limiter = AttemptLimiter(free=1)
    with pytest.raises(unlock.CurrentPassphraseWrongError):
        unlock.check_current_passphrase(cases, "fout", limiter)
    with pytest.raises(TooManyAttemptsError):
        unlock.check_current_passphrase(cases, CURRENT, limiter)


def test_a_keyring_key_has_no_current_passphrase_to_ask(cases) -> None:
    assert not unlock.needs_current_passphrase(cases)  # no key at all yet
    cases.save_wrapped_key(
        WrappedKey(method="keyring", nonce=b"\0" * NONCE_BYTES, ciphertext=b"\0" * (KEY_BYTES + TAG_BYTES))
    )
    assert not unlock.needs_current_passphrase(cases)
    unlock.check_current_passphrase(cases, "")  # the keyring stands for the login: nothing to check


def test_a_passphrase_key_needs_the_current_passphrase(cases, vault) -> None:
    assert unlock.needs_current_passphrase(cases)


def test_the_refusal_is_translated(cases, vault) -> None:
    set_language("en")
    try:
        with pytest.raises(unlock.CurrentPassphraseWrongError) as refused:
            unlock.check_current_passphrase(cases, "fout")
    finally:
        set_language("nl")
    assert str(refused.value) == "The current passphrase is wrong. The passphrase was not changed."

