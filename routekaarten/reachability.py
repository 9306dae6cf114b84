"""Who answers now: rank a region's contacts by whether their number is answered at a moment.

The rules come from the routekaart's footnotes, as data in the region bundle: "piketdienst
OvJ 24/7", "bureaudienst RvdK ... consult 8.30-12.30 uur, crisis 24/7", "ZSM-nummer alleen
bij stap 1", "VEILIG THUIS is 24/7 bereikbaar via 0800-2000" (Routekaart Zeeland-West-Brabant,
seed lines 8160-8175). A contact whose hours the source does not state is "onbekend", never
guessed. Office-hour windows close on Dutch public holidays (``holidays`` package, NL).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from routekaarten.clock import AMSTERDAM
from routekaarten.model import WEEKDAYS, AvailabilityRule, Contact, RegionBundle

HolidayCheck = Callable[[date], bool]


class Status(enum.IntEnum):
    """Ordered: a lower value ranks higher in the "Nu bereikbaar" list."""

    JA = 0  # answered now, for every purpose
    DEELS = 1  # answered now for some purposes only (e.g. crisis, not consult)
    ONBEKEND = 2  # the source states no hours
    NEE = 3  # not answered now, or not for this step

    @property
    def reachable(self) -> bool | None:
        if self is Status.ONBEKEND:
            return None
        return self in (Status.JA, Status.DEELS)


@dataclass(frozen=True)
class Reachability:
    status: Status
    reason: str

    @property
    def reachable(self) -> bool | None:
        return self.status.reachable


@dataclass(frozen=True)
class RankedContact:
    contact: Contact
    reachability: Reachability
    backup: Contact | None = None
    backup_reachability: Reachability | None = None


@cache
def _dutch_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("NL", years=year))


def is_dutch_public_holiday(day: date) -> bool:
    return day in _dutch_holidays(day.year)


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _is_open(rule: AvailabilityRule, local: datetime, is_holiday: HolidayCheck) -> bool:
    if rule.always:
        return True
    assert rule.opens is not None and rule.closes is not None
    if local.weekday() not in rule.days or not rule.opens <= local.time() < rule.closes:
        return False
    return not (rule.closed_on_holidays and is_holiday(local.date()))


def _next_opening(rule: AvailabilityRule, local: datetime, is_holiday: HolidayCheck) -> datetime | None:
    """The next moment a window rule opens, within the coming two weeks."""
    assert rule.opens is not None
    for offset in range(15):
        day = local.date() + timedelta(days=offset)
        start = datetime.combine(day, rule.opens, tzinfo=local.tzinfo)
        if start <= local or day.weekday() not in rule.days:
            continue
        if rule.closed_on_holidays and is_holiday(day):
            continue
        return start
    return None


def _when(moment: datetime, now: datetime) -> str:
    if moment.date() == now.date():
        return f"vandaag {_hhmm(moment)}"
    if moment.date() == now.date() + timedelta(days=1):
        return f"morgen {_hhmm(moment)}"
    return f"{WEEKDAYS[moment.weekday()]} {_hhmm(moment)}"


def _window(rule: AvailabilityRule) -> str:
    return "24/7" if rule.always else f"tot {rule.closes:%H:%M}"


def _describe_open(rules: list[AvailabilityRule], piket: bool) -> str:
    """``consult tot 12:30, crisis 24/7``: the window that closes first comes first."""
    parts = []
    for rule in sorted(rules, key=lambda rule: rule.always):
        label = _window(rule)
        if rule.purpose:
            parts.append(f"{rule.purpose} {label}")
        else:
            parts.append(f"piket, {label}" if piket else label)
    return ", ".join(parts)


def assess(
    contact: Contact,
    moment: datetime,
    step: int | None = None,
    is_holiday: HolidayCheck = is_dutch_public_holiday,
) -> Reachability:
    """Whether ``contact`` answers at ``moment`` (any time zone), and why, in Dutch."""
    local = moment.astimezone(AMSTERDAM)
    only = "alleen bij stap " + ", ".join(str(s) for s in contact.steps)
    if step is not None and step not in contact.steps:
        reason = f"{only}; {contact.steps_note}" if contact.steps_note else only
        return Reachability(Status.NEE, reason)
    suffix = f"; {only}" if contact.step_restricted else ""
    if contact.availability is None:
        return Reachability(Status.ONBEKEND, "tijden niet vermeld in de routekaart" + suffix)
    rules = contact.availability.rules
    open_rules = [rule for rule in rules if _is_open(rule, local, is_holiday)]
    closed_rules = [rule for rule in rules if rule not in open_rules]
    if not open_rules:
        openings = [(_next_opening(rule, local, is_holiday), rule) for rule in closed_rules]
        upcoming = [(when, rule) for when, rule in openings if when is not None]
        if upcoming:
            first, rule = min(upcoming, key=lambda pair: pair[0])
            what = f"{rule.purpose} " if rule.purpose else ""
            return Reachability(Status.NEE, f"nu niet bereikbaar; {what}weer {_when(first, local)}" + suffix)
        return Reachability(Status.NEE, "nu niet bereikbaar" + suffix)
    reason = _describe_open(open_rules, contact.piket)
    closed_purposes = {rule.purpose for rule in closed_rules} - {rule.purpose for rule in open_rules}
    if not closed_purposes:
        return Reachability(Status.JA, reason + suffix)
    later = []
    for rule in closed_rules:
        reopens = None if rule.always else _next_opening(rule, local, is_holiday)
        if rule.purpose in closed_purposes and reopens is not None:
            later.append(f"{rule.purpose} weer {_when(reopens, local)}")
    text = ", ".join(
        f"alleen {rule.purpose} ({_window(rule)})" if rule.purpose else _window(rule) for rule in open_rules
    )
    if later:
        text += "; " + "; ".join(later)
    return Reachability(Status.DEELS, text + suffix)


def contacts_for_area(bundle: RegionBundle, area_id: str | None) -> list[Contact]:
    """The area's own contacts, then the region-wide ones it does not already list."""
    if area_id is None:
        return list(bundle.contacts)
    own = [c for c in bundle.contacts if c.area == area_id]
    numbers = {c.phone_e164 for c in own}
    shared = [c for c in bundle.contacts if c.area is None and c.phone_e164 not in numbers]
    return own + shared


def rank(
    bundle: RegionBundle,
    contacts: Iterable[Contact],
    moment: datetime,
    step: int | None = None,
    is_holiday: HolidayCheck = is_dutch_public_holiday,
) -> list[RankedContact]:
    """Contacts ordered by who answers now; stable within a status, so the source order holds."""
    ranked = []
    for contact in contacts:
        backup = bundle.contact(contact.backup) if contact.backup else None
        ranked.append(
            RankedContact(
                contact=contact,
                reachability=assess(contact, moment, step, is_holiday),
                backup=backup,
                backup_reachability=assess(backup, moment, step, is_holiday) if backup else None,
            )
        )
    ranked.sort(key=lambda entry: entry.reachability.status)
    return ranked


def contacts_for_actors(bundle: RegionBundle, area_id: str | None, actors: Iterable[str]) -> list[Contact]:
    """The contacts to call for a routekaart box: the area's numbers of the box's actors.

    A box names actors ("VA", "OvJ", "Politie"); every contact has one actor, so a box about
    "VT** & OvJ" lists the vertrouwensarts and OvJ numbers of the chosen area.
    """
    wanted = set(actors)
    return [c for c in contacts_for_area(bundle, area_id) if c.actor in wanted]
