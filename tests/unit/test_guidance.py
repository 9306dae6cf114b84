"""Route guidance per case: each rule with a case where it applies and one where it does not,
the precedence between rules, impossible facts, and that every quoted text stands in the source."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from routekaarten.guidance import RULES, Advice, CaseFacts, Uitlating, Vermoeden, advise, check_facts
from tests.conftest import SEED_FILE

TODAY = date(2026, 11, 30)
NFI_IDS = (
    "overleden-kinderen",
    "toegebracht-hersenletsel",
    "botbreuken-onder-3",
    "nagebootste-klachten",
    "brandwonden",
    "overige-zaken",
)
GEDRAG = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.GEDRAGSVERANDERING)
HELDER = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.HELDER)
VAAG = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.VAAG)
LETSEL = CaseFacts(Vermoeden.LETSEL, TODAY)
DERDE = CaseFacts(Vermoeden.DERDE, TODAY)


def _with(facts: CaseFacts, **changes: object) -> CaseFacts:
    values = {**facts.__dict__, **changes}
    return CaseFacts(**values)  # type: ignore[arg-type]


def _ids(facts: CaseFacts) -> list[str]:
    return [advice.id for advice in advise(facts)]


def _get(facts: CaseFacts, advice_id: str) -> Advice:
    return next(a for a in advise(facts) if a.id == advice_id)


# (rule id, a case where it applies, a case where it does not)
CASES = [
    ("gedragsverandering-geen-overleg", GEDRAG, HELDER),
    ("alsnog-heldere-uitlating", GEDRAG, VAAG),
    ("praten-met-kinderen-zeden", _with(HELDER, zeden=True), HELDER),
    ("heldere-uitspraak-studioverhoor", HELDER, VAAG),
    ("vage-uitspraak-taxatiegesprek", VAAG, HELDER),
    ("taxatiegesprek-voorwaarden", VAAG, GEDRAG),
    ("letsel-snel-vastleggen", LETSEL, DERDE),
    ("verwijtbaarheid-met-expert", LETSEL, HELDER),
    ("nfi-ovj-overlegt", _with(LETSEL, nfi_category="brandwonden"), LETSEL),
    (
        "nfi-categorie-past-niet-bij-leeftijd",
        _with(LETSEL, nfi_category="botbreuken-onder-3", child_age=3),
        _with(LETSEL, nfi_category="botbreuken-onder-3", child_age=2),
    ),
    ("derde-melding-politie", DERDE, LETSEL),
    ("dader-meldt-overleg", CaseFacts(Vermoeden.DADER, TODAY), DERDE),
    (
        "zeden-zedenpolitie",
        _with(DERDE, zeden=True, incident_date=TODAY),
        _with(DERDE, zeden=True, incident_date=TODAY - timedelta(days=8)),
    ),
    (
        "zeden-aangifte",
        _with(DERDE, zeden=True, incident_date=TODAY - timedelta(days=8)),
        _with(DERDE, zeden=True, incident_date=TODAY),
    ),
    ("sporenonderzoek-leeftijd", _with(HELDER, zeden=True, child_age=8), _with(HELDER, child_age=8)),
    ("eerste-overleg-zonder-naam", _with(DERDE, step=1), _with(DERDE, step=2)),
    ("nog-geen-contact-betrokkenen", _with(DERDE, step=1), GEDRAG),
    ("spoedhandelingen-ovj", _with(DERDE, step=2), _with(DERDE, step=1)),
    ("plan-van-aanpak-ovj", _with(DERDE, step=3), _with(DERDE, step=2)),
    ("informatie-delen-stap-3", _with(DERDE, step=3), _with(DERDE, step=1)),
    ("actie-overleg", _with(DERDE, step=3), _with(DERDE, step=3, zeden=True, incident_date=TODAY)),
    ("actie-overleg-niet-standaard-zeden", _with(DERDE, step=3, zeden=True), _with(DERDE, step=3)),
    ("escaleren", GEDRAG, None),
]


@pytest.mark.parametrize(("advice_id", "applies", "does_not"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_applies_to_its_case_and_not_to_another(advice_id, applies, does_not):
    assert advice_id in _ids(applies)
    if does_not is not None:
        assert advice_id not in _ids(does_not)


def test_every_rule_is_covered_by_a_case():
    ids = {advice_id for advice_id, _, _ in CASES}
    fired = {a.id for _, facts, _ in CASES for a in advise(facts)}
    assert fired <= ids
    assert len(RULES) <= len(ids)


def test_behaviour_change_alone_needs_no_consult_with_police_yet():
    advice = _get(GEDRAG, "gedragsverandering-geen-overleg")
    assert "niet nodig om afstemming te zoeken met politie of OM" in advice.text
    assert advice.step == 0
    assert "eerste-overleg-zonder-naam" not in _ids(GEDRAG)


def test_a_clear_statement_after_all_is_written_down_word_for_word():
    advice = _get(GEDRAG, "alsnog-heldere-uitlating")
    assert "precies op te schrijven welke vragen gesteld zijn" in advice.text
    assert advice.source == "Handreiking, Vermoeden 2, voetnoot 19"


def test_taxatiegesprek_conditions_are_all_given():
    text = _get(VAAG, "taxatiegesprek-voorwaarden").text
    for condition in (
        "niet-sturende en niet-beïnvloedende manier",
        "altijd audiovisueel worden opgenomen",
        "opnames aan de politie verstrekt",
        "De start en de afsluiting",
        "letterlijke vragen van de taxateur",
        "mag geen (behandel)relatie met het kind hebben",
        "redelijk taalniveau",
    ):
        assert condition in text


def test_an_nfi_case_goes_to_the_ovj_and_not_first_to_the_forensisch_arts():
    facts = _with(LETSEL, nfi_category="botbreuken-onder-3", child_age=1)
    nfi = _get(facts, "nfi-ovj-overlegt")
    assert nfi.boxes == ("vt-ovj",)
    assert nfi.urgent
    assert "Als eerst de FA wordt betrokken, leidt dit tot onnodige vertraging." in nfi.text
    assert "Overleg met politie óf met OVD-R" in nfi.text
    assert all("vt-politie-fa" not in a.boxes for a in advise(facts))


def test_injury_without_nfi_still_points_to_letselduiding_with_the_fa():
    assert "vt-politie-fa" in _get(LETSEL, "letsel-snel-vastleggen").boxes


def test_an_nfi_category_that_does_not_fit_the_age_is_flagged_first():
    facts = _with(LETSEL, nfi_category="botbreuken-onder-3", child_age=5)
    first = advise(facts)[0]
    assert first.id == "nfi-categorie-past-niet-bij-leeftijd"
    assert first.warning
    assert "onder de 3 jaar" in first.title
    assert "dit kind is 5" in first.title


@pytest.mark.parametrize(
    ("days_ago", "expected"), [(0, "zeden-zedenpolitie"), (7, "zeden-zedenpolitie"), (8, "zeden-aangifte")]
)
def test_zeden_within_seven_days_means_direct_contact_with_zedenpolitie(days_ago, expected):
    facts = _with(HELDER, zeden=True, incident_date=TODAY - timedelta(days=days_ago))
    zeden = next(a for a in advise(facts) if a.id.startswith("zeden"))
    assert zeden.id == expected
    assert "Voor zedenzaken geldt dat doen van aangifte noodzakelijk is." in zeden.text


def test_zeden_without_incident_date_asks_to_check_the_seven_days():
    zeden = advise(_with(DERDE, zeden=True))[0]
    assert zeden.id == "zeden-zedenpolitie"
    assert "niet ingevuld" in zeden.note


def test_zeden_within_seven_days_goes_before_behaviour_only():
    advice = advise(_with(GEDRAG, zeden=True, incident_date=TODAY - timedelta(days=2)))
    assert advice[0].id == "zeden-zedenpolitie"
    behaviour = next(a for a in advice if a.id == "gedragsverandering-geen-overleg")
    assert "gaat voor" in behaviour.note


def test_older_zeden_with_behaviour_only_does_not_yet_ask_for_aangifte():
    facts = _with(GEDRAG, zeden=True, incident_date=TODAY - timedelta(days=30))
    ids = _ids(facts)
    assert "zeden-aangifte" not in ids
    assert "zeden-zedenpolitie" not in ids
    assert "praten-met-kinderen-zeden" in ids
    assert "zodra het kind een uitlating doet" in _get(facts, "gedragsverandering-geen-overleg").note


@pytest.mark.parametrize(
    ("age", "who"),
    [
        (4, "arts van het NFI"),
        (12, "arts van het NFI"),
        (14, "met het NFI overlegd"),
        (15, "met het NFI overlegd"),
        (16, "Forensisch Arts"),
        (17, "Forensisch Arts"),
    ],
)
def test_who_does_the_trace_examination_depends_on_age(age, who):
    assert who in _get(_with(HELDER, zeden=True, child_age=age), "sporenonderzoek-leeftijd").text


def test_for_a_child_of_13_the_source_names_no_one_and_the_app_says_so():
    sporen = _get(_with(HELDER, zeden=True, child_age=13), "sporenonderzoek-leeftijd")
    assert "zegt zij niet" in sporen.note
    assert "NFI" not in sporen.text


def test_at_step_2_lists_urgent_actions_with_and_without_the_ovj():
    advice = _get(_with(DERDE, step=2), "spoedhandelingen-ovj")
    assert "Free recall gesprek met ouders" in advice.text
    assert "Uitvoeren studioverhoor" in advice.text
    assert "spoed-met-ovj" in advice.boxes


def test_at_step_3_the_plan_goes_to_the_ovj_within_two_weeks():
    advice = _get(_with(DERDE, step=3), "plan-van-aanpak-ovj")
    assert "(max 2 weken)" in advice.text
    assert advice.source == "Routekaart ZWB, stap 3 (plan van aanpak)"


def test_urgent_advice_comes_first():
    advice = advise(CaseFacts(Vermoeden.DADER, TODAY, zeden=True, incident_date=TODAY))
    assert advice[0].urgent
    assert not advice[-1].urgent


def test_sources_name_document_and_section_and_never_a_line_number():
    for advice in _all_advice():
        assert advice.source.startswith(("Handreiking", "Routekaart ZWB", "Handelingsprotocol")), advice.id
        assert not re.search(r"\br\. ?\d", advice.source), advice.id
        assert re.search(r"r\. \d", advice.lines), advice.id


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (_with(LETSEL, nfi_category="botbreuk"), "onbekende NFI-categorie 'botbreuk'"),
        (_with(LETSEL, child_age=-1), "leeftijd -1 kan niet"),
        (_with(LETSEL, child_age=18), "leeftijd 18 kan niet"),
        (_with(LETSEL, incident_date=TODAY + timedelta(days=1)), "ligt na vandaag"),
        (_with(LETSEL, step=4), "stap 4 bestaat niet"),
    ],
)
def test_impossible_facts_are_named(facts, message):
    [problem] = check_facts(facts, NFI_IDS)
    assert message in problem


def test_possible_facts_pass_the_check():
    assert (
        check_facts(_with(LETSEL, nfi_category="brandwonden", child_age=0, incident_date=TODAY), NFI_IDS)
        == []
    )


def _undouble(match: re.Match[str]) -> str:
    return match.group(0)[::2]


def _normalise(text: str) -> str:
    """Whitespace collapsed; bold runs undoubled ("zzeeddeenn" -> "zeden"); footnote numbers dropped."""
    text = re.sub(r"\s+", " ", text.replace("\uf0b7", " ")).strip()
    text = re.sub(r"(?:(\w)\1){4,}", _undouble, text)
    return re.sub(r"(?<=[a-zA-Z)])\d{1,2}(?=[.,;: ])", "", text)


def _all_advice() -> list[Advice]:
    found: dict[str, Advice] = {}
    for _, applies, does_not in CASES:
        for facts in (applies, does_not):
            if facts is not None:
                for advice in advise(facts):
                    found[advice.id] = advice
    return list(found.values())


def test_every_quoted_piece_stands_in_the_seed():
    """``text`` is the sources' words only; "…" marks a cut. Every piece between cuts must be found."""
    seed = _normalise(SEED_FILE.read_text(encoding="utf-8"))
    seed = re.sub(r"(\w)- (\w)", r"\1\2", seed)  # words hyphenated at a line break
    missing = []
    for advice in _all_advice():
        for cut in advice.text.split("…"):
            piece = _normalise(cut.strip())
            if piece and piece not in seed:
                missing.append(f"{advice.id}: {piece}")
    assert not missing, "\n".join(missing)
