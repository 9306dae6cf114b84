"""What goes into the search index: one document per contact, box, step and reference entry."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from routekaarten.model import RegionBundle


class HitKind(StrEnum):
    """What a search document (and so a hit) is; the values are stored in ``search_docs.kind``."""

    CONTACT = "contact"
    BOX = "box"
    STEP = "step"
    ROUTEKAART = "routekaart"
    REFERENCE = "reference"


# Sections of the national bundle, with the label a user sees next to a hit.
NATIONAL_SECTIONS: dict[str, str] = {
    "vermoedens": "Vermoedens (HSSK)",
    "strafbare_feiten": "Strafbare feiten",
    "nfi_categories": "NFI-zaken",
    "sporenonderzoek": "Sporenonderzoek",
    "spoedonderzoekshandelingen": "Spoedonderzoekshandelingen",
    "bespreekpunten": "Bespreekpunten (Bijlage 4)",
    "termijnen": "Termijnen (Bijlage 7)",
    "onderzoeksbevoegdheden": "Onderzoeksbevoegdheden (Bijlage 3)",
    "interventies": "Interventies (Bijlage 6)",
}


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _flatten(value: Any) -> Iterator[str]:
    """Every string inside a JSON value, for the body of a reference document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "source", "quote", "lines", "seed_lines"):  # lines: developers only
                yield from _flatten(item)
    elif isinstance(value, list):
        for item in value:
            yield from _flatten(item)


def documents_for_region(bundle: RegionBundle) -> Iterator[dict[str, Any]]:
    areas = {area.id: area.name for area in bundle.areas}
    for contact in bundle.contacts:
        footnotes = " ".join(bundle.contact_footnote(mark) for mark in contact.footnotes)
        yield {
            "kind": HitKind.CONTACT,
            "area": contact.area,
            "ref": contact.id,
            "section": areas.get(contact.area or "", bundle.name),
            "title": f"{contact.role} ({contact.organisation})",
            "body": " ".join(
                part
                for part in (
                    contact.phone,
                    _digits(contact.phone),
                    contact.phone_e164.lstrip("+"),
                    contact.actor,
                    contact.note,
                    footnotes,
                    contact.steps_note,
                )
                if part
            ),
        }
    chart = bundle.routekaart
    for box in chart.boxes:
        yield {
            "kind": HitKind.BOX,
            "area": None,
            "ref": box.id,
            "section": f"Stap {box.step}",
            "title": box.title.rstrip("*"),
            "body": " ".join((box.text, *box.items, *box.actors)),
        }
    for step in chart.steps:
        yield {
            "kind": HitKind.STEP,
            "area": None,
            "ref": str(step.number),
            "section": "Routekaart",
            "title": f"Stap {step.number}: {step.title}",
            "body": " ".join((step.description, *step.items, *step.attention)),
        }
    general = {
        "uitgangspunten": ("Uitgangspunten", " ".join(chart.uitgangspunten)),
        "legenda": ("Legenda", " ".join(f"{abbr} = {meaning}" for abbr, meaning in chart.legenda)),
        "vermoedens": ("Vermoedens van strafbare kindermishandeling", " ".join(chart.vermoedens)),
        "voetnoten": ("Voetnoten", " ".join(f"{f.mark} {f.text}" for f in chart.footnotes)),
        "lezing": (
            "Lezing van de bron",
            " ".join(f"{n.where} {n.as_written} {n.reading} {n.why}" for n in chart.transcription_notes),
        ),
    }
    for ref, (title, body) in general.items():
        yield {
            "kind": HitKind.ROUTEKAART,
            "area": None,
            "ref": ref,
            "section": "Routekaart",
            "title": title,
            "body": body,
        }


def documents_for_national(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section, label in NATIONAL_SECTIONS.items():
        for entry in data.get(section, ()):
            body = " ".join(_flatten({k: v for k, v in entry.items() if k != "title"}))
            yield {
                "kind": HitKind.REFERENCE,
                "area": None,
                "ref": f"{section}/{entry['id']}",
                "section": label,
                "title": entry["title"],
                "body": body,
            }
