"""The routekaart overview shows every reading the transcription had to make (issue 11)."""

from __future__ import annotations

import json
from html import escape
from typing import Any

import pytest

from desktop.routekaart.detail_html import overview_html
from routekaarten.model import RegionBundle
from tests.conftest import REGION_FILE


@pytest.fixture
def region_bundle() -> RegionBundle:
    return RegionBundle.from_dict(json.loads(REGION_FILE.read_text(encoding="utf-8")))


def _with_notes(notes: list[dict[str, Any]]) -> RegionBundle:
    data = json.loads(REGION_FILE.read_text(encoding="utf-8"))
    data["routekaart"]["transcription_notes"] = notes
    return RegionBundle.from_dict(data)


def test_the_overview_lists_every_reading_under_its_heading(region_bundle: RegionBundle) -> None:
    html = overview_html(region_bundle)
    notes = region_bundle.routekaart.transcription_notes

    assert "<h3>Lezing van de bron</h3>" in html
    assert len(notes) == 6
    for note in notes:
        assert escape(note.reading) in html and escape(note.why) in html
    assert "VT**/ Politie &amp; FA" in html  # the corrected box titles, as the note reads them
    assert "r. 8001" not in html  # the lines are for developers


def test_a_reading_with_markup_is_shown_as_text() -> None:
    bundle = _with_notes([
        {"where": "<b>vak</b>", "as_written": "<img src='x'>", "reading": "a < b",
         "why": "<a href='file:///etc'>x</a>"},
    ])

    html = overview_html(bundle)

    assert "<img" not in html and "<a href" not in html and "<b>vak</b>" not in html
    assert "&lt;b&gt;vak&lt;/b&gt;" in html and "a &lt; b" in html


def test_no_heading_without_readings() -> None:
    bundle = _with_notes([])
    assert "Lezing van de bron" not in overview_html(bundle)
