"""What a sync ended in: the four outcomes the CLI and the app show.

Here, apart from ``sync.client.outcomes`` (which maps tuf's exceptions onto them), so that the
desktop can compare a result without loading tuf. The values are what ``sync-state.json`` keeps
as ``last_status`` and what ``routekaart sync --json`` prints as ``status``.
"""

from __future__ import annotations

from enum import StrEnum


class SyncStatus(StrEnum):
    """Ordered by how much it matters: a rejection outranks everything else."""

    UNCHANGED = "nothing-new"
    UPDATED = "updated"
    UNREACHABLE = "unreachable"  # the last good data stays; tried again later
    REJECTED = "rejected"  # the source answered, what it offered failed verification

    @property
    def rank(self) -> int:
        return list(SyncStatus).index(self)

    @property
    def succeeded(self) -> bool:
        """The source was reached and what the store holds is what it signs."""
        return self in (SyncStatus.UPDATED, SyncStatus.UNCHANGED)
