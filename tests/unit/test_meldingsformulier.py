"""The meldingsformulier (HSSK Bijlage 2) traces back to the seed, word for word and in order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from routekaarten.guidance import Vermoeden
from routekaarten.meldingsformulier import (
    FORM_SOURCE,
    FORM_TITLE,
    HANDREIKING,
    QUESTIONS,
    SECTIONS,
    VERMOEDEN_TEXTS,
    Section,
    vermoeden_text,
)

# Where the seed holds the form (its pages are out of order, see routekaarten/meldingsformulier.py).
FORM_PAGES = ((1143, 1218), (1074, 1139), (1399, 1470))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed_lines(seed_file: Path) -> list[str]:
    return seed_file.read_text(encoding="utf-8").splitlines()


def _lines(seed_lines: list[str], first: int, last: int) -> str:
    return _norm(" ".join(seed_lines[first - 1 : last]))


def _section_text(seed_lines: list[str], section: Section) -> str:
    return " ".join(_lines(seed_lines, first, last) for first, last in section.source)


def test_the_form_starts_at_bijlage_2(seed_lines: list[str]):
    assert _norm(seed_lines[1140 - 1]) == f"BIJLAGE 2 {FORM_TITLE}"


def test_the_forms_source_is_named_by_document_and_bijlage_not_by_line(seed_lines: list[str]):
    """The police read "Formulier: ..." on the PDF; they have the Handreiking, not our copy's lines."""
    assert f"HSSK {HANDREIKING}" in (_norm(line) for line in seed_lines)  # its list of abbreviations
    assert FORM_SOURCE == (
        "Handreiking Samenwerken bij Strafbare Kindermishandeling (HSSK), Bijlage 2: "
        "De melding van Veilig Thuis aan de politie"
    )
    assert not re.search(r"\br\.\s*\d", FORM_SOURCE)


@pytest.mark.parametrize("section", SECTIONS, ids=[s.title for s in SECTIONS])
def test_every_question_is_the_seeds_wording_within_its_sections_lines(
    seed_lines: list[str], section: Section
):
    text = _section_text(seed_lines, section)
    assert _norm(section.title) in text
    for question in section.questions:
        assert _norm(question.text) in text, question.id
        assert _norm(question.placeholder) in text, question.id


@pytest.mark.parametrize("section", SECTIONS, ids=[s.title for s in SECTIONS])
def test_questions_follow_the_seeds_order(seed_lines: list[str], section: Section):
    text = _section_text(seed_lines, section)
    positions = [text.index(_norm(q.text)) for q in section.questions]
    assert positions == sorted(positions)
    assert text.index(_norm(section.title)) <= positions[0]


def test_every_question_occurs_in_the_seed(seed_lines: list[str]):
    whole = _norm(" ".join(seed_lines))
    for question in QUESTIONS.values():
        assert _norm(question.text) in whole, question.id


def test_no_line_of_the_forms_pages_is_left_out(seed_lines: list[str]):
    """Every non-blank seed line of the three pages is part of some title, question or placeholder."""
    parts = [section.title for section in SECTIONS]
    parts += [part for q in QUESTIONS.values() for part in (q.text, q.placeholder)]
    form = " ".join(_norm(part) for part in parts)
    for first, last in FORM_PAGES:
        for number in range(first, last + 1):
            line = _norm(seed_lines[number - 1])
            assert not line or line in form, f"r. {number}: {line!r}"


def test_section_sources_lie_on_the_forms_pages_and_do_not_overlap():
    on_pages = set()
    for first, last in FORM_PAGES:
        on_pages |= set(range(first, last + 1))
    seen: set[int] = set()
    for section in SECTIONS:
        for first, last in section.source:
            lines = set(range(first, last + 1))
            assert lines <= on_pages, section.title
            assert not lines & seen, section.title
            seen |= lines


def test_sections_after_the_general_part_follow_the_four_vermoedens():
    """HSSK r. 227-237: letsel, uitlating van het kind, waarneming door een derde, de dader meldt."""
    assert [s.title for s in SECTIONS] == [
        "Melding",
        "Letsel/symptomen",
        "Onthulling kind",
        "Waarnemingen door derden",
        "Bekentenis dader",
        "Overige opmerkingen",
    ]
    assert SECTIONS[1].source_text == "HSSK Bijlage 2, r. 1210-1218 en 1074-1106"


def test_question_ids_are_unique_and_stable():
    ids = [q.id for s in SECTIONS for q in s.questions]
    assert len(ids) == len(set(ids)) == len(QUESTIONS)
    assert ids[:3] == ["melder", "datum_melding", "vermoeden"]
    assert all(re.fullmatch(r"[a-z_]+", question_id) for question_id in ids)


def test_vermoeden_texts_are_the_seeds_and_the_national_bundles(seed_lines: list[str], national_file: Path):
    listing = _lines(seed_lines, 227, 237)
    bundle = {v["number"]: v["summary"] for v in json.loads(national_file.read_text("utf-8"))["vermoedens"]}
    for vermoeden, text in VERMOEDEN_TEXTS.items():
        assert f"{int(vermoeden)}. {text}" in listing
        assert bundle[int(vermoeden)] == text
    assert vermoeden_text(Vermoeden.DADER) == "4. De dader meldt dat hij een kind heeft mishandeld"
