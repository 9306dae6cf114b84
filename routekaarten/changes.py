"""What changed in a region between two versions of its bundle ("Wat is er veranderd").

A wrong number during a crisis call is the failure that matters most (docs/architecture.md), so after an
update the app lists, per contact id, what was added, what was removed and which number
changed, with the numbers as the source writes them. The same comparison tells a regional admin,
before publishing, what will change for workstations (issue 13 item 4): there it also names the
boxes of the routekaart that changed, contacts whose other details changed, and the other parts
of the bundle. One comparison for both, so the admin sees what the workstations will show. Pure
functions over two ``RegionBundle`` objects: no store, no Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from routekaarten.chart import Box
from routekaarten.model import Contact, RegionBundle


class ChangeKind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    NUMBER = "number"  # same contact id, another number
    CHANGED = "changed"  # same id, the same number, other details (a box's text, a contact's hours)


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
class BoxChange:
    """One box of the routekaart chart that was added, removed or changed (matched by id)."""

    kind: ChangeKind
    box_id: str
    title: str


# The other parts of a region bundle a workstation shows, by the name ``RegionChanges.parts`` uses.
PART_NAMES = ("name", "areas", "contact_footnotes", "bespreekpunten", "title", "intro",
              "uitgangspunten", "legenda", "vermoedens", "lanes", "steps", "arrows", "footnotes")


@dataclass(frozen=True)
class RegionChanges:
    """The changes of one region; ``old_revision`` is None when the region is new on this workstation.

    ``contacts`` holds the numbers added, removed and changed (what "Wat is er veranderd" lists);
    ``edited`` the contacts whose number stayed but whose other details changed; ``boxes`` the
    chart's boxes; ``parts`` the names (``PART_NAMES``) of the other parts that differ.
    """

    region_id: str
    region_name: str
    old_revision: int | None
    new_revision: int
    contacts: tuple[ContactChange, ...]
    edited: tuple[ContactChange, ...] = ()
    boxes: tuple[BoxChange, ...] = ()
    parts: tuple[str, ...] = ()

    @property
    def is_new_region(self) -> bool:
        return self.old_revision is None

    @property
    def is_empty(self) -> bool:
        """Nothing a workstation shows differs (a renewed signature, or only the revision)."""
        return not (self.is_new_region or self.contacts or self.edited or self.boxes or self.parts)


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


def edited_contacts(old: RegionBundle, new: RegionBundle) -> tuple[ContactChange, ...]:
    """Contacts with the same id and number whose other details (role, hours, steps...) changed."""
    before = {contact.id: contact for contact in old.contacts}
    return tuple(
        _change(ChangeKind.CHANGED, contact, contact.phone, contact.phone)
        for contact in new.contacts
        if (previous := before.get(contact.id)) is not None
        and previous.phone == contact.phone
        and previous != contact
    )


def box_changes(old: RegionBundle, new: RegionBundle) -> tuple[BoxChange, ...]:
    """Boxes of the chart added, changed (any field) and removed, by id, in the new chart's order."""
    before = {box.id: box for box in old.routekaart.boxes}
    after = {box.id for box in new.routekaart.boxes}
    changes = [
        _box(ChangeKind.ADDED if box.id not in before else ChangeKind.CHANGED, box)
        for box in new.routekaart.boxes
        if before.get(box.id) != box
    ]
    changes += [_box(ChangeKind.REMOVED, box) for box in old.routekaart.boxes if box.id not in after]
    return tuple(changes)


def changed_parts(old: RegionBundle, new: RegionBundle) -> tuple[str, ...]:
    """The names (``PART_NAMES``) of the other parts of the bundle that differ."""
    chart_fields = {field.name for field in fields(new.routekaart)}
    parts = []
    for name in PART_NAMES:
        holder_old, holder_new = (old.routekaart, new.routekaart) if name in chart_fields else (old, new)
        if getattr(holder_old, name) != getattr(holder_new, name):
            parts.append(name)
    return tuple(parts)


def region_changes(old: RegionBundle | None, new: RegionBundle) -> RegionChanges:
    """The changes of one region; a region new to this workstation lists no contacts (all are new)."""
    if old is None:
        return RegionChanges(new.id, new.name, None, new.revision, ())
    return RegionChanges(
        region_id=new.id,
        region_name=new.name,
        old_revision=old.revision,
        new_revision=new.revision,
        contacts=contact_changes(old, new),
        edited=edited_contacts(old, new),
        boxes=box_changes(old, new),
        parts=changed_parts(old, new),
    )


def _change(kind: ChangeKind, contact: Contact, old_phone: str = "", new_phone: str = "") -> ContactChange:
    return ContactChange(kind, contact.id, contact.role, contact.organisation, old_phone, new_phone)


def _box(kind: ChangeKind, box: Box) -> BoxChange:
    return BoxChange(kind, box.id, box.title)
