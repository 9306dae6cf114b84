"""What the printed routekaart says, apart from the chart: headers, contact lists and footnotes.

A region hands out its routekaart as a PDF (Routekaart Zeeland-West-Brabant, seed lines
8150-8200: "CONTACTGEGEVENS T.B.V. AFSTEMMING / SAMENWERKEN BIJ STRAFBARE KINDERMISHANDELING",
the numbers per area with footnote marks, then the footnotes). The print is made from the same
validated bundle the workstations show, so the two can never differ: this module chooses the
words and rows, Qt-free; ``desktop/admin_print`` only draws them.

Every text from the bundle is returned as it is written (phone numbers too: "076-525 5800",
not its E.164 form); the drawing code treats it as plain text.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from routekaarten.availability_wording import describe_availability
from routekaarten.bundles import parse_json, validate
from routekaarten.dates import format_date
from routekaarten.errors import BundleError, Issue, RoutekaartError
from routekaarten.i18n import _
from routekaarten.model import ALL_STEPS, RegionBundle


@dataclass(frozen=True)
class ContactRow:
    organisation: str
    role: str
    phone: str  # as written
    hours: str
    marks: str  # the footnote marks, as the routekaart puts them after a number
    remarks: tuple[str, ...]


@dataclass(frozen=True)
class ContactSection:
    title: str
    rows: tuple[ContactRow, ...]


@dataclass(frozen=True)
class PrintedFootnote:
    mark: str
    text: str
    where: str = ""  # the boxes (or a remark) it belongs to


@dataclass(frozen=True)
class PrintContents:
    """Everything but the chart, in the order it is printed."""

    bundle: RegionBundle
    region_name: str
    title: str
    header: str  # "Zeeland-West-Brabant · versie 2.0 (revisie 1) · geldig vanaf 01-08-2020"
    sections: tuple[ContactSection, ...]
    contact_footnotes: tuple[PrintedFootnote, ...]
    chart_footnotes: tuple[PrintedFootnote, ...]
    legenda: tuple[tuple[str, str], ...]


def read_file(path: Path) -> bytes:
    """The bytes of a bundle file; BundleError in Dutch when it is missing or unreadable."""
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise BundleError(str(path), [Issue("", _("bestand niet gevonden"))]) from error
    except OSError as error:
        reason = error.strerror or type(error).__name__
        issue = Issue("", _("bestand niet leesbaar ({reason})", reason=reason))
        raise BundleError(str(path), [issue]) from error


def printed_message(path: Path, paper: str) -> str:
    return _("{path}: routekaart afgedrukt ({paper}, liggend)", path=path, paper=paper)


def read_for_print(raw: bytes, source: str) -> tuple[dict[str, Any], RegionBundle]:
    """The bundle's JSON and its typed view; BundleError (Dutch, every problem) when it is not valid.

    The same checks as ``admin validate`` and the workstations: a print is never made of data a
    workstation would refuse.
    """
    source = source or _("de bundel")
    data = parse_json(raw, source)
    issues = validate(data, "region")
    if issues:
        raise BundleError(source, issues)
    return data, RegionBundle.from_dict(data)


def check_paper(paper: str, papers: Container[str]) -> None:
    if paper not in papers:
        raise RoutekaartError(_("Onbekend papierformaat '{paper}'; kies A4 of A3.", paper=paper))


def not_made(target: Path) -> RoutekaartError:
    return RoutekaartError(_("De PDF voor {path} kon niet worden gemaakt.", path=target))


def printed_on(day: date) -> str:
    return _("afgedrukt op {date}", date=format_date(day))


def page_label(number: int, total: int) -> str:
    return _("pagina {number} van {total}", number=number, total=total)


def contacts_heading() -> str:
    return _("Contactgegevens")


def column_headings() -> tuple[str, str, str, str, str]:
    return (_("Organisatie"), _("Functie"), _("Telefoon"), _("Bereikbaar"), _("Opmerkingen"))


def footnotes_heading() -> str:
    return _("Voetnoten bij de contactgegevens")


def chart_footnotes_heading() -> str:
    return _("Voetnoten bij de routekaart")


def legenda_heading() -> str:
    return _("Legenda")


def _valid_from(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def _remarks(contact: Mapping[str, Any], bundle: RegionBundle) -> tuple[str, ...]:
    remarks: list[str] = []
    if contact.get("note"):
        remarks.append(str(contact["note"]))
    steps = tuple(sorted(contact.get("steps", ALL_STEPS)))
    if steps != ALL_STEPS:
        remarks.append(_("alleen bij stap {steps}", steps=", ".join(str(step) for step in steps)))
    if contact.get("steps_note"):
        remarks.append(str(contact["steps_note"]))
    backup = bundle.contact(contact["backup"]) if contact.get("backup") else None
    if backup is not None:
        remarks.append(_("achtervang: {role}, {phone}", role=backup.role, phone=backup.phone))
    if contact.get("footnotes_note"):
        remarks.append(str(contact["footnotes_note"]))
    return tuple(remarks)


def _row(contact: Mapping[str, Any], bundle: RegionBundle) -> ContactRow:
    return ContactRow(
        organisation=str(contact["organisation"]),
        role=str(contact["role"]),
        phone=str(contact["phone"]),
        hours=describe_availability(contact.get("availability")),
        marks=" ".join(str(mark) for mark in contact.get("footnotes", ())),
        remarks=_remarks(contact, bundle),
    )


def _sections(data: Mapping[str, Any], bundle: RegionBundle) -> tuple[ContactSection, ...]:
    """One list per area in the bundle's order, each as the routekaart orders it; the numbers for
    the whole region (the piket and 24/7 lines) last, as the routekaart prints them below."""
    contacts = list(data["contacts"])
    sections = [
        ContactSection(area.name, tuple(_row(c, bundle) for c in contacts if c["area"] == area.id))
        for area in bundle.areas
    ]
    region_wide = tuple(_row(c, bundle) for c in contacts if c["area"] is None)
    if region_wide:
        sections.append(ContactSection(_("Hele regio"), region_wide))
    return tuple(section for section in sections if section.rows)


def _chart_footnotes(bundle: RegionBundle) -> tuple[PrintedFootnote, ...]:
    """The routekaart's footnotes, each with the boxes that carry its mark (the chart itself draws
    no marks, so the print says where each footnote belongs)."""
    chart = bundle.routekaart
    printed = []
    for footnote in chart.footnotes:
        titles = [box.title for box in chart.boxes if footnote.mark and footnote.mark in box.footnotes]
        where = _("bij: {boxes}", boxes="; ".join(titles)) if titles else ""
        printed.append(PrintedFootnote(footnote.mark, footnote.text, where))
    return tuple(printed)


def print_contents(data: Mapping[str, Any], bundle: RegionBundle) -> PrintContents:
    """The words and rows of the print of a validated bundle (``read_for_print``)."""
    header = _(
        "{region} · versie {version} (revisie {revision}) · geldig vanaf {valid_from}",
        region=bundle.name,
        version=bundle.version,
        revision=bundle.revision,
        valid_from=_valid_from(bundle.valid_from),
    )
    return PrintContents(
        bundle=bundle,
        region_name=bundle.name,
        title=bundle.routekaart.title,
        header=header,
        sections=_sections(data, bundle),
        contact_footnotes=tuple(PrintedFootnote(f.mark, f.text) for f in bundle.contact_footnotes),
        chart_footnotes=_chart_footnotes(bundle),
        legenda=bundle.routekaart.legenda,
    )
