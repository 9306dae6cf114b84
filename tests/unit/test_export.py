"""Exports for the dossier: the case summary, the meldingsformulier and the anonymous counts."""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from routekaarten import case_export
from routekaarten.bootstrap import open_store
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.checklist import Group, groups_from_bundle
from routekaarten.cli import EXIT_OK, main
from routekaarten.clock import AMSTERDAM
from routekaarten.counts_export import counts_csv
from routekaarten.export import (
    TO_FILL,
    UNENCRYPTED_WARNING,
    UNREADABLE_ANSWER,
    UNREADABLE_NOTE,
    case_summary_html,
    case_summary_text,
    meldingsformulier_html,
    meldingsformulier_text,
    people_source,
)
from routekaarten.guidance import CaseFacts, Uitlating, Vermoeden, advise
from routekaarten.keys import ScryptParams
from routekaarten.meldingsformulier import QUESTIONS, SECTIONS
from routekaarten.store import Store
from routekaarten.termijnen import compute
from routekaarten.vault import CaseVault

CHEAP = ScryptParams(n=2**10)
LABEL = "AB-2026-01"
TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 2, 9, 30, tzinfo=AMSTERDAM)
NOTE_MARKER = "ZZ-notitie-kind-vertelde-op-school-QQ"
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def national(store: Store) -> dict[str, Any]:
    return store.national()


@pytest.fixture
def groups(national: dict[str, Any]) -> list[Group]:
    return groups_from_bundle(national)


def _case(**changes: Any) -> Case:
    fields: dict[str, Any] = {
        "id": "c1",
        "label": LABEL,
        "region": "zeeland-west-brabant",
        "area": "zeeland",
        "vermoeden": Vermoeden.UITLATING,
        "uitlating": Uitlating.VAAG,
        "melding_date": date(2026, 11, 30),
        "step": 1,
    }
    fields.update(changes)
    return Case(**fields)


def _summary(
    cases: CaseStore,
    vault: CaseVault,
    groups: list[Group],
    national: dict[str, Any],
    *,
    html: bool = False,
    with_notes: bool = False,
) -> str:
    case = cases.case("c1")
    export = case_summary_html if html else case_summary_text
    return export(
        case,
        region_name="Zeeland-West-Brabant",
        area_name="Zeeland",
        advice=advise(case.facts(TODAY)),
        groups=groups,
        checklist=cases.checklist(vault, "c1"),
        termijnen=compute(national["termijnen"], cases.events("c1")),
        now=NOW,
        notes=cases.notes(vault, "c1") if with_notes else None,
        step_title="Plan van aanpak: veiligheid, interventies en onderzoekshandelingen",
    )


