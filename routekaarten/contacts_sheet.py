"""A region's contacts as a spreadsheet and back (issue 13 item 8; ``admin export-contacts`` and
``admin import-contacts``).

Admins keep their contact lists in Excel. The export writes one row per contact under Dutch
headers; the import finds the columns by those headers (in any order, case and spaces ignored),
checks every row, and changes nothing unless the whole file checks: a bad number, a missing
column, an extra row, a stray byte order mark or a date where a number belongs each give a
Dutch message with the row and column. The sheet holds what an admin edits in a list; what it
does not hold (a contact's hours, its step and footnote notes) is kept from the bundle by the
contact's id. Phone numbers are checked with ``phonenumbers`` and kept as written.

The rows are the region's contact list in order: a contact not in the file is removed, a new id
is added, and the report says so per row, using the comparison workstations show after a sync
(``routekaarten.changes``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from routekaarten.changes import ChangeKind, ContactChange, RegionChanges, region_changes
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from routekaarten.phones import to_e164
from routekaarten.sheet_files import Cell, SheetRow, read_sheet, write_sheet

# (bundle field, header): the file format, Dutch whatever the app's language.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "Id"),
    ("area", "Gebied"),
    ("actor", "Partij"),
    ("organisation", "Organisatie"),
    ("role", "Functie"),
    ("phone", "Telefoon"),
    ("steps", "Stappen"),
    ("backup", "Achtervang"),
    ("footnotes", "Voetnoten"),
    ("piket", "Piket"),
    ("note", "Opmerking"),
)
REQUIRED = ("id", "actor", "organisation", "role", "phone")
HEADER = dict(COLUMNS)
SHEET_TITLE = "Contacten"
NOTES = (
    ("Id", "Vaste sleutel van het contact (kleine letters, cijfers en streepjes). Een nieuwe id is een nieuw "
     "contact; een contact dat niet in het bestand staat, vervalt."),
    ("Gebied", "Id of naam van het gebied; leeg voor de hele regio."),
    ("Partij", "Een van: {actors}."),
    ("Telefoon", "Zoals het op de routekaart staat, met de 0 vooraan (de kolom is tekst)."),
    ("Stappen", "Leeg voor alle stappen; anders de stappen 0 tot en met 3, gescheiden door komma's."),
    ("Achtervang", "Id van het contact dat opneemt als dit nummer niet opneemt; mag leeg."),
    ("Voetnoten", "Tekens van voetnoten bij de contacten (*, **, ***), gescheiden door komma's."),
    ("Piket", "ja of nee (leeg is nee)."),
    ("Bereikbaarheid", "Staat niet in het bestand: die wordt in de app bewerkt en blijft bij het inlezen "
     "behouden per id."),
)
_SPACES = re.compile(r"\s+")
_SPLIT = re.compile(r"[\s,;]+")
_YES, _NO = ("ja", "j", "yes", "waar", "true", "1", "x"), ("nee", "n", "no", "onwaar", "false", "0", "")


class SheetImportError(RoutekaartError):
    """The file does not check; ``problems`` per row (``0`` for the file as a whole)."""

    def __init__(self, source: str, problems: Sequence[tuple[int, str]]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = [_row_text(row, text) for row, text in self.problems[:40]]
        if len(self.problems) > 40:
            lines.append(_("... en nog {count} problemen", count=len(self.problems) - 40))
        super().__init__(_("{source} is niet ingelezen; er is niets gewijzigd:", source=source) + "\n"
                         + "\n".join(f"  - {line}" for line in lines))


def _row_text(row: int, text: str) -> str:
    return _("rij {row}: {problem}", row=row, problem=text) if row else text


@dataclass(frozen=True)
class SheetImport:
    """A checked import: the new bundle (revision raised) and what changed, per row."""

    data: dict[str, Any]
    rows: tuple[tuple[int, str], ...]  # (row, contact id) in file order
    changes: RegionChanges

    def report(self) -> list[str]:
        """One Dutch line per row, then one per contact that is no longer in the file."""
        by_id: dict[str, ContactChange] = {c.contact_id: c for c in (*self.changes.contacts,
                                                                     *self.changes.edited)}
        lines = [_row_text(row, _row_outcome(contact_id, by_id.get(contact_id)))
                 for row, contact_id in self.rows]
        lines += [
            _("vervallen: {role} ({organisation}; {id}): {phone}; staat niet meer in het bestand",
              role=c.role, organisation=c.organisation, id=c.contact_id, phone=c.old_phone)
            for c in self.changes.contacts if c.kind is ChangeKind.REMOVED
        ]
        return lines


def _row_outcome(contact_id: str, change: ContactChange | None) -> str:
    if change is None:
        return _("{id}: ongewijzigd", id=contact_id)
    if change.kind is ChangeKind.ADDED:
        return _("{id}: nieuw contact, {phone}", id=contact_id, phone=change.new_phone)
    if change.kind is ChangeKind.NUMBER:
        return _("{id}: ander nummer, {old} → {new}", id=contact_id, old=change.old_phone,
                 new=change.new_phone)
    return _("{id}: andere gegevens, zelfde nummer", id=contact_id)


@cache
def actors() -> tuple[str, ...]:
    """The actors a contact may have, from the region bundle schema (one list, not two)."""
    from routekaarten.bundles import SCHEMA_DIR

    schema = json.loads((SCHEMA_DIR / "region.schema.json").read_text(encoding="utf-8"))
    return tuple(schema["$defs"]["actor"]["enum"])


# --- export ----------------------------------------------------------------------------------------

def contact_rows(data: dict[str, Any]) -> list[list[str]]:
    """One row of text per contact, in the bundle's order, under ``COLUMNS``."""
    rows = []
    for contact in data["contacts"]:
        values = {
            **{name: str(contact.get(name) or "") for name, _header in COLUMNS},
            "steps": ", ".join(str(step) for step in contact.get("steps", ())),
            "footnotes": ", ".join(contact.get("footnotes", ())),
            "piket": "ja" if contact.get("piket") else "nee",
        }
        rows.append([values[name] for name, _header in COLUMNS])
    return rows


