"""A keyring backend in one encrypted file, for machines without a desktop keyring.

A regional admin's key belongs in the OS keyring; a headless publishing host or CI has none
(a regional admin may publish from a machine without a desktop). This backend keeps every entry in one JSON
file encrypted with AES-256-GCM under a key that scrypt derives from a passphrase (n=2**15, r=8,
p=1, as routekaarten/keys.py). Select it with
``PYTHON_KEYRING_BACKEND=sync.admin.file_keyring.EncryptedFileKeyring`` and set
``ROUTEKAART_KEYRING_FILE`` and ``ROUTEKAART_KEYRING_PASSPHRASE``. It is never chosen on its own:
its priority raises unless ``ROUTEKAART_KEYRING_FILE`` is set.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from routekaarten import environment
from routekaarten.atomic_write import write_atomic

_AAD = b"routekaart-file-keyring-v1"


class EncryptedFileKeyring(KeyringBackend):
    """All entries in one file, re-encrypted with a fresh salt and nonce on every write."""

    @property
    def priority(self) -> float:
        if not (self._path or os.environ.get(environment.KEYRING_FILE)):
            raise RuntimeError(f"{environment.KEYRING_FILE} is not set")
        return 1.0

    def __init__(self, path: Path | None = None, passphrase: str | None = None,
                 scrypt_n: int = 2**15) -> None:
        self._path = path
        self._passphrase = passphrase
        self._scrypt_n = scrypt_n
        super().__init__()  # type: ignore[no-untyped-call]

    def _file(self) -> Path:
        if self._path is not None:
            return self._path
        if name := os.environ.get(environment.KEYRING_FILE):
            return Path(name)
        raise KeyringError(f"Zet {environment.KEYRING_FILE} op het pad van het sleutelbosbestand.")

    def _secret(self) -> bytes:
        variable = environment.KEYRING_PASSPHRASE
        text = self._passphrase if self._passphrase is not None else os.environ.get(variable)
        if not text:
            raise KeyringError(f"Zet {variable} op de wachtwoordzin van het sleutelbosbestand.")
        return text.encode("utf-8")

    def _kek(self, salt: bytes, n: int) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(self._secret())

    def _load(self) -> dict[str, dict[str, str]]:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            record: dict[str, Any] = json.loads(self._file().read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise KeyringError(f"Sleutelbosbestand onleesbaar: {error}") from error
        try:
            salt, nonce, data = (base64.b64decode(record[k]) for k in ("salt", "nonce", "data"))
            n = int(record["n"])
            if not 2**10 <= n <= 2**20:
                raise ValueError("scrypt n out of range")
            plain = AESGCM(self._kek(salt, n)).decrypt(nonce, data, _AAD)
        except InvalidTag as error:
            raise KeyringError("De wachtwoordzin van het sleutelbosbestand klopt niet.") from error
        except (KeyError, ValueError, TypeError) as error:
            raise KeyringError(f"Sleutelbosbestand beschadigd: {error}") from error
        entries: dict[str, dict[str, str]] = json.loads(plain)
        return entries

    def _save(self, entries: dict[str, dict[str, str]]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        data = AESGCM(self._kek(salt, self._scrypt_n)).encrypt(nonce, json.dumps(entries).encode(), _AAD)
        record = {"n": self._scrypt_n, **{k: base64.b64encode(v).decode() for k, v in
                                           (("salt", salt), ("nonce", nonce), ("data", data))}}
        path = self._file()
        write_atomic(path, json.dumps(record).encode())
        if os.name == "posix":
            path.chmod(0o600)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries.setdefault(service, {})[username] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if username not in entries.get(service, {}):
            raise PasswordDeleteError(username)
        del entries[service][username]
        self._save(entries)
