"""The national offline keys (root, targets) and the service's online key, as encrypted PEM files.

Root and targets keys are offline: they live on the national admins' machines or removable
media and are loaded only for a key ceremony, a delegation or a national bundle. The online key
signs snapshot and timestamp on the repository server. All are PKCS#8 PEM encrypted with the
best scheme ``cryptography`` offers, so a copied file is useless without its passphrase.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from securesystemslib.signer import CryptoSigner, SSlibKey

from routekaarten.atomic_write import write_atomic
from sync.admin.passphrases import PassphraseSource
from sync.errors import KeyStoreError

ROOT_KEY = "root-{n}.pem"
TARGETS_KEY = "targets.pem"
ONLINE_KEY = "online.pem"


def generate_signer() -> CryptoSigner:
    """A new Ed25519 key: small, fast signatures and no parameters to get wrong."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    return CryptoSigner(private, SSlibKey.from_crypto(private.public_key()))


def signer_from_pem(pem: bytes, password: bytes | None) -> CryptoSigner:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    private = load_pem_private_key(pem, password)
    return CryptoSigner(private, SSlibKey.from_crypto(private.public_key()))


def pem_of(signer: CryptoSigner, password: bytes | None) -> bytes:
    from cryptography.hazmat.primitives import serialization

    if password is None:
        return signer.private_bytes
    private = serialization.load_pem_private_key(signer.private_bytes, None)
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )


def save_key(path: Path, signer: CryptoSigner, passphrase: bytes) -> None:
    if path.exists():
        raise KeyStoreError(f"Sleutelbestand {path} bestaat al; er is niets overschreven.")
    write_atomic(path, pem_of(signer, passphrase))
    if os.name == "posix":
        path.chmod(0o600)


def load_key(path: Path, passphrase: bytes) -> CryptoSigner:
    try:
        pem = path.read_bytes()
    except FileNotFoundError as error:
        raise KeyStoreError(f"Sleutelbestand {path} niet gevonden.") from error
    except OSError as error:
        raise KeyStoreError(f"Sleutelbestand {path} is niet leesbaar ({error.strerror}).") from error
    try:
        return signer_from_pem(pem, passphrase)
    except (ValueError, TypeError) as error:
        raise KeyStoreError(
            f"De wachtwoordzin voor {path.name} klopt niet, of het bestand is beschadigd.") from error


def _passphrase(source: PassphraseSource | bytes, key_file: str) -> bytes:
    """The passphrase of ``key_file``: from its source, or one given for every key (scripts, tests)."""
    return source if isinstance(source, bytes) else source.for_key(key_file)


@dataclass(frozen=True)
class KeyFolder:
    """A folder holding the national key files; the root keys are numbered from 1."""

    path: Path

    def root_paths(self) -> list[Path]:
        numbered = [p for p in self.path.glob("root-*.pem") if p.stem.removeprefix("root-").isdigit()]
        return sorted(numbered, key=lambda p: int(p.stem.removeprefix("root-")))  # root-1.pem, root-2.pem ...

    def root_signers(self, passphrases: PassphraseSource | bytes) -> list[CryptoSigner]:
        paths = self.root_paths()
        if not paths:
            raise KeyStoreError(f"Geen rootsleutels (root-1.pem ...) in {self.path}.")
        return [load_key(path, _passphrase(passphrases, path.name)) for path in paths]

    def targets_signer(self, passphrases: PassphraseSource | bytes) -> CryptoSigner:
        return load_key(self.path / TARGETS_KEY, _passphrase(passphrases, TARGETS_KEY))

    def online_signer(self, passphrases: PassphraseSource | bytes) -> CryptoSigner:
        return load_key(self.path / ONLINE_KEY, _passphrase(passphrases, ONLINE_KEY))
