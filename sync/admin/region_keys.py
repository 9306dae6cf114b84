"""A regional admin's signing key, kept in the OS keyring (or another keyring backend).

The private key never leaves the admin's machine; only the public key goes to the national
admin, who delegates the region to it. The keyring backend is passed in (docs/architecture.md, convention 1):
the OS keyring on a desktop, ``sync.admin.file_keyring.EncryptedFileKeyring`` on a headless machine
or in tests (choose it with ``PYTHON_KEYRING_BACKEND=sync.admin.file_keyring.EncryptedFileKeyring``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from securesystemslib.signer import CryptoSigner, SSlibKey

from routekaarten.i18n import _
from sync.admin.national_keys import generate_signer, pem_of, signer_from_pem
from sync.errors import KeyStoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE = "Routekaart-regiobeheer"


def default_backend() -> KeyringBackend:
    """``PYTHON_KEYRING_BACKEND`` when set (read now, not when keyring first initialised), else
    keyring's choice for this machine."""
    import os

    import keyring
    import keyring.core

    try:
        if name := os.environ.get("PYTHON_KEYRING_BACKEND"):
            return keyring.core.load_keyring(name)
        return keyring.get_keyring()
    except Exception as error:
        raise KeyStoreError(f"De sleutelbos kan niet worden geopend: {error}") from error


def public_key_json(key: SSlibKey) -> str:
    """The public key as the national admin receives it: the key id and the TUF key object."""
    return json.dumps({"keyid": key.keyid, **key.to_dict()}, indent=2)


def public_key_from_json(text: str) -> SSlibKey:
    """Read a key printed by ``admin keygen``; a key id that does not match the key is refused."""
    try:
        data: dict[str, Any] = json.loads(text)
        claimed = data.pop("keyid", None)
        keyid = _default_keyid(data["keytype"], data["scheme"], data["keyval"])
        key = SSlibKey.from_dict(keyid, data)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyStoreError(f"Geen geldige publieke sleutel (JSON van 'admin keygen'): {error}") from error
    if claimed is not None and claimed != keyid:
        raise KeyStoreError("De sleutel-id past niet bij de publieke sleutel; het bestand is gewijzigd.")
    return key


def _default_keyid(keytype: str, scheme: str, keyval: dict[str, Any]) -> str:
    """The id TUF derives from the key's content (sha256 of its canonical JSON): it cannot lie."""
    import hashlib

    from securesystemslib.formats import encode_canonical

    canonical = encode_canonical({"keytype": keytype, "scheme": scheme, "keyval": keyval})
    return hashlib.sha256(str(canonical).encode("utf-8")).hexdigest()


class RegionKeyring:
    """Region admin keys in a keyring: one entry per region, the PEM of an Ed25519 key."""

    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend
        try:
            usable = float(backend.priority) > 0  # keyring's fail backend ranks 0, the null backend -1
        except Exception as error:
            raise KeyStoreError("Geen bruikbare sleutelbos op deze computer.") from error
        if not usable:
            raise KeyStoreError(
                "Geen bruikbare sleutelbos op deze computer. Zonder bureaublad: zet "
                "PYTHON_KEYRING_BACKEND=sync.admin.file_keyring.EncryptedFileKeyring (zie --help)."
            )

    def create(self, region_id: str, *, replace: bool = False) -> SSlibKey:
        """Make and keep a new key; refuses to overwrite one unless ``replace`` (key rotation)."""
        if not replace and self._get(region_id) is not None:
            raise KeyStoreError(
                f"Er staat al een sleutel voor regio '{region_id}' in de sleutelbos; gebruik --replace "
                "om hem te vervangen (vraag daarna de landelijk beheerder de nieuwe sleutel te delegeren)."
            )
        signer = generate_signer()
        self._set(region_id, pem_of(signer, None).decode("ascii"))
        return signer.public_key

    def has_key(self, region_id: str) -> bool:
        """Whether the keyring holds a key for the region (to ask before one is replaced)."""
        return self._get(region_id) is not None

    def signer(self, region_id: str) -> CryptoSigner:
        pem = self._get(region_id)
        if pem is None:
            raise KeyStoreError(
                f"Geen sleutel voor regio '{region_id}' in de sleutelbos; maak er een met 'admin keygen'."
            )
        try:
            return signer_from_pem(pem.encode("ascii"), None)
        except (ValueError, TypeError, UnicodeEncodeError) as error:
            raise KeyStoreError(
                f"De sleutel van regio '{region_id}' in de sleutelbos is beschadigd.") from error

    def restore(self, region_id: str, signer: CryptoSigner, *, replace: bool = False) -> None:
        """Keep a key restored from a backup (``sync.admin.key_backup``); the same key again is fine,
        another key is replaced only with ``replace``."""
        present = self._get(region_id)
        if present is not None and not replace:
            try:
                kept = signer_from_pem(present.encode("ascii"), None).public_key
                same = kept.keyid == signer.public_key.keyid
            except (ValueError, TypeError, UnicodeEncodeError):
                same = False
            if same:
                return
            raise KeyStoreError(_(
                "Er staat al een andere sleutel voor regio '{region}' in de sleutelbos; gebruik --replace om "
                "hem te vervangen door de sleutel uit de back-up.", region=region_id))
        self._set(region_id, pem_of(signer, None).decode("ascii"))

    def _get(self, region_id: str) -> str | None:
        try:
            return self._backend.get_password(KEYRING_SERVICE, region_id)
        except Exception as error:
            raise KeyStoreError(f"De sleutelbos kan niet worden gelezen: {error}") from error

    def _set(self, region_id: str, value: str) -> None:
        try:
            self._backend.set_password(KEYRING_SERVICE, region_id, value)
        except Exception as error:
            raise KeyStoreError(f"De sleutelbos kan niet worden beschreven: {error}") from error
