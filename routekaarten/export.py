"""Exports for the official dossier: a case summary and the meldingsformulier (HSSK Bijlage 2).

Handelingsprotocol 15.7: notes belong in the official dossier, so the app exports what a case
holds, on purpose and only then (docs/architecture.md, "Cases and notes"). An export is plaintext, so every
export opens with ``UNENCRYPTED_WARNING``. Notes are only included when the caller passes them.

Each export is built once as a small document (sections of items) and rendered as plain text or
as simple HTML (for the PDF, ``desktop/cases/pdf_export.py``), so both always say the same.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from routekaarten.case_store import ChecklistEntry, Note
from routekaarten.cases import Case, CaseStatus, ChecklistStatus
from routekaarten.checklist import STATUS_LABELS, Group
from routekaarten.clock import AMSTERDAM
from routekaarten.guidance import Advice, Uitlating
from routekaarten.meldingsformulier import (
    FORM_SOURCE,
    FORM_TITLE,
    QUESTIONS,
    SECTIONS,
    UNREADABLE_ANSWER,
    vermoeden_text,
)
from routekaarten.termijnen import Termijn, status
from routekaarten.werkdagen import dutch_day

UNENCRYPTED_WARNING = (
    "LET OP: dit exportbestand is NIET versleuteld. Bewaar het alleen in het officiële dossier "
    "en verwijder andere kopieën."
)
TO_FILL = "(in te vullen)"
UNREADABLE_NOTE = "[notitie onleesbaar]"
EMPTY = "—"
_UITLATING_LABELS = {
    Uitlating.GEDRAGSVERANDERING: "gedragsverandering",
    Uitlating.HELDER: "heldere uitspraak",
    Uitlating.VAAG: "vage uitspraak",
}


# the document -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A line ``label: text`` (with a label) or an entry ``text`` with indented ``fields``."""

    text: str
    label: str = ""
    fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Table:
    """A table with a header row; every cell is text (escaped when rendered as HTML)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Item, ...] = ()
    intro: str = ""
    level: int = 2  # 2: a part of the export; 3: a group within the part before it
    table: Table | None = None


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    running_head: str = ""  # at the foot of every PDF page (with the case's label); else the title


# shared wording -------------------------------------------------------------------------------------


def _day(day: date) -> str:
    return dutch_day(day, year=True)


def _moment(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        local = moment.astimezone(AMSTERDAM) if moment.tzinfo else moment
        return f"{_day(local.date())} {local:%H:%M}"
    return _day(moment)


def _stamp(iso: str) -> str:
    """A store timestamp (UTC, ISO 8601) as Dutch local time; the raw text if it is not one."""
    try:
        return _moment(datetime.fromisoformat(iso))
    except ValueError:
        return iso


_LINE_REFERENCE = re.compile(r"(,\s*)?\(?\br\.\s*\d+(?:\s*-\s*\d+)?(?:\s*(?:,|en)\s*\d+(?:\s*-\s*\d+)?)*\)?")
_ASIDE = re.compile(r"\s*\((?:paginavolgorde|r\.)[^)]*\)")


def people_source(source: str) -> str:
    """A source as readers of a dossier name it: by document and section, never by line.

    ``HSSK voetnoot 26, r. 846-858`` -> ``Handreiking, voetnoot 26``; ``HSSK Bijlage 7, r. 1669``
    -> ``Handreiking, Bijlage 7``; line numbers point into the project's copy of the text
    (tests/data/seed.txt), which a dossier reader does not have.
    """
    text = _ASIDE.sub("", source)
    text = _LINE_REFERENCE.sub("", text)
    text = re.sub(r"\bHSSK\s+en\s+(?=Bijlage|voetnoot)", "HSSK ", text)
    text = re.sub(r"\bHSSK\b\s*", "Handreiking, ", text)
    text = text.replace("Handreiking, (", "Handreiking (")
    text = re.sub(r"Handreiking,\s*(?=$|[;)]|en\b)", "Handreiking", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;")
    return re.sub(r"\s+([,;])", r"\1", text)


def _header(case: Case, made: date | datetime) -> tuple[str, ...]:
    """The warning, the case and when the export was made (with the hour, Dutch time, once the
    moment is known: a summary's deadlines in hours depend on it)."""
    when = f"{_moment(made)} (Nederlandse tijd)" if isinstance(made, datetime) else _day(made)
    return (UNENCRYPTED_WARNING, f"Zaak: {case.label}", f"Gemaakt op {when}")


# the case summary -----------------------------------------------------------------------------------


_OWNERS = (
    ("eigenaar_vt", "Eigenaar VT"),
    ("eigenaar_politie", "Eigenaar politie"),
    ("eigenaar_om", "Eigenaar OM"),
)


def _case_section(
    case: Case,
    region_name: str,
    area_name: str | None,
    step_title: str | None,
    nfi_title: str | None,
    *,
    region_version: str | None,
) -> Section:
    items = [Item(case.label, "Label"), Item(region_name, "Regio")]
    if region_version:
        items.append(Item(region_version, "Regiogegevens"))  # which numbers and routekaart were used
    if area_name:
        items.append(Item(area_name, "Gebied"))
    items.append(Item(vermoeden_text(case.vermoeden), "Vermoeden"))
    if case.uitlating:
        items.append(Item(_UITLATING_LABELS[case.uitlating], "Soort uitlating"))
    items.append(Item("ja" if case.zeden else "nee", "Zedenzaak"))
    if case.nfi_category:
        items.append(Item(nfi_title or case.nfi_category, "NFI-categorie"))
    age = f"{case.child_age} jaar" if case.child_age is not None else "onbekend"
    items.append(Item(age, "Leeftijd kind"))
    incident = case.incident_moment
    if incident is not None:
        items.append(Item(_moment(incident), "Datum incident"))  # with its time when known
    items.append(Item(_day(case.melding_date), "Datum melding"))
    step = f"stap {case.step}" + (f": {step_title}" if step_title else "")
    items.append(Item(step, "Huidige stap"))
    status = "gesloten" if case.status is CaseStatus.CLOSED else "open"
    if case.closed_on:
        status += f" (gesloten op {_day(case.closed_on)})"
    items.append(Item(status, "Status"))
    items += [Item(getattr(case, field), label) for field, label in _OWNERS if getattr(case, field)]
    return Section("Zaak", tuple(items))


def _advice_section(advice: Sequence[Advice]) -> Section:
    items = tuple(
        Item(a.title + (" (spoed)" if a.urgent else ""), fields=(("Bron", people_source(a.source)),))
        for a in advice
    )
    intro = "" if items else "Geen advies voor deze zaak."
    return Section("Wat de handreiking nu zegt", items, intro=intro)


def discussed(entry: ChecklistEntry | None) -> bool:
    """A bespreekpunt belongs in the dossier once it was discussed: it has an answer, an owner,
    a date, or a status other than open. The other thirty-odd lines say nothing."""
    if entry is None:
        return False
    return bool(
        entry.answer or entry.unreadable or entry.owner or entry.due or entry.status != ChecklistStatus.OPEN
    )


def _checklist_sections(groups: Sequence[Group], checklist: Mapping[str, ChecklistEntry]) -> list[Section]:
    """The agreements as one table "wie doet wat wanneer" (HSSK Bijlage 4), discussed points only."""
    rows = []
    for group in groups:
        for item in group.items:
            entry = checklist.get(item.id)
            if entry is None or not discussed(entry):
                continue
            answer = UNREADABLE_ANSWER if entry.unreadable else entry.answer
            what = f"{item.text}\n{answer}" if answer else item.text
            rows.append(
                (
                    entry.owner or EMPTY,
                    what,
                    _day(entry.due) if entry.due else EMPTY,
                    STATUS_LABELS.get(entry.status, entry.status),
                )
            )
    total = sum(len(group.items) for group in groups)
    intro = f"{len(rows)} van de {total} bespreekpunten besproken (Handreiking, Bijlage 4)."
    if not rows:
        return [Section("Afspraken: wie doet wat wanneer", intro=intro + " Nog geen afspraken.")]
    table = Table(("Wie", "Wat", "Wanneer", "Status"), tuple(rows))
    return [Section("Afspraken: wie doet wat wanneer", intro=intro, table=table)]


def _termijnen_section(termijnen: Sequence[Termijn], now: datetime) -> Section:
    """Absolute dates only: a document outlives "vandaag", so a late deadline says on which day,
    and at what moment the summary was made (a deadline in hours passes within the day)."""
    items = []
    for t in termijnen:
        fields = [("Uiterlijk", _moment(t.due)), ("Zo geteld", t.how), ("Bron", people_source(t.source))]
        if status(t, now)[1]:
            fields.insert(1, ("Let op", f"verlopen op {_moment(t.due)}; stand van {_moment(now)}"))
        if t.footnote:
            fields.append(("Voetnoot", f"{t.footnote_number or ''} {t.footnote}".strip()))
        if t.applies_to:
            fields.append(("Geldt voor", "nu alleen zedenzaken (huidige afspraak)"))
        if not t.binding:
            fields.append(("Niet bindend", t.note))
        items.append(Item(f"{t.organisation}: {t.what}", fields=tuple(fields)))
    intro = "" if items else "Geen termijnen: er zijn nog geen data van gebeurtenissen ingevuld."
    return Section("Termijnen (Handreiking, Bijlage 7)", tuple(items), intro=intro)


def _notes_section(notes: Sequence[Note]) -> Section:
    items = []
    for note in notes:
        label = _stamp(note.created_at)
        if note.updated_at != note.created_at:
            label += f" (bijgewerkt {_stamp(note.updated_at)})"
        items.append(Item(UNREADABLE_NOTE if note.text is None else note.text, label))
    return Section("Notities", tuple(items), intro="" if items else "Geen notities.")


def _summary_document(
    case: Case,
    *,
    region_name: str,
    area_name: str | None,
    advice: Sequence[Advice],
    groups: Sequence[Group],
    checklist: Mapping[str, ChecklistEntry],
    termijnen: Sequence[Termijn],
    now: datetime,
    notes: Sequence[Note] | None,
    step_title: str | None,
    nfi_title: str | None,
    region_version: str | None,
) -> Document:
    sections = [
        _case_section(case, region_name, area_name, step_title, nfi_title, region_version=region_version),
        _advice_section(advice),
        *_checklist_sections(groups, checklist),
        _termijnen_section(termijnen, now),
    ]
    if notes is not None:
        sections.append(_notes_section(notes))
    return Document(f"Zaakoverzicht {case.label}", "\n".join(_header(case, now)), tuple(sections))


def case_summary_text(
    case: Case,
    *,
    region_name: str,
    area_name: str | None,
    advice: Sequence[Advice],
    groups: Sequence[Group],
    checklist: Mapping[str, ChecklistEntry],
    termijnen: Sequence[Termijn],
    now: datetime,
    notes: Sequence[Note] | None = None,
    step_title: str | None = None,
    nfi_title: str | None = None,
    region_version: str | None = None,
) -> str:
    """The case summary as plain text; notes only when ``notes`` is given (even if empty)."""
    return _render_text(
        _summary_document(
            case,
            region_name=region_name,
            area_name=area_name,
            advice=advice,
            groups=groups,
            checklist=checklist,
            termijnen=termijnen,
            now=now,
            notes=notes,
            step_title=step_title,
            nfi_title=nfi_title,
            region_version=region_version,
        )
    )


def case_summary_html(
    case: Case,
    *,
    region_name: str,
    area_name: str | None,
    advice: Sequence[Advice],
    groups: Sequence[Group],
    checklist: Mapping[str, ChecklistEntry],
    termijnen: Sequence[Termijn],
    now: datetime,
    notes: Sequence[Note] | None = None,
    step_title: str | None = None,
    nfi_title: str | None = None,
    region_version: str | None = None,
) -> str:
    """The same summary as ``case_summary_text``, as escaped HTML for the PDF."""
    return _render_html(
        _summary_document(
            case,
            region_name=region_name,
            area_name=area_name,
            advice=advice,
            groups=groups,
            checklist=checklist,
            termijnen=termijnen,
            now=now,
            notes=notes,
            step_title=step_title,
            nfi_title=nfi_title,
            region_version=region_version,
        )
    )


# the meldingsformulier ------------------------------------------------------------------------------


def form_answers(case: Case, answers: Mapping[str, str] | None = None) -> dict[str, str]:
    """The answer to every question id: the case's melding date and vermoeden, then ``answers``
    (which win); a blank answer counts as not given. Unknown ids are a programming error."""
    given = dict(answers or {})
    unknown = sorted(set(given) - set(QUESTIONS))
    if unknown:
        raise ValueError(f"unknown meldingsformulier question ids: {unknown}")
    filled = {
        "datum_melding": _day(case.melding_date),
        "vermoeden": vermoeden_text(case.vermoeden),
    }
    filled.update({key: value for key, value in given.items() if value.strip()})
    return {question_id: filled.get(question_id, TO_FILL) for question_id in QUESTIONS}


def _form_document(case: Case, answers: Mapping[str, str] | None, today: date) -> Document:
    filled = form_answers(case, answers)
    sections = []
    for section in SECTIONS:
        items = []
        for question in section.questions:
            answer = filled[question.id]
            if question.placeholder:
                items.append(Item(answer, question.text))
            else:
                items.append(Item(question.text, fields=(("Antwoord", answer),)))
        sections.append(Section(section.title, tuple(items)))
    subtitle = "\n".join((*_header(case, today), f"Formulier: {FORM_SOURCE}"))
    return Document(FORM_TITLE, subtitle, tuple(sections), running_head=f"{FORM_TITLE} · zaak {case.label}")


def meldingsformulier_text(case: Case, *, answers: Mapping[str, str] | None = None, today: date) -> str:
    """HSSK Bijlage 2 as plain text, every question followed by its answer or ``(in te vullen)``."""
    return _render_text(_form_document(case, answers, today))


def meldingsformulier_html(case: Case, *, answers: Mapping[str, str] | None = None, today: date) -> str:
    """The same form as ``meldingsformulier_text``, as escaped HTML for the PDF."""
    return _render_html(_form_document(case, answers, today))


# rendering ------------------------------------------------------------------------------------------


def _indented(text: str, indent: str, first: str = "") -> list[str]:
    """``first`` + the first line of ``text``, further lines under it at ``indent``."""
    lines = text.splitlines() or [""]
    return [(first or indent) + lines[0], *(indent + line for line in lines[1:])]


def _label(label: str) -> str:
    """``Label:``; the form's own labels ("Op:") already end in a colon."""
    return label.rstrip(":") + ":"


def _render_text(document: Document) -> str:
    out = [document.title, "=" * len(document.title), "", document.subtitle]
    for section in document.sections:
        out += ["", section.heading, ("-" if section.level == 2 else "·") * len(section.heading)]
        if section.intro:
            out.append(section.intro)
        if section.table:
            out += _table_text(section.table)
        for item in section.items:
            if item.label:
                out += _indented(item.text, " " * 4, f"{_label(item.label)} ")
            else:
                out += _indented(item.text, "  ", "- ")
            for name, value in item.fields:
                out += _indented(value, " " * 6, f"    {name}: " if name else "    ")
    return "\n".join(out) + "\n"


def _table_text(table: Table) -> list[str]:
    out = ["  " + " | ".join(table.columns)]
    for row in table.rows:
        first, *rest = row[1].splitlines() or [""]
        out.append(f"- {row[0]} | {first} | {row[2]} | {row[3]}")
        out += [f"      {line}" for line in rest]
    return out


def _table_html(table: Table) -> str:
    """One ``<table>`` per row (the header with the first), columns of the same widths: the PDF
    keeps a table whole on a page when it fits (``desktop/cases/pdf_export.py``), so a row is
    never split over a page break and the rows still run on from page to page."""
    widths = _column_widths(table)

    def cells(row: tuple[str, ...], tag: str) -> str:
        return "".join(
            f'<{tag} align="left" valign="top" width="{width}%">{_html_text(cell)}</{tag}>'
            for cell, width in zip(row, widths, strict=True)
        )

    opening = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    head = f"<tr>{cells(table.columns, 'th')}</tr>"
    rows = [f"<tr>{cells(row, 'td')}</tr>" for row in table.rows] or [""]
    return "".join(f"{opening}{head if index == 0 else ''}{row}</table>" for index, row in enumerate(rows))


def _column_widths(table: Table) -> tuple[int, ...]:
    """Percentages by the longest line of each column (header included), each at least as wide as
    its longest word (at 10 pt on A4 about 1.2 % a letter), so the separate row tables line up,
    no word is broken ("besprok-en") and the long "Wat" column gets the room."""
    texts = [[name, *(row[index] for row in table.rows)] for index, name in enumerate(table.columns)]
    longest = [
        min(max(len(line) for text in column for line in text.splitlines() or [""]), 60) for column in texts
    ]
    words = [max((len(w) for text in column for w in text.split()), default=1) for column in texts]
    total = sum(max(length, 1) for length in longest)
    widths = [
        max(10, round(1.2 * word + 2), round(100 * length / total))
        for length, word in zip(longest, words, strict=True)
    ]
    widest = widths.index(max(widths))
    widths[widest] -= sum(widths) - 100
    return tuple(widths)


def _html_text(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


_LINE = '<p style="margin-top:0; margin-bottom:3px">'
# An entry's title is a fourth-level heading (bold, the text's size), so the PDF keeps it on the page of
# its fields, as it does with every heading.
_ENTRY = '<h4 style="margin-top:8px; margin-bottom:2px">'
_FIELDS = '<p style="margin-top:0; margin-bottom:0; margin-left:16px">'


def _render_html(document: Document) -> str:
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{esc(document.running_head or document.title)}</title></head><body>",
        f"<h1>{esc(document.title)}</h1>",
    ]
    warning, *rest = document.subtitle.splitlines()
    out.append(f'<p style="color:#a00000"><b>{esc(warning)}</b></p>')
    out.append(f"<p>{'<br>'.join(esc(line) for line in rest)}</p>")
    for section in document.sections:
        level = section.level
        out.append(f"<h{level}>{esc(section.heading)}</h{level}>")
        if section.intro:
            out.append(f"<p>{esc(section.intro)}</p>")
        if section.table:
            out.append(_table_html(section.table))
        for item in section.items:
            if item.label:
                out.append(f"{_LINE}<b>{esc(_label(item.label))}</b> {_html_text(item.text)}</p>")
                continue
            out.append(f"{_ENTRY}{_html_text(item.text)}</h4>")
            if item.fields:
                fields = (
                    f"{esc(_label(name))} {_html_text(value)}" if name else _html_text(value)
                    for name, value in item.fields
                )
                out.append(f"{_FIELDS}{'<br>'.join(fields)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
