"""The notes' data key, stored only wrapped: by a key in the OS keyring or by a passphrase.

docs/architecture.md (notes): a random data key (DEK) encrypts the notes; the DEK itself is kept
only wrapped with AES-256-GCM under a key-encryption key (KEK) that lives in the OS keyring, or
that scrypt derives from a passphrase where no keyring exists. The scrypt parameters and salt
are stored with the wrapped key so that they can be raised later (RFC 7914 section 2). The cost is
n=2**17, r=8, p=1, the minimum of OWASP's Password Storage Cheat Sheet (2**15 is only the scrypt
paper's interactive-login setting of 2009); it takes about 0.4 s here (2 cores, shared). A key
wrapped at a lower cost is wrapped again at this cost at its next successful unlock
(``routekaarten.unlock``). The stored parameters are bounded when read (``MAX_SCRYPT_WORK``): a
record edited to p=16, r=64 or n=2**30 is refused before any derivation, not after a long spin.

Key material, and the passphrase's bytes while scrypt reads them, are kept in ``bytearray``
objects and zeroed when no longer needed (the data key on ``CaseVault.lock``). That is best
effort only: the passphrase arrives as an immutable ``str`` (from the Qt field) and its UTF-8
form is made as ``bytes`` before it is copied into the ``bytearray``; ``cryptography``'s AESGCM
object keeps its own copy of the key, freed (not wiped) when dropped; and memory can be swapped
to disk. README, "Privacy", says so to users. ``cryptography`` (imported lazily,
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
from routekaarten.i18n import _

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE = "Routekaart"
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96-bit GCM nonce, NIST SP 800-38D section 8.2.2
TAG_BYTES = 16
SALT_BYTES = 16
WRAP_VERSION = 1
_WRAP_LABEL = b"routekaart-dek-v1|"
# A tampered record must not make the app allocate gigabytes or spin for minutes: each bound
# allows a future raise of the cost (up to 4x the default), nothing like p=16, r=64 or n=2**30.
MAX_SCRYPT_N = 2**19
MAX_SCRYPT_R = 16
MAX_SCRYPT_P = 4
MAX_SCRYPT_WORK = 128 * 2**19 * 8  # 128 * n * r * p bytes processed: 512 MiB, 4x the default's

Method = Literal["keyring", "passphrase"]


class KeyringUnavailableError(RoutekaartError):
    """No working OS keyring: the UI falls back to a passphrase and says so."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("Geen sleutelbos beschikbaar; gebruik een wachtwoordzin."))


class KeyringKeyMissingError(RoutekaartError):
    """The keyring works but no longer holds the key that wraps this data key."""

    def __init__(self) -> None:
        super().__init__(_(
            "De sleutel van de notities staat niet meer in de sleutelbos; de notities kunnen niet "
            "worden geopend."
        ))


class WrongPassphraseError(RoutekaartError):
    """The passphrase does not unwrap the data key (or the wrapped key was changed)."""

    def __init__(self) -> None:
        super().__init__(_("De wachtwoordzin klopt niet."))


class UnreadableKeyError(RoutekaartError):
    """The stored wrapped key, or the key in the keyring, is malformed or does not fit."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("De sleutel van de notities is beschadigd en kan niet worden gelezen."))


class TooManyAttemptsError(RoutekaartError):
    """Wrong passphrases in a row: the next attempt waits ``seconds``."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        if seconds == 1:
            message = _("Te veel onjuiste pogingen. Probeer het over 1 seconde opnieuw.")
        else:
            message = _("Te veel onjuiste pogingen. Probeer het over {seconds} seconden opnieuw.",
                        seconds=seconds)
        super().__init__(message)


@dataclass(frozen=True)
class ScryptParams:
    """The cost of deriving a KEK from a passphrase; stored with the wrapped key."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        for value in (self.n, self.r, self.p):
            if type(value) is not int:
                raise ValueError("scrypt parameters must be integers")
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt n must be a power of two")
        if not self.within_bounds(self.n, self.r, self.p):
            raise ValueError("scrypt parameters out of range")

    @staticmethod
    def within_bounds(n: int, r: int, p: int) -> bool:
        """Whether deriving at this cost stays within a few seconds and 512 MiB on any workstation."""
        return (1 <= n <= MAX_SCRYPT_N and 1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P
                and 128 * n * r * p <= MAX_SCRYPT_WORK)

    def weaker_than(self, other: ScryptParams) -> bool:
        """Less work per guess than ``other`` (a wrap made at an older, lower cost)."""
        return self.n * self.r * self.p < other.n * other.r * other.p or self.n < other.n


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
                _("De sleutel van de notities heeft een onbekende versie; werk Routekaart bij.")
            )
        try:
            kdf: ScryptParams | None = None
            salt: bytes | None = None
            if data.get("kdf") is not None:
                params = data["kdf"]
                if not isinstance(params, Mapping) or params.get("name") != "scrypt":
                    raise ValueError("unknown kdf")
                _check_scrypt_cost(params["n"], params["r"], params["p"])
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


def _check_scrypt_cost(n: object, r: object, p: object) -> None:
    """A stored cost far above any this app writes is a changed record: refused before any derivation."""
    if type(n) is not int or type(r) is not int or type(p) is not int or min(n, r, p) < 1:
        return  # not a cost at all: ScryptParams refuses it as malformed
    if not ScryptParams.within_bounds(n, r, p):
        raise UnreadableKeyError(_(
            "De sleutel van de notities vraagt een veel zwaardere berekening dan Routekaart ooit "
            "instelt (scrypt N={n}, r={r}, p={p}); het bestand is waarschijnlijk gewijzigd. "
            "Ontgrendelen is geweigerd zonder te rekenen; er is niets gewijzigd.", n=n, r=r, p=p))


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

    secret = bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass"))
    kek = bytearray(KEY_BYTES)
    try:
        Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive_into(secret, kek)
    finally:
        zero(secret)
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
        raise UnreadableKeyError(_("De sleutel in de sleutelbos is beschadigd.")) from None
    if len(kek) != KEY_BYTES:
        zero(kek)
        raise UnreadableKeyError(_("De sleutel in de sleutelbos is beschadigd."))
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
