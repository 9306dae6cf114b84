"""Reading and validating region and national bundles, with errors in Dutch (or English in the app).

The shape is checked by a JSON Schema (``schemas/*.schema.json``, jsonschema); what a schema
cannot say (valid phone numbers, references between boxes, contacts and footnotes) is checked
here. Every problem is reported with the path of the bad field, so an admin can find it:
``contacts[3].phone: '06 123' is geen geldig Nederlands nummer``. The messages are marked with
``routekaarten.i18n._`` (docs/adr/0005-domain-text.md); the path and the quoted values are the
bundle's and are never translated.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from routekaarten.errors import BundleError, Issue
from routekaarten.i18n import _
from routekaarten.phones import to_e164

MAX_BUNDLE_BYTES = 4 * 1024 * 1024
# Bounds every bundle keeps whatever its schema says (the schemas repeat them per field):
MAX_DEPTH = 32  # the real bundles nest 7 deep
MAX_NUMBER = 2**53  # exact in every JSON reader, and far inside SQLite's 64-bit INTEGER
MAX_TEXT = 20_000  # characters; the longest real text (a Handreiking quote) has ~1,200
MAX_ITEMS = 5_000  # per list or object; the longest real list has 45
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

@cache
def _schema(name: str) -> Any:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def _validator(name: str) -> Any:
    """jsonschema: its errors carry the path and keyword the Dutch messages are made from."""
    import jsonschema

    return jsonschema.Draft202012Validator(_schema(name), format_checker=jsonschema.FormatChecker())


@cache
def _fast_validator(name: str) -> Any:
    """jsonschema-rs (Rust) answers "valid?" ~1000x faster; a sync of 26 regions needs that."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema(name), validate_formats=True)


def json_path(parts: Iterable[str | int]) -> str:
    """``['contacts', 3, 'phone']`` -> ``'contacts[3].phone'``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _type_name(name: str) -> str:
    """A JSON Schema type as the message names it."""
    match name:
        case "object":
            return _("een object")
        case "array":
            return _("een lijst")
        case "string":
            return _("een tekst")
        case "integer":
            return _("een geheel getal")
        case "number":
            return _("een getal")
        case "boolean":
            return _("true of false")
        case _:
            return name  # "null", or a type this code does not know: the schema's own word


def _worded(error: Any) -> Issue:
    """One jsonschema error, said in the user's language (Dutch for the CLI), with the path of the
    field it is about; the path and the values quoted are the bundle's and stay as they are."""
    path = json_path(error.absolute_path)
    value = error.instance
    keyword = error.validator
    expected = error.validator_value
    if keyword == "required":
        missing = next((name for name in expected if name not in value), expected[0])
        return Issue(path, _("verplicht veld '{name}' ontbreekt", name=missing))
    if keyword == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        unknown = sorted(name for name in value if name not in allowed)
        return Issue(path, _("onbekend veld '{name}'", name=", ".join(unknown)))
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = _(" of ").join(_type_name(n) for n in names)
        return Issue(path, _("moet {wanted} zijn, niet {value}", wanted=wanted, value=repr(value)))
    if keyword == "enum":
        options = ", ".join(repr(option) for option in expected)
        return Issue(path, _("ongeldige waarde {value}; toegestaan: {options}", value=repr(value),
                             options=options))
    if keyword == "const":
        return Issue(path, _("moet {wanted} zijn, niet {value}", wanted=repr(expected), value=repr(value)))
    if keyword == "pattern":
        return Issue(path, _("ongeldige waarde {value} (verwacht patroon {pattern})", value=repr(value),
                             pattern=expected))
    if keyword == "minLength":
        return Issue(path, _("mag niet leeg zijn"))
    if keyword == "maxLength":
        return Issue(path, _("is te lang (hoogstens {count} tekens)", count=expected))
    if keyword == "minItems":
        return Issue(path, _("moet minstens {count} element(en) bevatten", count=expected))
    if keyword == "maxItems":
        return Issue(path, _("mag hoogstens {count} element(en) bevatten", count=expected))
    if keyword == "uniqueItems":
        return Issue(path, _("bevat dubbele waarden"))
    if keyword == "minimum":
        return Issue(path, _("moet minstens {bound} zijn, niet {value}", bound=expected, value=repr(value)))
    if keyword == "maximum":
        return Issue(path, _("mag hoogstens {bound} zijn, niet {value}", bound=expected, value=repr(value)))
    if keyword == "format" and expected == "date":
        return Issue(path, _("{value} is geen geldige datum (JJJJ-MM-DD)", value=repr(value)))
    if keyword in ("oneOf", "anyOf", "not") and path.endswith(("rules", "]")) and "rules" in path:
        return Issue(path, _("een bereikbaarheidsregel heeft óf 'always': true, óf 'days', 'from' en 'to'"))
    return Issue(path, _("ongeldige waarde {value}", value=repr(value)))


