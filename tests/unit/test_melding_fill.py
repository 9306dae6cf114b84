"""The meldingsformulier filled from the case and the workstation, its answers sealed at rest."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from routekaarten import i18n
from routekaarten.case_store import CaseStore
from routekaarten.guidance import Uitlating, Vermoeden
from routekaarten.melding_fill import (
    MAX_ANSWER_CHARS,
    ProfileError,
    Sender,
    anonymity_warning,
    answer_problem,
    check_phone,
    check_sent_on,
    merged,
    prefilled,
)
from routekaarten.store import Store
from routekaarten.termijnen import ImpossibleDate
from routekaarten.vault import CaseVault
from tests.unit.cases import CHEAP, MARKER
from tests.unit.cases import case as _case

SENDER = Sender("Veilig Thuis Zeeland", "Spoed", "vertrouwensarts", "4711", "088 123 4567")


def test_sender_names_the_function_and_the_call_back_number_not_a_person():
    assert SENDER.text() == (
        "Veilig Thuis Zeeland, team Spoed, vertrouwensarts (dienstnummer 4711); terugbellen: 088 123 4567"
    )
    assert Sender().text() == ""


def test_prefilled_answers_say_what_the_case_knows():
    case = _case(
        vermoeden=Vermoeden.UITLATING,
        uitlating=Uitlating.HELDER,
        zeden=True,
        child_age=6,
        nfi_category="zeden",
        incident_date=date(2026, 11, 28),
        incident_time=time(21, 40),
    )
    answers = prefilled(case, sent_on=date(2026, 12, 1), sender=SENDER, nfi_title="Zedenmisdrijven")
    assert answers["melder"].startswith("Veilig Thuis Zeeland")
    assert answers["datum_melding"] == "01-12-2026"
    assert answers["wanneer_gebeurd"] == "28-11-2026 21:40"
    vermoeden = answers["vermoeden"]
    assert vermoeden.startswith("2. Er wordt kindermishandeling vermoed")
    for words in ("heldere uitspraak", "Zedenzaak: ja", "NFI-categorie: Zedenmisdrijven", "6 jaar"):
        assert words in vermoeden


def test_the_form_is_filled_in_dutch_in_the_english_app_too():
    """The police receive a Dutch form: its answers are not English beside Dutch questions."""
    case = _case(vermoeden=Vermoeden.UITLATING, uitlating=Uitlating.HELDER, zeden=True, child_age=6)
    i18n.set_language("en")
    try:
        answers = prefilled(case, sent_on=date(2026, 12, 1), sender=SENDER)
        damaged = merged(answers, {"getuigen": None})["getuigen"]
        refused = pytest.raises(ProfileError, match="is not a Dutch number")
        with refused:  # what the app says to its user is in the user's language
            check_phone("+32 2 555 12 12")
    finally:
        i18n.set_language("nl")
    assert answers["melder"] == (
        "Veilig Thuis Zeeland, team Spoed, vertrouwensarts (dienstnummer 4711); terugbellen: 088 123 4567"
    )
    for words in ("Soort uitlating: heldere uitspraak", "Zedenzaak: ja", "Leeftijd kind: 6 jaar"):
        assert words in answers["vermoeden"]
    assert damaged == "[antwoord onleesbaar]"


def test_the_melding_to_the_police_cannot_lie_after_today():
    check_sent_on(date(2026, 11, 30), date(2026, 11, 30))
    check_sent_on(date(2026, 11, 27), date(2026, 11, 30))
    refused = r"De datum van de melding \(dinsdag 1 december 2026\) ligt in de toekomst"
    with pytest.raises(ImpossibleDate, match=refused):
        check_sent_on(date(2026, 12, 1), date(2026, 11, 30))


def test_a_written_answer_wins_over_the_prefilled_one_and_a_damaged_one_is_said():
    prefill = {"melder": "VT", "datum_melding": "maandag"}
    answers = merged(prefill, {"melder": "iemand anders", "getuigen": None})
    assert answers["melder"] == "iemand anders"
    assert answers["datum_melding"] == "maandag"
    assert answers["getuigen"] == "[antwoord onleesbaar]"


@pytest.mark.parametrize("typed", ["088 123 4567", "0881234567", "+31 88 123 4567", "06-12345678"])
def test_a_dutch_call_back_number_is_kept_in_national_form(typed):
    assert check_phone(typed).replace(" ", "").replace("-", "") in {"0881234567", "0612345678"}


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("+32 2 555 12 12", "geen Nederlands nummer"),
        ("12", "geen geldig"),
        ("bel mij", "geen telefoonnummer"),
    ],
)
def test_a_number_that_is_not_dutch_gets_a_dutch_message(typed, words):
    with pytest.raises(ProfileError, match=words):
        check_phone(typed)


def test_naming_a_witness_or_the_first_confidant_warns_about_anonymity():
    assert anonymity_warning({"wat_gebeurd": "klap"}) is None
    assert anonymity_warning({"getuigen": "  "}) is None
    for field_id in ("getuigen", "onthulling_aan_wie", "waarnemer"):
        warning = anonymity_warning({field_id: "juf Anna, 06-12345678"})
        assert warning is not None
        assert "anoniem" in warning and "niet ter inzage" in warning


def test_an_answer_too_long_for_the_form_is_said_with_its_length():
    assert answer_problem("x" * MAX_ANSWER_CHARS) is None
    problem = answer_problem("x" * (MAX_ANSWER_CHARS + 1))
    assert problem is not None and str(MAX_ANSWER_CHARS + 1) in problem


@pytest.fixture
def sealed(tmp_path: Path):
    store = Store.open(tmp_path)
    cases = CaseStore(store)
    vault, wrapped = CaseVault.create_with_passphrase("wachtwoordzin van test", CHEAP)
    cases.save_wrapped_key(wrapped)
    cases.save_case(_case("c1"))
    cases.save_case(_case("c2", label="CD-2"))
    yield cases, vault, tmp_path
    store.close()


def test_form_answers_round_trip_sealed_and_never_in_plaintext_on_disk(sealed):
    cases, vault, folder = sealed
    cases.set_form_answer(vault, "c1", "getuigen", MARKER)
    cases.set_form_answer(vault, "c1", "wat_gebeurd", "een klap")
    assert cases.form_answers(vault, "c1") == {"getuigen": MARKER, "wat_gebeurd": "een klap"}
    for path in folder.iterdir():
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path.name
    cases.set_form_answer(vault, "c1", "wat_gebeurd", "  ")
    assert "wat_gebeurd" not in cases.form_answers(vault, "c1")


def test_a_form_answer_moved_to_another_case_or_question_does_not_open(sealed):
    cases, vault, _folder = sealed
    cases.set_form_answer(vault, "c1", "getuigen", "buurvrouw")
    conn = cases.store.conn
    conn.execute("UPDATE form_answers SET field_id = 'waarnemer' WHERE case_id = 'c1'")
    assert cases.form_answers(vault, "c1") == {"waarnemer": None}
    conn.execute("UPDATE form_answers SET case_id = 'c2', field_id = 'getuigen'")
    assert cases.form_answers(vault, "c2") == {"getuigen": None}


def test_rotating_the_key_keeps_form_answers(sealed):
    cases, vault, _folder = sealed
    cases.set_form_answer(vault, "c1", "getuigen", "buurvrouw")
    new_vault = cases.rotate_key(vault, lambda v: v.rewrap_with_passphrase("nieuwe zin", CHEAP))
    assert cases.form_answers(new_vault, "c1") == {"getuigen": "buurvrouw"}
    assert cases.form_answers(vault, "c1") == {"getuigen": None}


def test_an_incident_time_is_stored_with_the_case(sealed):
    cases, _vault, _folder = sealed
    cases.save_case(_case("c3").with_incident(datetime(2026, 11, 28, 21, 40)))
    assert cases.case("c3").incident_moment == datetime(2026, 11, 28, 21, 40)
    cases.save_case(_case("c3").with_incident(date(2026, 11, 28)))
    assert cases.case("c3").incident_moment == date(2026, 11, 28)
