"""Deadlines of a case (HSSK Bijlage 7): counting, ordering, countdown, date checks and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from routekaarten.cli import EXIT_OK, EXIT_USER_ERROR, main
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.termijnen import (
    EITHER_ANCHORS,
    ImpossibleDate,
    Termijn,
    check_case_dates,
    check_event,
    check_events,
    check_incident,
    compute,
    compute_one,
    countdown,
    overview,
    status,
)
from routekaarten.termijnen_report import EVENT_FLAGS

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"


def row(id_: str, organisation: str, written: str, title: str) -> dict[str, Any]:
    """An entry from ``"5 werkdagen na melding"``; ``"- dagen na melding"`` for "Geen termijn"."""
    amount, unit, direction, anchor = written.split()
    return {
        "id": id_,
        "title": title,
        "text": title,
        "source": "HSSK Bijlage 7",
        "organisation": organisation,
        "as_written": written.replace("_", " "),
        "amount": None if amount == "-" else int(amount),
        "unit": unit,
        "direction": direction,
        "anchor": anchor,
        "footnote": None,
    }


# A fixture in the shape of the national bundle, after HSSK Bijlage 7.
BIJLAGE_7 = [
    row("vt-triage", "Veilig Thuis", "5 werkdagen na melding", "Triage"),
    row("vt-onderzoek", "Veilig Thuis", "10 weken na melding", "Afronden onderzoek"),
    row("pol-ivs", "Politie", "9 uren na aanhouding", "Besluit over inverzekeringstelling"),
    row("pol-pva", "Politie", "14 dagen na aangifte_melding_politie", "Plan van aanpak naar OvJ"),
    row("pol-dossier", "Politie", "6 maanden na aangifte", "Dossier naar OvJ"),
    row("pol-studio", "Politie", "2 weken na melding_politie", "Studioverhoor"),
    row("om-voorgeleiding", "Openbaar Ministerie", "3 dagen na aanhouding", "Besluit voorgeleiding"),
    row("rvdk-geen", "Raad voor de Kinderbescherming", "- dagen na melding", "Onderzoek"),
    row("rc-snel", "Reclassering", "2 dagen voor snelrechtzitting", "Afdoeningsadvies"),
    row("rc-regulier", "Reclassering", "14 dagen voor zitting", "Afdoeningsadvies"),
    row("rc-raadkamer", "Reclassering", "24 uren voor raadkamer", "Advies voorlopige hechtenis"),
    row("rc-werkdagen", "Reclassering", "2 werkdagen voor zitting", "Advies (werkdagen)"),
]


def one(entry_id: str, **events: date | datetime) -> Termijn:
    entry = next(e for e in BIJLAGE_7 if e["id"] == entry_id)
    termijn = compute_one(entry, events)
    assert termijn is not None
    return termijn


# counting --------------------------------------------------------------------------------------


def test_triage_is_five_working_days_after_a_monday_melding() -> None:
    termijn = one("vt-triage", melding=date(2026, 11, 30))
    assert termijn.due == date(2026, 12, 7)
    assert termijn.how == (
        "5 werkdagen na melding bij Veilig Thuis van maandag 30 november "
        "(weekenden en feestdagen volgens de Algemene termijnenwet niet meegeteld)"
    )


def test_triage_over_christmas_names_the_skipped_feestdag() -> None:
    termijn = one("vt-triage", melding=date(2026, 12, 23))
    assert termijn.due == date(2026, 12, 31)
    assert "niet meegeteld: Eerste kerstdag" in termijn.how


def test_ten_weeks_and_two_weeks_after_melding() -> None:
    assert one("vt-onderzoek", melding=date(2026, 11, 30)).due == date(2027, 2, 8)
    assert one("pol-studio", melding_politie=date(2026, 11, 30)).due == date(2026, 12, 14)


def test_a_term_ending_on_saturday_moves_to_monday_and_says_so() -> None:
    termijn = one("pol-pva", melding_politie=date(2026, 11, 21))
    assert termijn.due == date(2026, 12, 7)
    assert "valt op zaterdag 5 december, verschoven naar maandag 7 december" in termijn.how
    assert "Atw art. 1" in termijn.how


def test_a_term_ending_on_easter_monday_moves_to_tuesday() -> None:
    # 23 March + 14 days = Monday 6 April 2026, Tweede paasdag.
    termijn = one("pol-pva", aangifte=date(2026, 3, 23))
    assert termijn.due == date(2026, 4, 7)
    assert "valt op Tweede paasdag (maandag 6 april)" in termijn.how


def test_aangifte_melding_counts_from_the_earliest_of_the_two() -> None:
    termijn = one("pol-pva", aangifte=date(2026, 11, 16), melding_politie=date(2026, 11, 20))
    assert termijn.due == date(2026, 11, 30)
    assert "14 dagen na aangifte/melding bij de politie (aangifte) van maandag 16 november" in termijn.how
    assert one("pol-pva", melding_politie=date(2026, 11, 20)).due == date(2026, 12, 4)


def test_the_police_rows_never_borrow_the_melding_at_veilig_thuis() -> None:
    """HSSK r. 876: "Nadat de politie de melding in ontvangst heeft genomen"."""
    found = overview(BIJLAGE_7, {"melding": date(2026, 11, 30)})
    needed = {n.id: n.needs for n in found.needed}
    assert needed["pol-pva"] == "Nodig: de datum van aangifte of van melding bij de politie."
    assert needed["pol-studio"] == "Nodig: de datum van melding bij de politie."
    assert "pol-pva" not in {t.id for t in found.termijnen}


def test_six_months_clamp_to_february_and_then_skip_the_sunday() -> None:
    # 31 August + 6 months = 28 February 2027, a Sunday -> Monday 1 March.
    termijn = one("pol-dossier", aangifte=date(2026, 8, 31))
    assert termijn.due == date(2027, 3, 1)
    assert "valt op zondag 28 februari" in termijn.how


def test_hours_after_an_arrest_with_a_time_give_a_moment() -> None:
    termijn = one("pol-ivs", aanhouding=datetime(2026, 11, 30, 14, 30))
    assert termijn.due == datetime(2026, 11, 30, 23, 30)
    assert termijn.how == "9 uur na aanhouding van maandag 30 november 14:30"


def test_hours_after_an_arrest_without_a_time_are_not_counted_from_midnight() -> None:
    """A date alone says nothing about the hour: counting 9 hours from 00:00 showed "vandaag om
    09:00" for an arrest made that afternoon. The row asks for the time instead."""
    found = overview(BIJLAGE_7, {"aanhouding": date(2026, 11, 30)})
    assert "pol-ivs" not in {t.id for t in found.termijnen}
    needed = {n.id: n.needs for n in found.needed}
    assert needed["pol-ivs"] == "Nodig: het tijdstip van de aanhouding (deze termijn telt in uren)."


