"""Bijlage 3 (onderzoeksbevoegdheden per organisatie): the marks in the bundle are the ones the
documented layout reading (routekaarten/bijlage3.py) derives from the seed, row by row."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from routekaarten.bijlage3 import LayoutError, matrix, read_row
from tests.conftest import NATIONAL_FILE, SEED_FILE

SEED = SEED_FILE.read_text(encoding="utf-8").split("\n")
NATIONAL: dict[str, Any] = json.loads(NATIONAL_FILE.read_text(encoding="utf-8"))
ROWS = NATIONAL["onderzoeksbevoegdheden"]
COLUMNS = [c["id"] for c in NATIONAL["onderzoeksbevoegdheden_kolommen"]]


def _first_line(row: dict[str, Any]) -> int:
    """Index in the seed of the row's title (the first line of its ``lines``)."""
    match = re.match(r"r\. (\d+)", row["lines"])
    assert match, row["id"]
    index = int(match.group(1)) - 1
    assert row["title"].startswith(SEED[index].strip()), (row["id"], SEED[index])
    return index


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_bundle_marks_are_derived_from_the_seed_layout(row: dict[str, Any]) -> None:
    reading = read_row(SEED, _first_line(row))
    assert [row["organisations"][column] for column in COLUMNS] == list(reading.marks)
    assert sum(reading.marks) == row["marks_in_source"]
    assert row["confidence"] == reading.confidence


def test_every_row_has_all_five_columns_and_says_which_are_marked() -> None:
    titles = {c["id"]: c["title"] for c in NATIONAL["onderzoeksbevoegdheden_kolommen"]}
    for row in ROWS:
        assert list(row["organisations"]) == COLUMNS, row["id"]
        assert row["marked"] == ", ".join(titles[c] for c in COLUMNS if row["organisations"][c])


def test_only_police_may_search_a_house_or_use_evidence() -> None:
    """The rows a reader can check by the law: only the police have these powers."""
    police_only = ("voorwerpen-als-bewijs", "gegevensdragers-onderzoeken", "heimelijk-afluisteren")
    for row in ROWS:
        if row["id"] in police_only:
            assert [c for c in COLUMNS if row["organisations"][c]] == ["politie"], row["id"]


def test_only_the_forensisch_arts_reports_as_expert() -> None:
    row = next(r for r in ROWS if r["id"] == "rapporteren-als-deskundige")
    assert [c for c in COLUMNS if row["organisations"][c]] == ["forensisch-arts"]


def test_medical_rows_are_for_the_two_doctors() -> None:
    row = next(r for r in ROWS if r["id"] == "oorzaak-letsel-zelf")
    assert [c for c in COLUMNS if row["organisations"][c]] == ["vertrouwensarts", "forensisch-arts"]


def test_confidence_is_lower_where_the_reading_needed_a_fallback() -> None:
    confidence = {r["id"]: r["confidence"] for r in ROWS}
    assert confidence["eerste-verhaal-ouders"] == "hoog"
    assert confidence["oorzaak-locatie"] == "middel"
    assert confidence["heimelijk-video"] == "laag"  # the end of the row is not readable
    assert confidence["woning-betreden"] == "laag"  # the row is split by a page break


def test_a_mark_line_with_leading_spaces_counts_the_empty_cells_before_it() -> None:
    lines = ["Titel ", " ", "", "  \u221a ", " ", "", "\u221a ", " ", "", " ", "Volgende"]
    assert read_row(lines, 0).marks == (False, False, True, True, False)


def test_a_row_with_more_cells_than_columns_is_refused() -> None:
    lines = ["Titel ", "", *["\u221a"] * 5, "  ", "Volgende"]
    with pytest.raises(LayoutError, match="7 cellen"):
        read_row(lines, 0)


def test_the_matrix_lists_every_row_under_the_five_columns() -> None:
    table = matrix(NATIONAL)
    assert [title for _, title in table.columns] == [
        "Politie",
        "Veilig Thuis",
        "Vertrouwensarts",
        "Forensisch arts",
        "RvdK",
    ]
    assert len(table.rows) == len(ROWS)
    first = table.rows[0]
    assert first.marks == (True, True, True, False, True)
    assert first.confidence == "hoog"


def test_search_finds_the_marks_of_a_row() -> None:
    from routekaarten.search_index import documents_for_national

    ref = "onderzoeksbevoegdheden/woning-betreden"
    doc = next(d for d in documents_for_national(NATIONAL) if d["ref"] == ref)
    assert "Politie" in doc["body"]
    assert "niet leesbaar" in doc["body"]  # the low confidence is said, not hidden
