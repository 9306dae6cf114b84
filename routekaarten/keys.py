"""The notes' data key, stored only wrapped: by a key in the OS keyring or by a passphrase.

docs/architecture.md (notes): a random data key (DEK) encrypts the notes; the DEK itself is kept
only wrapped with AES-256-GCM under a key-encryption key (KEK) that lives in the OS keyring, or
that scrypt derives from a passphrase where no keyring exists. The scrypt parameters and salt
are stored with the wrapped key so that they can be raised later (RFC 7914 section 2; n=2**15,
r=8, p=1 is the interactive-login setting of the scrypt paper and OWASP's cheat sheet).

Key material is kept in ``bytearray`` objects and zeroed when no longer needed. That is best
effort only: Python may have copied it, but it keeps the key out of immutable ``bytes`` that
would linger until the garbage collector reuses their memory. ``cryptography`` (imported lazily,
docs/architecture.md, "Performance budgets") and ``keyring`` backends are passed in, not reached for.
"""

from __future__ import annotations

import base64
import math
import secrets
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from routekaarten.errors import RoutekaartError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE = "Routekaart"
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96-bit GCM nonce, NIST SP 800-38D section 8.2.2
TAG_BYTES = 16
SALT_BYTES = 16
WRAP_VERSION = 1
_WRAP_LABEL = b"routekaart-dek-v1|"
# A tampered record must not make the app allocate gigabytes or spin for minutes.
_MAX_SCRYPT_MEMORY = 1 << 30

Method = Literal["keyring", "passphrase"]


class KeyringUnavailableError(RoutekaartError):
    """No working OS keyring: the UI falls back to a passphrase and says so."""

    def __init__(self, message: str = "Geen sleutelbos beschikbaar; gebruik een wachtwoordzin.") -> None:
        super().__init__(message)


class KeyringKeyMissingError(RoutekaartError):
    """The keyring works but no longer holds the key that wraps this data key."""

    def __init__(self) -> None:
        super().__init__(
            "De sleutel van de notities staat niet meer in de sleutelbos; de notities kunnen niet "
            "worden geopend."
        )


class WrongPassphraseError(RoutekaartError):
    """The passphrase does not unwrap the data key (or the wrapped key was changed)."""

    def __init__(self) -> None:
        super().__init__("De wachtwoordzin klopt niet.")


class UnreadableKeyError(RoutekaartError):
    """The stored wrapped key, or the key in the keyring, is malformed or does not fit."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "De sleutel van de notities is beschadigd en kan niet worden gelezen.")


class TooManyAttemptsError(RoutekaartError):
    """Wrong passphrases in a row: the next attempt waits ``seconds``."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        unit = "seconde" if seconds == 1 else "seconden"
        super().__init__(f"Te veel onjuiste pogingen. Probeer het over {seconds} {unit} opnieuw.")


@dataclass(frozen=True)
class ScryptParams:
    """The cost of deriving a KEK from a passphrase; stored with the wrapped key."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        for value in (self.n, self.r, self.p):
            if type(value) is not int:
                raise ValueError("scrypt parameters must be integers")
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt n must be a power of two")
        if not 1 <= self.r <= 32 or not 1 <= self.p <= 16 or 128 * self.n * self.r > _MAX_SCRYPT_MEMORY:
            raise ValueError("scrypt parameters out of range")


@dataclass(frozen=True)
class WrappedKey:
    """A data key encrypted under a KEK; ``to_dict`` gives what the store keeps."""

    method: Method
    nonce: bytes
    ciphertext: bytes
    kdf: ScryptParams | None = None
    salt: bytes | None = None
    version: int = WRAP_VERSION

    def __post_init__(self) -> None:
        if self.method not in ("keyring", "passphrase"):
            raise ValueError("unknown wrap method")
        if len(self.nonce) != NONCE_BYTES or len(self.ciphertext) != KEY_BYTES + TAG_BYTES:
            raise ValueError("wrapped key has the wrong length")
        if self.method == "passphrase":
            if self.kdf is None or self.salt is None or not SALT_BYTES <= len(self.salt) <= 64:
                raise ValueError("a passphrase-wrapped key needs scrypt parameters and a salt")
        elif self.kdf is not None or self.salt is not None:
            raise ValueError("a keyring-wrapped key has no scrypt parameters or salt")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": self.version,
            "method": self.method,
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.kdf is not None and self.salt is not None:
            data["kdf"] = {"name": "scrypt", "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p}
            data["salt"] = _b64(self.salt)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WrappedKey:
        """Read a stored record; anything malformed is an ``UnreadableKeyError``, never a crash."""
        if data.get("version") != WRAP_VERSION:
            raise UnreadableKeyError(
                "De sleutel van de notities heeft een onbekende versie; werk Routekaart bij."
            )
        try:
            kdf: ScryptParams | None = None
            salt: bytes | None = None
            if data.get("kdf") is not None:
                params = data["kdf"]
                if not isinstance(params, Mapping) or params.get("name") != "scrypt":
                    raise ValueError("unknown kdf")
                kdf = ScryptParams(n=params["n"], r=params["r"], p=params["p"])
            if data.get("salt") is not None:
                salt = _unb64(data["salt"])
            return cls(
                method=data["method"],
                nonce=_unb64(data["nonce"]),
                ciphertext=_unb64(data["ciphertext"]),
                kdf=kdf,
                salt=salt,
            )
        except (KeyError, TypeError, ValueError) as exc:  # binascii.Error is a ValueError
            raise UnreadableKeyError() from exc


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def zero(buffer: bytearray) -> None:
    """Overwrite key material in place (best effort, see the module docstring)."""
    buffer[:] = bytes(len(buffer))


def new_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def _wrap_aad(method: Method) -> bytes:
    return _WRAP_LABEL + method.encode("ascii")


def wrap(
    dek: bytearray, kek: bytearray, method: Method, kdf: ScryptParams | None = None, salt: bytes | None = None
) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(kek).encrypt(nonce, dek, _wrap_aad(method))
    return WrappedKey(method=method, nonce=nonce, ciphertext=ciphertext, kdf=kdf, salt=salt)


def unwrap(wrapped: WrappedKey, kek: bytearray) -> bytearray | None:
    """The data key, or None when the KEK does not fit (wrong passphrase, tampered record)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    dek = bytearray(KEY_BYTES)
    try:
        AESGCM(kek).decrypt_into(wrapped.nonce, wrapped.ciphertext, _wrap_aad(wrapped.method), dek)
    except InvalidTag:
        zero(dek)
        return None
    return dek


