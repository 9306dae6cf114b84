"""Route guidance per case: each rule, and that every quoted text stands in the source."""

from __future__ import annotations

import re
from datetime import date

import pytest

from routekaarten.guidance import RULES, Advice, CaseFacts, Uitlating, Vermoeden, advise
from tests.conftest import SEED_FILE

TODAY = date(2026, 11, 30)


def _ids(facts: CaseFacts) -> list[str]:
    return [advice.id for advice in advise(facts)]


def test_behaviour_change_alone_needs_no_consult_with_police_yet():
    facts = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.GEDRAGSVERANDERING)
    [advice] = advise(facts)
    assert advice.id == "gedragsverandering-geen-overleg"
    assert "niet nodig om afstemming te zoeken met politie of OM" in advice.text


def test_clear_statement_needs_consult_about_studioverhoor():
    facts = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.HELDER)
    [advice] = advise(facts)
    assert "studio" in advice.text
    assert advice.step == 1


def test_vague_statement_leads_to_taxatiegesprek_agreed_with_police():
    [advice] = advise(CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.VAAG))
    assert "taxatiegesprek" in advice.text
    assert "overleg wordt gevoerd met de politie" in advice.text


def test_nfi_category_means_the_ovj_consults_the_nfi():
    advice = advise(CaseFacts(Vermoeden.LETSEL, TODAY, nfi_category="botbreuken-onder-3"))
    assert advice[0].id in ("nfi-ovj-overlegt", "letsel-snel-vastleggen")
    nfi = next(a for a in advice if a.id == "nfi-ovj-overlegt")
    assert nfi.boxes == ("vt-ovj",)
    assert nfi.urgent


@pytest.mark.parametrize(
    ("days_ago", "expected"), [(0, "zeden-zedenpolitie"), (7, "zeden-zedenpolitie"), (8, "zeden-aangifte")]
)
def test_zeden_within_seven_days_means_direct_contact_with_zedenpolitie(days_ago, expected):
    incident = date.fromordinal(TODAY.toordinal() - days_ago)
    facts = CaseFacts(
        Vermoeden.UITLATING, TODAY, uitlating=Uitlating.HELDER, zeden=True, incident_date=incident
    )
    zeden = next(a for a in advise(facts) if a.id.startswith("zeden"))
    assert zeden.id == expected
    assert "aangifte is noodzakelijk" in zeden.text.replace(
        "doen van aangifte noodzakelijk", "aangifte is noodzakelijk"
    )


def test_zeden_without_incident_date_asks_to_check_the_seven_days():
    zeden = advise(CaseFacts(Vermoeden.DERDE, TODAY, zeden=True))[0]
    assert zeden.id == "zeden-zedenpolitie"
    assert "niet ingevuld" in zeden.text


@pytest.mark.parametrize(
    ("age", "who"),
    [
        (4, "arts van het NFI"),
        (12, "arts van het NFI"),
        (13, "zegt zij niet"),
        (14, "met het NFI overlegd"),
        (15, "met het NFI overlegd"),
        (16, "Forensisch Arts"),
        (17, "Forensisch Arts"),
    ],
)
def test_who_does_the_trace_examination_depends_on_age(age, who):
    facts = CaseFacts(Vermoeden.UITLATING, TODAY, uitlating=Uitlating.HELDER, zeden=True, child_age=age)
    sporen = next(a for a in advise(facts) if a.id == "sporenonderzoek-leeftijd")
    assert who in sporen.text


def test_at_step_2_lists_urgent_actions_with_and_without_the_ovj():
    advice = next(
        a for a in advise(CaseFacts(Vermoeden.DERDE, TODAY, step=2)) if a.id == "spoedhandelingen-ovj"
    )
    assert "free recall gesprek met ouders" in advice.text
    assert "uitvoeren studioverhoor" in advice.text
    assert "spoed-met-ovj" in advice.boxes


def test_urgent_advice_comes_first():
    facts = CaseFacts(Vermoeden.DADER, TODAY, zeden=True, incident_date=TODAY)
    advice = advise(facts)
    assert advice[0].urgent
    assert not advice[-1].urgent


def _undouble(match: re.Match[str]) -> str:
    return match.group(0)[::2]


def _normalise(text: str) -> str:
    """Whitespace collapsed; bold runs undoubled ("zzeeddeenn" -> "zeden"); footnote numbers dropped."""
    text = re.sub(r"\s+", " ", text.replace("\uf0b7", " ")).strip()
    text = re.sub(r"(?:(\w)\1){4,}", _undouble, text)
    return re.sub(r"(?<=[a-zA-Z)])\d{1,2}(?=[.,;: ])", "", text)


def _all_advice() -> list[Advice]:
    found: dict[str, Advice] = {}
    for vermoeden in Vermoeden:
        for uitlating in [None, *Uitlating]:
            for step in range(4):
                facts = CaseFacts(
                    vermoeden,
                    TODAY,
                    uitlating=uitlating,
                    zeden=True,
                    child_age=8,
                    nfi_category="x",
                    step=step,
                    incident_date=TODAY,
                )
                for advice in advise(facts):
                    found[advice.id] = advice
    return list(found.values())


def test_every_rule_fires_for_some_case():
    assert len({a.id.split("-")[0] for a in _all_advice()}) >= len(RULES) - 1


def test_every_quoted_sentence_stands_in_the_seed():
    """The advice quotes the seed; "…" marks a cut. Each piece between cuts must be found."""
    seed = _normalise(SEED_FILE.read_text(encoding="utf-8"))
    seed = re.sub(r"(\w)- (\w)", r"\1\2", seed)  # words hyphenated at a line break
    missing = []
    for advice in _all_advice():
        if advice.id == "spoedhandelingen-ovj":
            continue  # a summary of footnote 26 (two lists), not a quote
        for piece in advice.text.split("…"):
            for sentence in re.split(r"(?<=\.) ", piece.strip()):
                if (
                    len(sentence) > 25
                    and "Routekaart:" not in sentence
                    and "ingevuld" not in sentence
                    and "voor een kind van 13" not in sentence
                    and sentence.rstrip(".") not in seed
                ):
                    missing.append(f"{advice.id}: {sentence}")
    assert not missing, "\n".join(missing)
