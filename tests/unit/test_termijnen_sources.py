"""Each shipped deadline row counted by hand around Easter, King's Day, 5 May, Hemelvaart with its
decreed Friday, Christmas and New Year; the event each row names; both sources where they differ;
the hearing's kind; art. 56a and 59a Sv; and the CLI that asks for them."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from routekaarten.cli import EXIT_OK, EXIT_USER_ERROR, main
from routekaarten.termijnen import ImpossibleDate, Termijn, check_events, overview

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES: list[dict[str, Any]] = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]


def termijn(row_id: str, **events: Any) -> Termijn:
    found = {t.id: t for t in overview(ENTRIES, events).termijnen}
    assert row_id in found, (row_id, sorted(found))
    return found[row_id]


# (row id, events, due as computed by hand)
TABLE: list[tuple[str, dict[str, Any], date | datetime]] = [
    # Zicht op veiligheid, 6th werkdag (HP 7.3). Wed 1 Apr 2026: Thu 2 = 1, Goede Vrijdag 3 and
    # Tweede paasdag 6 skipped, Tue 7 ... Fri 10 = 2-5, Mon 13 = 6.
    ("hp-zicht-op-veiligheid", {"melding": date(2026, 4, 1)}, date(2026, 4, 13)),
    # Christmas and New Year: Thu 24 Dec = 1, Mon 28-Thu 31 = 2-5, Nieuwjaarsdag, Mon 4 Jan = 6.
    ("hp-zicht-op-veiligheid", {"melding": date(2026, 12, 23)}, date(2027, 1, 4)),
    # Triage over New Year 2026 with the decreed Friday 2 January: Mon 5 = 1 ... Fri 9 = 5.
    ("vt-triage", {"melding": date(2025, 12, 31)}, date(2026, 1, 9)),
    # King's Day on Saturday 26 April 2025 (the 27th is a Sunday): Mon 28 is an ordinary day.
    ("vt-triage", {"melding": date(2025, 4, 24)}, date(2025, 5, 1)),
    # 14 days from Sat 12 April 2025 end on Koningsdag, Saturday 26 April -> Monday 28 April.
    ("politie-plan-van-aanpak", {"melding_politie": date(2025, 4, 12)}, date(2025, 4, 28)),
    # 5 May 2026 is a Tuesday and not a lustrum year: still an Atw feestdag -> Wednesday 6 May.
    ("politie-studioverhoor", {"melding_politie": date(2026, 4, 21)}, date(2026, 5, 6)),
    # Hemelvaart Thu 14 May 2026 and the decreed Friday 15 May -> Monday 18 May.
    ("politie-plan-van-aanpak", {"aangifte": date(2026, 4, 30)}, date(2026, 5, 18)),
    # VT's ten weeks: Handelingsprotocol from the veiligheidsbeoordeling, Bijlage 7 from the melding.
    (
        "hp-onderzoek-afronden",
        {"melding": date(2026, 11, 30), "veiligheidsbeoordeling": date(2026, 12, 3)},
        date(2027, 2, 11),
    ),
    ("vt-afronden-onderzoek", {"melding": date(2026, 11, 30)}, date(2027, 2, 8)),
    ("hp-vooronderzoek", {"vooronderzoek": date(2026, 4, 20)}, date(2026, 5, 18)),
    # Monitoring: 3 months from 31 January is 30 April; 12 months is Sunday 31 January -> Monday.
    ("hp-monitoren-3", {"monitoren": date(2026, 1, 31)}, date(2026, 4, 30)),
    ("hp-monitoren-12", {"monitoren": date(2026, 1, 31)}, date(2027, 2, 1)),
    # Art. 56a Sv: the night does not count. Arrested Saturday 03:00 -> 09:00 + 9 h = 18:00.
    (
        "politie-inverzekeringstelling",
        {"aanhouding": datetime(2025, 4, 26, 3, 0)},
        datetime(2025, 4, 26, 18, 0),
    ),
    # New Year's Eve 20:00: 4 h to midnight, then 09:00-14:00 on Nieuwjaarsdag (custody runs on).
    (
        "politie-inverzekeringstelling",
        {"aanhouding": datetime(2025, 12, 31, 20, 0)},
        datetime(2026, 1, 1, 14, 0),
    ),
    # Art. 59a Sv: 3 days 18 hours, through Christmas: Thu 24 Dec 14:30 -> Mon 28 Dec 08:30.
    ("om-voorgeleiding", {"aanhouding": datetime(2026, 12, 24, 14, 30)}, datetime(2026, 12, 28, 8, 30)),
    # Hearings, counted back and never moved (Atw art. 1 lid 2).
    ("reclassering-snelrecht", {"zitting": date(2027, 3, 30), "zitting_soort": "snel"}, date(2027, 3, 28)),
    (
        "reclassering-snelrecht-opdracht-om",
        {"zitting": date(2027, 3, 30), "zitting_soort": "snel"},
        date(2027, 3, 16),
    ),
    (
        "reclassering-supersnelrecht",
        {"zitting": date(2027, 3, 8), "zitting_soort": "supersnel"},
        datetime(2027, 3, 8, 9, 0),
    ),
    (
        "reclassering-supersnelrecht-opdracht-om",
        {"zitting": date(2027, 3, 8), "zitting_soort": "supersnel"},
        date(2027, 3, 5),
    ),
    (
        "reclassering-om-zitting-opdracht-om",
        {"zitting": date(2027, 3, 9), "zitting_soort": "om"},
        date(2027, 2, 9),
    ),
    (
        "reclassering-reguliere-zitting-opdracht-om",
        {"zitting": date(2027, 3, 9), "zitting_soort": "regulier"},
        date(2026, 12, 29),
    ),
]


@pytest.mark.parametrize(
    ("row_id", "events", "due"), TABLE, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(TABLE)]
)
def test_shipped_rows_give_the_date_computed_by_hand(row_id: str, events: dict[str, Any], due: Any) -> None:
    assert termijn(row_id, **events).due == due


def test_a_row_that_lands_on_a_feestdag_names_it() -> None:
    assert (
        "valt op Bevrijdingsdag (dinsdag 5 mei)"
        in termijn("politie-studioverhoor", melding_politie=date(2026, 4, 21)).how
    )
    assert (
        "valt op Hemelvaartsdag (donderdag 14 mei), verschoven naar maandag 18 mei"
        in termijn("politie-plan-van-aanpak", aangifte=date(2026, 4, 30)).how
    )


def test_snelrecht_advice_counted_back_to_easter_sunday_names_the_thursday_before_good_friday() -> None:
    how = termijn("reclassering-snelrecht", zitting=date(2027, 3, 30), zitting_soort="snel").how
    assert "in de praktijk uiterlijk donderdag 25 maart" in how


def test_vt_ten_weeks_show_both_sources_and_the_protocol_binds() -> None:
    events = {"melding": date(2026, 11, 30), "veiligheidsbeoordeling": date(2026, 12, 3)}
    rows = {t.id: t for t in overview(ENTRIES, events).termijnen}
    assert rows["hp-onderzoek-afronden"].binding is True
    assert rows["hp-onderzoek-afronden"].source == "Handelingsprotocol 10.2"
    assert rows["vt-afronden-onderzoek"].binding is False
    assert rows["vt-afronden-onderzoek"].source == "Handreiking, Bijlage 7"
    assert "eigen protocol van Veilig Thuis" in rows["vt-afronden-onderzoek"].note


def test_without_the_veiligheidsbeoordeling_the_binding_row_says_what_it_needs() -> None:
    needed = {n.id: n for n in overview(ENTRIES, {"melding": date(2026, 11, 30)}).needed}
    assert needed["hp-onderzoek-afronden"].needs == "Nodig: de datum van afronding veiligheidsbeoordeling."


def test_one_hearing_has_one_kind_and_the_other_three_rows_do_not_apply() -> None:
    found = overview(ENTRIES, {"zitting": date(2027, 3, 9), "zitting_soort": "om"})
    ids = {t.id for t in found.termijnen}
    assert {"reclassering-om-zitting", "reclassering-om-zitting-opdracht-om"} <= ids
    assert not ids & {
        "reclassering-snelrecht",
        "reclassering-supersnelrecht",
        "reclassering-reguliere-zitting",
    }
    assert not [n for n in found.needed if n.id.startswith(("reclassering-snel", "reclassering-super"))]


def test_a_hearing_without_its_kind_needs_the_kind() -> None:
    needed = {n.id: n.needs for n in overview(ENTRIES, {"zitting": date(2027, 3, 9)}).needed}
    assert needed["reclassering-reguliere-zitting"] == "Nodig: de datum en de soort van de zitting."


def test_the_sv_rows_need_the_time_of_the_aanhouding_and_keep_the_seed_words() -> None:
    needed = {n.id: n.needs for n in overview(ENTRIES, {"aanhouding": date(2026, 12, 4)}).needed}
    assert needed["politie-inverzekeringstelling"].startswith("Nodig: het tijdstip van de aanhouding")
    how = termijn("om-voorgeleiding", aanhouding=datetime(2026, 12, 24, 14, 30)).how
    assert how.startswith("Bijlage 7: '3 dgn na aanhouding Besluit over wel/niet voorgeleiding'")
    assert "art. 59a" in how
    assert "3 dagen en 18 uur" in how


TIME_OF_AANHOUDING = "Nodig: het tijdstip van de aanhouding (deze termijn telt in uren)."


def needs(**events: Any) -> dict[str, str]:
    return {n.id: n.needs for n in overview(ENTRIES, events).needed}


def test_zsm_asks_for_the_time_of_an_aanhouding_given_as_a_date_only_like_the_police() -> None:
    """ZSM: "9 uur na aanhouding verdachte" (seed r. 1984), the police: "9 uur na aanhouding"
    (r. 2025). A date alone gave ZSM "vandaag om 09:00", counted from midnight; both rows now ask
    for the time, in the same words. The rows in days after the aanhouding are still counted."""
    aanhouding = date(2026, 12, 2)  # Wednesday
    assert needs(aanhouding=aanhouding)["zsm-afdoeningsrichting"] == TIME_OF_AANHOUDING
    assert needs(aanhouding=aanhouding)["politie-inverzekeringstelling"] == TIME_OF_AANHOUDING
    counted = {t.id: t.due for t in overview(ENTRIES, {"aanhouding": aanhouding}).termijnen}
    assert "zsm-afdoeningsrichting" not in counted
    # r. 1989-1991: 3, 14 and 104 days, custody terms never moved off a weekend.
    assert counted["rechtbank-vasthouden"] == date(2026, 12, 5)  # Saturday
    assert counted["rechtbank-langere-hechtenis"] == date(2026, 12, 16)
    assert counted["rechtbank-pro-forma"] == date(2027, 3, 16)  # 29 Dec + 31 Jan + 28 Feb + 16 Mar


@pytest.mark.parametrize(
    ("aanhouding", "due"),
    [
        # 9 clock hours (Bijlage 7, not art. 56a Sv, whose night hours the police row skips)
        (datetime(2026, 12, 2, 8, 0), datetime(2026, 12, 2, 17, 0)),
        (datetime(2026, 12, 2, 23, 30), datetime(2026, 12, 3, 8, 30)),
        (datetime(2026, 12, 31, 20, 0), datetime(2027, 1, 1, 5, 0)),  # Nieuwjaarsdag: runs on
    ],
)
def test_zsm_counts_nine_hours_from_the_time_of_the_aanhouding(aanhouding: datetime, due: datetime) -> None:
    assert termijn("zsm-afdoeningsrichting", aanhouding=aanhouding).due == due


def test_the_reclassering_rows_in_hours_ask_for_the_time_of_their_event() -> None:
    """r. 2045: "Dag van voorgeleiding Advies mbt voorgeleiding (opdracht OM 24 uur eerder)";
    r. 2046: "24 uur voor raadkamer Advies over voorlopige hechtenis (opdr OM 7 dgn ervoor)"."""
    found = needs(voorgeleiding=date(2026, 12, 3), raadkamer=date(2026, 12, 8))
    assert found["reclassering-advies-voorgeleiding-opdracht-om"] == (
        "Nodig: het tijdstip van de voorgeleiding (deze termijn telt in uren)."
    )
    assert found["reclassering-advies-voorlopige-hechtenis"] == (
        "Nodig: het tijdstip van de raadkamer (deze termijn telt in uren)."
    )
    # the rows in days are counted from the date: the day of the voorgeleiding, 7 days before
    # the raadkamer (Tuesday 1 December)
    events = {"voorgeleiding": date(2026, 12, 3), "raadkamer": date(2026, 12, 8)}
    assert termijn("reclassering-advies-voorgeleiding", **events).due == date(2026, 12, 3)
    assert termijn("reclassering-advies-voorlopige-hechtenis-opdracht-om", **events).due == date(2026, 12, 1)
    # with a time: 24 hours before
    timed = {"voorgeleiding": datetime(2026, 12, 3, 10, 0), "raadkamer": datetime(2026, 12, 8, 11, 0)}
    opdracht = termijn("reclassering-advies-voorgeleiding-opdracht-om", **timed)
    assert opdracht.due == datetime(2026, 12, 2, 10, 0)
    assert termijn("reclassering-advies-voorlopige-hechtenis", **timed).due == datetime(2026, 12, 7, 11, 0)


def test_zeden_footnotes_are_carried_with_their_rows() -> None:
    row = termijn("om-akkoord-plan", ontvangst_plan_politie=date(2026, 12, 1))
    assert (row.footnote_number, row.applies_to) == (36, "zedenzaken")
    assert row.footnote is not None
    assert row.footnote.startswith("Huidige afspraken in zedenzaken")


@pytest.mark.parametrize(
    ("events", "message"),
    [
        (
            {"melding": date(2026, 12, 3), "veiligheidsbeoordeling": date(2026, 12, 1)},
            "veiligheidsbeoordeling (dinsdag 1 december 2026) ligt vóór de melding bij Veilig Thuis",
        ),
        ({"aangifte": date(2026, 12, 10)}, "ligt in de toekomst"),
        (
            {"aanhouding": datetime(2026, 12, 4, 10), "voorgeleiding": datetime(2026, 12, 3, 10)},
            "vóór de aanhouding",
        ),
        ({"zitting_soort": "kort"}, "Onbekende soort zitting 'kort'"),
    ],
)
def test_contradictory_dates_are_refused_in_dutch(events: dict[str, Any], message: str) -> None:
    with pytest.raises(ImpossibleDate, match=re.escape(message)):
        check_events(events, date(2026, 12, 5))


# the CLI ---------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "termijnen", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_names_the_anchor_footnote_and_what_is_needed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        tmp_path,
        "--melding",
        "2026-11-30",
        "--melding-politie",
        "2026-12-01",
        "--zitting",
        "2027-03-09",
        "--zitting-soort",
        "regulier",
        "--vandaag",
        "2026-12-05",
        "--json",
    )

    assert (code, err) == (EXIT_OK, "")
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["politie-studioverhoor"]["due"] == "2026-12-15"
    assert rows["politie-studioverhoor"]["event"] == "melding bij de politie"
    assert rows["politie-plan-van-aanpak"]["footnote_number"] == 33
    assert rows["politie-plan-van-aanpak"]["applies_to"] == "zedenzaken"
    assert rows["reclassering-reguliere-zitting-opdracht-om"]["due"] == "2026-12-29"
    assert rows["hp-onderzoek-afronden"]["due"] is None
    assert rows["hp-onderzoek-afronden"]["needs"] == "Nodig: de datum van afronding veiligheidsbeoordeling."
    assert "reclassering-snelrecht" not in rows


def test_cli_text_shows_footnotes_and_the_rows_still_needing_a_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, tmp_path, "--melding", "2026-11-30", "--vandaag", "2026-12-01")

    assert code == EXIT_OK
    assert "voetnoot 33: Huidige afspraak in zedenzaken" in out
    assert "geldt nu alleen in zedenzaken (huidige afspraak)" in out
    assert "Nog niet te berekenen:" in out
    assert "bron: Handelingsprotocol 7.3" in out
    assert " r. " not in out  # users see document and section, never a line number


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--termijn", "politie-studioverhoor"),
            "Termijn politie-studioverhoor (studioverhoor) is niet te berekenen. "
            "Nodig: de datum van melding bij de politie. Geef --melding-politie op.",
        ),
        (("--zitting", "2027-03-09"), "Een zitting zonder soort"),
        (("--zitting-soort", "snel"), "Een soort zitting zonder datum"),
        (("--veiligheidsbeoordeling", "2026-11-29"), "ligt vóór de melding bij Veilig Thuis"),
        (("--aangifte", "2026-12-02"), "ligt in de toekomst"),
        (("--termijn", "bestaat-niet"), "Onbekende termijn: bestaat-niet"),
    ],
)
def test_cli_refuses_what_cannot_be_counted_with_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, tmp_path, "--melding", "2026-11-30", "--vandaag", "2026-12-01", *args)

    assert (code, out) == (EXIT_USER_ERROR, "")
    assert message in err
    assert "Traceback" not in err


def test_cli_termijn_picks_one_row(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        tmp_path,
        "--melding",
        "2026-11-30",
        "--vandaag",
        "2026-12-01",
        "--termijn",
        "hp-zicht-op-veiligheid",
        "--json",
    )

    assert code == EXIT_OK
    assert [(r["id"], r["due"]) for r in json.loads(out)] == [("hp-zicht-op-veiligheid", "2026-12-08")]
