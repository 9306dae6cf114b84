"""A regional key's fingerprint, in groups a person can read aloud (issue 13 item 7).

LNZS delegates a region to the public key a regional admin sends, usually by e-mail. Before
delegating, LNZS calls the admin and they read the fingerprint to each other: whoever changed
the file on its way cannot also change what the admin reads from their own screen.

The fingerprint is the first 32 hex digits (128 bits) of the TUF key id, which is the sha256 of
the key's canonical JSON (``sync.admin.region_keys``): the key id cannot be chosen apart from the
key, and 128 bits are far beyond finding another key with the same fingerprint. Eight numbered
groups of four, upper case ("1: 3F2A  2: 9B01 ..."), so a group misread on the phone is easy to
point at; ``fingerprint_matches`` checks what the other person typed, however they spaced it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from routekaarten.i18n import _

if TYPE_CHECKING:
    from securesystemslib.signer import Key

DIGITS = 32
GROUP = 4
_NOT_HEX = re.compile(r"[^0-9A-F]")
_NUMBERED = re.compile(r"(?:^|\s)\d+:")


def fingerprint_groups(keyid: str) -> tuple[str, ...]:
    """``'3f2a9b01...'`` -> ``('3F2A', '9B01', ...)``: eight groups of four hex digits."""
    digits = keyid.upper()[:DIGITS]
    if len(digits) != DIGITS or _NOT_HEX.search(digits):
        raise ValueError(f"not a TUF key id: {keyid!r}")
    return tuple(digits[start:start + GROUP] for start in range(0, DIGITS, GROUP))


def fingerprint(key: Key) -> str:
    """The fingerprint as one line: ``3F2A 9B01 ... 77C0``."""
    return " ".join(fingerprint_groups(key.keyid))


def numbered_fingerprint(key: Key) -> str:
    """The fingerprint to read aloud: ``1: 3F2A  2: 9B01  ...  8: 77C0``."""
    return "  ".join(f"{number}: {group}" for number, group in enumerate(fingerprint_groups(key.keyid), 1))


def normalised(heard: str) -> str:
    """What someone typed while listening, as bare upper-case hex: group numbers, spaces and
    dashes dropped (``'1: 3f2a 2: 9b01'`` -> ``'3F2A9B01'``)."""
    return _NOT_HEX.sub("", _NUMBERED.sub(" ", heard.upper()))


def fingerprint_matches(key: Key, heard: str) -> bool:
    """True when ``heard`` is this key's whole fingerprint (all 32 digits, in order)."""
    return normalised(heard) == "".join(fingerprint_groups(key.keyid))


def mismatch_message(key: Key, heard: str) -> str:
    """Which group differs first, so the two people can read that group again."""
    expected = fingerprint_groups(key.keyid)
    got = normalised(heard)
    if len(got) != DIGITS:
        return _("De vingerafdruk moet {digits} tekens hebben (8 groepen van 4); er zijn er {count} "
                 "ingevoerd.", digits=DIGITS, count=len(got))
    for number, group in enumerate(expected, 1):
        said = got[(number - 1) * GROUP:number * GROUP]
        if said != group:
            return _("De vingerafdruk klopt NIET: groep {number} is {expected}, niet {said}. Delegeer deze "
                     "sleutel niet; vraag de regiobeheerder de publieke sleutel opnieuw te sturen.",
                     number=number, expected=group, said=said)
    return _("De vingerafdruk klopt.")
