"""Encrypted case notes: one data key per vault, AES-256-GCM per note (docs/architecture.md).

Each note gets a fresh random 96-bit nonce (NIST SP 800-38D section 8.2.2; at the app's scale
the 2**32 random-nonce limit per key is far off, and ``rotate_data_key`` starts a new key). The
associated data names the case and the note, so a ciphertext moved to another note or case does
not decrypt. The data key is stored only wrapped (``routekaarten.keys``). No Qt, no logging:
nothing here ever writes plaintext or key material anywhere.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from routekaarten.keys import (
    KEY_BYTES,
    KEYRING_SERVICE,
    NONCE_BYTES,
    TAG_BYTES,
    AttemptLimiter,
    KeyringKeyMissingError,
    KeyringUnavailableError,
    ScryptParams,
    TooManyAttemptsError,
    UnreadableKeyError,
    WrappedKey,
    WrongPassphraseError,
    keyring_kek,
    new_key,
    new_salt,
    passphrase_kek,
    unwrap,
    wrap,
    zero,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from keyring.backend import KeyringBackend

__all__ = [
    "KEYRING_SERVICE",
    "AttemptLimiter",
    "CaseVault",
    "KeyringKeyMissingError",
    "KeyringUnavailableError",
    "NoteId",
    "Rotation",
    "ScryptParams",
    "SealedNote",
    "TooManyAttemptsError",
    "UnreadableKeyError",
    "UnreadableNoteError",
    "VaultLockedError",
    "WrappedKey",
    "WrongPassphraseError",
    "note_aad",
    "rotate_data_key",
]

NoteId = str | int
BLOB_VERSION = 1
_NOTE_LABEL = b"routekaart-note-v1"
_HEADER = 1 + NONCE_BYTES
DEFAULT_SCRYPT = ScryptParams()


class UnreadableNoteError(RoutekaartError):
    """A note blob that is corrupt, tampered with, moved, or sealed with another key."""

    def __init__(self, case_id: NoteId | None = None, note_id: NoteId | None = None) -> None:
        self.case_id = case_id
        self.note_id = note_id
        super().__init__(_("Deze notitie is beschadigd en kan niet worden gelezen."))


class VaultLockedError(RoutekaartError):
    """The vault has forgotten its key (idle, session lock, sleep); unlock it again."""

    def __init__(self) -> None:
        super().__init__(_("De notities zijn vergrendeld; ontgrendel ze eerst."))


def _id_bytes(value: NoteId) -> bytes:
    # Exact types on purpose: True is an int, and an id that prints differently later would lock its note.
    if type(value) is str:
        raw = value.encode("utf-8", "surrogatepass")
    elif type(value) is int:
        raw = str(value).encode("ascii")
    else:
        raise TypeError("case and note ids are str or int")
    return len(raw).to_bytes(4, "big") + raw


def note_aad(case_id: NoteId, note_id: NoteId) -> bytes:
    """The associated data that ties a blob to its place.

    Each id is length-prefixed, so no two (case, note) pairs share bytes even when an id holds
    the separator; an int id and its decimal string are the same id, so the store may hand
    either back.
    """
    return _NOTE_LABEL + _id_bytes(case_id) + _id_bytes(note_id)


class CaseVault:
    """Holds the unwrapped data key while unlocked; ``lock`` forgets it."""

    __slots__ = ("_aead", "_dek")

    def __init__(self, dek: bytearray) -> None:
        """Take ownership of ``dek``: the vault zeroes it on ``lock``. Use the class methods."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._dek: bytearray | None = None
        self._aead: AESGCM | None = None
        if len(dek) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._dek = dek
        self._aead = AESGCM(dek)

    @classmethod
    def generate(cls) -> CaseVault:
        """A vault with a fresh random data key, not yet wrapped."""
        return cls(new_key())

    @classmethod
    def create_with_passphrase(
        cls, passphrase: str, kdf: ScryptParams = DEFAULT_SCRYPT
    ) -> tuple[CaseVault, WrappedKey]:
        vault = cls.generate()
        return vault, vault.rewrap_with_passphrase(passphrase, kdf)

    @classmethod
    def create_with_keyring(cls, backend: KeyringBackend, username: str) -> tuple[CaseVault, WrappedKey]:
        """``KeyringUnavailableError`` when no working keyring exists: fall back to a passphrase."""
        vault = cls.generate()
        try:
            return vault, vault.rewrap_with_keyring(backend, username)
        except BaseException:
            vault.lock()
            raise

    @classmethod
    def unlock_with_passphrase(
        cls, wrapped: WrappedKey, passphrase: str, limiter: AttemptLimiter | None = None
    ) -> CaseVault:
        """Raises ``WrongPassphraseError`` (and counts it in ``limiter``); ``wrapped`` is never changed.

        Runs scrypt: call it off the GUI thread (docs/architecture.md, convention 2).
        """
        if wrapped.method != "passphrase" or wrapped.kdf is None or wrapped.salt is None:
            raise ValueError("this data key is not wrapped with a passphrase")
        if limiter is not None:
            limiter.check()
        kek = passphrase_kek(passphrase, wrapped.salt, wrapped.kdf)
        try:
            dek = unwrap(wrapped, kek)
        finally:
            zero(kek)
        if dek is None:
            if limiter is not None:
                limiter.failed()
            raise WrongPassphraseError()
        if limiter is not None:
            limiter.succeeded()
        return cls(dek)

    @classmethod
    def unlock_with_keyring(cls, wrapped: WrappedKey, backend: KeyringBackend, username: str) -> CaseVault:
        if wrapped.method != "keyring":
            raise ValueError("this data key is not wrapped with a keyring key")
        kek = keyring_kek(backend, username, create=False)
        try:
            dek = unwrap(wrapped, kek)
        finally:
            zero(kek)
        if dek is None:
            raise UnreadableKeyError(_("De sleutel in de sleutelbos past niet bij deze notities."))
        return cls(dek)

    def rewrap_with_passphrase(self, passphrase: str, kdf: ScryptParams = DEFAULT_SCRYPT) -> WrappedKey:
        """The same data key under a new passphrase (or stronger scrypt); the notes stay as they are."""
        dek = self._key()
        if not passphrase:
            raise ValueError("an empty passphrase protects nothing")
        salt = new_salt()
        kek = passphrase_kek(passphrase, salt, kdf)
        try:
            return wrap(dek, kek, "passphrase", kdf, salt)
        finally:
            zero(kek)

    def rewrap_with_keyring(self, backend: KeyringBackend, username: str) -> WrappedKey:
        """The same data key under the keyring's key for ``username`` (made there if missing)."""
        dek = self._key()
        kek = keyring_kek(backend, username, create=True)
        try:
            return wrap(dek, kek, "keyring")
        finally:
            zero(kek)

    def encrypt(self, case_id: NoteId, note_id: NoteId, plaintext: str) -> bytes:
        """A blob: version byte, 12-byte nonce, ciphertext with its 16-byte tag."""
        return self._seal(note_aad(case_id, note_id), plaintext.encode("utf-8", "surrogatepass"))

    def decrypt(self, case_id: NoteId, note_id: NoteId, blob: bytes) -> str:
        plain = self._open(case_id, note_id, blob)
        try:
            return plain.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            raise UnreadableNoteError(case_id, note_id) from None  # the cause would carry plaintext

    def decrypt_all(self, case_id: NoteId, sealed: Iterable[tuple[NoteId, bytes]]) -> list[str | None]:
        """Every note of one case in one pass (opening a case); None where a note is damaged.

        The same checks as ``decrypt``, with the case's part of the associated data built once:
        opening a case with hundreds of notes must stay close to raw AES-GCM (docs/architecture.md budget).
        """
        aead = self._aead
        if aead is None:
            raise VaultLockedError()
        prefix = _NOTE_LABEL + _id_bytes(case_id)
        texts: list[str | None] = []
        for note_id, blob in sealed:
            if len(blob) < _HEADER + TAG_BYTES or blob[0] != BLOB_VERSION:
                texts.append(None)
                continue
            view = memoryview(blob)
            try:
                plain = aead.decrypt(view[1:_HEADER], view[_HEADER:], prefix + _id_bytes(note_id))
                texts.append(plain.decode("utf-8", "surrogatepass"))
            except Exception:  # InvalidTag, a length AESGCM refuses, or bytes that are not UTF-8
                texts.append(None)
        return texts

    def lock(self) -> None:
        """Forget the data key. Dropping the AESGCM object frees its copy of the key."""
        self._aead = None
        dek = getattr(self, "_dek", None)
        if dek is not None:
            zero(dek)
            self._dek = None

    @property
    def locked(self) -> bool:
        return self._dek is None

    def __del__(self) -> None:
        self.lock()

    def __repr__(self) -> str:
        return f"CaseVault({'locked' if self.locked else 'unlocked'})"

    def _key(self) -> bytearray:
        if self._dek is None:
            raise VaultLockedError()
        return self._dek

    def _seal(self, aad: bytes, data: bytes) -> bytes:
        if self._aead is None:
            raise VaultLockedError()
        nonce = secrets.token_bytes(NONCE_BYTES)
        return bytes((BLOB_VERSION,)) + nonce + self._aead.encrypt(nonce, data, aad)

    def _open(self, case_id: NoteId, note_id: NoteId, blob: bytes) -> bytes:
        if self._aead is None:
            raise VaultLockedError()
        if len(blob) < _HEADER + TAG_BYTES or blob[0] != BLOB_VERSION:
            raise UnreadableNoteError(case_id, note_id)
        view = memoryview(blob)
        try:
            return self._aead.decrypt(view[1:_HEADER], view[_HEADER:], note_aad(case_id, note_id))
        except Exception as exc:  # InvalidTag, or a length AESGCM refuses; no import on this hot path
            raise UnreadableNoteError(case_id, note_id) from exc


