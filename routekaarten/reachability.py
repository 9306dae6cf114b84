"""Who answers now: rank a region's contacts by whether their number is answered at a moment.

The rules come from the routekaart's footnotes, as data in the region bundle: "piketdienst
OvJ 24/7", "bureaudienst RvdK ... consult 8.30-12.30 uur, crisis 24/7", "ZSM-nummer alleen
bij stap 1", "VEILIG THUIS is 24/7 bereikbaar via 0800-2000" (Routekaart Zeeland-West-Brabant,
seed lines 8160-8175). A contact whose hours the source does not state is "onbekend", never
guessed. The reasons are worded in the user's language (``routekaarten.i18n``) when they are made.

Feestdagen come from the app's one calendar, ``holiday_calendar`` (Algemene termijnenwet art. 3,
the same list the deadlines use). Whether a window of hours holds on a feestdag is data: a rule's
``closed_on_holidays`` is true (closed), false (the hours hold), or absent (the source does not
say). The Routekaart Zeeland-West-Brabant says only "Voor vragen en consult bereikbaar tussen
8.30-12.30 uur" for the RvdK (seed line 8228), nothing about feestdagen; on a feestdag such a
window is therefore "op feestdagen: tijden niet vermeld", neither open nor closed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from routekaarten.clock import AMSTERDAM
from routekaarten.holiday_calendar import is_feestdag
from routekaarten.i18n import _
from routekaarten.model import AvailabilityRule, Contact, RegionBundle

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
    """A number with its backup (achtervang), shown together as the routekaart prints them."""

    contact: Contact
    reachability: Reachability
    backup: Contact | None = None
    backup_reachability: Reachability | None = None

    @property
    def status(self) -> Status:
        """Where the pair ranks: the better of the number and its backup.

        The routekaart lists the area's own number first and its piket or 24/7 line as its
        footnote (seed r. 8154-8157, 8239); a number whose hours it does not state is answered
        through that backup, so it never ranks below the service that backs it up.
        """
        if self.backup_reachability is None:
            return self.reachability.status
        return min(self.reachability.status, self.backup_reachability.status)


@dataclass(frozen=True)
class WhoAnswers:
    """What the "Nu bereikbaar" list or a routekaart box shows: one call per refresh."""

    entries: tuple[RankedContact, ...]
    without_number: tuple[str, ...] = ()  # actors a box names that have no number (LECK, Zedenpolitie)


def is_dutch_public_holiday(day: date) -> bool:
    """An Atw feestdag (``holiday_calendar``): the one calendar of the app."""
    return is_feestdag(day)


def holiday_hours_unknown() -> str:
    """A window on a feestdag the source says nothing about (seed line 8228), in the user's language."""
    return _("op feestdagen: tijden niet vermeld")


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _in_window(rule: AvailabilityRule, local: datetime) -> bool:
    assert rule.opens is not None and rule.closes is not None
    return local.weekday() in rule.days and rule.opens <= local.time() < rule.closes


def _unknown_now(rule: AvailabilityRule, local: datetime, is_holiday: HolidayCheck) -> bool:
    """A window that would be open now, but today is a feestdag and the source says nothing."""
    return (
        not rule.always
        and rule.closed_on_holidays is None
        and _in_window(rule, local)
        and is_holiday(local.date())
    )


def _is_open(rule: AvailabilityRule, local: datetime, is_holiday: HolidayCheck) -> bool:
    """Open for sure: always, or in its window on a day its hours are known to hold."""
    if rule.always:
        return True
    if not _in_window(rule, local):
        return False
    if rule.closed_on_holidays is False:
        return True
    return not is_holiday(local.date())


def _next_opening(
    rule: AvailabilityRule, local: datetime, is_holiday: HolidayCheck
) -> tuple[datetime, bool] | None:
    """The next moment a window rule opens within two weeks, and whether that is uncertain
    (a feestdag the source says nothing about); a day known to be closed is skipped."""
    assert rule.opens is not None
    for offset in range(15):
        day = local.date() + timedelta(days=offset)
        start = datetime.combine(day, rule.opens, tzinfo=local.tzinfo)
        if start <= local or day.weekday() not in rule.days:
            continue
        holiday = is_holiday(day)
        if holiday and rule.closed_on_holidays:
            continue
        return start, holiday and rule.closed_on_holidays is None
    return None


def _when(moment: datetime, now: datetime) -> str:
    time = _hhmm(moment)
    if moment.date() == now.date():
        return _("vandaag {time}", time=time)
    if moment.date() == now.date() + timedelta(days=1):
        return _("morgen {time}", time=time)
    return _weekday(moment.weekday(), time)


def _weekday(weekday: int, time: str) -> str:
    """``ma 09:00``: a weekday (Monday is 0) and a time, each day its own literal for the catalog."""
    match weekday:
        case 0:
            return _("ma {time}", time=time)
        case 1:
            return _("di {time}", time=time)
        case 2:
            return _("wo {time}", time=time)
        case 3:
            return _("do {time}", time=time)
        case 4:
            return _("vr {time}", time=time)
        case 5:
            return _("za {time}", time=time)
        case _:
            return _("zo {time}", time=time)


def _window(rule: AvailabilityRule) -> str:
    return "24/7" if rule.always else _("tot {time}", time=f"{rule.closes:%H:%M}")