def _block(text: str, start: str) -> str:
    """The lines of ``text`` from the one holding ``start`` up to the next entry or heading."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if start in line)
    block = [lines[first]]
    for line in lines[first + 1 :]:
        if not line.startswith(" "):
            break
        block.append(line)
    return "\n".join(block)


def _corrupt_note(store: Store, note_id: str) -> None:
    blob = bytearray(store.conn.execute("SELECT blob FROM notes WHERE id = ?", (note_id,)).fetchone()[0])
    blob[-1] ^= 0x01
    store.conn.execute("UPDATE notes SET blob = ? WHERE id = ?", (bytes(blob), note_id))


# the case summary -------------------------------------------------------------------------------------


def test_summary_opens_with_the_unencrypted_warning_and_names_the_case(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case(zeden=True, child_age=9, nfi_category="brandwonden"))
    text = _summary(cases, vault, groups, national)
    assert text.splitlines()[3] == UNENCRYPTED_WARNING
    assert UNENCRYPTED_WARNING == (
        "LET OP: dit exportbestand is NIET versleuteld. Bewaar het alleen in het officiële dossier en "
        "verwijder andere kopieën."
    )
    assert text.startswith(f"Zaakoverzicht {LABEL}\n")
    for line in (
        f"Label: {LABEL}",
        "Regio: Zeeland-West-Brabant",
        "Gebied: Zeeland",
        "Vermoeden: 2. Er wordt kindermishandeling vermoed op basis van gedrag of uitlatingen van een kind",
        "Soort uitlating: vage uitspraak",
        "Zedenzaak: ja",
        "NFI-categorie: brandwonden",
        "Leeftijd kind: 9 jaar",
        "Datum melding: maandag 30 november 2026",
        "Huidige stap: stap 1: Plan van aanpak: veiligheid, interventies en onderzoekshandelingen",
        "Status: open",
    ):
        assert line in text.splitlines(), line


def test_summary_lists_the_guidance_with_its_source(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case())
    text = _summary(cases, vault, groups, national)
    found = advise(CaseFacts(vermoeden=Vermoeden.UITLATING, today=TODAY, uitlating=Uitlating.VAAG, step=1))
    assert found
    for advice in found:
        assert f"Bron: {people_source(advice.source)}" in _block(text, advice.title)
    assert "Bron: Handreiking, Bijlage 1" in text
    assert " r. " not in text  # readers of a dossier have no line numbers


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("HSSK voetnoot 26, r. 846-858", "Handreiking, voetnoot 26"),
        ("HSSK r. 680, 515-518 en Bijlage 1, r. 1017-1020", "Handreiking, Bijlage 1"),
        ("HSSK r. 656, 678-681 en 515-518 (paginavolgorde in de brontekst verstoord)", "Handreiking"),
        ("HSSK r. 362-369; Routekaart ZWB stap 1", "Handreiking; Routekaart ZWB stap 1"),
        ("Routekaart ZWB voetnoot *** (r. 8118) en stap 1", "Routekaart ZWB voetnoot *** en stap 1"),
        ("HSSK Bijlage 7, r. 1669", "Handreiking, Bijlage 7"),
    ],
)
def test_sources_are_named_by_document_and_section(source, shown):
    assert people_source(source) == shown


def test_summary_says_per_bespreekpunt_who_does_what_when(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case())
    first, second = groups[0].items[0], groups[1].items[0]
    cases.set_checklist_item(
        vault,
        "c1",
        first.id,
        status="besproken",
        owner="Politie",
        due=date(2026, 12, 4),
        answer="Art. 300 Sr; politie start onderzoek\nVT blijft betrokken",
    )
    cases.set_checklist_item(vault, "c1", second.id, status="nvt")
    text = _summary(cases, vault, groups, national)

    assert "Afspraken: wie doet wat wanneer" in text
    assert "  Wie | Wat | Wanneer | Status" in text
    total = sum(len(g.items) for g in groups)
    assert f"2 van de {total} bespreekpunten besproken" in text
    assert f"- Politie | {first.text} | vrijdag 4 december 2026 | besproken" in text
    assert "      Art. 300 Sr; politie start onderzoek\n      VT blijft betrokken" in text
    assert f"- — | {second.text} | — | n.v.t." in text
    undiscussed = [i for g in groups for i in g.items if i.id not in {first.id, second.id}]
    for item in undiscussed:
        assert item.text not in text


def test_summary_marks_an_unreadable_checklist_answer(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any], store: Store
):
    cases.save_case(_case())
    item = groups[0].items[0]
    cases.set_checklist_item(vault, "c1", item.id, answer="wordt beschadigd")
    blob = bytearray(store.conn.execute("SELECT answer FROM checklist").fetchone()[0])
    blob[-1] ^= 0x01
    store.conn.execute("UPDATE checklist SET answer = ?", (bytes(blob),))
    assert f"      {UNREADABLE_ANSWER}" in _block(_summary(cases, vault, groups, national), item.text)


def test_summary_lists_the_termijnen_with_absolute_dates_and_how_they_were_counted(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case())
    cases.set_event("c1", "melding", date(2026, 11, 30))
    termijnen = compute(national["termijnen"], cases.events("c1"))
    assert termijnen
    text = _summary(cases, vault, groups, national)
    assert "Termijnen (Handreiking, Bijlage 7)" in text
    assert "vandaag" not in text  # a document outlives the day it was made
    for termijn in termijnen:
        block = _block(text, f"- {termijn.organisation}: {termijn.what}")
        assert f"Zo geteld: {termijn.how}" in block
        assert f"Bron: {people_source(termijn.source)}" in block
    triage = next(t for t in termijnen if t.id == "vt-triage")
    assert "Uiterlijk: maandag 7 december 2026" in _block(text, f"- {triage.organisation}: {triage.what}")


@pytest.mark.parametrize(("at", "late"), [((16, 59), False), ((17, 1), True)])
def test_summary_marks_a_deadline_in_hours_late_once_its_hour_has_passed(
    cases: CaseStore, vault: CaseVault, at: tuple[int, int], late: bool
):
    """Aanhouding Wednesday 2 December 08:00: ZSM's 9 hours (seed r. 1984) end at 17:00, and the
    summary is made the same day; art. 56a Sv's deadline (18:00) is not late at either moment."""
    cases.save_case(_case(melding_date=date(2026, 12, 2)))
    cases.set_event("c1", "aanhouding", datetime(2026, 12, 2, 8, 0))
    now = datetime(2026, 12, 2, *at, tzinfo=AMSTERDAM)
    text = case_export.summary(cases, vault, cases.case("c1"), now, with_notes=False, html=False)
    zsm = _block(text, "Beslissing over afdoeningsrichting door OM")
    mark = (
        "Let op: verlopen op woensdag 2 december 2026 17:00; "
        f"stand van woensdag 2 december 2026 {at[0]}:{at[1]:02}"
    )
    assert (mark in zsm) is late, zsm
    assert "verlopen" not in _block(text, "Besluit over inverzekeringstelling")


