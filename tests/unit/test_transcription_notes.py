"""Where the region bundle does not copy the routekaart literally, its notes say so."""

from __future__ import annotations

import json

from routekaarten.model import RegionBundle
from routekaarten.store import Store
from tests.conftest import REGION_FILE

DATA = json.loads(REGION_FILE.read_text(encoding="utf-8"))
NOTES = DATA["routekaart"]["transcription_notes"]


def test_the_vt_double_star_titles_are_a_documented_correction(region_bundle: RegionBundle) -> None:
    for box_id in ("vt-politie-fa", "vt-ovj"):
        assert region_bundle.routekaart.box(box_id).title.startswith("VT**")
    note = next(n for n in NOTES if "vt-politie-fa" in n["where"])
    assert note["as_written"].startswith("VT*/")
    assert "correctie" in note["why"]


def test_the_midden_brabant_fa_footnote_is_shown_as_written_and_marked_unclear(
    region_bundle: RegionBundle,
) -> None:
    fa = region_bundle.contact("midden-brabant-fa")
    assert fa is not None
    assert fa.footnotes == ("*",)
    assert fa.footnotes_note.startswith("Onduidelijk")
    assert fa.backup is None  # not re-interpreted as an OvJ piket
    assert any("midden-brabant-fa" in n["where"] for n in NOTES)


def test_every_reading_reaches_the_model_without_its_line_numbers(region_bundle: RegionBundle) -> None:
    notes = region_bundle.routekaart.transcription_notes
    assert [n.where for n in notes] == [n["where"] for n in NOTES]
    assert all(not hasattr(n, "lines") for n in notes)


def test_search_finds_a_reading_of_the_source(region_store: Store) -> None:
    # "ontdubbeld" stands only in the note on the VT** titles.
    found = list(region_store.search("ontdubbeld", "zeeland-west-brabant", None))
    assert [(hit.kind, hit.ref, hit.title) for hit in found] == [
        ("routekaart", "lezing", "Lezing van de bron")
    ]
