"""Bijlage 3 (onderzoeksbevoegdheden per organisatie) as a matrix: marks, confidence, legend, and
where the user finds it (the Gegevens menu and the cases page)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.widgets.bijlage3_table import Bijlage3Model, Bijlage3Table
from routekaarten.bijlage3 import MARK, matrix
from tests.ui.helpers import open_cases

BUNDLE = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/national/hssk.json").read_text(encoding="utf-8")
)
ROWS = BUNDLE["onderzoeksbevoegdheden"]


def _cells(model: Bijlage3Model, role=Qt.ItemDataRole.DisplayRole) -> list[list[str]]:
    return [
        [model.data(model.index(row, column), role) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_every_row_shows_its_marks_and_confidence(qtbot) -> None:
    table = Bijlage3Table(BUNDLE)
    qtbot.addWidget(table)
    model = table.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Onderzoekshandeling",
        "Politie¹",
        "Veilig Thuis",
        "Vertrouwensarts",
        "Forensisch arts²",
        "RvdK",
        "Zekerheid lezing",
    ]
    cells = {row[0]: row for row in _cells(model)}
    assert len(cells) == len(ROWS) == 22
    assert cells["Lichamelijk onderzoek uitvoeren"][1:] == ["", "", MARK, MARK, "", "hoog"]
    for row in ROWS:
        shown = cells[row["title"]]
        assert shown[1:6].count(MARK) == row["marks_in_source"]  # the source's own count per row
        assert shown[6] == row["confidence"]
    assert {row[6] for row in cells.values()} == {"hoog", "middel", "laag"}


def test_a_screen_reader_hears_words_not_symbols(qtbot) -> None:
    model = Bijlage3Model(matrix(BUNDLE))
    spoken = {row[0]: row for row in _cells(model, Qt.ItemDataRole.AccessibleTextRole)}
    assert spoken["Lichamelijk onderzoek uitvoeren"][1:] == [
        "niet bevoegd",
        "niet bevoegd",
        "bevoegd",
        "bevoegd",
        "niet bevoegd",
        "zekerheid hoog",
    ]


def test_the_legend_explains_columns_marks_footnotes_and_confidence(qtbot) -> None:
    table = Bijlage3Table(BUNDLE)
    qtbot.addWidget(table)
    legend = table.legend.text()
    assert "Politie, Veilig Thuis, Vertrouwensarts, Forensisch arts, RvdK" in legend
    assert f"{MARK} = bevoegd; leeg = niet bevoegd" in legend
    assert "¹ Politie: In veel gevallen is hiervoor toestemming nodig van de Officier van Justitie" in legend
    assert "² Forensisch arts: Afhankelijk van het soort letsel" in legend
    for word in ("Hoog:", "Middel:", "Laag:"):
        assert word in legend
    assert table.legend.textFormat() == Qt.TextFormat.PlainText


def test_titles_from_the_bundle_are_plain_text(qtbot) -> None:
    hostile = copy.deepcopy(BUNDLE)
    hostile["onderzoeksbevoegdheden"][0]["title"] = "<b>vet</b><img src='file:///etc/passwd'>"
    hostile["onderzoeksbevoegdheden"][0]["note"] = "<i>opmaak</i>"
    model = Bijlage3Model(matrix(hostile))
    assert model.data(model.index(0, 0)) == "<b>vet</b><img src='file:///etc/passwd'>"
    assert "&lt;i&gt;opmaak&lt;/i&gt;" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise a window
def test_the_gegevens_menu_opens_bijlage3_once(make_window, qtbot) -> None:
    window = make_window()
    window.menu.bijlage3.trigger()
    opened = window.findChild(Bijlage3Table)
    assert opened is not None and opened.isVisible() and opened.isWindow()
    assert opened.model.rowCount() == 22
    window.menu.bijlage3.trigger()
    assert len(window.findChildren(Bijlage3Table)) == 1  # brought forward, not opened twice


def test_the_cases_page_opens_bijlage3(make_window, qtbot) -> None:
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    qtbot.mouseClick(page.bijlage3_button, Qt.MouseButton.LeftButton)
    opened = window.findChild(Bijlage3Table)
    assert opened is not None and opened.isVisible()