def passphrase_kek(passphrase: str, salt: bytes, params: ScryptParams) -> bytearray:
    """scrypt over the NFC form, so the same passphrase typed on another OS gives the same key."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    kek = bytearray(KEY_BYTES)
    Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive_into(secret, kek)
    return kek


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def keyring_kek(backend: KeyringBackend, username: str, *, create: bool) -> bytearray:
    """The KEK kept in the OS keyring under ("Routekaart", username), made when ``create``.

    An existing KEK is reused rather than replaced: replacing it would strand every data key
    already wrapped with it (another profile's, or the one a failed rotation leaves behind).
    Everything the backend raises becomes ``KeyringUnavailableError`` (docs/architecture.md, convention 3).
    """
    if not username:
        raise ValueError("a keyring username is required")
    try:
        usable = float(backend.priority) >= 1  # keyring's fail and null backends rank below 1
    except Exception as exc:  # a backend that does not fit this machine raises here
        raise KeyringUnavailableError() from exc
    if not usable:
        raise KeyringUnavailableError()
    try:
        stored = backend.get_password(KEYRING_SERVICE, username)
        if stored is None and create:
            backend.set_password(KEYRING_SERVICE, username, _b64(secrets.token_bytes(KEY_BYTES)))
            stored = backend.get_password(KEYRING_SERVICE, username)
            if stored is None:
                raise KeyringUnavailableError()  # the backend accepted the key but did not keep it
    except KeyringUnavailableError:
        raise
    except Exception as exc:
        raise KeyringUnavailableError() from exc
    if stored is None:
        raise KeyringKeyMissingError()
    try:
        kek = bytearray(_unb64(stored))
    except (TypeError, ValueError, UnicodeEncodeError):
        raise UnreadableKeyError("De sleutel in de sleutelbos is beschadigd.") from None
    if len(kek) != KEY_BYTES:
        zero(kek)
        raise UnreadableKeyError("De sleutel in de sleutelbos is beschadigd.")
    return kek


@dataclass
class AttemptLimiter:
    """Slows down guessing: after ``free`` wrong passphrases in a row, wait 2**(failures - free) s.

    scrypt already costs each guess time; this adds a growing pause (capped at ``cap`` seconds)
    for someone at the keyboard. It lives in memory only, so restarting the app resets it.
    """

    clock: Callable[[], float] = time.monotonic
    free: int = 3
    cap: float = 60.0
    failures: int = 0
    _not_before: float = field(default=-math.inf, repr=False)

    def check(self) -> None:
        """Raise ``TooManyAttemptsError`` while the pause after the last failure lasts."""
        remaining = self._not_before - self.clock()
        if remaining > 0:
            raise TooManyAttemptsError(math.ceil(remaining))

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.free:
            delay = min(self.cap, 2.0 ** (self.failures - self.free))
            self._not_before = self.clock() + delay

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = -math.inf
