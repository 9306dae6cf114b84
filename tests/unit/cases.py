"""Shared by the case tests: a case as a test builds it, a cheap scrypt cost and a marker string."""

from __future__ import annotations

from datetime import date

from routekaarten.cases import Case
from routekaarten.guidance import Uitlating, Vermoeden
from routekaarten.keys import ScryptParams

CHEAP = ScryptParams(n=2**10)  # fast key derivation for tests; the app uses its own cost
MARKER = "ZZ-marker-Pietje-vertelde-in-de-klas-QQ"  # must never reach the disk in plaintext


def case(case_id: str = "c1", **changes) -> Case:
    fields = {
        "id": case_id,
        "label": "AB-2026-01",
        "region": "zeeland-west-brabant",
        "area": "zeeland",
        "vermoeden": Vermoeden.UITLATING,
        "uitlating": Uitlating.VAAG,
        "melding_date": date(2026, 11, 30),
    }
    fields.update(changes)
    return Case(**fields)
