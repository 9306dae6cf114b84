"""Rich text for the detail pane: a box, a step or a reference entry, with callable numbers.

Every number gets two links: ``tel:`` (opens the system dialler) and ``copy:`` (to the
clipboard). Text comes from the bundle and is escaped; labels go through Qt's translation.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.routekaart.contacts_model import STATUS_TEXT, status_word
from routekaarten.model import Contact, RegionBundle, contact_label
from routekaarten.phones import tel_uri
from routekaarten.reachability import RankedContact, Status

if TYPE_CHECKING:
    from routekaarten.chart import Box, Routekaart, Step

# Labels are translated outside the f-strings: pyside6-lupdate does not look inside f-strings,
# and it needs the literal context and text to extract a string.
translate = QCoreApplication.translate


def _list(items: Any) -> str:
    items = [i for i in items if i]
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else ""


def number_links(phone: str, e164: str) -> str:
    call, copy = translate("Detail", "bellen"), translate("Detail", "kopiëren")
    return (
        f"<b>{escape(phone)}</b> "
        f"<a href='{tel_uri(e164)}'>{call}</a> · "
        f"<a href='copy:{escape(phone)}'>{copy}</a>"
    )


def message_html(text: str) -> str:
    """A message (Dutch) in the detail pane, as text."""
    return f"<p>{escape(text)}</p>"


def contact_html(bundle: RegionBundle, contact: Contact, ranked: list[RankedContact]) -> str:
    """One contact: its number and reachability, the footnotes on it and the assumption made."""
    html = contacts_html(ranked, _area_names(bundle))
    notes = [bundle.contact_footnote(mark) for mark in contact.footnotes]
    if notes:
        html += "<p><small>" + "<br/>".join(escape(note) for note in notes) + "</small></p>"
    if contact.availability and contact.availability.assumption:
        html += f"<p><small>{escape(contact.availability.assumption)}</small></p>"
    return html


def _area_names(bundle: RegionBundle) -> dict[str, str]:
    return {area.id: area.name for area in bundle.areas}


def contacts_html(ranked: list[RankedContact], area_names: dict[str, str] | None = None) -> str:
    """Each contact with its number, its reachability and its backup; named with its area (as
    the list does), so a number from another area than the one chosen says so."""
    rows = []
    for entry in ranked:
        status = entry.reachability.status
        mark = STATUS_TEXT[status][0]
        said = "" if status is Status.ONBEKEND else f"{status_word(status)}: "
        contact = entry.contact
        name = contact_label(contact, area_names or {})
        row = (
            f"<p>{mark} {escape(name)} ({escape(contact.organisation)})<br/>"
            f"{number_links(contact.phone, contact.phone_e164)}<br/>"
            f"<i>{said}{escape(entry.reachability.reason)}</i>"
        )
        if contact.note:
            row += f"<br/>{escape(contact.note)}"
        if contact.footnotes_note:
            row += f"<br/><i>{escape(contact.footnotes_note)}</i>"
        if entry.backup is not None:
            backup = translate("Detail", "Achtervang: {0}").format(escape(entry.backup.role))
            row += f"<br/>{backup} " + number_links(entry.backup.phone, entry.backup.phone_e164)
        rows.append(row + "</p>")
    return "".join(rows)


def box_html(bundle: RegionBundle, box: Box, ranked: list[RankedContact]) -> str:
    chart = bundle.routekaart
    step = chart.step(box.step)
    notes = [f"{f.mark} {f.text}" for f in chart.footnotes if f.mark in box.footnotes]
    called = {entry.contact.actor for entry in ranked}
    missing = [actor for actor in box.actors if actor not in called]
    step_line = translate("Detail", "Stap {0}: {1}").format(step.number, escape(step.title))
    involved = translate("Detail", "Betrokken: {0}").format(escape(", ".join(box.actors)))
    who = translate("Detail", "Wie bel je")
    none = translate("Detail", "Geen nummers voor dit vak in dit gebied.")
    parts = [
        f"<h2>{escape(box.title)}</h2>",
        f"<p><i>{step_line}</i></p>",
        f"<p>{escape(box.text)}</p>" if box.text else "",
        _list(box.items),
        f"<p><small>{'<br/>'.join(escape(n) for n in notes)}</small></p>" if notes else "",
        f"<p>{involved}</p>",
        f"<h3>{who}</h3>",
        contacts_html(ranked, _area_names(bundle)) or f"<p>{none}</p>",
    ]
    if missing:
        no_number = translate("Detail", "Geen nummer in de routekaart voor: {0}")
        parts.append(f"<p><small>{no_number.format(escape(', '.join(missing)))}</small></p>")
    return "".join(parts)


def step_html(step: Step) -> str:
    heading = translate("Detail", "Stap {0}: {1}").format(step.number, escape(step.title))
    attention = translate("Detail", "Aandachtspunten")
    return "".join(
        [
            f"<h2>{heading}</h2>",
            f"<p>{escape(step.description)}</p>" if step.description else "",
            _list(step.items),
            f"<h3>{attention}</h3>{_list(step.attention)}" if step.attention else "",
        ]
    )


def _reference_value(value: Any) -> str:
    if isinstance(value, str):
        return f"<p>{escape(value)}</p>" if value else ""
    if isinstance(value, list):
        texts = [v.get("text") or v.get("title", "") if isinstance(v, dict) else str(v) for v in value]
        return _list(texts)
    return ""


def reference_html(section_label: str, entry: dict[str, Any]) -> str:
    parts = [f"<h2>{escape(entry['title'])}</h2>", f"<p><i>{escape(section_label)}</i></p>"]
    parts.append(_reference_value(entry.get("text", "")))
    for key in ("items", "subtypes"):
        if key in entry:
            parts.append(_reference_value(entry[key]))
    if entry.get("source"):
        source = translate("Detail", "Bron: {0}").format(escape(entry["source"]))
        parts.append(f"<p><small>{source}</small></p>")
    return "".join(parts)


def transcription_notes_html(chart: Routekaart) -> str:
    """Every reading the transcription had to make (issue 11), as plain escaped text."""
    if not chart.transcription_notes:
        return ""
    heading = translate("Detail", "Lezing van de bron")
    written, read, why = (
        translate("Detail", "Zo staat het er"),
        translate("Detail", "Gelezen als"),
        translate("Detail", "Waarom"),
    )
    rows = "".join(
        f"<li><b>{escape(n.where)}</b><br/>{written}: {escape(n.as_written)}<br/>"
        f"{read}: {escape(n.reading)}<br/><small>{why}: {escape(n.why)}</small></li>"
        for n in chart.transcription_notes
    )
    return f"<h3>{heading}</h3><ul>{rows}</ul>"


def overview_html(bundle: RegionBundle) -> str:
    chart = bundle.routekaart
    legenda = ", ".join(f"{escape(a)} = {escape(m)}" for a, m in chart.legenda)
    version = translate("Detail", "{0}, versie {1}").format(escape(bundle.name), escape(bundle.version))
    principles = translate("Detail", "Uitgangspunten")
    suspicions = translate("Detail", "Vermoedens van strafbare kindermishandeling")
    legend = translate("Detail", "Legenda: {0}").format(legenda)
    hint = translate("Detail", "Kies een vak in de routekaart om te zien wie je belt.")
    return "".join(
        [
            f"<h2>{escape(chart.title)}</h2>",
            f"<p><i>{version}</i></p>",
            f"<h3>{principles}</h3>",
            _list(chart.uitgangspunten),
            f"<h3>{suspicions}</h3>",
            "<ol>" + "".join(f"<li>{escape(v)}</li>" for v in chart.vermoedens) + "</ol>",
            f"<p><small>{legend}</small></p>",
            f"<p>{hint}</p>",
            transcription_notes_html(chart),
        ]
    )
