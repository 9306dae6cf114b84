"""Region bundles for the tests, derived from the shipped Zeeland-West-Brabant bundle."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REGION_FILE = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"
NATIONAL_FILE = ROOT / "resources" / "national" / "hssk.json"
ZWB = "zeeland-west-brabant"
OB = "oost-brabant"
CONTACT = "zeeland-ovd-r"  # a contact whose number the tests change
OLD_NUMBER = "088 9638927"
NEW_NUMBER = "088 9638000"


@cache
def _base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REGION_FILE.read_bytes())
    return data


def region_bundle(region_id: str = ZWB, revision: int = 1, phones: dict[str, str] | None = None,
                  claimed_id: str | None = None) -> bytes:
    """The ZWB bundle as region ``region_id`` (or claiming ``claimed_id``), with numbers changed."""
    if region_id == ZWB and revision == 1 and not phones and claimed_id is None:
        return REGION_FILE.read_bytes()  # byte-identical to the embedded copy
    data = copy.deepcopy(_base())
    data["region"]["id"] = claimed_id or region_id
    data["region"]["name"] = (claimed_id or region_id).replace("-", " ").title()
    data["revision"] = revision
    for contact in data["contacts"]:
        if phones and contact["id"] in phones:
            contact["phone"] = phones[contact["id"]]
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