def test_hours_before_a_raadkamer_without_a_time_ask_for_the_time() -> None:
    found = overview(BIJLAGE_7, {"raadkamer": date(2026, 12, 8)})
    assert "rc-raadkamer" not in {t.id for t in found.termijnen}
    needed = {n.id: n.needs for n in found.needed}
    assert needed["rc-raadkamer"] == "Nodig: het tijdstip van de raadkamer (deze termijn telt in uren)."


def test_custody_days_run_through_the_weekend_unmoved() -> None:
    termijn = one("om-voorgeleiding", aanhouding=datetime(2026, 12, 3, 10, 0))
    assert termijn.due == datetime(2026, 12, 6, 10, 0)  # a Sunday, deliberately not moved
    assert "niet verschoven" in termijn.how
    assert one("om-voorgeleiding", aanhouding=date(2026, 12, 3)).due == date(2026, 12, 6)


def test_voor_counts_back_from_the_hearing() -> None:
    termijn = one("rc-regulier", zitting=date(2027, 3, 9))
    assert termijn.due == date(2027, 2, 23)
    assert termijn.how == "14 dagen voor zitting van dinsdag 9 maart"


def test_voor_on_a_saturday_is_not_moved_but_names_the_friday() -> None:
    termijn = one("rc-snel", snelrechtzitting=date(2027, 3, 8))
    assert termijn.due == date(2027, 3, 6)
    assert "Atw art. 1 lid 2" in termijn.how
    assert "uiterlijk vrijdag 5 maart" in termijn.how


def test_voor_in_hours_and_in_working_days() -> None:
    raadkamer = one("rc-raadkamer", raadkamer=datetime(2026, 12, 8, 11, 0))
    assert raadkamer.due == datetime(2026, 12, 7, 11, 0)
    # Monday 28 December 2026 - 2 working days: Thu 24 (Fri 25 is Eerste kerstdag).
    assert one("rc-werkdagen", zitting=date(2026, 12, 29)).due == date(2026, 12, 24)


