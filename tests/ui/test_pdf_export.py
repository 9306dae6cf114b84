"""PDF exports: a real PDF on disk, written atomically, with a Dutch error when it cannot be."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from desktop.cases.pdf_export import write_pdf
from routekaarten import case_export
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.checklist import groups_from_bundle
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.export import case_summary_html, meldingsformulier_html
from routekaarten.guidance import Vermoeden, advise
from routekaarten.keys import ScryptParams
from routekaarten.store import Store
from routekaarten.termijnen import compute
from routekaarten.vault import CaseVault

LABEL = "PDF-2026-03"
TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 2, 9, 30, tzinfo=AMSTERDAM)


def _unlocked(store: Store) -> tuple[CaseStore, CaseVault]:
    """The store's cases with a vault set up and open (a cheap scrypt: tests only)."""
    cases = CaseStore(store)
    vault, wrapped = CaseVault.create_with_passphrase("correct paard batterij nietje", ScryptParams(n=2**10))
    cases.save_wrapped_key(wrapped)
    return cases, vault


@pytest.fixture
def summary_html(store: Store) -> str:
    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area="zeeland",
        vermoeden=Vermoeden.LETSEL,
        melding_date=date(2026, 11, 30),
        step=1,
    )
    cases.save_case(case)
    cases.set_event("c1", "melding", case.melding_date)
    national = store.national()
    groups = groups_from_bundle(national)
    cases.set_checklist_item(
        vault,
        "c1",
        groups[0].items[0].id,
        status="besproken",
        owner="Politie",
        answer="Afgesproken: politie <b>start</b> onderzoek",
    )
    cases.add_note(vault, "c1", "Overleg met LECK gepland")
    return case_summary_html(
        case,
        region_name="Zeeland-West-Brabant",
        area_name="Zeeland",
        advice=advise(case.facts(TODAY)),
        groups=groups,
        checklist=cases.checklist(vault, "c1"),
        termijnen=compute(national["termijnen"], cases.events("c1")),
        now=NOW,
        notes=cases.notes(vault, "c1"),
    )


