"""The editors of a region bundle's parts except the routekaart chart (``chart_tab``): the region's
description, its areas, its contacts with their availability, the contacts' footnotes, and the
region's own bespreekpunten (a regional Bijlage 4, ``bespreekpunten`` in the schema).

Each is a ``RecordEditor`` or ``FieldForm`` over the draft; what a field may hold comes from
``choices``. New records get an id that is free in the draft, so adding never collides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.admin import choices
from desktop.admin.availability_editor import AvailabilityEditor
from desktop.admin.document import DraftDocument, Path, touches
from desktop.admin.fields import FieldForm, FieldSpec
from desktop.admin.records import Column, RecordEditor
from routekaarten.availability_wording import describe_availability
from routekaarten.issue_labels import IssueLabel
from routekaarten.phones import to_e164

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def free_id(records: Sequence[Any], stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3`` ...: the first id no record in the list has."""
    taken = {r.get("id") for r in records if isinstance(r, dict)}
    number = 1
    candidate = stem
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


class GeneralForm(QWidget):
    """The region and the bundle's description: name, version, valid from, publisher, source."""

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.region = FieldForm(
            document,
            [
                FieldSpec("name", self.tr("Naam van de regio:")),
                FieldSpec("description", self.tr("Omschrijving:"), kind="text", optional=True),
            ],
            self.tr("Regio"),
        )
        self.bundle = FieldForm(
            document,
            [
                FieldSpec("version", self.tr("Versie (zoals de regio hem noemt):")),
                FieldSpec("valid_from", self.tr("Geldig vanaf:"), placeholder=self.tr("JJJJ-MM-DD")),
                FieldSpec("publisher", self.tr("Uitgever:")),
                FieldSpec("source", self.tr("Bron:"), kind="text", optional=True),
            ],
            self.tr("Bundel"),
        )
        self.revision = QLabel()
        self.revision.setTextFormat(Qt.TextFormat.PlainText)
        self.revision.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.region)
        layout.addWidget(self.bundle)
        layout.addWidget(self.revision)
        layout.addStretch(1)
        document.changed.connect(self._on_changed)

    def load(self) -> None:
        self.region.set_base(("region",))
        self.bundle.set_base(())
        self._show_revision()

    def _on_changed(self, path: Path) -> None:
        if touches(path, ("revision",)):
            self._show_revision()

    def _show_revision(self) -> None:
        self.revision.setText(
            self.tr(
                "Revisie {0}. De app verhoogt de revisie zelf bij het publiceren; u hoeft hem niet te "
                "wijzigen."
            ).format(self.document.get(("revision",), "?"))
        )

    def set_problems(self, labels: Sequence[IssueLabel]) -> None:
        self.region.set_problems(_problems_at(labels, ("region",)))
        self.bundle.set_problems(_problems_at(labels, ()))

    def focus_path(self, path: Path) -> bool:
        if path[:1] == ("region",) and len(path) > 1:
            return self.region.focus_field(str(path[1]))
        if len(path) == 1:
            return self.bundle.focus_field(str(path[0]))
        return False