def export_contacts(data: dict[str, Any], path: Path) -> bytes:
    """The contacts of a valid region bundle as an ``.xlsx`` or ``.csv`` file's bytes (by ``path``)."""
    notes = [(header, text.format(actors=", ".join(actors()))) for header, text in NOTES]
    return write_sheet(path, [header for _name, header in COLUMNS], contact_rows(data), title=SHEET_TITLE,
                       notes=notes)


# --- import ----------------------------------------------------------------------------------------

def _key(header: Cell) -> str:
    return _SPACES.sub(" ", str(header or "")).strip().casefold()


def _columns(header: SheetRow) -> dict[str, int]:
    """Bundle field -> cell index, from the header row; a SheetImportError for a bad header."""
    wanted = {_key(title): name for name, title in COLUMNS}
    found: dict[str, int] = {}
    problems = []
    for index, raw in enumerate(header.cells):
        cell = raw.replace("\ufeff", "") if isinstance(raw, str) else raw
        if cell != raw:
            problems.append(_("kolom {column}: de kop bevat een onzichtbaar BOM-teken (U+FEFF); typ de kop "
                              "opnieuw", column=index + 1))
        if not _key(cell):
            continue
        name = wanted.get(_key(cell))
        if name is None:
            problems.append(_("onbekende kolom '{header}' (kolom {column}); bekende kolommen: {known}",
                              header=str(cell).strip(), column=index + 1,
                              known=", ".join(title for _name, title in COLUMNS)))
        elif name in found:
            problems.append(_("kolom '{header}' staat er twee keer in", header=HEADER[name]))
        else:
            found[name] = index
    missing = [HEADER[name] for name, _title in COLUMNS if name not in found]
    if missing:
        problems.append(_("kolommen ontbreken: {columns} (de koppen staan in de eerste rij)",
                          columns=", ".join(missing)))
    if problems:
        raise SheetImportError("", [(header.number, problem) for problem in problems])
    return found


