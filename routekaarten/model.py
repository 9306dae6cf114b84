"""Typed, immutable views of a validated region bundle.

The JSON is validated first (``bundles.py``); these constructors then trust its shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from functools import cached_property
from typing import TYPE_CHECKING, Any

from routekaarten.phones import to_e164

if TYPE_CHECKING:
    from routekaarten.chart import Routekaart

ALL_STEPS: tuple[int, ...] = (0, 1, 2, 3)
WEEKDAYS: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")


def _clock(text: str) -> time:
    return time(23, 59, 59) if text == "24:00" else time.fromisoformat(text)


@dataclass(frozen=True)
class AvailabilityRule:
    """One way a number answers: always, or on some weekdays between two clock times."""

    purpose: str | None = None  # "consult", "crisis" or None (any call)
    always: bool = False
    days: tuple[int, ...] = ()  # 0 = Monday, as datetime.weekday()
    opens: time | None = None
    closes: time | None = None
    closed_on_holidays: bool | None = None  # None: the source does not say

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AvailabilityRule:
        if data.get("always"):
            return cls(purpose=data.get("purpose"), always=True)
        return cls(
            purpose=data.get("purpose"),
            days=tuple(WEEKDAYS.index(day) for day in data["days"]),
            opens=_clock(data["from"]),
            closes=_clock(data["to"]),
            closed_on_holidays=data.get("closed_on_holidays"),
        )


@dataclass(frozen=True)
class Availability:
    rules: tuple[AvailabilityRule, ...]
    source: str = ""
    assumption: str = ""


@dataclass(frozen=True)
class Contact:
    """A function and its service number, as the routekaart lists it (never a person)."""

    id: str
    area: str | None  # None: the whole region
    actor: str
    organisation: str
    role: str
    phone: str  # as written in the source
    phone_e164: str
    availability: Availability | None = None  # None: the source states no hours
    steps: tuple[int, ...] = ALL_STEPS
    steps_note: str = ""
    backup: str | None = None
    footnotes: tuple[str, ...] = ()
    footnotes_note: str = ""  # a footnote the source attaches oddly: shown as written, marked unclear
    note: str = ""
    piket: bool = False

    @property
    def step_restricted(self) -> bool:
        return self.steps != ALL_STEPS

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        availability = data.get("availability")
        return cls(
            id=data["id"],
            area=data["area"],
            actor=data["actor"],
            organisation=data["organisation"],
            role=data["role"],
            phone=data["phone"],
            phone_e164=data.get("phone_e164") or to_e164(data["phone"]) or "",
            availability=None
            if availability is None
            else Availability(
                rules=tuple(AvailabilityRule.from_dict(rule) for rule in availability["rules"]),
                source=availability.get("source", ""),
                assumption=availability.get("assumption", ""),
            ),
            steps=tuple(sorted(data["steps"])) if "steps" in data else ALL_STEPS,
            steps_note=data.get("steps_note", ""),
            backup=data.get("backup"),
            footnotes=tuple(data.get("footnotes", ())),
            footnotes_note=data.get("footnotes_note", ""),
            note=data.get("note", ""),
            piket=bool(data.get("piket", False)),
        )


def contact_label(contact: Contact, area_names: dict[str, str]) -> str:
    """How a contact is named in a list of several areas: its role and, if it has one, its area."""
    area = area_names.get(contact.area or "", "")
    return f"{contact.role} — {area}" if area else contact.role


@dataclass(frozen=True)
class Footnote:
    mark: str
    text: str


@dataclass(frozen=True)
class Area:
    id: str
    name: str


@dataclass(frozen=True)
class RegionBundle:
    """A validated region bundle: its routekaart, areas and contacts.

    The routekaart (``routekaarten.chart``) is read from the bundle's JSON when it is first
    asked for: at start "Nu bereikbaar" needs only the contacts, and the chart is drawn after
    their first paint (issue 12 item 9).
    """

    id: str
    name: str
    version: str
    revision: int
    valid_from: str
    publisher: str
    routekaart_data: dict[str, Any]  # the bundle's "routekaart" object, validated
    areas: tuple[Area, ...]
    contacts: tuple[Contact, ...]
    contact_footnotes: tuple[Footnote, ...] = field(default=())
    bespreekpunten: tuple[dict[str, Any], ...] = field(default=())  # a regional Bijlage 4, if any

    @cached_property
    def routekaart(self) -> Routekaart:
        from routekaarten.chart import Routekaart

        return Routekaart.from_dict(self.routekaart_data)

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def contact_footnote(self, mark: str) -> str:
        return next((f.text for f in self.contact_footnotes if f.mark == mark), "")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RegionBundle:
        return cls(
            id=data["region"]["id"],
            name=data["region"]["name"],
            version=data["version"],
            revision=data["revision"],
            valid_from=data["valid_from"],
            publisher=data["publisher"],
            routekaart_data=data["routekaart"],
            areas=tuple(Area(a["id"], a["name"]) for a in data["areas"]),
            contacts=tuple(Contact.from_dict(c) for c in data["contacts"]),
            contact_footnotes=tuple(
                Footnote(f["mark"], f["text"]) for f in data.get("contact_footnotes", ())
            ),
            bespreekpunten=tuple(data.get("bespreekpunten", ())),
        )