def _problems_at(labels: Sequence[IssueLabel], base: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for label in labels:
        if label.path[: len(base)] == base and len(label.path) == len(base) + 1:
            found.setdefault(str(label.path[-1]), []).append(label.message)
    return found


def _contact_name(row: int, contact: dict[str, Any]) -> str:
    role = contact.get("role")
    return (
        translate("AdminEditors", "Contact '{0}'").format(role)
        if role
        else translate("AdminEditors", "Contact {0}").format(row + 1)
    )


def _phone_check(contact: dict[str, Any]) -> str:
    """The E.164 column: how workstations will dial the number, checked as it is typed."""
    phone = contact.get("phone")
    if not isinstance(phone, str) or not phone.strip():
        return ""
    return to_e164(phone) or translate("AdminEditors", "✗ ongeldig")


def _availability(contact: dict[str, Any]) -> str:
    availability = contact.get("availability")
    return describe_availability(availability if isinstance(availability, dict) else None)


def contacts_editor(document: DraftDocument) -> RecordEditor:
    editor: RecordEditor | None = None

    def current() -> int:
        return editor.current_row() if editor is not None else -1

    def new_contact(records: list[Any], row: int) -> dict[str, Any]:
        beside = records[row] if 0 <= row < len(records) and isinstance(records[row], dict) else {}
        area = beside.get("area")  # a new contact is of the area of the one it is added after
        stem = f"{area}-nieuw-contact" if area else "nieuw-contact"
        return {
            "id": free_id(records, stem),
            "area": area,
            "actor": "VT",
            "organisation": "",
            "role": "",
            "phone": "",
        }

    columns = [  # the number first: it is what an admin comes to change
        Column("role", translate("AdminEditors", "Functie")),
        Column("phone", translate("AdminEditors", "Telefoonnummer (zoals geschreven)")),
        Column("phone_e164", translate("AdminEditors", "Zo belt de app (E.164)"), compute=_phone_check),
        Column("area", translate("AdminEditors", "Gebied"), choices=choices.areas(document)),
        Column("organisation", translate("AdminEditors", "Organisatie")),
        Column("actor", translate("AdminEditors", "Actor"), choices=choices.actors),
        Column(
            "availability",
            translate("AdminEditors", "Bereikbaarheid"),
            compute=_availability,
            problem_keys=("availability",),
        ),
    ]
    detail = [
        FieldSpec("id", translate("AdminEditors", "Id:")),
        FieldSpec(
            "phone", translate("AdminEditors", "&Telefoonnummer:"), kind="phone", placeholder="088 123 4567"
        ),
        FieldSpec("piket", translate("AdminEditors", "Piketnummer"), kind="bool", optional=True),
        FieldSpec(
            "backup",
            translate("AdminEditors", "Achtervang:"),
            kind="choice",
            optional=True,
            choices=choices.other_contacts(document, current),
        ),
        FieldSpec(
            "steps",
            translate("AdminEditors", "Stappen:"),
            kind="checks",
            choices=choices.step_numbers,
            all_is_missing=True,
        ),
        FieldSpec("steps_note", translate("AdminEditors", "Toelichting bij de stappen:"), optional=True),
        FieldSpec(
            "footnotes",
            translate("AdminEditors", "Voetnoten:"),
            kind="checks",
            optional=True,
            choices=choices.marks(document, "contact_footnotes"),
        ),
        FieldSpec(
            "footnotes_note", translate("AdminEditors", "Toelichting bij de voetnoten:"), optional=True
        ),
        FieldSpec("note", translate("AdminEditors", "Notitie:"), optional=True),
    ]
    editor = RecordEditor(
        document,
        ("contacts",),
        columns,
        name=translate("AdminEditors", "Contacten"),
        record_name=_contact_name,
        new_record=new_contact,
        detail=detail,
        extra=[AvailabilityEditor(document)],
        orientation=Qt.Orientation.Horizontal,
    )
    return editor


def areas_editor(document: DraftDocument) -> RecordEditor:
    def name(row: int, area: dict[str, Any]) -> str:
        text = area.get("name")
        return (
            translate("AdminEditors", "Gebied '{0}'").format(text)
            if text
            else translate("AdminEditors", "Gebied {0}").format(row + 1)
        )

    return RecordEditor(
        document,
        ("areas",),
        [Column("id", translate("AdminEditors", "Id")), Column("name", translate("AdminEditors", "Naam"))],
        name=translate("AdminEditors", "Gebieden"),
        record_name=name,
        new_record=lambda records, _row: {"id": free_id(records, "nieuw-gebied"), "name": ""},
    )


def footnotes_editor(document: DraftDocument, path: Path, name: str) -> RecordEditor:
    def record_name(row: int, note: dict[str, Any]) -> str:
        return translate("AdminEditors", "Voetnoot '{0}'").format(note.get("mark", ""))

    def new_note(records: list[Any], _row: int) -> dict[str, Any]:
        used = {r.get("mark") for r in records if isinstance(r, dict)}
        mark = next((m for m in ("*", "**", "***", "") if m not in used), "")
        return {"mark": mark, "text": ""}

    return RecordEditor(
        document,
        path,
        [
            Column("mark", translate("AdminEditors", "Teken")),
            Column("text", translate("AdminEditors", "Tekst")),
        ],
        name=name,
        record_name=record_name,
        new_record=new_note,
    )


class _NestedItems(QWidget):
    """The items of the chosen bespreekpunt group, as their own table."""

    def __init__(self, document: DraftDocument) -> None:
        super().__init__()
        self.document = document
        self.editor = RecordEditor(
            document,
            ("bespreekpunten", -1, "items"),
            [
                Column("id", translate("AdminEditors", "Id")),
                Column("text", translate("AdminEditors", "Tekst")),
                Column("source", translate("AdminEditors", "Bron")),
            ],
            name=translate("AdminEditors", "Punten"),
            record_name=lambda row, _item: translate("AdminEditors", "Punt {0}").format(row + 1),
            new_record=lambda records, _row: {"id": free_id(records, "punt"), "text": ""},
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    def set_base(self, base: Path | None) -> None:
        self.editor.set_list_path((*base, "items") if base is not None else ("bespreekpunten", -1, "items"))
        self.setEnabled(base is not None)

    def set_problems(self, labels: Sequence[IssueLabel]) -> None:
        self.editor.set_problems(labels)

    def focus_path(self, path: Path) -> bool:
        return len(path) > 3 and self.editor.focus_path(path)


def bespreekpunten_editor(document: DraftDocument) -> RecordEditor:
    def name(row: int, group: dict[str, Any]) -> str:
        title = group.get("title")
        return (
            translate("AdminEditors", "Bespreekpunt '{0}'").format(title)
            if title
            else translate("AdminEditors", "Bespreekpunt {0}").format(row + 1)
        )

    return RecordEditor(
        document,
        ("bespreekpunten",),
        [Column("id", translate("AdminEditors", "Id")), Column("title", translate("AdminEditors", "Titel"))],
        name=translate("AdminEditors", "Bespreekpunten"),
        record_name=name,
        new_record=lambda records, _row: {
            "id": free_id(records, "bespreekpunt"),
            "title": "",
            "items": [{"id": "punt", "text": ""}],
        },
        detail=[FieldSpec("source", translate("AdminEditors", "Bron:"), optional=True)],
        extra=[_NestedItems(document)],
        optional_list=True,
    )
