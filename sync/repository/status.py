"""``admin status``: every role's version, expiry and keys, from the committed state.

The national roles list the keys the newest root trusts for them (with the root threshold), so
that after ``admin rotate`` an operator sees which keys are live.

``repository_warnings`` says what would make the next re-sign or publish fail or be refused by every
workstation, though nothing has failed yet: a repository that cannot be written (a read-only file
system) and a server clock that cannot be right (``now`` is passed in, so it is tested without
changing the machine's clock)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sync.repository.repository import Repository


def repository_status(path: Path, now: datetime) -> list[dict[str, Any]]:
    repo = Repository.open(path)
    snapshot_md = repo.snapshot()
    rows: list[dict[str, Any]] = []

    def row(role: str, version: int, expires: datetime, keys: list[str] | None = None) -> None:
        rows.append({"role": role, "version": version, "expires": expires.isoformat(),
                     "expired": expires <= now, "keys": keys or []})

    root = repo.root().signed

    def trusted(role: str) -> list[str]:
        return list(root.roles[role].keyids)

    row("root", root.version, root.expires, trusted("root"))
    rows[-1]["threshold"] = root.roles["root"].threshold
    timestamp = repo.timestamp().signed
    row("timestamp", timestamp.version, timestamp.expires, trusted("timestamp"))
    row("snapshot", snapshot_md.signed.version, snapshot_md.signed.expires, trusted("snapshot"))
    targets = repo.national_targets().signed
    row("targets", targets.version, targets.expires, trusted("targets"))
    roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
    for name, delegation in sorted(roles.items()):
        md = repo.targets(name, snapshot_md.signed)
        if md is None:
            rows.append({"role": name, "version": 0, "expires": None, "expired": False,
                         "keys": list(delegation.keyids)})  # delegated, never published
        else:
            row(name, md.signed.version, md.signed.expires, list(delegation.keyids))
    return rows


# Clocks of servers and signers differ a little; beyond this it is not drift but a wrong clock.
CLOCK_TOLERANCE = timedelta(minutes=5)


def repository_warnings(path: Path, now: datetime) -> list[str]:
    """Dutch warnings for ``admin status`` (each one line); empty when all is well."""
    repo = Repository.open(path)
    warnings: list[str] = []
    if not os.access(path, os.W_OK) or not os.access(repo.metadata_dir, os.W_OK):
        warnings.append(
            f"de repository {path} is niet beschrijfbaar (alleen-lezen bestandssysteem?): publicaties "
            "worden geweigerd (503) en timestamp.json kan niet worden vernieuwd, dus verloopt hij op alle "
            "werkplekken.")
    # What was signed carries no signing time; expiry minus the policy's lifetime is when it was signed.
    timestamp = repo.timestamp().signed
    signed = timestamp.expires - repo.policy.lifetime("timestamp")
    if signed > now + CLOCK_TOLERANCE:
        warnings.append(
            f"de klok van deze computer ({now:%Y-%m-%d %H:%M} UTC) loopt achter: timestamp.json is "
            f"ondertekend op {signed:%Y-%m-%d %H:%M} UTC, in de toekomst. Wat nu wordt ondertekend, "
            "verloopt te vroeg; zet de klok gelijk (NTP).")
    root = repo.root().signed
    created = root.expires - repo.policy.lifetime("root")
    if now + CLOCK_TOLERANCE < created:
        warnings.append(
            f"de klok van deze computer ({now:%Y-%m-%d %H:%M} UTC) staat vóór de aanmaak van de nieuwste "
            f"root (versie {root.version}, {created:%Y-%m-%d %H:%M} UTC); zet de klok gelijk (NTP).")
    return warnings
