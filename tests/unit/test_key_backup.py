"""A regional key's backup file: restored on a new computer with its passphrase, never without it."""

from __future__ import annotations

import json
import time

import pytest

from sync.admin.file_keyring import EncryptedFileKeyring
from sync.admin.key_backup import KeyBackupError, ScryptParams, backup_key, describe_backup, restore_key
from sync.admin.region_keys import RegionKeyring
from sync.errors import KeyStoreError

REGION = "zeeland-west-brabant"
PASSPHRASE = "een lange wachtwoordzin"
FAST = ScryptParams(n=2**14)  # the lowest this app accepts: keeps the tests quick


def _keyring(tmp_path, name: str) -> RegionKeyring:
    return RegionKeyring(EncryptedFileKeyring(tmp_path / f"{name}.json", "sleutelbos-geheim", scrypt_n=2**10))


@pytest.fixture
def backed_up(tmp_path):
    old = _keyring(tmp_path, "oude-computer")
    key = old.create(REGION)
    path = tmp_path / "zwb.backup"
    assert backup_key(old, REGION, PASSPHRASE, path, params=FAST) == key
    return path, key


def test_a_backup_restores_the_same_key_on_a_new_computer(tmp_path, backed_up):
    path, key = backed_up
    new = _keyring(tmp_path, "nieuwe-computer")

    assert restore_key(new, REGION, path, PASSPHRASE) == key
    assert new.signer(REGION).public_key.keyid == key.keyid
    assert describe_backup(path).keyid == key.keyid
    assert b"PRIVATE KEY" not in path.read_bytes()
    restore_key(new, REGION, path, PASSPHRASE)  # the same key again is fine


def test_a_wrong_passphrase_restores_nothing(tmp_path, backed_up):
    path, _key = backed_up
    new = _keyring(tmp_path, "nieuwe-computer")

    with pytest.raises(KeyBackupError, match="De wachtwoordzin van de back-up klopt niet"):
        restore_key(new, REGION, path, PASSPHRASE + "!")
    with pytest.raises(KeyStoreError, match="Geen sleutel voor regio"):
        new.signer(REGION)


def test_a_backup_whose_header_was_changed_fails_as_a_wrong_passphrase_does(tmp_path, backed_up):
    path, _key = backed_up
    record = json.loads(path.read_bytes())
    record["region"] = "oost-brabant"
    path.write_text(json.dumps(record), encoding="utf-8")

    with pytest.raises(KeyBackupError, match="klopt niet, of het bestand is gewijzigd"):
        restore_key(_keyring(tmp_path, "nieuw"), "oost-brabant", path, PASSPHRASE)


def test_a_backup_of_another_region_or_over_another_key_is_refused(tmp_path, backed_up):
    path, _key = backed_up
    new = _keyring(tmp_path, "nieuwe-computer")
    with pytest.raises(KeyBackupError, match="Deze back-up is van regio 'zeeland-west-brabant', niet van"):
        restore_key(new, "oost-brabant", path, PASSPHRASE)
    new.create(REGION)
    with pytest.raises(KeyStoreError, match=r"al een andere sleutel .* gebruik --replace"):
        restore_key(new, REGION, path, PASSPHRASE)
    restore_key(new, REGION, path, PASSPHRASE, replace=True)


def test_a_crafted_file_cannot_make_the_restore_allocate_gigabytes(tmp_path, backed_up):
    path, _key = backed_up
    record = json.loads(path.read_bytes())
    record["kdf"]["n"] = 2**30
    path.write_text(json.dumps(record), encoding="utf-8")
    started = time.monotonic()

    with pytest.raises(KeyBackupError, match="ongeldige versleutelingsparameters"):
        restore_key(_keyring(tmp_path, "nieuw"), REGION, path, PASSPHRASE)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("content", [b"", b"{}", b"niet json", b'{"format": "routekaart.region"}'])
def test_a_file_that_is_no_backup_says_so(tmp_path, content):
    path = tmp_path / "iets.json"
    path.write_bytes(content)
    with pytest.raises(KeyBackupError, match="is geen back-up van een regiosleutel"):
        restore_key(_keyring(tmp_path, "nieuw"), REGION, path, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path):
    keyring = _keyring(tmp_path, "computer")
    keyring.create(REGION)
    with pytest.raises(KeyBackupError, match="te kort"):
        backup_key(keyring, REGION, "kort", tmp_path / "b", params=FAST)
    assert not (tmp_path / "b").exists()


def test_a_typed_backup_passphrase_is_asked_twice_and_must_match(monkeypatch):
    import getpass
    import sys

    from sync.admin.passphrases import read_passphrase

    answers = iter(["een lange wachtwoordzin", "een lange wachtwoordzln"])
    monkeypatch.delenv("ROUTEKAART_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))

    with pytest.raises(KeyStoreError, match="De twee wachtwoordzinnen verschillen; er is niets gedaan"):
        read_passphrase("ROUTEKAART_BACKUP_PASSPHRASE", None, "de back-up", new=True, confirm=True)
    answers = iter(["een lange wachtwoordzin", "een lange wachtwoordzin"])
    assert read_passphrase("ROUTEKAART_BACKUP_PASSPHRASE", None, "de back-up", new=True,
                           confirm=True) == b"een lange wachtwoordzin"
