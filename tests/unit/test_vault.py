"""The note vault: per-note AES-256-GCM under a data key wrapped by the keyring or a passphrase.

docs/architecture.md, "Cases and notes" and "Tests" (wrong passphrase, a missing keyring). scrypt runs with
n=2**10 here to keep the suite fast; one test uses the shipped defaults.
"""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError

from routekaarten.errors import RoutekaartError
from routekaarten.keys import KEY_BYTES
from routekaarten.vault import (
    KEYRING_SERVICE,
    AttemptLimiter,
    CaseVault,
    KeyringKeyMissingError,
    KeyringUnavailableError,
    ScryptParams,
    TooManyAttemptsError,
    UnreadableKeyError,
    UnreadableNoteError,
    VaultLockedError,
    WrappedKey,
    WrongPassphraseError,
    note_aad,
    rotate_data_key,
)

CHEAP = ScryptParams(n=2**10, r=8, p=1)
PASSPHRASE = "paard batterij nietje correct"
MARKER = "GEHEIM-MARKER-Jansen-0612345678"
USERNAME = "profiel-standaard"


class InMemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in a dict, for this test run only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class ForgetfulKeyring(InMemoryKeyring):
    """A backend that accepts a password and keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


# Defining a KeyringBackend subclass registers it with keyring as a viable backend for the whole
# process; take ours out so that code asking keyring for this machine's default still gets it.
KeyringBackend._classes.difference_update({InMemoryKeyring, ForgetfulKeyring})  # type: ignore[attr-defined]


@pytest.fixture
def vault() -> CaseVault:
    return CaseVault.generate()


@pytest.fixture
def passphrase_vault() -> tuple[CaseVault, WrappedKey]:
    return CaseVault.create_with_passphrase(PASSPHRASE, CHEAP)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- notes ------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(codec=None)), case_id=st.text() | st.integers(), note_id=st.integers())
def test_note_round_trips_for_any_unicode_text(text: str, case_id: str | int, note_id: int) -> None:
    vault = CaseVault.generate()
    assert vault.decrypt(case_id, note_id, vault.encrypt(case_id, note_id, text)) == text


def test_text_with_lone_surrogates_round_trips(vault: CaseVault) -> None:
    text = "half \ud800 een paar"
    assert vault.decrypt("c", 1, vault.encrypt("c", 1, text)) == text


def test_int_id_and_its_decimal_string_are_the_same_note(vault: CaseVault) -> None:
    assert vault.decrypt("7", "12", vault.encrypt(7, 12, "tekst")) == "tekst"


def test_each_encryption_uses_a_fresh_nonce(vault: CaseVault) -> None:
    first, second = (vault.encrypt("c", 1, "zelfde tekst") for _ in range(2))
    assert first[1:13] != second[1:13]
    assert first != second


def test_blob_is_version_byte_nonce_and_ciphertext_with_tag(vault: CaseVault) -> None:
    blob = vault.encrypt("c", 1, "abc")
    assert blob[0] == 1
    assert len(blob) == 1 + 12 + len(b"abc") + 16


def test_note_moved_to_another_case_does_not_decrypt(vault: CaseVault) -> None:
    blob = vault.encrypt("case-1", 5, MARKER)
    with pytest.raises(UnreadableNoteError) as caught:
        vault.decrypt("case-2", 5, blob)
    assert (caught.value.case_id, caught.value.note_id) == ("case-2", 5)


def test_note_moved_to_another_note_id_does_not_decrypt(vault: CaseVault) -> None:
    blob = vault.encrypt("case-1", 5, MARKER)
    with pytest.raises(UnreadableNoteError):
        vault.decrypt("case-1", 6, blob)


def test_separator_in_ids_cannot_make_two_places_alike(vault: CaseVault) -> None:
    assert note_aad("a|b", "c") != note_aad("a", "b|c")
    blob = vault.encrypt("a|b", "c", MARKER)
    with pytest.raises(UnreadableNoteError):
        vault.decrypt("a", "b|c", blob)


def test_bool_is_not_accepted_as_an_id(vault: CaseVault) -> None:
    with pytest.raises(TypeError):
        vault.encrypt(True, 1, "x")


def test_another_vaults_key_does_not_decrypt(vault: CaseVault) -> None:
    blob = vault.encrypt("c", 1, MARKER)
    with pytest.raises(UnreadableNoteError):
        CaseVault.generate().decrypt("c", 1, blob)


@pytest.mark.parametrize("position", [0, 1, 12, 13, -17, -1])
def test_one_flipped_byte_makes_the_note_unreadable(vault: CaseVault, position: int) -> None:
    blob = bytearray(vault.encrypt("c", 1, MARKER))
    blob[position] ^= 0x01
    with pytest.raises(UnreadableNoteError, match="beschadigd"):
        vault.decrypt("c", 1, bytes(blob))


@pytest.mark.parametrize("keep", [0, 1, 13, 28, -1])
def test_truncated_blob_is_unreadable(vault: CaseVault, keep: int) -> None:
    blob = vault.encrypt("c", 1, MARKER)
    with pytest.raises(UnreadableNoteError):
        vault.decrypt("c", 1, blob[:keep])


def test_blob_with_extra_bytes_is_unreadable(vault: CaseVault) -> None:
    with pytest.raises(UnreadableNoteError):
        vault.decrypt("c", 1, vault.encrypt("c", 1, MARKER) + b"\x00")


def test_unreadable_note_message_is_dutch_and_holds_no_plaintext(vault: CaseVault) -> None:
    blob = vault.encrypt("c", 1, MARKER)
    with pytest.raises(UnreadableNoteError) as caught:
        vault.decrypt("c", 2, blob)
    assert isinstance(caught.value, RoutekaartError)
    assert str(caught.value) == "Deze notitie is beschadigd en kan niet worden gelezen."
    assert MARKER not in repr(caught.value)


def test_plaintext_never_appears_in_the_blob(vault: CaseVault) -> None:
    text = MARKER * 20
    blob = vault.encrypt("c", 1, text)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert MARKER.encode(encoding) not in blob


# --- locking ----------------------------------------------------------------------------------


def test_locked_vault_refuses_to_encrypt_decrypt_or_rewrap(vault: CaseVault) -> None:
    blob = vault.encrypt("c", 1, MARKER)
    assert not vault.locked
    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLockedError, match="vergrendeld"):
        vault.encrypt("c", 1, "x")
    with pytest.raises(VaultLockedError):
        vault.decrypt("c", 1, blob)
    with pytest.raises(VaultLockedError):
        vault.rewrap_with_passphrase(PASSPHRASE, CHEAP)
    with pytest.raises(VaultLockedError):
        rotate_data_key(vault, [("c", 1, blob)], lambda new: new.rewrap_with_passphrase(PASSPHRASE, CHEAP))


def test_lock_zeroes_the_key_buffer_and_can_be_repeated() -> None:
    dek = bytearray(range(KEY_BYTES))
    vault = CaseVault(dek)
    vault.lock()
    vault.lock()
    assert dek == bytearray(KEY_BYTES)


def test_repr_does_not_show_the_key() -> None:
    dek = bytearray(b"\xab" * KEY_BYTES)
    vault = CaseVault(dek)
    assert repr(vault) == "CaseVault(unlocked)"
    vault.lock()
    assert repr(vault) == "CaseVault(locked)"


# --- passphrase -------------------------------------------------------------------------------


def test_passphrase_unlock_reads_notes(passphrase_vault: tuple[CaseVault, WrappedKey]) -> None:
    vault, wrapped = passphrase_vault
    blob = vault.encrypt("c", 1, MARKER)
    assert CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE).decrypt("c", 1, blob) == MARKER


def test_passphrase_is_compared_in_nfc_form() -> None:
    composed, decomposed = "café ñandú", "cafe\u0301 n\u0303andu\u0301"
    vault, wrapped = CaseVault.create_with_passphrase(composed, CHEAP)
    blob = vault.encrypt("c", 1, MARKER)
    assert CaseVault.unlock_with_passphrase(wrapped, decomposed).decrypt("c", 1, blob) == MARKER


def test_wrong_passphrase_raises_and_changes_nothing(passphrase_vault: tuple[CaseVault, WrappedKey]) -> None:
    _, wrapped = passphrase_vault
    before = wrapped.to_dict()
    with pytest.raises(WrongPassphraseError, match="wachtwoordzin klopt niet") as caught:
        CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE + " ")
    assert "paard" not in str(caught.value)
    assert wrapped.to_dict() == before
    assert CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE).encrypt("c", 1, "x")


def test_tampered_wrapped_key_is_refused_like_a_wrong_passphrase(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    _, wrapped = passphrase_vault
    data = wrapped.to_dict()
    raw = bytearray(wrapped.ciphertext)
    raw[0] ^= 0x80
    data["ciphertext"] = base64.b64encode(bytes(raw)).decode("ascii")
    with pytest.raises(WrongPassphraseError):
        CaseVault.unlock_with_passphrase(WrappedKey.from_dict(data), PASSPHRASE)


def test_wrapped_key_relabelled_as_keyring_does_not_unwrap(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    vault, wrapped = passphrase_vault
    backend = InMemoryKeyring()
    vault.rewrap_with_keyring(backend, USERNAME)  # puts a KEK in the keyring
    relabelled = WrappedKey(method="keyring", nonce=wrapped.nonce, ciphertext=wrapped.ciphertext)
    with pytest.raises(UnreadableKeyError):
        CaseVault.unlock_with_keyring(relabelled, backend, USERNAME)


def test_lowered_scrypt_cost_in_the_record_does_not_unwrap(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    _, wrapped = passphrase_vault
    data = wrapped.to_dict()
    data["kdf"]["n"] = 2**9
    with pytest.raises(WrongPassphraseError):
        CaseVault.unlock_with_passphrase(WrappedKey.from_dict(data), PASSPHRASE)


def test_changed_passphrase_reads_old_notes_and_old_passphrase_fails(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    vault, old_wrapped = passphrase_vault
    blobs = {note_id: vault.encrypt("c", note_id, f"{MARKER}-{note_id}") for note_id in range(5)}
    new_wrapped = vault.rewrap_with_passphrase("een heel andere zin", CHEAP)
    reopened = CaseVault.unlock_with_passphrase(new_wrapped, "een heel andere zin")
    assert {n: reopened.decrypt("c", n, b) for n, b in blobs.items()} == {n: f"{MARKER}-{n}" for n in blobs}
    with pytest.raises(WrongPassphraseError):
        CaseVault.unlock_with_passphrase(new_wrapped, PASSPHRASE)
    assert new_wrapped.salt != old_wrapped.salt


def test_stronger_scrypt_parameters_can_be_set_when_rewrapping(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    vault, _ = passphrase_vault
    stronger = ScryptParams(n=2**11, r=8, p=1)
    wrapped = vault.rewrap_with_passphrase(PASSPHRASE, stronger)
    assert WrappedKey.from_dict(wrapped.to_dict()).kdf == stronger
    assert not CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE).locked


def test_empty_passphrase_is_refused(vault: CaseVault) -> None:
    with pytest.raises(ValueError, match="empty"):
        vault.rewrap_with_passphrase("", CHEAP)


def test_default_scrypt_parameters_wrap_and_unwrap() -> None:
    vault, wrapped = CaseVault.create_with_passphrase(PASSPHRASE)
    assert wrapped.kdf == ScryptParams(n=2**17, r=8, p=1)  # OWASP's minimum
    assert wrapped.salt is not None and len(wrapped.salt) == 16
    blob = vault.encrypt("c", 1, MARKER)
    assert CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE).decrypt("c", 1, blob) == MARKER


@pytest.mark.parametrize(
    ("n", "r", "p"), [(1000, 8, 1), (1, 8, 1), (2**10, 0, 1), (2**10, 8, 0), (2**24, 8, 1), (2**10.0, 8, 1)]
)
def test_scrypt_parameters_out_of_range_are_refused(n: int, r: int, p: int) -> None:
    with pytest.raises(ValueError):
        ScryptParams(n=n, r=r, p=p)


# --- wrapped key record -----------------------------------------------------------------------


def test_wrapped_key_round_trips_through_json(passphrase_vault: tuple[CaseVault, WrappedKey]) -> None:
    _, wrapped = passphrase_vault
    data = json.loads(json.dumps(wrapped.to_dict()))
    assert data["method"] == "passphrase"
    assert data["kdf"] == {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
    assert WrappedKey.from_dict(data) == wrapped


def test_keyring_wrapped_key_round_trips_through_json() -> None:
    _, wrapped = CaseVault.create_with_keyring(InMemoryKeyring(), USERNAME)
    data = json.loads(json.dumps(wrapped.to_dict()))
    assert set(data) == {"version", "method", "nonce", "ciphertext"}
    assert WrappedKey.from_dict(data) == wrapped


@pytest.mark.parametrize(
    "change",
    [
        {"version": 2},
        {"version": None},
        {"method": "usb-stick"},
        {"nonce": "!!geen base64!!"},
        {"nonce": "AAAA"},
        {"ciphertext": 12},
        {"kdf": {"name": "argon2id", "n": 1024, "r": 8, "p": 1}},
        {"kdf": {"name": "scrypt", "n": 2**40, "r": 8, "p": 1}},
        {"kdf": None},
        {"salt": None},
        {"salt": "AAAA"},
    ],
)
def test_malformed_wrapped_key_record_is_unreadable(
    passphrase_vault: tuple[CaseVault, WrappedKey], change: dict[str, object]
) -> None:
    _, wrapped = passphrase_vault
    with pytest.raises(UnreadableKeyError):
        WrappedKey.from_dict({**wrapped.to_dict(), **change})


def test_wrapped_key_record_missing_a_field_is_unreadable(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    _, wrapped = passphrase_vault
    data = wrapped.to_dict()
    del data["nonce"]
    with pytest.raises(UnreadableKeyError):
        WrappedKey.from_dict(data)


def test_plaintext_and_key_never_appear_in_the_wrapped_key_record() -> None:
    dek = bytearray(b"\x5a" * KEY_BYTES)
    vault = CaseVault(dek)
    vault.encrypt("c", 1, MARKER)
    wrapped = vault.rewrap_with_passphrase(MARKER, CHEAP)
    text = json.dumps(wrapped.to_dict())
    assert MARKER not in text
    assert MARKER not in repr(wrapped)
    assert bytes(dek) not in wrapped.ciphertext
    assert bytes(dek).hex() not in text


# --- keyring ----------------------------------------------------------------------------------


def test_keyring_path_creates_and_unlocks_with_an_in_memory_backend() -> None:
    backend = InMemoryKeyring()
    vault, wrapped = CaseVault.create_with_keyring(backend, USERNAME)
    assert set(backend.secrets) == {(KEYRING_SERVICE, USERNAME)}
    assert wrapped.method == "keyring"
    blob = vault.encrypt("c", 1, MARKER)
    assert CaseVault.unlock_with_keyring(wrapped, backend, USERNAME).decrypt("c", 1, blob) == MARKER


def test_keyring_key_is_reused_not_replaced_for_the_same_profile() -> None:
    backend = InMemoryKeyring()
    _, first_wrapped = CaseVault.create_with_keyring(backend, USERNAME)
    kek = backend.secrets[(KEYRING_SERVICE, USERNAME)]
    CaseVault.create_with_keyring(backend, USERNAME)
    assert backend.secrets[(KEYRING_SERVICE, USERNAME)] == kek
    assert not CaseVault.unlock_with_keyring(first_wrapped, backend, USERNAME).locked


def test_profiles_get_separate_keyring_keys() -> None:
    backend = InMemoryKeyring()
    _, wrapped = CaseVault.create_with_keyring(backend, "profiel-a")
    CaseVault.create_with_keyring(backend, "profiel-b")
    with pytest.raises(UnreadableKeyError, match="past niet"):
        CaseVault.unlock_with_keyring(wrapped, backend, "profiel-b")


def test_the_keyring_holds_the_kek_not_the_data_key() -> None:
    backend = InMemoryKeyring()
    dek = bytearray(b"\x33" * KEY_BYTES)
    CaseVault(dek).rewrap_with_keyring(backend, USERNAME)
    kek = base64.b64decode(backend.secrets[(KEYRING_SERVICE, USERNAME)])
    assert len(kek) == KEY_BYTES
    assert kek != bytes(dek)


def test_fail_backend_raises_keyring_unavailable() -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        CaseVault.create_with_keyring(fail.Keyring(), USERNAME)
    assert str(caught.value) == "Geen sleutelbos beschikbaar; gebruik een wachtwoordzin."


def test_null_backend_raises_keyring_unavailable() -> None:
    with pytest.raises(KeyringUnavailableError):
        CaseVault.create_with_keyring(null.Keyring(), USERNAME)


def test_backend_keyring_does_not_recommend_is_not_used() -> None:
    """keyring ranks backends below 1 (such as keyrings.alt's plain-text file) as not recommended."""

    class LowPriorityKeyring(InMemoryKeyring):
        priority = 0.5  # type: ignore[assignment]

    KeyringBackend._classes.discard(LowPriorityKeyring)  # type: ignore[attr-defined]
    backend = LowPriorityKeyring()
    with pytest.raises(KeyringUnavailableError):
        CaseVault.create_with_keyring(backend, USERNAME)
    assert backend.secrets == {}


def test_fail_backend_unlock_raises_keyring_unavailable() -> None:
    _, wrapped = CaseVault.create_with_keyring(InMemoryKeyring(), USERNAME)
    with pytest.raises(KeyringUnavailableError):
        CaseVault.unlock_with_keyring(wrapped, fail.Keyring(), USERNAME)


def test_backend_that_raises_is_reported_as_unavailable_with_the_cause_kept() -> None:
    class BrokenKeyring(InMemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("dbus is weg")

    KeyringBackend._classes.discard(BrokenKeyring)  # type: ignore[attr-defined]
    with pytest.raises(KeyringUnavailableError) as caught:
        CaseVault.create_with_keyring(BrokenKeyring(), USERNAME)
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_backend_that_keeps_nothing_is_reported_as_unavailable() -> None:
    with pytest.raises(KeyringUnavailableError):
        CaseVault.create_with_keyring(ForgetfulKeyring(), USERNAME)


def test_key_removed_from_keyring_is_reported_as_missing() -> None:
    backend = InMemoryKeyring()
    _, wrapped = CaseVault.create_with_keyring(backend, USERNAME)
    backend.delete_password(KEYRING_SERVICE, USERNAME)
    with pytest.raises(KeyringKeyMissingError, match="sleutelbos"):
        CaseVault.unlock_with_keyring(wrapped, backend, USERNAME)
    assert backend.secrets == {}  # unlocking never makes a new key


@pytest.mark.parametrize("stored", ["geen base64!", "AAAA"])
def test_garbled_key_in_keyring_is_unreadable_and_left_alone(stored: str) -> None:
    backend = InMemoryKeyring()
    backend.set_password(KEYRING_SERVICE, USERNAME, stored)
    with pytest.raises(UnreadableKeyError):
        CaseVault.create_with_keyring(backend, USERNAME)
    assert backend.secrets[(KEYRING_SERVICE, USERNAME)] == stored


# --- key rotation -----------------------------------------------------------------------------


def test_rotation_keeps_every_note_readable_and_the_old_key_no_longer_decrypts(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    old, _ = passphrase_vault
    texts = {(c, n): f"{MARKER} {c}/{n}" for c in ("a", "b") for n in range(4)}
    stored = [(c, n, old.encrypt(c, n, t)) for (c, n), t in texts.items()]

    rotation = rotate_data_key(old, iter(stored), lambda new: new.rewrap_with_passphrase(PASSPHRASE, CHEAP))

    assert [(note.case_id, note.note_id) for note in rotation.notes] == [(c, n) for c, n, _ in stored]
    reopened = CaseVault.unlock_with_passphrase(rotation.wrapped, PASSPHRASE)
    for case_id, note_id, blob in rotation.notes:
        assert reopened.decrypt(case_id, note_id, blob) == texts[(case_id, note_id)]
        assert rotation.vault.decrypt(case_id, note_id, blob) == texts[(case_id, note_id)]
        with pytest.raises(UnreadableNoteError):
            old.decrypt(case_id, note_id, blob)


def test_rotation_stops_at_an_unreadable_note_and_names_it(vault: CaseVault) -> None:
    stored = [("c", 1, vault.encrypt("c", 1, "een")), ("c", 2, vault.encrypt("c", 3, "verplaatst"))]
    with pytest.raises(UnreadableNoteError) as caught:
        rotate_data_key(vault, stored, lambda new: new.rewrap_with_passphrase(PASSPHRASE, CHEAP))
    assert (caught.value.case_id, caught.value.note_id) == ("c", 2)
    assert vault.decrypt("c", 1, stored[0][2]) == "een"  # the old vault still works


def test_rotation_with_keyring_wraps_under_the_same_profile_key() -> None:
    backend = InMemoryKeyring()
    old, _ = CaseVault.create_with_keyring(backend, USERNAME)
    stored = [("c", 1, old.encrypt("c", 1, MARKER))]
    rotation = rotate_data_key(old, stored, lambda new: new.rewrap_with_keyring(backend, USERNAME))
    reopened = CaseVault.unlock_with_keyring(rotation.wrapped, backend, USERNAME)
    assert reopened.decrypt("c", 1, rotation.notes[0].blob) == MARKER


# --- slowing down guesses ---------------------------------------------------------------------


def test_first_three_wrong_attempts_cost_nothing_then_waits_double_up_to_a_minute() -> None:
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for _ in range(2):
        limiter.check()
        limiter.failed()
    limiter.check()
    waits = []
    for _ in range(10):
        limiter.failed()
        with pytest.raises(TooManyAttemptsError) as caught:
            limiter.check()
        waits.append(caught.value.seconds)
        clock.now += caught.value.seconds - 0.5
        with pytest.raises(TooManyAttemptsError):
            limiter.check()
        clock.now += 0.5
        limiter.check()
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]


def test_too_many_attempts_message_says_how_long_in_dutch() -> None:
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock, free=1)
    limiter.failed()
    with pytest.raises(TooManyAttemptsError) as caught:
        limiter.check()
    assert str(caught.value) == "Te veel onjuiste pogingen. Probeer het over 1 seconde opnieuw."
    limiter.failed()
    with pytest.raises(TooManyAttemptsError, match="over 2 seconden"):
        limiter.check()


def test_wrong_passphrases_through_the_limiter_then_success_resets_it(
    passphrase_vault: tuple[CaseVault, WrappedKey],
) -> None:
    _, wrapped = passphrase_vault
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            CaseVault.unlock_with_passphrase(wrapped, "fout", limiter)
    with pytest.raises(TooManyAttemptsError):
        CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE, limiter)  # refused before scrypt runs
    assert limiter.failures == 3
    clock.now += 1
    assert not CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE, limiter).locked
    assert limiter.failures == 0
    limiter.check()
