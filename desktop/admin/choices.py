"""What a field may hold, read from the schema and from the draft itself (areas, boxes, marks).

The lists follow the draft as it is edited: a new area is at once a choice in the contacts'
"Gebied" column. Labels are the names the admin typed, shown as plain text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.admin.document import DraftDocument
from routekaarten.bundles import SCHEMA_DIR

Options = Sequence[tuple[Any, str]]
LANES = ("vt", "joint", "politie")  # region.schema.json: the lane enum


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@cache
def _definitions() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMA_DIR / "region.schema.json").read_text(encoding="utf-8"))
    return dict(schema["$defs"])


def actors() -> Options:
    """The actors the schema knows (VT, VA, GW, Politie ...), as the routekaart abbreviates them."""
    return [(name, name) for name in _definitions()["actor"]["enum"]]


def _records(document: DraftDocument, *path: str | int) -> list[dict[str, Any]]:
    value = document.get(tuple(path), [])
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def areas(document: DraftDocument) -> Callable[[], Options]:
    def options() -> Options:
        found: list[tuple[Any, str]] = [(None, translate("AdminChoices", "hele regio"))]
        found += [
            (area.get("id"), str(area.get("name") or area.get("id") or "?"))
            for area in _records(document, "areas")
        ]
        return found

    return options


def steps(document: DraftDocument) -> Callable[[], Options]:
    def options() -> Options:
        titles = {s.get("number"): s.get("title", "") for s in _records(document, "routekaart", "steps")}
        found = []
        for number in range(4):
            label = translate("AdminChoices", "stap {0}").format(number)
            found.append((number, f"{label}: {titles[number]}" if titles.get(number) else label))
        return found

    return options


def step_numbers() -> Options:
    return [(number, translate("AdminChoices", "stap {0}").format(number)) for number in range(4)]


def lanes(document: DraftDocument) -> Callable[[], Options]:
    """The chart's lanes by the names the draft gives them (Veilig Thuis, Gezamenlijk, Politie)."""

    def options() -> Options:
        named = {lane.get("id"): lane.get("name", "") for lane in _records(document, "routekaart", "lanes")}
        return [(lane, str(named.get(lane) or lane)) for lane in LANES]

    return options


def box_kinds() -> Options:
    return [(None, translate("AdminChoices", "vak")), ("decision", translate("AdminChoices", "beslismoment"))]


def boxes(document: DraftDocument) -> Callable[[], Options]:
    def options() -> Options:
        return [
            (box.get("id"), str(box.get("title") or box.get("id") or "?"))
            for box in _records(document, "routekaart", "boxes")
        ]

    return options


def marks(document: DraftDocument, *path: str) -> Callable[[], Options]:
    """The footnote marks defined at ``path`` (``contact_footnotes``, ``routekaart.footnotes``)."""

    def options() -> Options:
        return [
            (note.get("mark"), str(note.get("mark")) or translate("AdminChoices", "(zonder teken)"))
            for note in _records(document, *path)
            if isinstance(note.get("mark"), str)
        ]

    return options


def other_contacts(document: DraftDocument, current: Callable[[], int]) -> Callable[[], Options]:
    """Backup (achtervang) choices: every other contact, by role and area."""

    def options() -> Options:
        area_names = {a.get("id"): a.get("name", "") for a in _records(document, "areas")}
        found: list[tuple[Any, str]] = [(None, translate("AdminChoices", "geen achtervang"))]
        for index, contact in enumerate(_records(document, "contacts")):
            if index == current():
                continue
            area = area_names.get(contact.get("area"))
            label = str(contact.get("role") or contact.get("id") or "?")
            found.append((contact.get("id"), f"{label} ({area})" if area else label))
        return found

    return options