def _duplicates(items: list[dict[str, Any]], where: str) -> Iterator[Issue]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["id"] in seen:
            yield Issue(f"{where}[{index}].id", _("id '{id}' komt dubbel voor", id=item["id"]))
        seen.add(item["id"])


def _region_references(data: dict[str, Any]) -> Iterator[Issue]:
    """Cross-field rules of a region bundle that JSON Schema cannot express."""
    chart = data["routekaart"]
    yield from _duplicates(data["areas"], "areas")
    yield from _duplicates(data["contacts"], "contacts")
    yield from _duplicates(chart["boxes"], "routekaart.boxes")
    areas = {area["id"] for area in data["areas"]}
    contacts = {contact["id"] for contact in data["contacts"]}
    boxes = {box["id"] for box in chart["boxes"]}
    steps = {step["number"] for step in chart["steps"]}
    lanes = {lane["id"] for lane in chart["lanes"]}
    chart_marks = {note["mark"] for note in chart["footnotes"]}
    contact_marks = {note["mark"] for note in data.get("contact_footnotes", ())}
    for index, contact in enumerate(data["contacts"]):
        here = f"contacts[{index}]"
        if to_e164(contact["phone"]) is None:
            not_dutch = _("'{value}' is geen geldig Nederlands nummer", value=contact["phone"])
            yield Issue(f"{here}.phone", not_dutch)
        if contact["area"] is not None and contact["area"] not in areas:
            yield Issue(f"{here}.area", _("onbekend gebied '{area}'", area=contact["area"]))
        backup = contact.get("backup")
        if backup is not None and (backup not in contacts or backup == contact["id"]):
            not_other = _("achtervang '{backup}' is geen ander contact in deze bundel", backup=backup)
            yield Issue(f"{here}.backup", not_other)
        for mark in contact.get("footnotes", ()):
            if mark not in contact_marks:
                not_listed = _("voetnoot '{mark}' staat niet in contact_footnotes", mark=mark)
                yield Issue(f"{here}.footnotes", not_listed)
        for rule_index, rule in enumerate(contact.get("availability", {}).get("rules", ())):
            if "from" in rule and rule["from"] >= rule["to"]:
                yield Issue(
                    f"{here}.availability.rules[{rule_index}]",
                    _("begintijd {start} ligt niet vóór eindtijd {end}", start=rule["from"], end=rule["to"]),
                )
    for index, box in enumerate(chart["boxes"]):
        here = f"routekaart.boxes[{index}]"
        if box["step"] not in steps:
            yield Issue(f"{here}.step", _("stap {step} staat niet in routekaart.steps", step=box["step"]))
        if box["lane"] not in lanes:
            yield Issue(f"{here}.lane", _("baan '{lane}' staat niet in routekaart.lanes", lane=box["lane"]))
        for mark in box.get("footnotes", ()):
            if mark not in chart_marks:
                not_listed = _("voetnoot '{mark}' staat niet in routekaart.footnotes", mark=mark)
                yield Issue(f"{here}.footnotes", not_listed)
    for index, arrow in enumerate(chart["arrows"]):
        for end in ("from", "to"):
            if arrow[end] not in boxes:
                yield Issue(f"routekaart.arrows[{index}].{end}", _("onbekend vak '{box}'", box=arrow[end]))


def _national_references(data: dict[str, Any]) -> Iterator[Issue]:
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "id" in value[0]:
            yield from _duplicates(value, key)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"JSON constant {name} is not a number")