def _text(cell: Cell, name: str) -> tuple[str, str | None]:
    """The cell as text, or a problem: a date or time where text or a number belongs, a stray BOM."""
    where = HEADER[name]
    if isinstance(cell, datetime | date | time):
        shown = cell.isoformat() if not isinstance(cell, datetime) else cell.strftime("%d-%m-%Y %H:%M")
        return "", _("{column}: een datum of tijd ({value}) waar tekst of een getal hoort; het "
                     "spreadsheetprogramma heeft de waarde omgezet. Maak de kolom tekst en typ de waarde "
                     "opnieuw", column=where, value=shown)
    if isinstance(cell, bool):
        return ("ja" if cell else "nee"), None
    if isinstance(cell, int | float):
        if name == "phone":
            return "", _("{column}: een getal ({value}) in plaats van tekst; zo valt de 0 vooraan weg. "
                         "Maak de kolom tekst en typ het nummer opnieuw", column=where, value=cell)
        return (str(int(cell)) if float(cell).is_integer() else str(cell)), None
    text = "" if cell is None else str(cell).strip()
    if "\ufeff" in text:
        return "", _("{column}: bevat een onzichtbaar BOM-teken (U+FEFF), bijvoorbeeld uit een geplakt "
                     "bestand; typ de waarde opnieuw", column=where)
    return text, None


