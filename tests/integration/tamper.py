"""Helpers for the tests of stored data changed behind the app's back (a helper module, not tests):
edit a stored bundle in SQLite, and the edit that gives a contact another number."""

from __future__ import annotations

import json
from typing import Any

from tests.integration.bundles import CONTACT
from tests.integration.conftest import Workstation


def set_json(station: Workstation, key: str, edit: Any, sha256: str | None = None) -> None:
    conn = station.store.conn
    (text, old_sha), = conn.execute("SELECT json, sha256 FROM bundles WHERE key = ?", (key,)).fetchall()
    data = json.loads(text)
    edit(data)
    with conn:
        conn.execute("UPDATE bundles SET json = ?, sha256 = ? WHERE key = ?",
                     (json.dumps(data, ensure_ascii=False), sha256 or old_sha, key))


def new_phone(data: dict[str, Any]) -> None:
    contact = next(c for c in data["contacts"] if c["id"] == CONTACT)
    contact["phone"], contact["phone_e164"] = "088 1234567", "+31881234567"
