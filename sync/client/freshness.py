"""Is the verified data still current? Read from the saved sync state, so it works offline.

docs/architecture.md, client rules: show "gecontroleerd op <datum>" and a clear banner when the data is
stale. Two expiries say so: the timestamp's (short, e.g. a day: past it, the source has not
confirmed that nothing newer exists) and each bundle's signed metadata (30-90 days: past it,
the region's own admins have not vouched for the data in time). Only reads the state; the
data stays in use either way (keeping the last good data beats showing none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sync import layout

if TYPE_CHECKING:
    from sync.client.state import SyncState

# sync_state.STATE_FILE, repeated so that a workstation that never synced reads and imports
# nothing at start (sync_state pulls in tempfile); a test keeps the two equal.
STATE_FILE = "sync-state.json"


@dataclass(frozen=True)
class ExpiredBundle:
    """A verified bundle whose signed metadata has expired; ``region_id`` None is the national one."""

    region_id: str | None
    expired_at: datetime


@dataclass(frozen=True)
class Freshness:
    checked_at: datetime | None  # the last sync that reached and verified the source
    valid_until: datetime | None  # the earliest expiry of the verified bundles' metadata
    unconfirmed_since: datetime | None  # the timestamp expired then; None while it is current
    expired: tuple[ExpiredBundle, ...] = ()

    @property
    def is_stale(self) -> bool:
        return self.unconfirmed_since is not None or bool(self.expired)


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a hand-edited state file: treat as unknown, never crash the status line
        return None


def load_freshness(data_dir: Path, now: datetime) -> Freshness:
    """The freshness of the data folder's saved state; never synced: nothing known, nothing stale."""
    if not (data_dir / STATE_FILE).exists():
        return Freshness(None, None, None)
    from sync.client.state import SyncState

    return freshness(SyncState.load(data_dir), now)


def freshness(state: SyncState, now: datetime) -> Freshness:
    """``now`` must be timezone-aware (the state's moments are UTC)."""
    expiries = [(target, _moment(target.expires)) for target in state.targets.values()]
    known = [moment for _, moment in expiries if moment is not None]
    expired = tuple(
        sorted(
            (ExpiredBundle(layout.region_of_role(target.role), moment)
             for target, moment in expiries if moment is not None and moment <= now),
            key=lambda bundle: (bundle.expired_at, bundle.region_id or ""),
        )
    )
    timestamp_expires = _moment(state.timestamp_expires)
    return Freshness(
        checked_at=_moment(state.checked_at),
        valid_until=min(known) if known else None,
        unconfirmed_since=timestamp_expires if timestamp_expires and timestamp_expires <= now else None,
        expired=expired,
    )