class SealedNote(NamedTuple):
    case_id: NoteId
    note_id: NoteId
    blob: bytes


@dataclass(frozen=True)
class Rotation:
    """A new data key, its wrapped form and every note sealed with it: one transaction's worth."""

    vault: CaseVault
    wrapped: WrappedKey
    notes: list[SealedNote]


def rotate_data_key(
    old: CaseVault,
    notes: Iterable[tuple[NoteId, NoteId, bytes]],
    wrap_new_key: Callable[[CaseVault], WrappedKey],
) -> Rotation:
    """Re-encrypt every note under a fresh data key.

    ``wrap_new_key`` wraps the new key the way the old one was, e.g.
    ``lambda vault: vault.rewrap_with_passphrase(passphrase)``. All notes are re-sealed before
    anything is returned, so the store can write the new wrapped key and the new blobs in one
    transaction; a note that does not decrypt raises ``UnreadableNoteError`` (with its ids) and
    nothing changes. Keep ``old`` unlocked until that transaction has committed.
    """
    new = CaseVault.generate()
    try:
        wrapped = wrap_new_key(new)
        sealed = []
        for case_id, note_id, blob in notes:
            plain = old._open(case_id, note_id, blob)
            sealed.append(SealedNote(case_id, note_id, new._seal(note_aad(case_id, note_id), plain)))
    except BaseException:
        new.lock()
        raise
    return Rotation(new, wrapped, sealed)