def _describe_open(rules: list[AvailabilityRule], piket: bool) -> str:
    """``consult tot 12:30, crisis 24/7``: the window that closes first comes first."""
    parts = []
    for rule in sorted(rules, key=lambda rule: rule.always):
        label = _window(rule)
        if rule.purpose:
            parts.append(f"{rule.purpose} {label}")
        else:
            parts.append(_("piket, {window}", window=label) if piket else label)
    return ", ".join(parts)


def assess(
    contact: Contact,
    moment: datetime,
    step: int | None = None,
    is_holiday: HolidayCheck = is_dutch_public_holiday,
) -> Reachability:
    """Whether ``contact`` answers at ``moment`` (any time zone), and why, in the user's language.

    The purposes ("consult", "crisis") and the steps note are the bundle's words and stay as written.
    """
    local = moment.astimezone(AMSTERDAM)
    only = _("alleen bij stap {steps}", steps=", ".join(str(s) for s in contact.steps))
    if step is not None and step not in contact.steps:
        reason = f"{only}; {contact.steps_note}" if contact.steps_note else only
        return Reachability(Status.NEE, reason)
    suffix = f"; {only}" if contact.step_restricted else ""
    if contact.availability is None:
        return Reachability(Status.ONBEKEND, _("tijden niet vermeld in de routekaart") + suffix)
    rules = contact.availability.rules
    unknown_rules = [rule for rule in rules if _unknown_now(rule, local, is_holiday)]
    open_rules = [rule for rule in rules if rule not in unknown_rules and _is_open(rule, local, is_holiday)]
    closed_rules = [rule for rule in rules if rule not in open_rules and rule not in unknown_rules]
    unknown = [
        f"{rule.purpose} {holiday_hours_unknown()}" if rule.purpose else holiday_hours_unknown()
        for rule in unknown_rules
    ]
    if not open_rules:
        if unknown:
            return Reachability(Status.ONBEKEND, "; ".join(unknown) + suffix)
        openings = [(_next_opening(rule, local, is_holiday), rule) for rule in closed_rules]
        upcoming = [(when, rule) for when, rule in openings if when is not None]
        if upcoming:
            (first, uncertain), rule = min(upcoming, key=lambda pair: pair[0][0])
            when = _when(first, local)
            if rule.purpose:
                text = _("nu niet bereikbaar; {purpose} weer {when}", purpose=rule.purpose, when=when)
            else:
                text = _("nu niet bereikbaar; weer {when}", when=when)
            return Reachability(Status.NEE, text + _uncertain(uncertain) + suffix)
        return Reachability(Status.NEE, _("nu niet bereikbaar") + suffix)
    reason = _describe_open(open_rules, contact.piket)
    not_open = {rule.purpose for rule in closed_rules + unknown_rules} - {rule.purpose for rule in open_rules}
    if not not_open:
        return Reachability(Status.JA, reason + suffix)
    later = []
    for rule in closed_rules:
        reopens = None if rule.always else _next_opening(rule, local, is_holiday)
        if rule.purpose in not_open and reopens is not None:
            when = _when(reopens[0], local)
            later.append(_("{purpose} weer {when}", purpose=rule.purpose, when=when) + _uncertain(reopens[1]))
    text = ", ".join(
        _("alleen {purpose} ({window})", purpose=rule.purpose, window=_window(rule)) if rule.purpose
        else _window(rule)
        for rule in open_rules
    )
    return Reachability(Status.DEELS, "; ".join([text, *unknown, *later]) + suffix)


def _uncertain(uncertain: bool) -> str:
    return f" ({holiday_hours_unknown()})" if uncertain else ""


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
    """Contacts with their backups, ordered by who answers now (``RankedContact.status``).

    Stable within a status, so the routekaart's order holds among equals.
    """
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
    ranked.sort(key=lambda entry: entry.status)
    return ranked


def contacts_for_actors(bundle: RegionBundle, area_id: str | None, actors: Iterable[str]) -> list[Contact]:
    """The contacts to call for a routekaart box: the area's numbers of the box's actors.

    A box names actors ("VA", "OvJ", "Politie"); every contact has one actor, so a box about
    "VT & OvJ" lists the vertrouwensarts and OvJ numbers of the chosen area.
    """
    wanted = set(actors)
    return [c for c in contacts_for_area(bundle, area_id) if c.actor in wanted]


def who_answers(
    bundle: RegionBundle,
    area_id: str | None,
    moment: datetime,
    step: int | None = None,
    *,
    is_holiday: HolidayCheck = is_dutch_public_holiday,
    actors: Iterable[str] | None = None,
) -> WhoAnswers:
    """The one ranking the app shows: the area's numbers (or a box's ``actors``' numbers) by who
    answers at ``moment``, each with its backup, and the actors the routekaart gives no number."""
    if actors is None:
        contacts = contacts_for_area(bundle, area_id)
        missing: tuple[str, ...] = ()
    else:
        names = tuple(dict.fromkeys(actors))
        contacts = contacts_for_actors(bundle, area_id, names)
        numbered = {c.actor for c in bundle.contacts}
        missing = tuple(actor for actor in names if actor not in numbered)
    # A backup of a listed number is shown with it, not again on its own row (r. 8154-8157).
    backups = {c.backup for c in contacts if c.backup}
    contacts = [c for c in contacts if c.id not in backups]
    return WhoAnswers(tuple(rank(bundle, contacts, moment, step, is_holiday)), missing)


def no_number_reason() -> str:
    """What the app says of an actor without a number, in the user's language."""
    return _("geen nummer in de routekaart")
