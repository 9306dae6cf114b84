"""A validation problem said with the names an admin knows, not the JSON path.

``bundles.validate`` reports where a problem is as a path (``contacts[3].phone``), which is what
a developer and the command line need. A regional admin knows the contact as "OvJ" in Zeeland and
the box as "Veilig Thuis Melding", so the workbench shows "Contact 'OvJ' (Zeeland), telefoonnummer:
'06 123' is geen geldig Nederlands nummer". The path stays with the label, so the workbench can
jump to the field.

Pure functions over the bundle's JSON (a draft, possibly invalid): a path that no longer points
anywhere, or a name that is missing, falls back to a number ("Contact 4"), never an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from routekaarten.errors import Issue
from routekaarten.i18n import _

Path = tuple[str | int, ...]
_PART = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def parse_path(text: str) -> Path:
    """``'contacts[3].phone'`` -> ``('contacts', 3, 'phone')``; the inverse of ``bundles.json_path``."""
    parts: list[str | int] = []
    for index, name in _PART.findall(text):
        parts.append(int(index) if index else name)
    return tuple(parts)


@dataclass(frozen=True)
class IssueLabel:
    """One problem: the path (for jumping to the field), the named place, and what is wrong."""

    path: Path
    where: str  # "Contact 'OvJ' (Zeeland), telefoonnummer"; "" for the bundle as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def _field(name: str) -> str:
    """A field of the bundle in the admin's words; unknown fields keep their key."""
    names = {
        "phone": _("telefoonnummer"),
        "area": _("gebied"),
        "actor": _("actor"),
        "organisation": _("organisatie"),
        "role": _("functie"),
        "backup": _("achtervang"),
        "footnotes": _("voetnoten"),
        "footnotes_note": _("toelichting bij de voetnoten"),
        "steps": _("stappen"),
        "steps_note": _("toelichting bij de stappen"),
        "note": _("notitie"),
        "piket": _("piket"),
        "availability": _("bereikbaarheid"),
        "rules": _("regels"),
        "days": _("dagen"),
        "from": _("van"),
        "to": _("tot"),
        "purpose": _("doel"),
        "closed_on_holidays": _("feestdagen"),
        "source": _("bron"),
        "assumption": _("aanname"),
        "id": _("id"),
        "name": _("naam"),
        "title": _("titel"),
        "text": _("tekst"),
        "items": _("punten"),
        "lane": _("baan"),
        "step": _("stap"),
        "kind": _("soort"),
        "mark": _("teken"),
        "label": _("label"),
        "abbr": _("afkorting"),
        "meaning": _("betekenis"),
        "number": _("nummer"),
        "description": _("beschrijving"),
        "attention": _("aandachtspunten"),
        "version": _("versie"),
        "revision": _("revisie"),
        "valid_from": _("geldig vanaf"),
        "publisher": _("uitgever"),
        "intro": _("inleiding"),
        "uitgangspunten": _("uitgangspunten"),
        "legenda": _("legenda"),
        "lanes": _("banen"),
        "boxes": _("vakken"),
        "arrows": _("pijlen"),
        "region": _("regio"),
        "areas": _("gebieden"),
        "contacts": _("contacten"),
        "contact_footnotes": _("voetnoten bij de contacten"),
        "bespreekpunten": _("bespreekpunten"),
        "routekaart": _("routekaart"),
    }
    return names.get(name, name)


def _item(items: Any, index: int) -> Mapping[str, Any]:
    if isinstance(items, Sequence) and not isinstance(items, str) and 0 <= index < len(items):
        item = items[index]
        if isinstance(item, Mapping):
            return item
    return {}


def _records(items: Any) -> list[Mapping[str, Any]]:
    if not isinstance(items, list):
        return []
    return [item for item in items if isinstance(item, Mapping)]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _contact(data: Mapping[str, Any], index: int) -> str:
    contact = _item(data.get("contacts"), index)
    role = _text(contact.get("role"))
    if not role:
        return _("Contact {number}", number=index + 1)
    area_id = contact.get("area")
    area = next((_text(a.get("name")) for a in _records(data.get("areas")) if a.get("id") == area_id), "")
    if area:
        return _("Contact '{role}' ({area})", role=role, area=area)
    return _("Contact '{role}'", role=role)


def _box(chart: Mapping[str, Any], index: int) -> str:
    title = _text(_item(chart.get("boxes"), index).get("title"))
    return _("Vak '{title}'", title=title) if title else _("Vak {number}", number=index + 1)


