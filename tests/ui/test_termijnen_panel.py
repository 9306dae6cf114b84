"""The deadlines panel: rows that still need a date say so, footnotes stand with their row, and
the hearing's kind is one of the case's events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desktop.cases.termijnen_panel import TermijnenPanel
from routekaarten.termijnen import overview

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]


def test_needed_rows_and_footnotes_are_shown(qtbot) -> None:
    panel = TermijnenPanel()
    qtbot.addWidget(panel)
    panel.show_overview(overview(ENTRIES, {"melding": date(2026, 11, 30)}), date(2026, 12, 1))

    rows = {row[3]: row for row in panel.rows()}
    assert rows["studioverhoor"][:1] == ["—"]
    assert rows["studioverhoor"][4] == "Nodig: de datum van melding bij de politie."
    assert "voetnoot 33: Huidige afspraak in zedenzaken" in rows["Plan van aanpak naar OvJ"][5]
    assert "geldt nu alleen in zedenzaken" in rows["Plan van aanpak naar OvJ"][5]
    assert rows["Afronden onderzoek en eventueel overdragen"][0] == "08-02-2027"
    assert "niet bindend" in rows["Afronden onderzoek en eventueel overdragen"][5]


def test_choosing_the_kind_of_hearing_emits_it_as_an_event(qtbot) -> None:
    panel = TermijnenPanel()
    qtbot.addWidget(panel)
    panel.load_events({"zitting": date(2027, 3, 9), "zitting_soort": "snel"})
    assert panel.soort.currentData() == "snel"

    with qtbot.wait_signal(panel.eventChanged) as blocker:
        panel.soort.setCurrentIndex(panel.soort.findData("regulier"))
    assert blocker.args == ["zitting_soort", "regulier"]
