"""When a region's signature expires and from when to renew it, at fixed clocks (issue 13 item 6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sync.admin.region_expiry import region_expiry

# 29 March 2026 is the last Sunday of March: at 01:00 UTC the Netherlands go from 02:00 CET to 03:00 CEST.
EXPIRES = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_fresh_signature_needs_nothing_and_says_until_when_in_dutch_local_time():
    expiry = region_expiry(EXPIRES, datetime(2026, 1, 28, 9, 0, tzinfo=UTC))

    assert not expiry.renew_needed and not expiry.expired
    assert expiry.message() == "De handtekening van de regio is geldig tot 29-03-2026 03:30 (nog 59 dagen)."


@pytest.mark.parametrize(("before", "needed"), [
    (timedelta(days=14, seconds=1), False),
    (timedelta(days=14), True),
    (timedelta(days=13, hours=23), True),
])
def test_renewing_is_needed_from_exactly_fourteen_days_before(before, needed):
    assert region_expiry(EXPIRES, EXPIRES - before).renew_needed is needed


def test_the_reminder_counts_the_days_and_the_last_day():
    assert region_expiry(EXPIRES, EXPIRES - timedelta(days=3, hours=2)).message() == (
        "De handtekening van de regio verloopt over 3 dagen, op 29-03-2026 03:30. Onderteken hem opnieuw "
        "(Opnieuw ondertekenen, of 'routekaart admin renew').")
    assert "verloopt over 1 dag, op" in region_expiry(EXPIRES, EXPIRES - timedelta(days=1, hours=1)).message()
    assert "verloopt binnen een dag" in region_expiry(EXPIRES, EXPIRES - timedelta(hours=5)).message()


def test_an_expired_signature_says_workstations_refuse_the_region():
    expiry = region_expiry(EXPIRES, EXPIRES)

    assert expiry.expired and expiry.days_left == 0
    assert expiry.message().startswith("De handtekening van de regio is verlopen sinds 29-03-2026 03:30: "
                                       "werkplekken weigeren de regio.")