class _Rows:
    """Turns checked rows into contacts, on top of the bundle's contacts with the same id."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.before = {contact["id"]: contact for contact in data["contacts"]}
        self.areas = {area["id"]: area["id"] for area in data["areas"]}
        self.areas.update({_key(area["name"]): area["id"] for area in data["areas"]})
        self.seen: dict[str, int] = {}

    def contact(self, row: SheetRow, columns: dict[str, int]) -> tuple[dict[str, Any], list[str]]:
        values: dict[str, str] = {}
        problems: list[str] = []
        for name, index in columns.items():
            text, problem = _text(row.cells[index] if index < len(row.cells) else None, name)
            values[name] = text
            if problem:
                problems.append(problem)
        said = len(problems)
        empty = [HEADER[name] for name in REQUIRED if not values[name]]
        if empty and not said:
            problems.append(_("onvolledig: {columns} leeg. Hoort deze rij er niet bij, verwijder hem dan",
                              columns=", ".join(empty)))
        contact = copy.deepcopy(self.before.get(values.get("id", ""), {}))
        for name, value in values.items():
            problem = self._put(contact, name, value)
            if problem:
                problems.append(f"{HEADER[name]}: {problem}")
        contact_id = values.get("id", "")
        if contact_id and contact_id in self.seen:
            problems.append(_("id '{id}' staat ook in rij {row}", id=contact_id, row=self.seen[contact_id]))
        self.seen.setdefault(contact_id, row.number)
        return contact, problems

    def _put(self, contact: dict[str, Any], name: str, value: str) -> str | None:
        """Set one field from its text; a problem (without the column) when the text is wrong."""
        if name == "area":
            if not value or _key(value) in ("hele regio", "regio"):
                contact["area"] = None
                return None
            area = self.areas.get(value) or self.areas.get(_key(value))
            contact["area"] = area or value
            return None if area else _("onbekend gebied '{value}'; bekend: {known}", value=value,
                                       known=", ".join(sorted(set(self.areas.values()))))
        if name == "actor":
            actor = next((a for a in actors() if a.casefold() == value.casefold()), None)
            contact["actor"] = actor or value
            if value and actor is None:
                return _("onbekende partij '{value}'; toegestaan: {known}", value=value,
                         known=", ".join(actors()))
            return None
        if name == "phone":
            contact["phone"] = value
            return _phone_problem(value) if value else None
        if name == "steps":
            return _set_steps(contact, value)
        if name == "footnotes":
            marks = [mark for mark in _SPLIT.split(value) if mark]
            _optional(contact, "footnotes", marks, [])
            bad = [mark for mark in marks if not re.fullmatch(r"\*{1,3}", mark)]
            return _("ongeldig voetnootteken '{mark}' (gebruik *, ** of ***)", mark=bad[0]) if bad else None
        if name == "piket":
            if value.casefold() not in (*_YES, *_NO):
                return _("'{value}' is geen ja of nee", value=value)
            _optional(contact, "piket", value.casefold() in _YES, False)
            return None
        if name in ("backup", "note"):
            _optional(contact, name, value, "")
            return None
        contact[name] = value
        return None


def _optional(contact: dict[str, Any], name: str, value: Any, empty: Any) -> None:
    """An optional field: absent when empty, unless the bundle already wrote it out as empty."""
    if value != empty or contact.get(name) == empty:
        contact[name] = value
    else:
        contact.pop(name, None)


def _set_steps(contact: dict[str, Any], value: str) -> str | None:
    if not value:
        contact.pop("steps", None)
        return None
    parts = [part for part in _SPLIT.split(value) if part]
    if not all(part in ("0", "1", "2", "3") for part in parts):
        return _("'{value}' zijn geen stappen; gebruik 0 tot en met 3, gescheiden door komma's", value=value)
    contact["steps"] = sorted({int(part) for part in parts})
    return None


def _phone_problem(value: str) -> str | None:
    if not re.fullmatch(r"[0-9 +()./-]{3,40}", value):
        return _("'{value}' is geen telefoonnummer (alleen cijfers, spaties en + ( ) . / -)", value=value)
    if not value.startswith(("0", "+", "(0")):
        return _("'{value}' begint niet met 0 of +; het spreadsheetprogramma heeft waarschijnlijk de 0 "
                 "vooraan weggehaald. Maak de kolom tekst en typ het nummer opnieuw", value=value)
    if to_e164(value) is None:
        return _("'{value}' is geen geldig Nederlands nummer", value=value)
    return None


def import_contacts(data: dict[str, Any], path: Path) -> SheetImport:
    """The bundle ``data`` with its contacts read from the spreadsheet at ``path`` and its revision
    raised; SheetImportError (every problem, by row) when anything in the file does not check."""
    from routekaarten.bundles import validate
    from routekaarten.model import RegionBundle

    source = path.name
    sheet = [row for row in read_sheet(path) if not row.is_empty]
    if not sheet:
        raise SheetImportError(source, [(0, _("het bestand is leeg"))])
    try:
        columns = _columns(sheet[0])
    except SheetImportError as error:
        raise SheetImportError(source, error.problems) from error
    reader = _Rows(data)
    problems: list[tuple[int, str]] = []
    contacts, rows = [], []
    for row in sheet[1:]:
        contact, row_problems = reader.contact(row, columns)
        problems += [(row.number, problem) for problem in row_problems]
        contacts.append(contact)
        rows.append((row.number, str(contact.get("id", ""))))
    if not contacts:
        problems.append((0, _("het bestand bevat geen contacten, alleen koppen")))
    new = {**copy.deepcopy(data), "contacts": contacts, "revision": int(data["revision"]) + 1}
    if not problems:
        problems += _bundle_problems(validate(new, "region"), rows)
    if problems:
        raise SheetImportError(source, problems)
    changes = region_changes(RegionBundle.from_dict(data), RegionBundle.from_dict(new))
    return SheetImport(new, tuple(rows), changes)


def _bundle_problems(issues: Sequence[Any], rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The validator's issues about ``contacts[i]...`` said with the row and column of the sheet."""
    found = []
    for issue in issues:
        match = re.match(r"contacts\[(\d+)\](?:\.(\w+))?", issue.path)
        if match is None:
            found.append((0, str(issue)))
            continue
        row = rows[int(match.group(1))][0]
        field = match.group(2)
        column = HEADER.get(field or "", _("bereikbaarheid (uit de bundel)") if field else "")
        found.append((row, f"{column}: {issue.message}" if column else issue.message))
    return found