def _check_text_if_possible(pdf: Path, *expected: str) -> None:
    """pdftotext is optional on the machine: when it is there, the words must be in the PDF."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for words in expected:
        assert words in flat


def test_summary_pdf_is_a_real_pdf_and_leaves_no_temp_file(qapp, tmp_path: Path, summary_html: str):
    folder = tmp_path / "dossier"
    folder.mkdir()
    target = folder / "zaakoverzicht.pdf"
    write_pdf(summary_html, target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    assert len(content) > 10_000
    assert b"%%EOF" in content[-64:]
    assert [p.name for p in folder.iterdir()] == ["zaakoverzicht.pdf"]
    _check_text_if_possible(target, LABEL, "NIET versleuteld", "Overleg met LECK gepland")


def test_meldingsformulier_pdf_replaces_an_older_export(qapp, tmp_path: Path):
    target = tmp_path / "melding.pdf"
    target.write_bytes(b"oude export")
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area=None,
        vermoeden=Vermoeden.DERDE,
        melding_date=date(2026, 11, 30),
    )
    write_pdf(meldingsformulier_html(case, today=TODAY), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["melding.pdf"]
    _check_text_if_possible(target, "Wat is er gebeurd?", "(in te vullen)")


def test_a_missing_folder_gives_a_dutch_error(qapp, tmp_path: Path):
    target = tmp_path / "bestaat-niet" / "export.pdf"
    with pytest.raises(RoutekaartError, match="kon niet worden opgeslagen") as caught:
        write_pdf("<p>x</p>", target)
    assert "map" in str(caught.value)
    assert isinstance(caught.value.__cause__, OSError)
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_cannot_be_replaced_gives_a_dutch_error_and_no_temp_file(qapp, tmp_path: Path):
    """The PDF is rendered, then moving it onto a folder of that name fails: nothing may linger.
    (A read-only folder would not do: the tests may run as root, who can write anywhere.)"""
    occupied = tmp_path / "export.pdf"
    (occupied / "inhoud").mkdir(parents=True)
    with pytest.raises(RoutekaartError, match="Het bestand kon niet worden opgeslagen") as caught:
        write_pdf("<h1>Zaakoverzicht</h1><p>tekst</p>", occupied)
    assert isinstance(caught.value.__cause__, OSError)
    assert [p.name for p in tmp_path.iterdir()] == ["export.pdf"]
    assert [p.name for p in occupied.iterdir()] == ["inhoud"]


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext is needed to read the PDF back: apt-get install poppler-utils"
    return subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _typical_summary(store: Store, note: str) -> str:
    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area=None,
        vermoeden=Vermoeden.UITLATING,
        melding_date=date(2026, 11, 30),
    )
    cases.save_case(case)
    cases.set_event("c1", "melding", date(2026, 11, 30))
    groups = groups_from_bundle(store.national())
    for item in [*groups[0].items[:3], *groups[1].items[:3]]:
        cases.set_checklist_item(
            vault,
            "c1",
            item.id,
            status="besproken",
            owner="Politie",
            due=date(2026, 12, 4),
            answer="afgesproken <img src=x>",
        )
    for index in range(3):
        cases.add_note(vault, "c1", f"{note} {index}: overleg met de politie over de planning")
    return case_export.summary(cases, vault, case, NOW, with_notes=True, html=True)


def test_a_typical_summary_is_at_most_two_pages_and_shows_markup_literally(qapp, tmp_path, store):
    target = tmp_path / "samenvatting.pdf"
    write_pdf(_typical_summary(store, "notitie <img src=x>"), target)
    text = _pdf_text(target)
    assert text.count("\f") <= 2  # pdftotext ends every page with a form feed
    flat = " ".join(text.split())
    assert "afgesproken <img src=x>" in flat
    assert "notitie <img src=x> 0" in flat
    assert "Wie Wat Wanneer Status" in flat
    assert "Politie" in flat and "vrijdag 4 december 2026" in flat
    assert "vandaag" not in flat


@pytest.fixture
def desktop_font(qapp):
    """A large text size on screen (the offscreen platform has 9 pt): the PDF must not follow it."""
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(12)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def _reviewed_case(store: Store, answers: list[str], incident_time: time | None) -> str:
    """The reviewer's case: an incident on 1 December at 21:40, discussed points, one note."""
    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label="VT-2026-0412",
        region="zeeland-west-brabant",
        area="zeeland",
        vermoeden=Vermoeden.LETSEL,
        melding_date=date(2026, 12, 2),
        incident_date=date(2026, 12, 1),
        incident_time=incident_time,
        child_age=6,
        step=1,
    )
    cases.save_case(case)
    cases.set_event("c1", "melding", case.melding_date)
    items = [item for group in groups_from_bundle(store.national()) for item in group.items]
    for item, answer in zip(items, answers, strict=False):
        cases.set_checklist_item(
            vault, "c1", item.id, status="besproken", owner="Politie", due=date(2026, 12, 4), answer=answer
        )
    cases.add_note(vault, "c1", "Overleg met forensisch arts gepland; ouders zijn geïnformeerd.")
    return case_export.summary(cases, vault, case, NOW, with_notes=True, html=True)


def test_the_reviewed_case_fits_two_pages_and_shows_the_incident_time(desktop_font, tmp_path, store):
    answer = "Afgesproken: de politie neemt contact op met de school en koppelt terug aan VT."
    target = tmp_path / "samenvatting.pdf"
    write_pdf(_reviewed_case(store, [answer, answer], time(21, 40)), target)
    text = _pdf_text(target)
    assert text.count("\f") <= 2
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+[12]$", info, re.MULTILINE)
    flat = " ".join(text.split())
    assert "Datum incident: dinsdag 1 december 2026 21:40" in flat
    assert "besprok en" not in flat  # the status column is wide enough for its word
    assert re.search(r"1 ?/ ?[12]\b", flat)  # the page number at the foot


