"""The bespreekpunten checklist of a case (HSSK Bijlage 4): "wie doet wat wanneer".

The items come from the national bundle (or a region's variant); a case keeps, per item, a
status, an owner organisation, a due date and an encrypted answer (``case_store``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from routekaarten.case_store import ChecklistEntry
from routekaarten.cases import ChecklistStatus
from routekaarten.model import RegionBundle

STATUS_LABELS = {ChecklistStatus.OPEN: "open", ChecklistStatus.BESPROKEN: "besproken",
                 ChecklistStatus.NVT: "n.v.t."}
# The organisations of the HSSK; "wie doet wat" picks one of these.
OWNERS = ("Veilig Thuis", "Politie", "Openbaar Ministerie", "Raad voor de Kinderbescherming", "Reclassering")


@dataclass(frozen=True)
class Item:
    id: str
    group_id: str
    text: str


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    items: tuple[Item, ...]


def groups_from_bundle(national: Mapping[str, Any]) -> list[Group]:
    return [
        Group(
            id=group["id"],
            title=group["title"],
            items=tuple(Item(item["id"], group["id"], item["text"]) for item in group.get("items", ())),
        )
        for group in national.get("bespreekpunten", ())
    ]


def groups_for_region(national: Mapping[str, Any], region: RegionBundle | None) -> list[Group]:
    """A region's own bespreekpunten where its bundle has them, else the national Bijlage 4."""
    if region is not None and region.bespreekpunten:
        return groups_from_bundle({"bespreekpunten": region.bespreekpunten})
    return groups_from_bundle(national)


def is_done(entry: ChecklistEntry | None) -> bool:
    """Discussed, or agreed not to apply: either way nothing is left to agree on."""
    return entry is not None and entry.status in (ChecklistStatus.BESPROKEN, ChecklistStatus.NVT)


def progress(group: Group, entries: Mapping[str, ChecklistEntry]) -> tuple[int, int]:
    """(done, total) for one group."""
    return sum(is_done(entries.get(item.id)) for item in group.items), len(group.items)


def visible_items(group: Group, entries: Mapping[str, ChecklistEntry], only_open: bool) -> list[Item]:
    return [item for item in group.items if not (only_open and is_done(entries.get(item.id)))]
