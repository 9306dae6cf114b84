"""``admin status``: every role's version, expiry and keys, from the committed state.

The national roles list the keys the newest root trusts for them (with the root threshold), so
that after ``admin rotate`` an operator sees which keys are live."""

from __future__ import annotations

from datetime import datetime
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
