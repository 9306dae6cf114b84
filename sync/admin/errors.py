"""What can go wrong at a regional admin's workbench, each with a Dutch message to show as is.

The GUI (desktop/admin) and the CLI catch these by type: "the source is unreachable" asks to try
again later, "another admin published meanwhile" offers to compare, a refusal names the reason.
Every one of them means nothing was published, or (``PublishNotVerifiedError``) that what went
live is not what the admin sent, which is worse and said so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from routekaarten.errors import RoutekaartError

if TYPE_CHECKING:
    from routekaarten.changes import RegionChanges
    from sync.admin.pull import PulledRegion


class ServiceUnreachableError(RoutekaartError):
    """The repository service could not be reached or answered nonsense (offline, proxy, time-out)."""


class PullError(RoutekaartError):
    """The published region could not be fetched or failed verification as a workstation checks it."""


class RegionNotPublishedError(PullError):
    """The source holds no bundle for the region: not delegated, or delegated but never published."""


class RegionExpiredError(PullError):
    """The region's signature has expired: workstations refuse it until the admin renews it."""


class PublishConflictError(RoutekaartError):
    """Another admin published the region after the draft was started (or during this upload).

    ``published`` is what is live now; ``changes`` compares it with the draft (published -> draft),
    so the admin can see what the other admin changed before trying again.
    """

    def __init__(self, message: str, published: PulledRegion, changes: RegionChanges) -> None:
        super().__init__(message)
        self.published = published
        self.changes = changes


class PublishNotVerifiedError(RoutekaartError):
    """The upload was accepted, but what workstations now get is not exactly the draft."""
