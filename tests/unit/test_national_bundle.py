"""The national bundle (resources/national/hssk.json): valid against its schema, every quote
traceable to the seed text, and the facts the app relies on transcribed completely."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "resources" / "national" / "hssk.json"
SCHEMA = ROOT / "routekaarten" / "schemas" / "national.schema.json"
SEED = ROOT / "tests" / "data" / "seed.txt"

SECTIONS = (
    "vermoedens",
    "strafbare_feiten",
    "nfi_categories",
    "sporenonderzoek",
    "spoedonderzoekshandelingen",
    "bespreekpunten",
    "termijnen",
    "onderzoeksbevoegdheden",
    "interventies",
)

# PDF bullet characters (Symbol-font private use and the ordinary bullet).
_BULLETS = re.compile("[\uf0b7\uf0a7\uf0d8\u2022]")
# A hyphen at the end of a line, between two word characters: "niet-\nmedische".
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def collapse(text: str) -> str:
    """Bullets removed, every run of whitespace one space."""
    return re.sub(r"\s+", " ", _BULLETS.sub(" ", text)).strip()


@cache
def seed_variants() -> tuple[str, ...]:
    """The seed as one line, three ways: as is; with a line-end hyphen kept but the line break
    removed ("niet-medische"); with a line-end hyphen removed ("nietmedische")."""
    raw = SEED.read_text(encoding="utf-8")
    return (
        collapse(raw),
        collapse(_LINE_END_HYPHEN.sub("-", raw)),
        collapse(_LINE_END_HYPHEN.sub("", raw)),
    )


def in_seed(quote: str) -> bool:
    wanted = collapse(quote)
    return any(wanted in text for text in seed_variants())


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return json.loads(BUNDLE.read_text(encoding="utf-8"))


def quotes(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, quote) for every ``quote`` field anywhere in the bundle."""
    if isinstance(value, dict):
        if isinstance(value.get("quote"), str):
            yield path or "$", value["quote"]
        for key, item in value.items():
            yield from quotes(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from quotes(item, f"{path}[{index}]")


# ------------------------------------------------------------------ shape


def test_bundle_is_valid_against_its_schema(bundle: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{error.json_path}: {error.message}" for error in validator.iter_errors(bundle)]
    assert errors == [], "hssk.json voldoet niet aan het schema:\n" + "\n".join(errors)


def test_every_entry_has_the_generic_fields_and_a_unique_id(bundle: dict[str, Any]) -> None:
    problems = []
    for section in SECTIONS:
        seen: set[str] = set()
        for index, entry in enumerate(bundle[section]):
            where = f"{section}[{index}]"
            for field in ("id", "title", "text", "source"):
                if not isinstance(entry.get(field), str):
                    problems.append(f"{where}: '{field}' ontbreekt of is geen tekst")
            if not entry.get("title") or not entry.get("source"):
                problems.append(f"{where}: lege title of source")
            if entry.get("id") in seen:
                problems.append(f"{where}: id '{entry['id']}' komt dubbel voor")
            seen.add(entry.get("id", ""))
    assert problems == [], "\n".join(problems)


# --------------------------------------------------------------- traceability


def test_every_quote_occurs_in_the_seed_text(bundle: dict[str, Any]) -> None:
    found = list(quotes(bundle))
    assert len(found) > 100, "te weinig quotes om de herleidbaarheid te controleren"
    missing = [f"  {path}: {quote!r}" for path, quote in found if not in_seed(quote)]
    assert missing == [], (
        f"{len(missing)} van {len(found)} quotes staan niet in tests/data/seed.txt:\n" + "\n".join(missing)
    )


def test_most_entries_carry_a_quote(bundle: dict[str, Any]) -> None:
    """Entries too short for a 20-character quote ("Brandwonden") may go without."""
    for section in SECTIONS:
        entries = bundle[section]
        if section == "bespreekpunten":
            entries = [item for group in entries for item in group["items"]]
        with_quote = [entry for entry in entries if "quote" in entry]
        assert len(with_quote) >= 0.75 * len(entries), section


def test_the_traceability_check_can_fail() -> None:
    assert in_seed("Botbreuken bij kinderen onder de 3 jaar oud")
    assert in_seed("Heimelijk video-opnames maken")  # "video-\nopnames" in the seed
    assert not in_seed("Botbreuken bij kinderen onder de 4 jaar oud")


# --------------------------------------------------------------------- content


def test_there_are_four_vermoedens_numbered_one_to_four(bundle: dict[str, Any]) -> None:
    assert [v["number"] for v in bundle["vermoedens"]] == [1, 2, 3, 4]


def test_vermoeden_2_distinguishes_behaviour_and_clear_and_vague_statements(bundle: dict[str, Any]) -> None:
    v2 = next(v for v in bundle["vermoedens"] if v["number"] == 2)
    subtypes = {s["id"]: s for s in v2["subtypes"]}
    assert set(subtypes) == {"gedragsverandering", "heldere-uitspraak", "vage-uitspraak"}
    assert "niet nodig om afstemming te zoeken met politie of OM" in subtypes["gedragsverandering"]["text"]
    assert "studio" in subtypes["heldere-uitspraak"]["text"]
    assert "taxatiegesprek" in subtypes["vage-uitspraak"]["text"]


def test_the_nfi_categories_are_the_six_of_the_hssk(bundle: dict[str, Any]) -> None:
    assert [c["text"] for c in bundle["nfi_categories"]] == [
        "Overleden kinderen, als na lijkschouw blijkt van een vermoeden van niet-natuurlijke oorzaak",
        "Zaken met toegebracht hersenletsel (inclusief zaken met toegebracht schedel-hersenletsel)",
        "Botbreuken bij kinderen onder de 3 jaar oud",
        "Nagebootste klachten of afwijkingen (PCF)",
        "Brandwonden",
        "Overige zaken die specifieke aandacht vragen",
    ]
    assert "botbreuken-onder-3" in {c["id"] for c in bundle["nfi_categories"]}


def test_spoedonderzoekshandelingen_with_and_without_ovj_follow_footnote_26(bundle: dict[str, Any]) -> None:
    handelingen = bundle["spoedonderzoekshandelingen"]
    without = {h["title"] for h in handelingen if not h["needs_ovj"]}
    with_ovj = {h["title"] for h in handelingen if h["needs_ovj"]}
    assert without == {
        "Overleg met Forensisch arts over of nader FMO nodig",
        "Onderzoek PD",
        "Free recall gesprek met ouders",
        "Voorbereiden studioverhoor kind",
        "Veiligstellen gegevens(dragers)",
    }
    assert with_ovj == {
        "Gesprekken met eventuele getuigen",
        "Tactische spoedhandelingen waarvoor toestemming OM nodig",
        "Uitvoeren studioverhoor",
    }


def test_strafbare_feiten_carry_their_articles(bundle: dict[str, Any]) -> None:
    articles = {f["id"]: f["articles"] for f in bundle["strafbare_feiten"]}
    assert len(articles) == 11
    assert articles["poging-moord-doodslag"] == ["art. 287 Sr", "art. 289 Sr"]
    assert articles["bedreiging-belaging"] == ["art. 285 Sr", "art. 285b Sr"]
    assert articles["hulpeloze-toestand"] == ["art. 255 Sr"]


def test_sporenonderzoek_does_not_invent_who_handles_age_13(bundle: dict[str, Any]) -> None:
    rules = bundle["sporenonderzoek"]

    def covers(rule: dict[str, Any], age: int) -> bool:
        low, high = rule["min_age"], rule["max_age"]
        return (low is None or age >= low) and (high is None or age <= high)

    assert [r["performer"] for r in rules if covers(r, 12)] == ["een arts van het NFI"]
    assert [r["performer"] for r in rules if covers(r, 16)] == ["een Forensisch Arts"]
    assert len([r for r in rules if covers(r, 14)]) == 1
    assert [r for r in rules if covers(r, 13)] == []
    assert any("13 jaar" in r.get("note", "") for r in rules)


def test_bespreekpunten_include_safety_and_deadlines(bundle: dict[str, Any]) -> None:
    groups = {g["title"]: g for g in bundle["bespreekpunten"]}
    assert list(groups) == [
        "Over de verdenking",
        "Over de (medische) onderbouwing van de verdenking",
        "Over sporen, locatie-onderzoek en gegevensdragers",
        "Over de verklaringen die er zijn of nog moeten komen",
        "Over de afstemming in de zaak na het eerste overleg",
        "Over de veiligheid",
        "Over de termijnen",
    ]
    assert len(groups["Over de veiligheid"]["items"]) == 9
    assert len(groups["Over de termijnen"]["items"]) == 2


BIJLAGE_7 = {
    "Veilig Thuis": {
        "5 werkdagen na melding Triage",
        "10 wk na melding Afronden onderzoek en eventueel overdragen",
    },
    "Politie": {
        "9 uur na aanhouding Besluit over inverzekeringstelling",
        "14 dgn na aangifte/melding Plan van aanpak naar OvJ",
        "6 mnd na aangifte Dossier naar OvJ",
        "30 dgn na verhoor verdachte Insturen zaak naar Openbaar Ministerie",
        "2 weken na melding studioverhoor",
    },
    "Openbaar Ministerie": {
        "3 dgn na aanhouding Besluit over wel/niet voorgeleiding",
        "14 dgn na ontvangst plan politie Akkoord op plan politie of aanpassing",
        "60 dgn na ontvangst pv politie Beoordeling zaak en bepalen afdoeningsrichting",
        "6 mnd na ontvangst pv politie Als zaak naar zitting: zittingsdatum",
    },
}


@pytest.mark.parametrize("organisation", sorted(BIJLAGE_7))
def test_every_bijlage_7_termijn_is_present(bundle: dict[str, Any], organisation: str) -> None:
    rows = {
        t["as_written"]
        for t in bundle["termijnen"]
        if t["organisation"] == organisation and t["source"].startswith("Handreiking, Bijlage 7")
    }
    assert rows == BIJLAGE_7[organisation]


def test_termijn_sources_name_document_and_section_never_a_line(bundle: dict[str, Any]) -> None:
    sources = {t["source"] for t in bundle["termijnen"]}
    assert all(s.startswith(("Handreiking, Bijlage 7", "Handelingsprotocol ")) for s in sources)
    assert not [s for s in sources if "r. " in s]
    assert all(t["seed_lines"].startswith("r. ") for t in bundle["termijnen"])


def test_handelingsprotocol_termijnen_count_from_the_event_it_names(bundle: dict[str, Any]) -> None:
    rows = {t["id"]: t for t in bundle["termijnen"]}
    zicht = rows["hp-zicht-op-veiligheid"]
    assert (zicht["amount"], zicht["unit"]) == (6, "werkdagen")
    assert rows["hp-onderzoek-afronden"]["anchor"] == "veiligheidsbeoordeling"
    assert rows["vt-afronden-onderzoek"]["binding"] is False
    assert rows["politie-studioverhoor"]["anchor"] == "melding_politie"
    zeden = {t["footnote_number"] for t in bundle["termijnen"] if t.get("applies_to") == "zedenzaken"}
    assert zeden == {33, 36, 37, 38}
    assert {rows[i]["legal_rule"] for i in ("politie-inverzekeringstelling", "om-voorgeleiding")} == {
        "sv_56a",
        "sv_59a",
    }


def test_termijnen_are_computable_where_the_row_gives_a_term(bundle: dict[str, Any]) -> None:
    rows = {t["id"]: t for t in bundle["termijnen"]}
    assert (rows["vt-triage"]["amount"], rows["vt-triage"]["unit"], rows["vt-triage"]["anchor"]) == (
        5,
        "werkdagen",
        "melding",
    )
    plan = rows["politie-plan-van-aanpak"]
    assert (plan["amount"], plan["unit"], plan["direction"], plan["anchor"]) == (
        14,
        "dagen",
        "na",
        "aangifte_melding_politie",
    )
    assert plan["footnote_number"] == 33
    advies = rows["reclassering-reguliere-zitting"]
    assert (advies["amount"], advies["unit"], advies["direction"]) == (14, "dagen", "voor")
    no_term = [t for t in bundle["termijnen"] if t["as_written"].startswith(("Geen", "Telefonisch"))]
    assert len(no_term) == 4
    assert all(t["amount"] is None and t["anchor"] is None for t in no_term)
    assert {t["organisation"] for t in bundle["termijnen"]} == {
        "Veilig Thuis",
        "Politie",
        "Openbaar Ministerie",
        "Reclassering",
        "Raad voor de Kinderbescherming",
        "ZSM",
        "Rechtbank",
    }


def test_unreadable_bijlage_3_rows_say_so_instead_of_guessing(bundle: dict[str, Any]) -> None:
    for row in bundle["onderzoeksbevoegdheden"]:
        if not row["organisations"]:
            assert row["note"] == "kolommen niet leesbaar in de brontekst", row["id"]


def test_interventies_cover_the_four_categories(bundle: dict[str, Any]) -> None:
    categories = {i["category"] for i in bundle["interventies"]}
    assert categories == {"strafrechtelijk", "bestuursrechtelijk", "civielrechtelijk", "vrijwillig"}
    titles = {i["title"] for i in bundle["interventies"]}
    assert {"huisverbod", "(voorlopige) OTS", "mediation", "detentie"} <= titles
