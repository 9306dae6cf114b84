"""What the last sync verified, kept as JSON in the data folder so the app can say offline:
"gecontroleerd op <datum>, geldig tot <datum>" (docs/architecture.md, "The client's rules").

Only facts about signed files are kept (versions, expiries, hashes) -- nothing personal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routekaarten.atomic_write import write_atomic

STATE_FILE = "sync-state.json"


@dataclass
class TargetState:
    """One verified bundle: its signed metadata version and expiry, its hash and revision."""

    path: str
    role: str
    version: int
    expires: str
    sha256: str
    revision: int | None
    verified_at: str


@dataclass
class SyncState:
    """``checked_at``: the last sync that reached and verified the source; ``last_*``: the last attempt."""

    source: str = ""
    checked_at: str | None = None
    timestamp_expires: str | None = None
    snapshot_version: int | None = None
    last_attempt: str | None = None
    last_status: str | None = None
    last_reason: str | None = None
    targets: dict[str, TargetState] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> SyncState:
        """The saved state; a missing or unreadable file gives an empty state (it is only a cache)."""
        try:
            data: dict[str, Any] = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
            targets = {path: TargetState(**item) for path, item in data.pop("targets", {}).items()}
            return cls(**data, targets=targets)
        except (OSError, ValueError, TypeError):
            return cls()

    def save(self, data_dir: Path) -> None:
        """Not fsynced: the file is a cache of what was verified; losing it only costs a full check."""
        data = {**vars(self), "targets": {path: vars(target) for path, target in self.targets.items()}}
        raw = json.dumps(data, indent=1, ensure_ascii=False).encode()
        write_atomic(data_dir / STATE_FILE, raw, durable=False)
