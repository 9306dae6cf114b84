"""Search as you type (FTS5) over the Zeeland-West-Brabant bundle in a real SQLite store."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routekaarten.search import SearchHit, fts_query, search
from routekaarten.search_terms import Glossary
from routekaarten.store import Store

REGION = "zeeland-west-brabant"


def hits(store: Store, text: str, area: str | None = None) -> list[SearchHit]:
    return store.search(text, REGION, area)


def refs(store: Store, text: str, area: str | None = None) -> list[str]:
    return [hit.ref for hit in hits(store, text, area)]


# Ranking ------------------------------------------------------------------------------------------


def test_typing_ovj_in_zeeland_puts_contacts_first(region_store: Store) -> None:
    found = hits(region_store, "OvJ", "zeeland")

    kinds = [hit.kind for hit in found]
    first_other = kinds.index(next(kind for kind in kinds if kind != "contact"))
    assert first_other >= 2
    assert set(kinds[first_other:]) <= {"box", "step", "routekaart", "reference"}
    assert {hit.ref for hit in found[:first_other]} == {"zeeland-ovj", "ovj-piket"}


def test_typing_ovj_in_zeeland_finds_the_ovj_and_the_piketdienst(region_store: Store) -> None:
    contacts = {hit.ref: hit for hit in hits(region_store, "OvJ", "zeeland") if hit.kind == "contact"}

    assert contacts["zeeland-ovj"].title == "OvJ (Openbaar Ministerie)"
    assert "06 11442199" in contacts["zeeland-ovj"].snippet
    assert contacts["zeeland-ovj"].section == "Zeeland"
    assert contacts["ovj-piket"].title == "Piketdienst OvJ (Openbaar Ministerie)"
    assert "088 6997414" in contacts["ovj-piket"].snippet
    assert contacts["ovj-piket"].section == "Zeeland-West-Brabant"


def test_search_finds_boxes_of_the_routekaart(region_store: Store) -> None:
    found = {hit.ref: hit for hit in hits(region_store, "OvJ", "zeeland")}

    assert found["vt-ovj"].kind == "box"
    assert found["vt-ovj"].title == "VT** & OvJ"
    assert found["vt-ovj"].section == "Stap 1"


# Area filter ----------------------------------------------------------------------------------------


def test_area_filter_hides_midden_brabant_ovj_in_zeeland(region_store: Store) -> None:
    assert "midden-brabant-ovj" not in refs(region_store, "06 18306266", "zeeland")
    assert "midden-brabant-ovj" not in refs(region_store, "OvJ", "zeeland")


def test_midden_brabant_ovj_is_found_in_its_own_area(region_store: Store) -> None:
    assert refs(region_store, "06 18306266", "midden-brabant") == ["midden-brabant-ovj"]


def test_without_area_every_ovj_with_that_number_is_found(region_store: Store) -> None:
    assert sorted(refs(region_store, "06 18306266")) == ["midden-brabant-ovj", "west-brabant-ovj-baronie"]


def test_area_filter_keeps_region_wide_contacts(region_store: Store) -> None:
    assert "vt-24-7" in refs(region_store, "0800", "west-brabant")
    assert "ovj-piket" in refs(region_store, "piket", "midden-brabant")


def test_area_filter_lists_only_contacts_of_that_area_or_the_region(region_store: Store) -> None:
    found = hits(region_store, "Veilig Thuis", "zeeland")

    assert {hit.area for hit in found if hit.kind == "contact"} <= {"zeeland", None}
    assert any(hit.kind == "contact" and hit.area == "zeeland" for hit in found)


def test_area_filter_keeps_routekaart_boxes(region_store: Store) -> None:
    assert "actie-overleg" in refs(region_store, "Actie-overleg", "west-brabant")


# Prefixes, digits, diacritics ------------------------------------------------------------------------


def test_prefix_studiover_finds_the_studioverhoor_boxes_and_step(region_store: Store) -> None:
    found = {(hit.kind, hit.ref) for hit in hits(region_store, "studiover")}

    assert {("box", "spoed-met-ovj"), ("box", "spoed-zonder-ovj"), ("step", "2")} <= found


def test_two_letters_already_find_the_ovj(region_store: Store) -> None:
    assert "zeeland-ovj" in refs(region_store, "ov", "zeeland")


def test_digits_0653_find_the_zeeland_vertrouwensarts(region_store: Store) -> None:
    assert refs(region_store, "0653") == ["zeeland-va"]


def test_number_as_typed_with_dashes_finds_the_contact(region_store: Store) -> None:
    assert refs(region_store, "076-5233466") == ["west-brabant-vt"]


def test_number_in_international_form_finds_the_contact(region_store: Store) -> None:
    assert refs(region_store, "+31653217902") == ["zeeland-va"]


def test_overleden_with_and_without_accent_find_the_same(region_store: Store) -> None:
    plain = refs(region_store, "overleden")

    assert plain == ["1"]  # step 1, "*Overleden kinderen, als na lijkschouw ..."
    assert refs(region_store, "óverleden") == plain
    assert refs(region_store, "OVERLEDEN") == plain


def test_een_keer_goed_finds_een_with_accents(region_store: Store) -> None:
    """Step 1: "Onderzoek naar feiten kan maar één keer goed"."""
    assert "1" in refs(region_store, "een keer goed")
    assert refs(region_store, "één keer goed") == refs(region_store, "een keer goed")


def test_every_word_must_match(region_store: Store) -> None:
    assert refs(region_store, "studioverhoor zedenpolitie") == []


# Input that is not a query ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "-", "*", '"', "()", "?!", "…", "—"])
def test_empty_or_punctuation_only_query_returns_nothing(region_store: Store, text: str) -> None:
    assert fts_query(text) is None
    assert hits(region_store, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"OvJ',
        "OvJ*",
        "*OvJ",
        "NEAR(",
        "NEAR(OvJ politie, 2)",
        "-politie",
        "OvJ -politie",
        "OvJ AND",
        "AND",
        "OR OR",
        "NOT politie",
        "title:OvJ",
        "body : x",
        "^OvJ",
        "OvJ + politie",
        "{title body}: OvJ",
        "a'b",
        "'; DROP TABLE search_docs; --",
        "\x00",
    ],
)
def test_fts_syntax_in_user_input_never_raises(region_store: Store, text: str) -> None:
    result = hits(region_store, text)

    assert isinstance(result, list)


def test_fts_operator_words_are_searched_as_words(region_store: Store) -> None:
    """"AND" is not an operator here: it matches words starting with "and" (andere)."""
    assert refs(region_store, "AND") == refs(region_store, "and")
    assert refs(region_store, "AND") != []


def test_quote_inside_a_word_still_finds_the_word(region_store: Store) -> None:
    assert "zeeland-ovj" in refs(region_store, '"OvJ"', "zeeland")


def test_search_in_unknown_region_finds_no_region_data(region_store: Store) -> None:
    assert all(hit.kind == "reference" for hit in region_store.search("OvJ", "utrecht"))


def test_limit_caps_the_number_of_hits(region_store: Store) -> None:
    assert len(region_store.search("veilig", REGION, limit=3)) == 3


@settings(deadline=None, max_examples=300)
@given(text=st.text(max_size=40), area=st.sampled_from([None, "zeeland", "west-brabant", "x"]))
def test_any_text_never_makes_search_raise(shared_region_store: Store, text: str, area: str | None) -> None:
    result = shared_region_store.search(text, REGION, area)

    assert all(isinstance(hit, SearchHit) for hit in result)
    if fts_query(text) is None:
        assert result == []


# The region's own words (its legenda) ---------------------------------------------------------------


def test_officier_finds_the_ovj_contacts(region_store: Store) -> None:
    """The legenda says OvJ = Officier van Justitie; no contact is written "officier"."""
    contacts = {hit.ref for hit in hits(region_store, "officier", "zeeland") if hit.kind == "contact"}

    assert {"zeeland-ovj", "ovj-piket"} <= contacts


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("vertrouwensarts", "zeeland-va"), ("forensisch arts", "zeeland-fa"), ("justitie", "zeeland-ovj")],
)
def test_a_legenda_meaning_finds_the_abbreviated_contacts(
    region_store: Store, typed: str, expected: str
) -> None:
    assert expected in refs(region_store, typed, "zeeland")


def test_an_abbreviation_finds_text_that_writes_it_out(region_data, tmp_path) -> None:
    """"RvdK" also finds a box that only says "Raad voor de Kinderbescherming"."""
    region_data["routekaart"]["boxes"][0]["text"] = "Overleg met de Raad voor de Kinderbescherming."
    store = Store.open(tmp_path / "store")
    store.import_bundle(json.dumps(region_data).encode(), "region", "embedded", "test")
    try:
        boxes = [hit.ref for hit in store.search("RvdK", REGION) if hit.kind == "box"]
    finally:
        store.close()
    assert region_data["routekaart"]["boxes"][0]["id"] in boxes


def test_a_new_legenda_entry_works_without_code(region_data, tmp_path) -> None:
    """A made-up region word: its legenda alone makes both forms findable."""
    region_data["routekaart"]["legenda"].append({"abbr": "ZBC", "meaning": "Zorgbemiddelaar Crisiscentrum"})
    contact = next(c for c in region_data["contacts"] if c["id"] == "zeeland-va")
    contact["role"] = "ZBC"
    store = Store.open(tmp_path / "store")
    store.import_bundle(json.dumps(region_data).encode(), "region", "embedded", "test")
    try:
        by_meaning = {hit.ref for hit in store.search("zorgbemiddelaar", REGION) if hit.kind == "contact"}
        without = {hit.ref for hit in search(store.conn, "zorgbemiddelaar", REGION, glossary=Glossary())
                   if hit.kind == "contact"}
    finally:
        store.close()
    assert by_meaning == {"zeeland-va"}
    assert without == set()


def test_the_glossary_reads_the_legenda_both_ways() -> None:
    glossary = Glossary.from_legenda([("OvJ", "Officier van Justitie"), ("VA", "Vertrouwensarts")])

    assert glossary.alternatives("OvJ") == [("officier", "van", "justitie")]
    assert glossary.alternatives("offic") == [("ovj",)]
    assert glossary.alternatives("vertrouwensarts") == [("va",)]
    assert glossary.alternatives("of") == []  # two letters name nothing yet
    assert fts_query("officier", glossary) == '("officier"* OR "ovj")'
    assert fts_query("ovj", glossary) == '("ovj"* OR "officier van justitie")'
