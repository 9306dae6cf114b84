"""What changed in a region's contacts between two versions of its bundle ("Wat is er veranderd").

A wrong number during a crisis call is the failure that matters most (docs/architecture.md), so after an
update the app lists, per contact id, what was added, what was removed and which number
changed, with the numbers as the source writes them. Pure functions over two ``RegionBundle``
objects: no store, no Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from routekaarten.model import Contact, RegionBundle


class ChangeKind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    NUMBER = "number"  # same contact id, another number


@dataclass(frozen=True)
class ContactChange:
    """One contact that differs; ``old_phone``/``new_phone`` as written ("" where there is none)."""

    kind: ChangeKind
    contact_id: str
    role: str
    organisation: str
    old_phone: str = ""
    new_phone: str = ""


@dataclass(frozen=True)
class RegionChanges:
    """The changes of one region; ``old_revision`` is None when the region is new on this workstation."""

    region_id: str
    region_name: str
    old_revision: int | None
    new_revision: int
    contacts: tuple[ContactChange, ...]

    @property
    def is_new_region(self) -> bool:
        return self.old_revision is None


def contact_changes(old: RegionBundle, new: RegionBundle) -> tuple[ContactChange, ...]:
    """Added, removed and renumbered contacts, in the order of the new bundle (removed ones last).

    Contacts are matched by id, the bundle's stable key; a change of role text alone is not
    listed (the number to call is the same). Numbers are compared as written, so a reformatted
    number ("0800-2000" to "0800 2000") is listed too: what the user sees has changed.
    """
    before = {contact.id: contact for contact in old.contacts}
    after_ids = {contact.id for contact in new.contacts}
    changes: list[ContactChange] = []
    for contact in new.contacts:
        previous = before.get(contact.id)
        if previous is None:
            changes.append(_change(ChangeKind.ADDED, contact, new_phone=contact.phone))
        elif previous.phone != contact.phone:
            changes.append(_change(ChangeKind.NUMBER, contact, previous.phone, contact.phone))
    changes += [
        _change(ChangeKind.REMOVED, contact, old_phone=contact.phone)
        for contact in old.contacts
        if contact.id not in after_ids
    ]
    return tuple(changes)


def region_changes(old: RegionBundle | None, new: RegionBundle) -> RegionChanges:
    """The changes of one region; a region new to this workstation lists no contacts (all are new)."""
    return RegionChanges(
        region_id=new.id,
        region_name=new.name,
        old_revision=None if old is None else old.revision,
        new_revision=new.revision,
        contacts=() if old is None else contact_changes(old, new),
    )


def _change(kind: ChangeKind, contact: Contact, old_phone: str = "", new_phone: str = "") -> ContactChange:
    return ContactChange(kind, contact.id, contact.role, contact.organisation, old_phone, new_phone)
