"""Three Bijlage 7 rows counted by hand across the calendar's hard days (issue 11, "Tests").

The rows: "2 weken na melding: studioverhoor" (politie, counted from the melding at the police),
"5 werkdagen na melding: Triage" (Veilig Thuis) and "Dag van supersnelrechtzitting 9.00 uur
Afdoeningsadvies (opdracht OM 3 dgn voor zitting)" (Reclassering; HSSK Bijlage 7, seed r. 2020,
2031, 2045).

The days, from the one calendar (routekaarten/holiday_calendar.py, Algemene termijnenwet art. 3):
Easter 2026 is Sunday 5 April, so Goede Vrijdag is Friday 3 April (Atw art. 3 lid 2 puts it on a
par with the feestdagen "voor de toepassing van deze wet") and Tweede paasdag Monday 6 April;
King's Day 2025 is Saturday 26 April (the 27th is a Sunday); 5 May is a feestdag every year;
Hemelvaart 2026 is Thursday 14 May with Friday 15 May decreed; Hemelvaart 2027 is Thursday 6 May
(Easter 28 March) with Friday 7 May decreed; Friday 2 January 2026 is decreed (Besluit
gelijkstelling 2026-2028).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from routekaarten.holiday_calendar import besluit_of, decrees_known
from routekaarten.termijnen import Termijn, overview

BUNDLE = Path(__file__).resolve().parents[2] / "resources/national/hssk.json"
ENTRIES: list[dict[str, Any]] = json.loads(BUNDLE.read_text(encoding="utf-8"))["termijnen"]


def termijn(row_id: str, **events: Any) -> Termijn:
    found = {t.id: t for t in overview(ENTRIES, events).termijnen}
    assert row_id in found, (row_id, sorted(found))
    return found[row_id]


STUDIOVERHOOR: list[tuple[date, date]] = [
    # Fri 20 Mar 2026 + 14 days = Fri 3 Apr, Goede Vrijdag; Sat 4, Sun 5, Mon 6 Tweede paasdag
    # -> Tue 7 Apr.
    (date(2026, 3, 20), date(2026, 4, 7)),
    # Mon 23 Mar 2026 + 14 = Mon 6 Apr, Tweede paasdag -> Tue 7 Apr.
    (date(2026, 3, 23), date(2026, 4, 7)),
    # Sun 13 Apr 2025 + 14 = Sun 27 Apr; King's Day was Sat 26 Apr, so Mon 28 Apr is an ordinary
    # working day -> Mon 28 Apr 2025.
    (date(2025, 4, 13), date(2025, 4, 28)),
    # Wed 21 Apr 2027 + 14 = Wed 5 May (Bevrijdingsdag, not a lustrum year); Thu 6 May Hemelvaart;
    # Fri 7 May decreed; Sat 8, Sun 9 -> Mon 10 May 2027.
    (date(2027, 4, 21), date(2027, 5, 10)),
    # Thu 30 Apr 2026 + 14 = Thu 14 May, Hemelvaart; Fri 15 May decreed; weekend -> Mon 18 May.
    (date(2026, 4, 30), date(2026, 5, 18)),
    # Fri 11 Dec 2026 + 14 = Fri 25 Dec, Eerste kerstdag; Sat 26 (Tweede kerstdag), Sun 27
    # -> Mon 28 Dec 2026.
    (date(2026, 12, 11), date(2026, 12, 28)),
    # Thu 18 Dec 2025 + 14 = Thu 1 Jan 2026, Nieuwjaarsdag; Fri 2 Jan decreed; weekend
    # -> Mon 5 Jan 2026.
    (date(2025, 12, 18), date(2026, 1, 5)),
    # An ordinary fortnight for contrast: Mon 2 Mar 2026 + 14 = Mon 16 Mar, a working day.
    (date(2026, 3, 2), date(2026, 3, 16)),
]


@pytest.mark.parametrize(("melding_politie", "due"), STUDIOVERHOOR)
def test_studioverhoor_two_weeks_after_the_melding_at_the_police(melding_politie: date, due: date) -> None:
    assert termijn("politie-studioverhoor", melding_politie=melding_politie).due == due


def test_studioverhoor_does_not_count_from_the_melding_at_veilig_thuis() -> None:
    assert "politie-studioverhoor" not in {
        t.id for t in overview(ENTRIES, {"melding": date(2026, 3, 20)}).termijnen
    }


TRIAGE: list[tuple[date, date]] = [
    # Wed 1 Apr 2026: Thu 2 = 1; Goede Vrijdag 3, weekend, Tweede paasdag 6 skipped; Tue 7 = 2,
    # Wed 8 = 3, Thu 9 = 4, Fri 10 = 5.
    (date(2026, 4, 1), date(2026, 4, 10)),
    # Thu 2 Apr 2026: Fri 3 and Mon 6 skipped; Tue 7 = 1 ... Fri 10 = 4, Mon 13 = 5.
    (date(2026, 4, 2), date(2026, 4, 13)),
    # Fri 25 Apr 2025: King's Day Sat 26 falls in the weekend anyway; Mon 28 = 1, Tue 29 = 2,
    # Wed 30 = 3, Thu 1 May = 4, Fri 2 May = 5.
    (date(2025, 4, 25), date(2025, 5, 2)),
    # Mon 28 Apr 2025: Tue 29 = 1, Wed 30 = 2, Thu 1 = 3, Fri 2 = 4; Mon 5 May Bevrijdingsdag
    # skipped; Tue 6 May = 5.
    (date(2025, 4, 28), date(2025, 5, 6)),
    # Tue 28 Apr 2026: Wed 29 = 1, Thu 30 = 2, Fri 1 = 3, Mon 4 = 4; Tue 5 May skipped; Wed 6 = 5.
    (date(2026, 4, 28), date(2026, 5, 6)),
    # Tue 12 May 2026: Wed 13 = 1; Hemelvaart Thu 14 and decreed Fri 15 skipped; Mon 18 = 2,
    # Tue 19 = 3, Wed 20 = 4, Thu 21 = 5.
    (date(2026, 5, 12), date(2026, 5, 21)),
    # Wed 23 Dec 2026: Thu 24 = 1; Fri 25 Christmas, weekend (Sat 26 Tweede kerstdag) skipped;
    # Mon 28 = 2, Tue 29 = 3, Wed 30 = 4, Thu 31 = 5.
    (date(2026, 12, 23), date(2026, 12, 31)),
    # Tue 23 Dec 2025: Wed 24 = 1; Thu 25, Fri 26 skipped; Mon 29 = 2, Tue 30 = 3, Wed 31 = 4;
    # Nieuwjaarsdag Thu 1 Jan and decreed Fri 2 Jan skipped; Mon 5 Jan 2026 = 5.
    (date(2025, 12, 23), date(2026, 1, 5)),
]


@pytest.mark.parametrize(("melding", "due"), TRIAGE)
def test_triage_five_working_days_after_the_melding(melding: date, due: date) -> None:
    assert termijn("vt-triage", melding=melding).due == due


def test_triage_over_easter_names_the_days_it_skipped() -> None:
    how = termijn("vt-triage", melding=date(2026, 4, 1)).how
    assert how.startswith("5 werkdagen na melding bij Veilig Thuis van woensdag 1 april")
    assert "niet meegeteld: Goede Vrijdag, Tweede paasdag" in how


# (hearing date, advice moment, the OM's opdracht 3 days before, the working day it must in
# practice be done by when the opdracht lands on a day off)
SUPERSNEL: list[tuple[date, datetime, date, str | None]] = [
    # Hearing Tue 7 Apr 2026: advice that day at 09:00; opdracht Sat 4 Apr, not moved (counted
    # back, Atw art. 1 lid 2); in practice by Thu 2 Apr, since Fri 3 is Goede Vrijdag.
    (date(2026, 4, 7), datetime(2026, 4, 7, 9, 0), date(2026, 4, 4), "donderdag 2 april"),
    # Hearing Mon 28 Dec 2026: opdracht Fri 25 Dec, Eerste kerstdag; in practice Thu 24 Dec.
    (date(2026, 12, 28), datetime(2026, 12, 28, 9, 0), date(2026, 12, 25), "donderdag 24 december"),
    # Hearing Mon 18 May 2026: opdracht Fri 15 May, decreed; Thu 14 Hemelvaart -> Wed 13 May.
    (date(2026, 5, 18), datetime(2026, 5, 18, 9, 0), date(2026, 5, 15), "woensdag 13 mei"),
    # Hearing Thu 8 May 2025: opdracht Mon 5 May, Bevrijdingsdag; in practice Fri 2 May.
    (date(2025, 5, 8), datetime(2025, 5, 8, 9, 0), date(2025, 5, 5), "vrijdag 2 mei"),
    # Hearing Thu 12 Mar 2026: opdracht Mon 9 Mar, a working day: nothing to add.
    (date(2026, 3, 12), datetime(2026, 3, 12, 9, 0), date(2026, 3, 9), None),
]


@pytest.mark.parametrize(("zitting", "advice", "opdracht", "in_practice"), SUPERSNEL)
def test_supersnelrecht_advice_at_nine_on_the_day_and_the_om_opdracht_three_days_before(
    zitting: date, advice: datetime, opdracht: date, in_practice: str | None
) -> None:
    events = {"zitting": zitting, "zitting_soort": "supersnel"}
    row = termijn("reclassering-supersnelrecht", **events)
    assert row.due == advice
    assert ", om 09:00" in row.how
    om = termijn("reclassering-supersnelrecht-opdracht-om", **events)
    assert om.due == opdracht
    assert om.organisation == "Openbaar Ministerie"
    if in_practice is None:
        assert "in de praktijk" not in om.how
    else:
        assert f"in de praktijk uiterlijk {in_practice}" in om.how


def test_supersnelrecht_rows_do_not_apply_to_another_kind_of_hearing() -> None:
    found = {
        t.id for t in overview(ENTRIES, {"zitting": date(2026, 4, 7), "zitting_soort": "snel"}).termijnen
    }
    assert "reclassering-supersnelrecht" not in found
    assert "reclassering-snelrecht" in found


def test_without_a_citable_besluit_the_friday_after_hemelvaart_2021_counts_as_a_working_day() -> None:
    # Hemelvaart 2021 is Thursday 13 May (Easter 4 April + 39). No gelijkstellingsbesluit for
    # 2020-2022 could be cited (holiday_calendar docstring), so Friday 14 May is not skipped:
    # Wed 12 May: Thu 13 skipped, Fri 14 = 1, Mon 17 = 2, Tue 18 = 3, Wed 19 = 4, Thu 20 = 5.
    # Had the Friday been decreed, the triage would end a working day later (Fri 21 May).
    assert termijn("vt-triage", melding=date(2021, 5, 12)).due == date(2021, 5, 20)
    assert not decrees_known(2021)


def test_the_2017_2019_besluit_carries_its_staatscourant_number() -> None:
    besluit = besluit_of(date(2018, 12, 24))
    assert besluit is not None
    assert besluit.staatscourant == "Stcrt. 2016, 58653"