def _in_bounds(data: Any) -> bool:
    """Whether ``_structure_problem`` would find nothing: the same bounds, checked without
    building a path for every value (every bundle a sync imports goes through here)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, str):
            if _text_problem(value):
                return False
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not -MAX_NUMBER <= value <= MAX_NUMBER:
                return False
        elif isinstance(value, float):
            if not math.isfinite(value) or abs(value) > MAX_NUMBER:
                return False
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                return False
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, dict):
            if len(value) > MAX_ITEMS or any(_text_problem(name) for name in value):
                return False
            stack.extend((item, depth + 1) for item in value.values())
    return True


def _structure_problem(data: Any) -> Issue | None:
    """The first value no bundle may hold, whatever its schema says; None when all is in bounds.

    Checked before the schema so that a signed bundle that is valid JSON but unstorable (a
    revision of 2**63 overflows SQLite's INTEGER, a lone surrogate cannot be encoded as UTF-8,
    deep nesting exhausts the recursion of every later step) is refused here with a Dutch
    message, at ``validate``, ``admin validate``, the service and the client alike (issue 10).
    The walk is iterative, so it cannot itself run out of stack.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            return Issue(json_path(path), _("is te diep genest (hoogstens {depth} niveaus)", depth=MAX_DEPTH))
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                return Issue(json_path(path), problem)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not -MAX_NUMBER <= value <= MAX_NUMBER:
                return Issue(json_path(path), _("getal is te groot (hoogstens 2^53)"))
        elif isinstance(value, float):
            if not math.isfinite(value) or abs(value) > MAX_NUMBER:
                return Issue(json_path(path), _("getal is te groot (hoogstens 2^53)"))
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                too_long = _("lijst is te lang (hoogstens {count} elementen)", count=MAX_ITEMS)
                return Issue(json_path(path), too_long)
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, dict):
            if len(value) > MAX_ITEMS:
                too_many = _("object heeft te veel velden (hoogstens {count})", count=MAX_ITEMS)
                return Issue(json_path(path), too_many)
            for name, item in value.items():
                problem = _text_problem(name)
                if problem:
                    return Issue(json_path(path), _("veldnaam: {problem}", problem=problem))
                stack.append((item, (*path, name)))
    return None


def _text_problem(text: str) -> str | None:
    if len(text) > MAX_TEXT:
        return _("tekst is te lang ({length} tekens, hoogstens {limit})", length=len(text), limit=MAX_TEXT)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return _("tekst bevat een los surrogaatteken (U+D800 tot U+DFFF), geen geldige Unicode")
    return None


def parse_json(raw: bytes, source: str) -> Any:
    """Decode a bundle file, refusing oversized, non-JSON or unstorable input with a Dutch message."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError(source, [Issue("", _("bestand is te groot ({size} bytes)", size=len(raw)))])
    try:
        # utf-8-sig: a bundle saved by Windows Notepad starts with a BOM, which says nothing.
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as error:
        raise BundleError(source, [Issue("", _("bestand is geen UTF-8-tekst"))]) from error
    except json.JSONDecodeError as error:
        where = _("geen geldige JSON (regel {line}, kolom {column})", line=error.lineno, column=error.colno)
        issue = Issue("", f"{where}: {error.msg}")  # the parser's own words after the colon
        raise BundleError(source, [issue]) from error
    except RecursionError as error:
        issue = Issue("", _("is te diep genest (hoogstens {depth} niveaus)", depth=MAX_DEPTH))
        raise BundleError(source, [issue]) from error
    except ValueError as error:  # NaN/Infinity, or an integer of more than 4300 digits
        issue = Issue("", _("bevat een getal dat geen geldig getal is of te groot is"))
        raise BundleError(source, [issue]) from error
    if not _in_bounds(data):
        problem = _structure_problem(data)  # the slower walk that says where
        if problem is not None:
            raise BundleError(source, [problem])
    return data


def _document_order(issue: Issue) -> list[str | int]:
    """Sort key for paths that puts ``contacts[2]`` before ``contacts[10]``."""
    parts = re.split(r"(\d+)", issue.path)  # text, digits, text, digits, ..., text
    return [int(part) if index % 2 else part for index, part in enumerate(parts)]


def validate(data: Any, kind: str) -> list[Issue]:
    """All problems in a region (``kind='region'``) or national bundle; empty when valid."""
    if _fast_validator(kind).is_valid(data):
        issues: list[Issue] = []
    else:  # only a bad bundle pays for the detailed, Dutch account of what is wrong
        issues = [_worded(error) for error in _validator(kind).iter_errors(data)]
        issues.sort(key=_document_order)
    if not issues:
        checks = _region_references if kind == "region" else _national_references
        issues.extend(checks(data))
    return issues


def read_bundle(path: Path, kind: str) -> dict[str, Any]:
    """Read and validate a bundle file; raises BundleError with every problem found."""
    try:
        with path.open("rb") as file:  # at most one byte past the limit: /dev/zero or a FIFO ends here
            raw = file.read(MAX_BUNDLE_BYTES + 1)
    except FileNotFoundError as error:
        raise BundleError(str(path), [Issue("", _("bestand niet gevonden"))]) from error
    except OSError as error:
        reason = _("bestand niet leesbaar ({reason})", reason=error.strerror)
        raise BundleError(str(path), [Issue("", reason)]) from error
    data = parse_json(raw, str(path))
    issues = validate(data, kind)
    if issues:
        raise BundleError(str(path), issues)
    return dict(data)

