"""The scrypt cost of the passphrase: OWASP's minimum for new wraps, older wraps raised at the next
unlock, and a stored cost far above any the app writes refused before any derivation (issue 10, item 5).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from routekaarten import unlock
from routekaarten.case_store import CaseStore
from routekaarten.keys import ScryptParams, UnreadableKeyError, WrongPassphraseError, passphrase_kek
from routekaarten.vault import DEFAULT_SCRYPT, CaseVault

PASSPHRASE = "correct paard batterij nietje"
OLD_DEFAULT = ScryptParams(n=2**15, r=8, p=1)  # what Routekaart wrapped with before


def _stored_kdf(cases: CaseStore) -> dict[str, Any]:
    row = cases.conn.execute("SELECT wrapped FROM vault_key WHERE id = 1").fetchone()
    return dict(json.loads(row[0])["kdf"])


def test_new_passphrase_wraps_use_owasps_minimum_cost(cases: CaseStore) -> None:
    assert (DEFAULT_SCRYPT.n, DEFAULT_SCRYPT.r, DEFAULT_SCRYPT.p) == (2**17, 8, 1)
    unlock.unlock_with_passphrase(cases, PASSPHRASE)
    assert _stored_kdf(cases) == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}


def test_a_wrap_made_at_the_old_cost_is_wrapped_again_at_the_next_unlock(cases: CaseStore) -> None:
    created, wrapped = CaseVault.create_with_passphrase(PASSPHRASE, OLD_DEFAULT)
    cases.save_wrapped_key(wrapped)
    blob = created.encrypt("zaak", 1, "notitie van voor de nieuwe kosten")

    reopened = unlock.unlock_with_passphrase(cases, PASSPHRASE)

    assert _stored_kdf(cases)["n"] == 2**17
    assert reopened.decrypt("zaak", 1, blob) == "notitie van voor de nieuwe kosten"
    again = unlock.unlock_with_passphrase(cases, PASSPHRASE)  # the new wrap opens the same notes
    assert again.decrypt("zaak", 1, blob) == "notitie van voor de nieuwe kosten"
    with pytest.raises(WrongPassphraseError):
        unlock.unlock_with_passphrase(cases, "een andere zin")


def test_a_wrong_passphrase_leaves_the_old_wrap_as_it_was(cases: CaseStore) -> None:
    cheap = ScryptParams(n=2**10)
    _, wrapped = CaseVault.create_with_passphrase(PASSPHRASE, cheap)
    cases.save_wrapped_key(wrapped)
    with pytest.raises(WrongPassphraseError):
        unlock.unlock_with_passphrase(cases, "fout", kdf=ScryptParams(n=2**11))
    assert _stored_kdf(cases)["n"] == 2**10


def test_a_wrap_at_the_current_cost_is_not_rewritten(cases: CaseStore) -> None:
    cheap = ScryptParams(n=2**10)
    _, wrapped = CaseVault.create_with_passphrase(PASSPHRASE, cheap)
    cases.save_wrapped_key(wrapped)
    unlock.unlock_with_passphrase(cases, PASSPHRASE, kdf=cheap)
    assert cases.wrapped_key() == wrapped


class _ScryptMustNotRun:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("scrypt ran for a record that should have been refused first")


@pytest.mark.parametrize(
    ("n", "r", "p"), [(2**17, 8, 16), (2**17, 64, 1), (2**30, 8, 1), (2**19, 16, 1)]
)
def test_an_edited_wrap_with_an_absurd_cost_is_refused_before_any_derivation(
    cases: CaseStore, monkeypatch: pytest.MonkeyPatch, n: int, r: int, p: int
) -> None:
    _, wrapped = CaseVault.create_with_passphrase(PASSPHRASE, ScryptParams(n=2**10))
    record = wrapped.to_dict()
    record["kdf"].update(n=n, r=r, p=p)
    with cases.store.transaction():  # edited by hand: the record as the app would never write it
        cases.conn.execute("INSERT INTO vault_key VALUES (1, ?, '2025-01-01')", (json.dumps(record),))
    monkeypatch.setattr("cryptography.hazmat.primitives.kdf.scrypt.Scrypt", _ScryptMustNotRun)

    with pytest.raises(UnreadableKeyError) as refused:
        unlock.unlock_with_passphrase(cases, PASSPHRASE)

    assert str(refused.value) == (
        f"De sleutel van de notities vraagt een veel zwaardere berekening dan Routekaart ooit instelt "
        f"(scrypt N={n}, r={r}, p={p}); het bestand is waarschijnlijk gewijzigd. Ontgrendelen is "
        "geweigerd zonder te rekenen; er is niets gewijzigd.")
    assert json.loads(cases.conn.execute("SELECT wrapped FROM vault_key").fetchone()[0]) == record


def test_the_largest_cost_still_read_is_a_few_times_the_default() -> None:
    largest = ScryptParams(n=2**19, r=8, p=1)
    assert largest.n * largest.r * largest.p == 4 * DEFAULT_SCRYPT.n * DEFAULT_SCRYPT.r
    for too_much in ((2**20, 8, 1), (2**19, 8, 2), (2**17, 8, 5), (2**17, 32, 1)):
        with pytest.raises(ValueError):
            ScryptParams(*too_much)


def test_the_passphrase_bytes_are_wiped_after_the_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytearray] = []

    class Recording:
        def __init__(self, **kwargs: object) -> None:
            pass

        def derive_into(self, material: bytearray, buffer: bytearray) -> int:
            assert bytes(material) == PASSPHRASE.encode()  # the phrase was there while scrypt ran
            seen.append(material)
            buffer[:] = b"k" * len(buffer)
            return len(buffer)

    monkeypatch.setattr("cryptography.hazmat.primitives.kdf.scrypt.Scrypt", Recording)
    kek = passphrase_kek(PASSPHRASE, b"s" * 16, ScryptParams(n=2**10))
    assert isinstance(seen[0], bytearray)
    assert seen[0] == bytearray(len(PASSPHRASE))  # zeroed in place
    assert kek == bytearray(b"k" * 32)


def test_locking_wipes_the_data_key_in_place() -> None:
    vault = CaseVault.generate()
    dek = vault._dek
    assert dek is not None and any(dek)
    vault.lock()
    assert dek == bytearray(32) and vault.locked