def _box_title(chart: Mapping[str, Any], box_id: Any) -> str:
    for box in _records(chart.get("boxes")):
        if box.get("id") == box_id:
            return _text(box.get("title")) or str(box_id)
    return str(box_id) if box_id else "?"


def _chart_part(chart: Mapping[str, Any], section: str, index: int) -> str:
    item = _item(chart.get(section), index)
    number = index + 1
    if section == "boxes":
        return _box(chart, index)
    if section == "steps":
        step = item.get("number", index)
        title = _text(item.get("title"))
        return _("Stap {step} '{title}'", step=step, title=title) if title else _("Stap {step}", step=step)
    if section == "arrows":
        return _("Pijl van '{source}' naar '{target}'", source=_box_title(chart, item.get("from")),
                 target=_box_title(chart, item.get("to")))
    if section == "footnotes":
        return _("Voetnoot '{mark}' van de routekaart", mark=item.get("mark", ""))
    if section == "legenda":
        abbr = _text(item.get("abbr"))
        return _("Legenda '{abbr}'", abbr=abbr) if abbr else _("Legenda {number}", number=number)
    if section == "lanes":
        name = _text(item.get("name"))
        return _("Baan '{name}'", name=name) if name else _("Baan {number}", number=number)
    if section == "uitgangspunten":
        return _("Uitgangspunt {number}", number=number)
    if section == "vermoedens":
        return _("Vermoeden {number}", number=number)
    return f"{_field(section)} {number}"


def _place(data: Mapping[str, Any], path: Path) -> tuple[str, Path]:
    """The named object the path is in, and the rest of the path (the field inside it)."""
    if len(path) >= 2 and path[0] == "contacts" and isinstance(path[1], int):
        return _contact(data, path[1]), path[2:]
    if len(path) >= 2 and path[0] == "areas" and isinstance(path[1], int):
        name = _text(_item(data.get("areas"), path[1]).get("name"))
        where = _("Gebied '{name}'", name=name) if name else _("Gebied {number}", number=path[1] + 1)
        return where, path[2:]
    if len(path) >= 2 and path[0] == "contact_footnotes" and isinstance(path[1], int):
        mark = _item(data.get("contact_footnotes"), path[1]).get("mark", "")
        return _("Voetnoot '{mark}' bij de contacten", mark=mark), path[2:]
    if len(path) >= 2 and path[0] == "bespreekpunten" and isinstance(path[1], int):
        group = _item(data.get("bespreekpunten"), path[1])
        title = _text(group.get("title"))
        where = _("Bespreekpunt '{title}'", title=title) if title else _(
            "Bespreekpunt {number}", number=path[1] + 1)
        rest = path[2:]
        if len(rest) >= 2 and rest[0] == "items" and isinstance(rest[1], int):
            where += ", " + _("punt {number}", number=rest[1] + 1)
            rest = rest[2:]
        return where, rest
    if len(path) >= 3 and path[0] == "routekaart" and isinstance(path[1], str) and isinstance(path[2], int):
        chart = data.get("routekaart")
        chart = chart if isinstance(chart, Mapping) else {}
        return _chart_part(chart, path[1], path[2]), path[3:]
    if path and path[0] == "routekaart":
        return _("Routekaart"), path[1:]
    if path and path[0] == "region":
        return _("Regio"), path[1:]
    return "", path


def _rest(rest: Path) -> str:
    """The field inside the named object: ``('availability', 'rules', 1, 'to')`` -> "bereikbaarheid,
    regel 2, tot"."""
    words: list[str] = []
    previous: str | int | None = None
    for part in rest:
        if isinstance(part, int):
            if previous == "rules":
                words[-1] = _("regel {number}", number=part + 1)
            else:
                words.append(_("nummer {number}", number=part + 1))
        else:
            words.append(_field(part))
        previous = part
    return ", ".join(words)


def label_path(data: Mapping[str, Any], path: Path) -> str:
    """Where ``path`` points, in words: "Contact 'OvJ' (Zeeland), telefoonnummer"."""
    where, rest = _place(data, path)
    # an arrow's ends are "van" and "naar", where a rule's hours are "van" and "tot"
    field = _("naar") if path[:2] == ("routekaart", "arrows") and rest == ("to",) else _rest(rest)
    if where and field:
        return f"{where}, {field}"
    return where or field


def label_issue(data: Mapping[str, Any], issue: Issue) -> IssueLabel:
    """One validator issue with its place named; the message itself is the validator's."""
    path = parse_path(issue.path)
    return IssueLabel(path, label_path(data, path), issue.message)


def label_issues(data: Mapping[str, Any], issues: Sequence[Issue]) -> list[IssueLabel]:
    return [label_issue(data, issue) for issue in issues]
