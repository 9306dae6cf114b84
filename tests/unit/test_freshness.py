"""Stale data from the saved sync state: an expired timestamp or an expired bundle's metadata."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sync.client import state as sync_state
from sync.client.freshness import STATE_FILE, ExpiredBundle, freshness, load_freshness
from sync.client.state import SyncState, TargetState

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _target(role: str, expires: datetime) -> TargetState:
    return TargetState(path=f"{role}.json", role=role, version=1, expires=expires.isoformat(), sha256="0",
                       revision=1, verified_at=(NOW - timedelta(hours=1)).isoformat())


def _state(timestamp_expires: datetime, *targets: TargetState) -> SyncState:
    checked_at = (NOW - timedelta(hours=1)).isoformat(timespec="seconds")
    return SyncState(source="http://bron", checked_at=checked_at,
                     timestamp_expires=timestamp_expires.isoformat(),
                     targets={target.path: target for target in targets})


def test_a_state_never_synced_is_not_stale_and_has_no_dates():
    fresh = freshness(SyncState(), NOW)
    assert not fresh.is_stale
    assert fresh.checked_at is None and fresh.valid_until is None


def test_current_data_says_when_it_was_checked_and_until_when_it_is_valid():
    soon, later = NOW + timedelta(days=20), NOW + timedelta(days=300)
    state = _state(NOW + timedelta(hours=12), _target("region-zeeland-west-brabant", soon),
                   _target("targets", later))

    fresh = freshness(state, NOW)

    assert not fresh.is_stale
    assert fresh.checked_at == NOW - timedelta(hours=1)
    assert fresh.valid_until == soon


def test_an_expired_timestamp_makes_the_data_stale():
    later = NOW + timedelta(days=9)
    state = _state(NOW - timedelta(minutes=1), _target("region-zeeland-west-brabant", later))

    fresh = freshness(state, NOW)

    assert fresh.is_stale
    assert fresh.unconfirmed_since == NOW - timedelta(minutes=1)
    assert fresh.expired == ()


def test_an_expired_region_and_national_bundle_are_named():
    state = _state(NOW + timedelta(hours=1), _target("region-oost-brabant", NOW - timedelta(days=2)),
                   _target("targets", NOW - timedelta(days=1)), _target("region-zeeland-west-brabant", NOW))

    fresh = freshness(state, NOW)

    assert fresh.is_stale and fresh.unconfirmed_since is None
    assert fresh.expired == (
        ExpiredBundle("oost-brabant", NOW - timedelta(days=2)),
        ExpiredBundle(None, NOW - timedelta(days=1)),
        ExpiredBundle("zeeland-west-brabant", NOW),  # expiring now counts: TUF treats it as expired
    )


def test_an_unreadable_date_is_unknown_rather_than_a_crash():
    state = SyncState(checked_at="gisteren", timestamp_expires="")
    fresh = freshness(state, NOW)
    assert fresh.checked_at is None and not fresh.is_stale


def test_the_state_file_name_is_the_one_sync_state_writes(tmp_path):
    assert STATE_FILE == sync_state.STATE_FILE
    state = _state(NOW - timedelta(minutes=1))
    state.save(tmp_path)
    assert load_freshness(tmp_path, NOW).unconfirmed_since == NOW - timedelta(minutes=1)


def test_a_data_folder_that_never_synced_has_nothing_stale(tmp_path):
    fresh = load_freshness(tmp_path, NOW)
    assert fresh.checked_at is None and not fresh.is_stale
