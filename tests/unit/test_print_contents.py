"""What the printed routekaart says besides the chart (routekaarten/print_contents.py), without Qt."""

from __future__ import annotations

import json
from datetime import date

import pytest

from routekaarten import i18n
from routekaarten.errors import BundleError
from routekaarten.print_contents import page_label, print_contents, printed_on, read_for_print
from tests.conftest import REGION_FILE


def _contents():
    return print_contents(*read_for_print(REGION_FILE.read_bytes(), str(REGION_FILE)))


def test_one_list_per_area_in_the_bundles_order_and_the_region_wide_numbers_last():
    contents = _contents()

    assert [s.title for s in contents.sections] == ["Zeeland", "Midden-Brabant", "West-Brabant", "Hele regio"]
    zeeland = contents.sections[0].rows
    assert [row.phone for row in zeeland][:3] == ["0800 2000", "06 53217902", "088 0026431"]  # as written
    assert [row.phone for row in contents.sections[-1].rows] == ["0800-2000", "088 6997414"]


def test_a_row_says_hours_marks_steps_backup_and_notes_as_the_routekaart_does():
    """Seed r. 8160-8175: OvJ with * (piket 24/7), RvdK ** (consult 8.30-12.30, crisis 24/7),
    Reclassering *** (ZSM-nummer, only at step 1); FA Zeeland via the meldkamer."""
    rows = {row.role: row for row in _contents().sections[0].rows}

    assert rows["OvJ"].marks == "*"
    assert rows["OvJ"].remarks == ("achtervang: Piketdienst OvJ, 088 6997414",)
    assert rows["RvdK (bureaudienst)"].hours == "ma-vr 08:30-12:30 consult; crisis 24/7"
    assert rows["Reclassering (ZSM-nummer)"].remarks[0] == "alleen bij stap 1"
    assert rows["Forensisch arts"].remarks == ("via meldkamer politie",)
    assert rows["Politie (OVD-R)"].hours == "tijden niet vermeld"  # never guessed


def test_each_chart_footnote_names_the_boxes_that_carry_its_mark():
    notes = {note.mark: note for note in _contents().chart_footnotes}

    assert notes["*"].where == "bij: Veiligheidsplanning"
    assert notes["***"].where == "bij: Overleg VT en Politie***"


def test_the_header_gives_region_version_revision_and_valid_from():
    assert _contents().header == "Zeeland-West-Brabant · versie 2.0 (revisie 1) · geldig vanaf 01-08-2020"
    assert printed_on(date(2027, 1, 1)) == "afgedrukt op 01-01-2027"
    assert page_label(2, 5) == "pagina 2 van 5"


def test_the_print_speaks_english_in_english():
    try:
        i18n.set_language("en")
        contents = _contents()
        assert contents.header.startswith("Zeeland-West-Brabant · version 2.0 (revision 1) · valid from")
        assert contents.sections[-1].title == "Whole region"
        assert page_label(1, 3) == "page 1 of 3"
    finally:
        i18n.set_language("nl")


def test_a_bundle_that_fails_validation_is_not_printed():
    data = json.loads(REGION_FILE.read_bytes())
    data["revision"] = 0

    with pytest.raises(BundleError, match="revision"):
        read_for_print(json.dumps(data).encode(), "zwb.json")