def test_summary_without_events_says_there_are_no_termijnen_yet(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case())
    assert "Geen termijnen" in _summary(cases, vault, groups, national)


def test_notes_are_left_out_unless_given(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case())
    cases.add_note(vault, "c1", NOTE_MARKER)
    without = _summary(cases, vault, groups, national)
    assert NOTE_MARKER not in without
    assert "Notities" not in without
    assert NOTE_MARKER not in _summary(cases, vault, groups, national, html=True)

    with_notes = _summary(cases, vault, groups, national, with_notes=True)
    assert "\nNotities\n" in with_notes
    line = next(line for line in with_notes.splitlines() if NOTE_MARKER in line)
    assert line.endswith(f": {NOTE_MARKER}")
    assert "2026" in line  # dated


def test_an_unreadable_note_is_listed_as_such_and_the_others_still_are(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any], store: Store
):
    cases.save_case(_case())
    broken = cases.add_note(vault, "c1", "wordt beschadigd")
    cases.add_note(vault, "c1", NOTE_MARKER)
    _corrupt_note(store, broken)
    text = _summary(cases, vault, groups, national, with_notes=True)
    assert UNREADABLE_NOTE == "[notitie onleesbaar]"
    assert text.count(UNREADABLE_NOTE) == 1
    assert text.index(UNREADABLE_NOTE) < text.index(NOTE_MARKER)
    assert UNREADABLE_NOTE in _summary(cases, vault, groups, national, html=True, with_notes=True)


def test_summary_html_has_the_same_content_escaped(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case(label="A&B-7"))
    item = groups[0].items[0]
    cases.set_checklist_item(vault, "c1", item.id, owner="Politie", answer=SCRIPT)
    page = _summary(cases, vault, groups, national, html=True)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "A&amp;B-7" in page
    assert "A&B-7" not in page
    assert UNENCRYPTED_WARNING.replace("LET OP", "") in page
    assert "Politie" in page


IMG = "<img src=x>"


def test_markup_in_a_note_and_an_answer_is_escaped_in_the_html(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any]
):
    cases.save_case(_case(label="<b>L</b>"))
    cases.set_checklist_item(vault, "c1", groups[0].items[0].id, owner="Politie", answer=f"antwoord {IMG}")
    cases.add_note(vault, "c1", f"notitie {IMG}")
    page = _summary(cases, vault, groups, national, html=True, with_notes=True)
    assert IMG not in page
    assert "<b>L</b>" not in page
    assert page.count("&lt;img src=x&gt;") == 2


def test_note_times_are_local_dutch_time(
    cases: CaseStore, vault: CaseVault, groups: list[Group], national: dict[str, Any], store: Store
):
    cases.save_case(_case())
    cases.add_note(vault, "c1", "tijd")
    store.conn.execute(
        "UPDATE notes SET created_at = '2026-11-30T06:59:00+00:00', updated_at = '2026-11-30T06:59:00+00:00'"
    )
    text = _summary(cases, vault, groups, national, with_notes=True)
    assert "maandag 30 november 2026 07:59: tijd" in text  # 06:59 UTC is 07:59 in winter


