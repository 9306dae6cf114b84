"""A backup of a regional admin's private key, encrypted with a passphrase of its own (issue 13 item 7).

The key lives in one keyring on one computer; when that computer is replaced or breaks, the
region cannot publish until LNZS delegates a new key. A backup file, kept by the admin away from
the computer (a USB stick in a safe), restores the key into the keyring of a new computer.

The file is JSON: a readable header (format, region, key id, scrypt parameters) and the key's PEM
encrypted with AES-256-GCM under a key that scrypt derives from the passphrase (RFC 7914; n=2**17,
r=8, p=1: 128 MiB and a fraction of a second, above the 2**15 of routekaarten/keys.py because the
file may be attacked offline for years). The header is the GCM associated data, so a changed
region or key id fails as a wrong passphrase does. The parameters read from a file are bounded
(``ScryptParams.check``): a crafted file cannot make the restore allocate gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routekaarten.atomic_write import write_atomic
from routekaarten.i18n import _
from sync.errors import KeyStoreError

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner, SSlibKey

    from sync.admin.region_keys import RegionKeyring

FORMAT = "routekaart.region-key-backup"
FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
MAX_FILE_BYTES = 64 * 1024


class KeyBackupError(KeyStoreError):
    """A backup file that cannot be read: wrong passphrase, damaged, or of another region."""


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        """Refuse parameters outside what this app writes (bounded memory and time)."""
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        if not (power_of_two and 2**14 <= self.n <= 2**20 and 1 <= self.r <= 16 and 1 <= self.p <= 4
                and 128 * self.n * self.r * self.p <= 1 << 30):
            raise KeyBackupError(_("Het back-upbestand heeft ongeldige versleutelingsparameters; het is "
                                   "beschadigd of niet door Routekaart gemaakt."))


@dataclass(frozen=True)
class KeyBackup:
    """What a backup file says about itself, readable without the passphrase."""

    region_id: str
    keyid: str
    created: str


def _secret(passphrase: str) -> bytes:
    """The same passphrase typed on another system gives the same key (NFC, as routekaarten/keys.py)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _kek(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(_secret(passphrase))


def _associated(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def backup_key(keyring: RegionKeyring, region_id: str, passphrase: str, out: Path, *,
               params: ScryptParams = ScryptParams()) -> SSlibKey:
    """Write the region's private key from ``keyring`` to ``out``, encrypted; returns its public key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from sync.admin.national_keys import pem_of
    from sync.admin.passphrases import MIN_LENGTH

    if len(passphrase) < MIN_LENGTH:
        raise KeyBackupError(_("De wachtwoordzin voor de back-up is te kort (minstens {count} tekens).",
                               count=MIN_LENGTH))
    params.check()
    signer = keyring.signer(region_id)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "region": region_id,
        "keyid": signer.public_key.keyid, "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "kdf": {"name": "scrypt", **asdict(params), "salt": base64.b64encode(salt).decode("ascii")},
        "cipher": CIPHER,
    }
    sealed = AESGCM(_kek(passphrase, salt, params)).encrypt(nonce, pem_of(signer, None), _associated(header))
    record = {**header, "nonce": base64.b64encode(nonce).decode("ascii"),
              "ciphertext": base64.b64encode(sealed).decode("ascii")}
    try:
        write_atomic(out, json.dumps(record, indent=2).encode("utf-8") + b"\n")
    except OSError as error:
        raise KeyBackupError(_("De back-up kan niet worden geschreven naar {path} ({reason}).", path=out,
                               reason=error.strerror)) from error
    if os.name == "posix":
        out.chmod(0o600)
    return signer.public_key


def _damaged(path: Path) -> str:
    return _("{path} is geen back-up van een regiosleutel van Routekaart, of het is beschadigd.", path=path)


def _read_record(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise KeyBackupError(_("Het back-upbestand {path} is niet leesbaar ({reason}).", path=path,
                               reason=error.strerror)) from error
    damaged = _damaged(path)
    if len(raw) > MAX_FILE_BYTES:
        raise KeyBackupError(damaged)
    try:
        record: dict[str, Any] = json.loads(raw)
    except ValueError as error:
        raise KeyBackupError(damaged) from error
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise KeyBackupError(damaged)
    if record.get("format_version") != FORMAT_VERSION:
        raise KeyBackupError(_("Deze back-up is gemaakt door een nieuwere versie van Routekaart (formaat "
                               "{version}); werk de app bij.", version=record.get("format_version")))
    return record


def describe_backup(path: Path) -> KeyBackup:
    """Region, key id and date of a backup file, without the passphrase."""
    record = _read_record(path)
    return KeyBackup(str(record.get("region")), str(record.get("keyid")), str(record.get("created")))


def read_backup(path: Path, passphrase: str) -> tuple[str, CryptoSigner]:
    """The region id and the key in a backup file; KeyBackupError (Dutch) when it cannot be opened."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from sync.admin.national_keys import signer_from_pem

    record = _read_record(path)
    header = {name: record.get(name) for name in
              ("format", "format_version", "region", "keyid", "created", "kdf", "cipher")}
    try:
        kdf = dict(record["kdf"])
        if kdf.pop("name") != "scrypt" or record["cipher"] != CIPHER:
            raise ValueError("unknown algorithm")
        salt = base64.b64decode(kdf.pop("salt"), validate=True)
        params = ScryptParams(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        nonce = base64.b64decode(record["nonce"], validate=True)
        sealed = base64.b64decode(record["ciphertext"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise KeyBackupError(_damaged(path)) from error
    params.check()
    try:
        pem = AESGCM(_kek(passphrase, salt, params)).decrypt(nonce, sealed, _associated(header))
    except (InvalidTag, ValueError) as error:
        raise KeyBackupError(_("De wachtwoordzin van de back-up klopt niet, of het bestand is gewijzigd. "
                               "Er is niets in de sleutelbos gezet.")) from error
    signer = signer_from_pem(pem, None)
    if signer.public_key.keyid != record["keyid"]:
        raise KeyBackupError(_("De sleutel in de back-up past niet bij de sleutel-id in het bestand; het "
                               "bestand is gewijzigd."))
    return str(record["region"]), signer


def restore_key(keyring: RegionKeyring, region_id: str, path: Path, passphrase: str, *,
                replace: bool = False) -> SSlibKey:
    """Put the key from a backup into ``keyring`` for ``region_id``; returns its public key."""
    backed_up_region, signer = read_backup(path, passphrase)
    if backed_up_region != region_id:
        raise KeyBackupError(_("Deze back-up is van regio '{backed_up}', niet van regio '{region}'.",
                               backed_up=backed_up_region, region=region_id))
    keyring.restore(region_id, signer, replace=replace)
    return signer.public_key