def test_a_row_of_wie_doet_wat_wanneer_is_never_split_over_a_page_break(qapp, tmp_path, store):
    answers = [
        f"begin-{n}\n" + "\n".join(f"afspraak {n} regel {line}" for line in range(3 + n % 5)) + f"\neinde-{n}"
        for n in range(14)
    ]
    target = tmp_path / "samenvatting.pdf"
    write_pdf(_reviewed_case(store, answers, None), target)
    pages = _pdf_text(target).split("\f")
    assert len(pages) > 2  # the rows do run over more than one page
    for n in range(14):
        on = [index for index, page in enumerate(pages) if f"begin-{n}" in page]
        assert on, n
        assert f"einde-{n}" in pages[on[0]], f"row {n} is split over pages {on[0] + 1} and {on[0] + 2}"


def _pages(pdf: Path) -> list[str]:
    """Each page's text; pdftotext ends every page with a form feed."""
    return _pdf_text(pdf).split("\f")[:-1]


def test_each_line_is_in_the_pdf_once_even_where_a_page_breaks_inside_a_paragraph(qapp, tmp_path):
    """Qt draws a paragraph whole on every page it reaches, hidden by the clip but still in the
    PDF's text: a search, a copy or a screen reader would find lines of the page before twice."""
    words = " ".join(f"woord{n}" for n in range(1500))  # one paragraph over three pages
    lines = "<br>".join(f"regel{n}" for n in range(200))  # one paragraph of line breaks
    target = tmp_path / "lang.pdf"
    write_pdf(f"<h1>Lang</h1><p>{words}</p><p>{lines}</p>", target)
    pages = _pages(target)
    assert len(pages) > 4
    found = [token for page in pages for token in page.split() if token.startswith(("woord", "regel"))]
    assert sorted(found) == sorted([*(f"woord{n}" for n in range(1500)), *(f"regel{n}" for n in range(200))])
    assert all(re.search(r"(woord|regel)\d+", page) for page in pages)  # no page left empty


def test_the_pdf_keeps_the_order_of_the_lines_over_a_page_break(qapp, tmp_path):
    lines = "<br>".join(f"regel{n}" for n in range(200))
    target = tmp_path / "lang.pdf"
    write_pdf(f"<p>{lines}</p>", target)
    found = re.findall(r"regel(\d+)", _pdf_text(target))
    assert [int(n) for n in found] == list(range(200))


def test_every_page_of_a_summary_names_the_case_at_its_foot(qapp, tmp_path, store):
    answers = [f"afspraak {n}\n" + "\n".join(f"regel {line}" for line in range(6)) for n in range(12)]
    target = tmp_path / "samenvatting.pdf"
    write_pdf(_reviewed_case(store, answers, None), target)
    pages = _pages(target)
    assert len(pages) > 2
    flat = [" ".join(page.split()) for page in pages]
    assert flat[0].count("Zaakoverzicht VT-2026-0412") == 2  # the title and the foot
    for number, page in enumerate(flat, start=1):
        assert "Zaakoverzicht VT-2026-0412" in page, number
        assert re.search(rf"\b{number} ?/ ?{len(pages)}\b", page), number


def test_the_meldingsformulier_names_the_case_at_the_foot_of_its_pages(qapp, tmp_path):
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area=None,
        vermoeden=Vermoeden.DERDE,
        melding_date=date(2026, 11, 30),
    )
    target = tmp_path / "melding.pdf"
    write_pdf(meldingsformulier_html(case, today=TODAY), target)
    pages = _pages(target)
    assert pages
    for page in pages:
        assert f"zaak {LABEL}" in " ".join(page.split())


