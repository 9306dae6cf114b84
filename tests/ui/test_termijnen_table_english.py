"""The Termijnen table in English: every cell a user can read is English, the organisation and the
work of each row too, not only the countdown and the counting (a vertrouwensarts's review).

Each cell is compared with the same cell of the Dutch UI: it differs from it, or it is a name or a
number (a date, "Veilig Thuis", "ZSM", a section of the Handelingsprotocol). And no cell holds a
word that only the Dutch side of the domain's catalog uses; the sources' own words in quotes
('9 uur na aanhouding …') are shown as written and are left out of that check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.cases.termijnen_panel import TermijnenPanel
from routekaarten import i18n
from routekaarten.clock import AMSTERDAM
from routekaarten.termijnen import ZITTING_SOORTEN, overview
from routekaarten.termijnen_report import EVENT_FLAGS

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES: list[dict[str, Any]] = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=AMSTERDAM)
MONDAY = datetime(2026, 11, 30, 10, 0)

# Names and numbers read the same in both languages.
NAMES = {"Veilig Thuis", "ZSM", "Triage"}
SAME_IN_BOTH = re.compile(r"^(|—|\d\d-\d\d-\d{4}|Handelingsprotocol [\d.]+)$")
QUOTED = re.compile(r"'[^']*'")
WORD = re.compile(r"[^\W\d_]{2,}")


def _events() -> Iterator[dict[str, Any]]:
    """Every row counted (with each kind of hearing), every row waiting for a date, and the rows in
    hours waiting for a time."""
    timed = dict.fromkeys(EVENT_FLAGS.values(), MONDAY)
    for kind in ZITTING_SOORTEN:
        yield {**timed, "zitting_soort": kind}
    yield {}
    yield {anchor: MONDAY.date() for anchor in EVENT_FLAGS.values()}


def _table(qtbot, events: dict[str, Any]) -> list[list[str]]:
    panel = TermijnenPanel(now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.show_overview(overview(ENTRIES, events), NOW)
    return panel.rows()


def _dutch_only_words() -> set[str]:
    """Words of the catalog's Dutch texts that none of its English texts uses."""
    catalog = i18n.catalog("en")
    dutch = {word.casefold() for text in catalog for word in WORD.findall(text)}
    english = {word.casefold() for text in catalog.values() for word in WORD.findall(text)}
    return dutch - english


@pytest.fixture
def both_languages(english: QTranslator, qtbot) -> list[tuple[list[list[str]], list[list[str]]]]:
    """(English table, Dutch table) for each set of events."""
    tables = [_table(qtbot, events) for events in _events()]
    QCoreApplication.removeTranslator(english)
    i18n.set_language("nl")
    try:
        dutch = [_table(qtbot, events) for events in _events()]
    finally:
        QCoreApplication.installTranslator(english)
        i18n.set_language("en")
    return list(zip(tables, dutch, strict=True))


def test_every_cell_of_the_english_table_differs_from_the_dutch_or_is_a_name(both_languages) -> None:
    still_dutch = []
    for english_rows, dutch_rows in both_languages:
        assert len(english_rows) == len(dutch_rows)
        for english_row, dutch_row in zip(english_rows, dutch_rows, strict=True):
            for english_cell, dutch_cell in zip(english_row, dutch_row, strict=True):
                same = english_cell == dutch_cell
                if same and english_cell not in NAMES and not SAME_IN_BOTH.match(english_cell):
                    still_dutch.append(english_cell)
    assert sorted(set(still_dutch)) == []


def test_no_english_cell_holds_a_word_only_the_dutch_catalog_uses(both_languages) -> None:
    dutch_only = _dutch_only_words()
    assert {"besluit", "rechtbank", "voetnoot"} <= dutch_only  # the check can find them
    found = []
    for english_rows, _ in both_languages:
        for row in english_rows:
            for cell in row:
                words = {word.casefold() for word in WORD.findall(QUOTED.sub(" ", cell))}
                if words & dutch_only:
                    found.append(f"{sorted(words & dutch_only)}: {cell[:120]}")
    assert sorted(set(found)) == []


def test_the_organisation_and_the_work_are_english(both_languages) -> None:
    english_rows = both_languages[0][0]
    shown = {(row[2], row[3]) for row in english_rows}
    assert ("Court", "Decision on extension (of the restraining order)") in shown
    assert ("Police", "Decision on police custody (inverzekeringstelling)") in shown
