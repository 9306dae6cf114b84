"""The changes of a region (``routekaarten.changes``) in words, for a regional admin before publishing.

Issue 13 item 4, "Wat verandert er voor werkplekken": the admin reads, before signing, what the
workstations will show after their next sync. The lines name contacts by their role,
organisation and id and give the numbers as written, as the workstations' "Wat is er veranderd"
does, so the two cannot tell different stories. Plain text: the caller escapes it for rich text.
"""

from __future__ import annotations

from collections.abc import Callable

from routekaarten.changes import BoxChange, ChangeKind, ContactChange, RegionChanges
from routekaarten.i18n import _

_PART_WORDS: dict[str, Callable[[], str]] = {
    "name": lambda: _("de naam van de regio"),
    "areas": lambda: _("de gebieden"),
    "contact_footnotes": lambda: _("de voetnoten bij de contacten"),
    "bespreekpunten": lambda: _("de bespreekpunten"),
    "title": lambda: _("de titel van de routekaart"),
    "intro": lambda: _("de inleiding van de routekaart"),
    "uitgangspunten": lambda: _("de uitgangspunten"),
    "legenda": lambda: _("de legenda"),
    "vermoedens": lambda: _("de vermoedens"),
    "lanes": lambda: _("de banen van de routekaart"),
    "steps": lambda: _("de stappen van de routekaart"),
    "arrows": lambda: _("de pijlen van de routekaart"),
    "footnotes": lambda: _("de voetnoten bij de routekaart"),
}


def _count(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(count=count)


def change_summary(changes: RegionChanges) -> str:
    """One sentence: how many numbers are new, changed or gone, how many boxes changed."""
    if changes.is_new_region:
        return _("Nieuwe regio voor werkplekken: {name}, revisie {revision}.", name=changes.region_name,
                 revision=changes.new_revision)
    if changes.is_empty:
        return _("Voor werkplekken verandert er niets: de inhoud is gelijk aan de gepubliceerde versie.")
    kinds = [change.kind for change in changes.contacts]
    counted = [
        (kinds.count(ChangeKind.ADDED), _("{count} nummer nieuw"), _("{count} nummers nieuw")),
        (kinds.count(ChangeKind.NUMBER), _("{count} nummer gewijzigd"), _("{count} nummers gewijzigd")),
        (kinds.count(ChangeKind.REMOVED), _("{count} nummer vervallen"), _("{count} nummers vervallen")),
        (len(changes.edited), _("{count} contact met andere gegevens"),
         _("{count} contacten met andere gegevens")),
        (len(changes.boxes), _("{count} vak van de routekaart gewijzigd"),
         _("{count} vakken van de routekaart gewijzigd")),
    ]
    pieces = [_count(count, one, many) for count, one, many in counted if count]
    if changes.parts:
        pieces.append(_("ook {parts}", parts=", ".join(_PART_WORDS[part]() for part in changes.parts)))
    return _("Wat verandert er voor werkplekken: {summary}.", summary="; ".join(pieces))


def _who(change: ContactChange) -> str:
    return f"{change.role} ({change.organisation}; {change.contact_id})"


def contact_line(change: ContactChange) -> str:
    if change.kind is ChangeKind.ADDED:
        return _("Nieuw: {who}: {new}", who=_who(change), new=change.new_phone)
    if change.kind is ChangeKind.REMOVED:
        return _("Vervallen: {who}: {old}", who=_who(change), old=change.old_phone)
    if change.kind is ChangeKind.NUMBER:
        return _("Ander nummer: {who}: {old} → {new}", who=_who(change), old=change.old_phone,
                 new=change.new_phone)
    return _("Andere gegevens, zelfde nummer: {who}: {number}", who=_who(change), number=change.new_phone)


def box_line(change: BoxChange) -> str:
    if change.kind is ChangeKind.ADDED:
        return _("Vak toegevoegd: '{title}' ({id})", title=change.title, id=change.box_id)
    if change.kind is ChangeKind.REMOVED:
        return _("Vak vervallen: '{title}' ({id})", title=change.title, id=change.box_id)
    return _("Vak gewijzigd: '{title}' ({id})", title=change.title, id=change.box_id)


def describe_changes(changes: RegionChanges) -> list[str]:
    """The summary, the revisions, then one line per contact and box that changed."""
    lines = [change_summary(changes)]
    if changes.old_revision is not None and changes.old_revision != changes.new_revision:
        lines.append(_("Revisie {old} → {new}.", old=changes.old_revision, new=changes.new_revision))
    lines += [contact_line(change) for change in (*changes.contacts, *changes.edited)]
    lines += [box_line(change) for change in changes.boxes]
    return lines