@pytest.mark.parametrize("lines", range(0, 60, 2))
def test_a_deadline_s_title_is_never_left_at_the_foot_of_a_page_without_its_date(
    qapp, tmp_path, store, lines
):
    """Each Termijnen entry is a small heading: the PDF keeps it on the page of its fields."""
    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label="VT-2026-0412",
        region="zeeland-west-brabant",
        area="zeeland",
        vermoeden=Vermoeden.LETSEL,
        melding_date=date(2026, 12, 2),
    )
    cases.save_case(case)
    cases.set_event("c1", "melding", case.melding_date)
    cases.set_event("c1", "aanhouding", datetime(2026, 12, 2, 8, 15, tzinfo=AMSTERDAM))
    items = [item for group in groups_from_bundle(store.national()) for item in group.items]
    for item in items[:8]:
        cases.set_checklist_item(vault, "c1", item.id, status="besproken", answer="afgesproken")
    answer = "\n".join(["afgesproken", *(f"regel {n}" for n in range(lines))])  # moves what follows
    cases.set_checklist_item(vault, "c1", items[8].id, status="besproken", owner="Politie", answer=answer)
    target = tmp_path / "samenvatting.pdf"
    write_pdf(case_export.summary(cases, vault, case, NOW, with_notes=False, html=True), target)
    pages = [" ".join(page.split()) for page in _pages(target)]
    termijnen = compute(store.national()["termijnen"], cases.events("c1"))
    assert len(termijnen) > 5
    for t in termijnen:
        title = f"{t.organisation}: {t.what}"
        on = [page for page in pages if title in page]
        assert len(on) == 1, title
        assert on[0].index("Uiterlijk:", on[0].index(title)) > 0, title


def test_a_summary_says_when_it_was_made_with_which_region_data_and_who_owns_the_case(qapp, store):
    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area="zeeland",
        vermoeden=Vermoeden.LETSEL,
        melding_date=date(2026, 11, 30),
        eigenaar_vt="team Zeeland",
        eigenaar_om="parket Zeeland-West-Brabant",
    )
    cases.save_case(case)
    text = case_export.summary(cases, vault, case, NOW, with_notes=False, html=False)
    bundle = store.region("zeeland-west-brabant")
    assert "Gemaakt op woensdag 2 december 2026 09:30 (Nederlandse tijd)" in text
    assert f"Regiogegevens: versie {bundle.version}, geldig vanaf " in text
    assert "Eigenaar VT: team Zeeland" in text
    assert "Eigenaar OM: parket Zeeland-West-Brabant" in text
    assert "Eigenaar politie" not in text  # not assigned: no empty line


def test_the_dossier_s_documents_are_dutch_in_the_english_app_too(qapp, store):
    """The summary and the meldingsformulier go to a Dutch dossier and to the police: the English
    app writes them word for word as the Dutch one does (dates, advice, deadlines included)."""
    from routekaarten import i18n

    cases, vault = _unlocked(store)
    case = Case(
        id="c1",
        label=LABEL,
        region="zeeland-west-brabant",
        area="zeeland",
        vermoeden=Vermoeden.LETSEL,
        melding_date=date(2026, 11, 30),
        zeden=True,
        step=1,
    )
    cases.save_case(case)
    cases.set_event("c1", "melding", case.melding_date)
    cases.set_event("c1", "aanhouding", datetime(2026, 12, 1, 8, 15, tzinfo=AMSTERDAM))
    cases.add_note(vault, "c1", "Overleg met LECK gepland")

    def documents() -> tuple[str, str]:
        summary = case_export.summary(cases, vault, case, NOW, with_notes=True, html=False)
        return summary, case_export.meldingsformulier(case, TODAY, html=False)

    dutch = documents()
    i18n.set_language("en")
    try:
        english = documents()
        assert i18n.language() == "en"  # the app's own language is left as it was
    finally:
        i18n.set_language("nl")
    assert english == dutch
    assert "woensdag 2 december 2026 09:30" in dutch[0]
    assert "Zedenzaak" in dutch[0]
