"""When a region's signature expires, and from when the admin must renew it (issue 13 item 6).

A region's metadata is valid for 60 days (``admin publish --days``); after that every
workstation refuses the region and shows its last good data as stale. Nothing told the admin.
From 14 days before, the workbench and ``admin pull`` remind them; ``admin renew`` re-signs the
unchanged region. A pure rule on two instants: the caller passes the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from routekaarten.clock import AMSTERDAM
from routekaarten.i18n import _

RENEW_BEFORE = timedelta(days=14)


def local_time(moment: datetime) -> str:
    """``29-03-2026 03:30``: the clock time in the Netherlands, as the admin reads it."""
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


@dataclass(frozen=True)
class RegionExpiry:
    expires: datetime
    now: datetime

    @property
    def renew_from(self) -> datetime:
        return self.expires - RENEW_BEFORE

    @property
    def expired(self) -> bool:
        return self.now >= self.expires

    @property
    def renew_needed(self) -> bool:
        """From 14 days before expiry (and after it): renew now."""
        return self.now >= self.renew_from

    @property
    def days_left(self) -> int:
        """Whole days until expiry; 0 in its last day and after it."""
        return max((self.expires - self.now) // timedelta(days=1), 0)

    def message(self) -> str:
        when = local_time(self.expires)
        if self.expired:
            return _("De handtekening van de regio is verlopen sinds {when}: werkplekken weigeren de regio. "
                     "Onderteken hem opnieuw (Opnieuw ondertekenen, of 'routekaart admin renew').", when=when)
        if self.renew_needed:
            if self.days_left == 0:
                return _("De handtekening van de regio verloopt binnen een dag, op {when}. Onderteken hem nu "
                         "opnieuw (Opnieuw ondertekenen, of 'routekaart admin renew').", when=when)
            count = self.days_left
            days = (_("{count} dag") if count == 1 else _("{count} dagen")).format(count=count)
            return _("De handtekening van de regio verloopt over {days}, op {when}. Onderteken hem opnieuw "
                     "(Opnieuw ondertekenen, of 'routekaart admin renew').", days=days, when=when)
        return _("De handtekening van de regio is geldig tot {when} (nog {days} dagen).", when=when,
                 days=self.days_left)


def region_expiry(expires: datetime, now: datetime) -> RegionExpiry:
    """The expiry of a region signed to ``expires`` (``PulledRegion.expires``), seen at ``now``."""
    return RegionExpiry(expires, now)
