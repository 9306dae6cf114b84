"""Rich text for the detail pane: a box, a step or a reference entry, with callable numbers.

Every number gets two links: ``tel:`` (opens the system dialler) and ``copy:`` (to the
clipboard). Text comes from the bundle and is escaped; labels go through Qt's translation.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.contacts_model import STATUS_TEXT
from routekaarten.model import Box, RegionBundle, Step
from routekaarten.phones import tel_uri
from routekaarten.reachability import RankedContact, Status


def tr(text: str) -> str:
    return QCoreApplication.translate("Detail", text)


def _list(items: Any) -> str:
    items = [i for i in items if i]
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else ""


def number_links(phone: str, e164: str) -> str:
    return (
        f"<b>{escape(phone)}</b> "
        f"<a href='{tel_uri(e164)}'>{tr('bellen')}</a> · "
        f"<a href='copy:{escape(phone)}'>{tr('kopiëren')}</a>"
    )


def contacts_html(ranked: list[RankedContact]) -> str:
    rows = []
    for entry in ranked:
        mark, word = STATUS_TEXT[entry.reachability.status]
        said = "" if entry.reachability.status is Status.ONBEKEND else f"{tr(word)}: "
        contact = entry.contact
        row = (
            f"<p>{mark} {escape(contact.role)} ({escape(contact.organisation)})<br/>"
            f"{number_links(contact.phone, contact.phone_e164)}<br/>"
            f"<i>{said}{escape(entry.reachability.reason)}</i>"
        )
        if contact.note:
            row += f"<br/>{escape(contact.note)}"
        if entry.backup is not None:
            row += f"<br/>{tr('Achtervang')}: {escape(entry.backup.role)} " + number_links(
                entry.backup.phone, entry.backup.phone_e164
            )
        rows.append(row + "</p>")
    return "".join(rows)


def box_html(bundle: RegionBundle, box: Box, ranked: list[RankedContact]) -> str:
    chart = bundle.routekaart
    step = chart.step(box.step)
    notes = [f"{f.mark} {f.text}" for f in chart.footnotes if f.mark in box.footnotes]
    called = {entry.contact.actor for entry in ranked}
    missing = [actor for actor in box.actors if actor not in called]
    parts = [
        f"<h2>{escape(box.title)}</h2>",
        f"<p><i>{tr('Stap')} {step.number}: {escape(step.title)}</i></p>",
        f"<p>{escape(box.text)}</p>" if box.text else "",
        _list(box.items),
        f"<p><small>{'<br/>'.join(escape(n) for n in notes)}</small></p>" if notes else "",
        f"<p>{tr('Betrokken')}: {escape(', '.join(box.actors))}</p>",
        f"<h3>{tr('Wie bel je')}</h3>",
        contacts_html(ranked) or f"<p>{tr('Geen nummers voor dit vak in dit gebied.')}</p>",
    ]
    if missing:
        parts.append(
            f"<p><small>{tr('Geen nummer in de routekaart voor')}: {escape(', '.join(missing))}</small></p>"
        )
    return "".join(parts)


def step_html(step: Step) -> str:
    return "".join(
        [
            f"<h2>{tr('Stap')} {step.number}: {escape(step.title)}</h2>",
            f"<p>{escape(step.description)}</p>" if step.description else "",
            _list(step.items),
            f"<h3>{tr('Aandachtspunten')}</h3>{_list(step.attention)}" if step.attention else "",
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
        parts.append(f"<p><small>{tr('Bron')}: {escape(entry['source'])}</small></p>")
    return "".join(parts)


def overview_html(bundle: RegionBundle) -> str:
    chart = bundle.routekaart
    legenda = ", ".join(f"{escape(a)} = {escape(m)}" for a, m in chart.legenda)
    return "".join(
        [
            f"<h2>{escape(chart.title)}</h2>",
            f"<p><i>{escape(bundle.name)}, {tr('versie')} {escape(bundle.version)}</i></p>",
            f"<h3>{tr('Uitgangspunten')}</h3>",
            _list(chart.uitgangspunten),
            f"<h3>{tr('Vermoedens van strafbare kindermishandeling')}</h3>",
            "<ol>" + "".join(f"<li>{escape(v)}</li>" for v in chart.vermoedens) + "</ol>",
            f"<p><small>{tr('Legenda')}: {legenda}</small></p>",
            f"<p>{tr('Kies een vak in de routekaart om te zien wie je belt.')}</p>",
        ]
    )