def test_a_time_of_day_and_zitting_type_from_the_bundle_are_used() -> None:
    entry = {
        **row("rc-supersnel", "Reclassering", "0 dagen voor zitting", "Afdoeningsadvies"),
        "zitting_type": "supersnelrechtzitting",
        "time_of_day": "09:00",
    }
    termijn = compute_one(entry, {"zitting": date(2027, 3, 8)})
    assert termijn is not None
    assert termijn.due == datetime(2027, 3, 8, 9, 0)
    assert termijn.how == "op de dag van supersnelrechtzitting (maandag 8 maart), om 09:00"
    regular = {**row("rc-r", "Reclassering", "14 dagen voor zitting", "Advies"), "zitting_type": "regulier"}
    termijn = compute_one(regular, {"zitting": date(2027, 3, 9)})
    assert termijn is not None
    assert termijn.how.startswith("14 dagen voor zitting (regulier) van dinsdag 9 maart")


def test_compute_skips_rows_without_amount_or_without_a_date_and_sorts_by_due() -> None:
    termijnen = compute(
        BIJLAGE_7,
        {
            "melding": date(2026, 11, 30),
            "melding_politie": date(2026, 11, 30),
            "aanhouding": datetime(2026, 12, 4, 8),
        },
    )
    ids = [t.id for t in termijnen]
    assert "rvdk-geen" not in ids
    assert "pol-dossier" not in ids  # no aangifte date
    # Equal due dates keep the order of the bundle; a moment comes before a whole day.
    assert ids == ["pol-ivs", "om-voorgeleiding", "vt-triage", "pol-pva", "pol-studio", "vt-onderzoek"]
    assert [t.due_day for t in termijnen] == sorted(t.due_day for t in termijnen)


def test_a_moment_comes_before_a_whole_day_deadline_on_the_same_date() -> None:
    termijnen = compute(BIJLAGE_7, {"melding": date(2026, 12, 4), "aanhouding": datetime(2026, 12, 8, 8)})
    # Triage falls on Friday 11 December; the inverzekeringstelling on 8 December 17:00.
    first = termijnen[0]
    assert first.id == "pol-ivs"


# status and countdown --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected", "left", "overdue"),
    [
        (date(2026, 12, 4), "nog 3 dagen", 3, False),
        (date(2026, 12, 6), "nog 1 dag", 1, False),
        (date(2026, 12, 7), "vandaag", 0, False),
        (date(2026, 12, 8), "1 dag te laat", -1, True),
        (date(2026, 12, 9), "2 dagen te laat", -2, True),
    ],
)
def test_countdown_for_a_dated_deadline(today: date, expected: str, left: int, overdue: bool) -> None:
    termijn = one("vt-triage", melding=date(2026, 11, 30))
    assert countdown(termijn, today) == expected
    assert status(termijn, today) == (left, overdue)


@pytest.fixture(scope="module")
def aanhouding_at_eight() -> dict[str, Termijn]:
    """The shipped rows after an aanhouding on Wednesday 2 December 2026 at 08:00: ZSM's 9 hours
    (Bijlage 7, seed r. 1984) end at 17:00; art. 56a Sv's 9 hours from 09:00 (r. 2025) at 18:00."""
    entries = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]
    events = {"melding": date(2026, 12, 2), "aanhouding": datetime(2026, 12, 2, 8, 0)}
    return {t.id: t for t in compute(entries, events)}


@pytest.mark.parametrize(
    ("now", "zsm", "ivs"),
    [
        (datetime(2026, 12, 2, 16, 59, tzinfo=AMSTERDAM), "vandaag om 17:00", "vandaag om 18:00"),
        (datetime(2026, 12, 2, 17, 1, tzinfo=AMSTERDAM), "vandaag om 17:00 verlopen", "vandaag om 18:00"),
        (
            datetime(2026, 12, 2, 19, 48, tzinfo=AMSTERDAM),
            "vandaag om 17:00 verlopen",
            "vandaag om 18:00 verlopen",
        ),
        # the same moments given in UTC (Amsterdam is UTC+1 in December): 16:01 UTC is 17:01
        (datetime(2026, 12, 2, 15, 59, tzinfo=UTC), "vandaag om 17:00", "vandaag om 18:00"),
        (datetime(2026, 12, 2, 16, 1, tzinfo=UTC), "vandaag om 17:00 verlopen", "vandaag om 18:00"),
    ],
)
def test_a_deadline_in_hours_is_late_once_its_moment_has_passed_in_amsterdam(
    aanhouding_at_eight: dict[str, Termijn], now: datetime, zsm: str, ivs: str
) -> None:
    assert aanhouding_at_eight["zsm-afdoeningsrichting"].due == datetime(2026, 12, 2, 17, 0)
    assert aanhouding_at_eight["politie-inverzekeringstelling"].due == datetime(2026, 12, 2, 18, 0)
    assert countdown(aanhouding_at_eight["zsm-afdoeningsrichting"], now) == zsm
    assert countdown(aanhouding_at_eight["politie-inverzekeringstelling"], now) == ivs
    assert status(aanhouding_at_eight["zsm-afdoeningsrichting"], now) == (0, zsm.endswith("verlopen"))


