"""A regional key's fingerprint: stable, readable aloud, checked however it was typed."""

from __future__ import annotations

import hashlib

from securesystemslib.signer import SSlibKey

from sync.admin.fingerprint import (
    fingerprint,
    fingerprint_matches,
    mismatch_message,
    numbered_fingerprint,
)
from sync.admin.region_keys import public_key_from_json, public_key_json

PUBLIC = "9b0d6b8f1a7c2e4d5f60718293a4b5c6d7e8f90112233445566778899aabbccd"
# The key id TUF gives this key: sha256 of its canonical JSON, written out by hand here.
CANONICAL = ('{"keytype":"ed25519","keyval":{"public":"' + PUBLIC + '"},"scheme":"ed25519"}').encode()
KEYID = hashlib.sha256(CANONICAL).hexdigest()


def _key() -> SSlibKey:
    return public_key_from_json('{"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": "'
                                + PUBLIC + '"}}')


def test_the_fingerprint_is_the_key_ids_first_32_hex_digits_in_eight_groups():
    key = _key()

    assert key.keyid == KEYID
    assert fingerprint(key) == " ".join(KEYID[i:i + 4].upper() for i in range(0, 32, 4))
    assert numbered_fingerprint(key).startswith(f"1: {KEYID[:4].upper()}  2: {KEYID[4:8].upper()}  ")
    assert numbered_fingerprint(key).endswith(f"8: {KEYID[28:32].upper()}")


def test_the_fingerprint_is_the_same_after_the_key_went_through_its_file():
    key = _key()
    assert fingerprint(public_key_from_json(public_key_json(key))) == fingerprint(key)


def test_what_was_heard_matches_however_it_was_spaced_numbered_or_cased():
    key = _key()
    groups = fingerprint(key).split()

    assert fingerprint_matches(key, numbered_fingerprint(key))
    assert fingerprint_matches(key, "-".join(groups).lower())
    assert fingerprint_matches(key, "".join(groups))
    assert not fingerprint_matches(key, " ".join(groups[:7]))
    assert mismatch_message(key, " ".join(groups)) == "De vingerafdruk klopt."


def test_a_misheard_group_is_named_so_it_can_be_read_again():
    key = _key()
    groups = fingerprint(key).split()
    groups[4] = "0000" if groups[4] != "0000" else "FFFF"

    assert mismatch_message(key, " ".join(groups)).startswith(
        f"De vingerafdruk klopt NIET: groep 5 is {fingerprint(key).split()[4]}, niet {groups[4]}.")
    assert mismatch_message(key, "1234") == ("De vingerafdruk moet 32 tekens hebben (8 groepen van 4); er "
                                              "zijn er 4 ingevoerd.")