# the meldingsformulier --------------------------------------------------------------------------------


def test_form_has_every_question_in_order_with_its_answer():
    text = meldingsformulier_text(_case(), today=TODAY)
    assert UNENCRYPTED_WARNING in text.splitlines()
    position = 0
    for section in SECTIONS:
        position = text.index(f"\n{section.title}\n", position)
        for question in section.questions:
            position = text.index(question.text.splitlines()[0], position)


def test_form_fills_the_melding_date_and_the_vermoeden_and_leaves_the_rest_to_fill_in():
    text = meldingsformulier_text(_case(vermoeden=Vermoeden.LETSEL, uitlating=None), today=TODAY)
    lines = text.splitlines()
    assert "Op: maandag 30 november 2026" in lines
    assert "Melding gedaan door: (in te vullen)" in lines
    assert "Antwoord: 1. Er was of is een letsel/symptoom" in _block(text, "- Het vermoeden")
    assert text.count(TO_FILL) == len(QUESTIONS) - 2
    assert "Antwoord: (in te vullen)" in _block(text, "- Wat is er gebeurd?")


def test_form_takes_given_answers_by_question_id():
    answers = {
        "melder": "VT Zeeland, casemanager",
        "wat_gebeurd": "Blauwe plekken\nop beide armen",
        "wanneer_gebeurd": "  ",
    }
    text = meldingsformulier_text(_case(), answers=answers, today=TODAY)
    assert "Melding gedaan door: VT Zeeland, casemanager" in text.splitlines()
    assert "Antwoord: Blauwe plekken\n      op beide armen" in _block(text, "- Wat is er gebeurd?")
    assert "Antwoord: (in te vullen)" in _block(text, "- Wanneer is het gebeurd?")  # blank: not given
    assert text.count(TO_FILL) == len(QUESTIONS) - 4


def test_form_refuses_an_unknown_question_id():
    with pytest.raises(ValueError, match="unknown meldingsformulier question"):
        meldingsformulier_text(_case(), answers={"bestaat_niet": "x"}, today=TODAY)


def test_form_html_escapes_a_script_in_an_answer():
    page = meldingsformulier_html(_case(), answers={"wat_gebeurd": SCRIPT}, today=TODAY)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert page.count("(in te vullen)") == len(QUESTIONS) - 3
    for question in QUESTIONS.values():
        assert html.escape(question.text.splitlines()[0]) in page


# anonymous counts -------------------------------------------------------------------------------------


def test_counts_csv_has_one_row_per_number():
    counts = {"totaal": 3, "per_vermoeden": {"1": 2, "4": 1}, "per_status": {"open": 3}}
    assert counts_csv(counts) == (
        "soort,sleutel,aantal\ntotaal,,3\nper_vermoeden,1,2\nper_vermoeden,4,1\nper_status,open,3\n"
    )


def test_counts_command_gives_json_and_csv_without_labels_notes_or_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        cases = CaseStore(store)
        created, wrapped = CaseVault.create_with_passphrase("correct paard batterij nietje", CHEAP)
        cases.save_wrapped_key(wrapped)
        cases.save_case(_case(incident_date=date(2026, 11, 28)))
        cases.save_case(_case(id="c2", label="QX-77", vermoeden=Vermoeden.LETSEL, uitlating=None, step=2))
        cases.add_note(created, "c1", NOTE_MARKER)
        expected = cases.counts()
    finally:
        store.close()

    assert main(["--data-dir", str(folder), "counts"]) == EXIT_OK
    out = capsys.readouterr().out
    assert json.loads(out) == expected
    assert expected["totaal"] == 2

    assert main(["--data-dir", str(folder), "counts", "--csv"]) == EXIT_OK
    csv_out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(csv_out)))
    assert rows[0] == ["soort", "sleutel", "aantal"]
    assert ["per_stap", "2", "1"] in rows

    for output in (out, csv_out):
        for secret in (LABEL, "QX-77", NOTE_MARKER, "2026", "c1"):
            assert secret not in output