def test_a_dated_deadline_lasts_to_the_end_of_its_dutch_day() -> None:
    termijn = one("vt-triage", melding=date(2026, 11, 30))  # 5 werkdagen: Monday 7 December
    assert status(termijn, datetime(2026, 12, 7, 23, 59, tzinfo=AMSTERDAM)) == (0, False)
    assert countdown(termijn, datetime(2026, 12, 7, 23, 59, tzinfo=AMSTERDAM)) == "vandaag"
    # 23:30 UTC on the 6th is 00:30 on the 7th in Amsterdam: "vandaag", not "nog 1 dag"
    assert countdown(termijn, datetime(2026, 12, 6, 23, 30, tzinfo=UTC)) == "vandaag"
    assert status(termijn, datetime(2026, 12, 8, 0, 1, tzinfo=AMSTERDAM)) == (-1, True)


def test_countdown_for_a_deadline_at_a_time_of_day() -> None:
    termijn = one("pol-ivs", aanhouding=datetime(2026, 11, 30, 14, 30))
    assert countdown(termijn, date(2026, 11, 30)) == "vandaag om 23:30"
    assert countdown(termijn, datetime(2026, 11, 30, 20, 0)) == "vandaag om 23:30"
    assert countdown(termijn, datetime(2026, 11, 30, 23, 45)) == "vandaag om 23:30 verlopen"
    assert status(termijn, datetime(2026, 11, 30, 23, 45)) == (0, True)


# impossible dates ------------------------------------------------------------------------------


def test_plausible_case_dates_pass() -> None:
    check_case_dates(date(2026, 11, 30), date(2026, 11, 28), now=date(2026, 11, 30))
    check_case_dates(date(2026, 11, 30), None, now=date(2026, 12, 1))


def test_a_melding_before_the_incident_is_refused_in_dutch() -> None:
    with pytest.raises(ImpossibleDate, match="ligt vóór het incident") as caught:
        check_case_dates(date(2026, 11, 20), date(2026, 11, 25), now=date(2026, 11, 30))
    assert isinstance(caught.value, RoutekaartError)
    assert "20 november 2026" in str(caught.value)


@pytest.mark.parametrize(
    ("melding", "incident"), [(date(2026, 12, 1), None), (date(2026, 11, 30), date(2026, 12, 2))]
)
def test_dates_in_the_future_are_refused(melding: date, incident: date | None) -> None:
    with pytest.raises(ImpossibleDate, match="ligt in de toekomst"):
        check_case_dates(melding, incident, now=date(2026, 11, 30))


def test_an_incident_later_today_than_now_is_refused_and_an_earlier_one_passes() -> None:
    now = datetime(2026, 12, 2, 19, 48, tzinfo=AMSTERDAM)
    with pytest.raises(ImpossibleDate, match="ligt in de toekomst") as caught:
        check_incident(datetime(2026, 12, 2, 21, 40), now)
    assert "woensdag 2 december 2026 21:40" in str(caught.value)
    assert "het is nu woensdag 2 december 2026 19:48" in str(caught.value)
    with pytest.raises(ImpossibleDate, match="ligt in de toekomst"):
        check_incident(date(2027, 6, 1), now)
    check_incident(datetime(2026, 12, 2, 19, 40), now)
    check_incident(date(2026, 12, 2), now)  # a day without a time: today is not the future
    with pytest.raises(ImpossibleDate, match="ligt in de toekomst"):
        check_case_dates(date(2026, 12, 2), datetime(2026, 12, 2, 21, 40), now)


def test_an_aanhouding_later_today_is_refused_but_a_zitting_may_be_planned() -> None:
    now = datetime(2026, 12, 2, 19, 48, tzinfo=AMSTERDAM)
    with pytest.raises(ImpossibleDate, match="aanhouding"):
        check_event("aanhouding", datetime(2026, 12, 2, 21, 40), now)
    check_event("aanhouding", datetime(2026, 12, 2, 8, 0), now)
    check_event("zitting", date(2027, 3, 9), now)


def test_past_events_may_not_be_in_the_future_but_hearings_may() -> None:
    today = date(2026, 11, 30)
    check_events({"melding": today, "zitting": date(2027, 3, 9), "raadkamer": date(2026, 12, 8)}, today)
    with pytest.raises(ImpossibleDate, match="aangifte"):
        check_events({"aangifte": date(2026, 12, 1)}, today)


