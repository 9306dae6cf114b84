"""Dutch local time: the one ``AMSTERDAM`` time zone and the "now" the domain starts from.

Every rule in the sources is stated in Dutch local time (office hours, "binnen 24 uur", a
working day ends at midnight in the Netherlands), so the domain converts to ``AMSTERDAM`` before
it compares, whatever zone a moment arrives in. Code that can be handed a clock takes one
(STYLE.md: pass dependencies in); these helpers are the default it falls back to.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def now() -> datetime:
    """The current moment, aware, in Dutch local time."""
    return datetime.now(AMSTERDAM)


def today() -> date:
    """Today's date in the Netherlands (not the computer's zone, not UTC)."""
    return now().date()


def day_of(moment: datetime) -> date:
    """The Dutch calendar day of an aware ``moment`` (00:30 in Amsterdam is the day before in UTC)."""
    return moment.astimezone(AMSTERDAM).date()
