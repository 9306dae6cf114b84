"""How long each role's metadata stays valid (the roles of the TUF repository), and the re-sign margin.

The timestamp is short so that a frozen (replayed) timestamp is noticed within a day; the
service re-signs it well before then. Region metadata lives 30-90 days so that a regional
admin who publishes rarely does not let the region lapse.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class ExpiryPolicy:
    """Lifetimes in days; the service re-signs timestamp and snapshot once ``resign_fraction`` is left."""

    root: float = 365
    targets: float = 365
    regions: float = 60
    snapshot: float = 7
    timestamp: float = 1
    resign_fraction: float = 0.5

    def lifetime(self, role: str) -> timedelta:
        days = getattr(self, role) if role in ("root", "targets", "snapshot", "timestamp") else self.regions
        return timedelta(days=days)

    def expires(self, role: str, now: datetime | None = None) -> datetime:
        """The expiry for a freshly signed ``role``, to the second (TUF drops microseconds)."""
        start = (now or datetime.now(UTC)).replace(microsecond=0)
        return start + self.lifetime(role)

    def needs_resign(self, role: str, expires: datetime, now: datetime | None = None) -> bool:
        left = expires - (now or datetime.now(UTC))
        return left <= self.lifetime(role) * self.resign_fraction

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExpiryPolicy:
        known = {name: float(value) for name, value in data.items() if name in cls.__dataclass_fields__}
        return cls(**known)