# the shipped national bundle --------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_termijnen() -> list[dict[str, Any]]:
    data = json.loads((Path(__file__).resolve().parents[2] / "resources/national/hssk.json").read_bytes())
    return list(data["termijnen"])


def test_every_anchor_of_the_shipped_bundle_has_a_command_line_flag(
    shipped_termijnen: list[dict[str, Any]],
) -> None:
    flags = set(EVENT_FLAGS.values())
    anchors = {e["anchor"] for e in shipped_termijnen if e["anchor"]}
    assert anchors - flags - set(EITHER_ANCHORS) == set()


def test_every_shipped_row_with_an_amount_gives_a_deadline(shipped_termijnen: list[dict[str, Any]]) -> None:
    events: dict[str, Any] = {anchor: datetime(2026, 11, 30, 10) for anchor in EVENT_FLAGS.values()}
    for kind in ("supersnel", "snel", "om", "regulier"):
        found = overview(shipped_termijnen, {**events, "zitting_soort": kind})
        assert found.needed == []
        hearing_rows = [e for e in shipped_termijnen if e.get("zitting_soort")]
        with_amount = [e for e in shipped_termijnen if e["amount"] is not None]
        opdrachten = [
            e for e in with_amount if e.get("opdracht_om") and e.get("zitting_soort") in (None, kind)
        ]
        assert len(found.termijnen) == len(with_amount) - len(hearing_rows) + 1 + len(opdrachten)
        assert all(t.how and t.organisation and t.what for t in found.termijnen)


def test_shipped_reclassering_rows_count_back_from_the_hearing(
    shipped_termijnen: list[dict[str, Any]],
) -> None:
    termijnen = compute(shipped_termijnen, {"zitting": date(2027, 3, 9), "zitting_soort": "regulier"})
    assert [(t.organisation, t.due_day) for t in termijnen] == [
        ("Openbaar Ministerie", date(2026, 12, 29)),  # opdracht OM 10 weken voor zitting
        ("Reclassering", date(2027, 2, 23)),  # 14 dagen voor reguliere zitting
    ]


# the CLI, against the shipped national bundle --------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "termijnen", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_gives_vt_and_police_deadlines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, tmp_path, "--melding", "2026-11-30", "--vandaag", "2026-12-01", "--json")

    assert (code, err) == (EXIT_OK, "")
    rows = json.loads(out)
    assert all(
        {"organisation", "what", "due", "as_written", "how", "source", "needs", "footnote"} <= set(r)
        for r in rows
    )
    rows = [r for r in rows if r["due"]]
    due = {(r["organisation"], r["due"]) for r in rows}
    assert ("Veilig Thuis", "2026-12-07") in due  # 5 werkdagen
    assert ("Veilig Thuis", "2027-02-08") in due  # 10 weken
    assert not any("studioverhoor" in r["what"].lower() for r in rows)  # needs the melding at the police
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)


def test_cli_text_says_how_each_deadline_was_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, tmp_path, "--melding", "2026-11-30", "--vandaag", "2026-12-01")

    assert code == EXIT_OK
    assert "maandag 7 december 2026  (nog 6 dagen)  Veilig Thuis" in out
    assert "5 werkdagen na melding bij Veilig Thuis van maandag 30 november" in out


def test_cli_with_arrest_time_gives_the_hours_deadline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        tmp_path,
        "--melding",
        "2026-11-30",
        "--aanhouding",
        "2026-11-30T14:30",
        "--vandaag",
        "2026-11-30",
        "--json",
    )

    assert code == EXIT_OK
    assert "2026-11-30T23:30:00" in {r["due"] for r in json.loads(out)}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--melding", "2026-02-30"), "Ongeldige datum '2026-02-30' bij --melding"),
        (("--melding", "30-11-2026"), "Gebruik JJJJ-MM-DD"),
        (("--melding", "2026-11-30", "--aanhouding", "2026-11-30T25:00"), "Ongeldig tijdstip"),
        (("--melding", "2026-12-02", "--vandaag", "2026-12-01"), "ligt in de toekomst"),
        (
            ("--melding", "2026-11-20", "--incident", "2026-11-25", "--vandaag", "2026-12-01"),
            "vóór het incident",
        ),
    ],
)
def test_cli_bad_dates_exit_2_with_a_dutch_message_and_no_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, tmp_path, *args)

    assert code == EXIT_USER_ERROR
    assert out == ""
    assert err.startswith("routekaart: ")
    assert message in err
    assert "Traceback" not in err
