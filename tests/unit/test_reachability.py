"""Who answers now, for the real Zeeland-West-Brabant contacts.

The hours come from the routekaart's footnotes (seed lines 8160-8175): RvdK bureaudienst
consult 8.30-12.30 and crisis 24/7, piketdienst OvJ 24/7, Veilig Thuis 24/7, ZSM-nummer
Reclassering only at step 1. Contacts whose hours the source does not state are "onbekend".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from routekaarten.clock import AMSTERDAM
from routekaarten.model import Contact, RegionBundle
from routekaarten.reachability import (
    Reachability,
    Status,
    WhoAnswers,
    assess,
    contacts_for_actors,
    contacts_for_area,
    is_dutch_public_holiday,
    no_number_reason,
    rank,
    who_answers,
)

MONDAY = date(2026, 11, 30)
SATURDAY = date(2026, 11, 28)
KINGS_DAY = date(2027, 4, 27)  # a Tuesday
CHRISTMAS = date(2026, 12, 25)  # a Friday
EASTER_MONDAY = date(2026, 4, 6)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment in Dutch local time."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMSTERDAM)


def contact(bundle: RegionBundle, contact_id: str) -> Contact:
    found = bundle.contact(contact_id)
    assert found is not None, contact_id
    return found


def reach(bundle: RegionBundle, contact_id: str, moment: datetime, step: int | None = None) -> Reachability:
    return assess(contact(bundle, contact_id), moment, step)


# Public holidays ----------------------------------------------------------------------------


@pytest.mark.parametrize("day", [KINGS_DAY, CHRISTMAS, EASTER_MONDAY], ids=str)
def test_kings_day_christmas_and_easter_monday_are_dutch_public_holidays(day: date) -> None:
    assert is_dutch_public_holiday(day)


def test_an_ordinary_monday_is_no_public_holiday() -> None:
    assert not is_dutch_public_holiday(MONDAY)


# RvdK bureaudienst: consult 08:30-12:30 on working days, crisis 24/7 --------------------------


def test_rvdk_consult_and_crisis_open_on_weekday_morning(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-rvdk", at(MONDAY, 9))

    assert result == Reachability(Status.JA, "consult tot 12:30, crisis 24/7")
    assert result.reachable is True


def test_rvdk_only_crisis_on_weekday_afternoon_and_consult_again_tomorrow(
    region_bundle: RegionBundle,
) -> None:
    result = reach(region_bundle, "zeeland-rvdk", at(MONDAY, 13))

    assert result == Reachability(Status.DEELS, "alleen crisis (24/7); consult weer morgen 08:30")
    assert result.reachable is True


def test_rvdk_consult_closes_at_12_30_exactly(region_bundle: RegionBundle) -> None:
    assert reach(region_bundle, "zeeland-rvdk", at(MONDAY, 12, 29)).status is Status.JA
    assert reach(region_bundle, "zeeland-rvdk", at(MONDAY, 12, 30)).status is Status.DEELS


def test_rvdk_at_night_consult_again_today_at_08_30(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-rvdk", at(date(2026, 12, 1), 3))

    assert result == Reachability(Status.DEELS, "alleen crisis (24/7); consult weer vandaag 08:30")


def test_rvdk_on_saturday_consult_again_monday(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-rvdk", at(SATURDAY, 10))

    assert result == Reachability(Status.DEELS, "alleen crisis (24/7); consult weer ma 08:30")


def test_rvdk_consult_on_kings_day_is_not_stated_not_closed(region_bundle: RegionBundle) -> None:
    """The routekaart says "tussen 8.30-12.30 uur" and nothing about feestdagen (seed r. 8228)."""
    result = reach(region_bundle, "zeeland-rvdk", at(KINGS_DAY, 10))

    assert result == Reachability(
        Status.DEELS, "alleen crisis (24/7); consult op feestdagen: tijden niet vermeld"
    )


def test_rvdk_consult_on_good_friday_is_not_stated_either(region_bundle: RegionBundle) -> None:
    """Goede Vrijdag is an Atw feestdag (art. 3 lid 2): the same calendar as the deadlines."""
    result = reach(region_bundle, "zeeland-rvdk", at(date(2026, 4, 3), 10))

    assert result.reason == "alleen crisis (24/7); consult op feestdagen: tijden niet vermeld"


def test_rvdk_consult_on_fifth_of_may_outside_a_lustrum_year_is_a_feestdag(
    region_bundle: RegionBundle,
) -> None:
    result = reach(region_bundle, "zeeland-rvdk", at(date(2026, 5, 5), 10))

    assert result.reason.endswith("consult op feestdagen: tijden niet vermeld")


def test_rvdk_christmas_evening_says_the_next_opening_is_uncertain(region_bundle: RegionBundle) -> None:
    """Thursday 24 December 2026 20:00: next consult window is Friday 25th, Eerste kerstdag."""
    result = reach(region_bundle, "zeeland-rvdk", at(date(2026, 12, 24), 20))

    assert (
        result.reason
        == "alleen crisis (24/7); consult weer morgen 08:30 (op feestdagen: tijden niet vermeld)"
    )


def test_rvdk_consult_on_an_ordinary_tuesday_morning_after_easter_is_open(
    region_bundle: RegionBundle,
) -> None:
    assert reach(region_bundle, "zeeland-rvdk", at(date(2026, 4, 7), 10)).status is Status.JA


def _office(closed_on_holidays: bool | None) -> Contact:
    rule = {"days": ["ma", "di", "wo", "do", "vr"], "from": "09:00", "to": "17:00"}
    if closed_on_holidays is not None:
        rule["closed_on_holidays"] = closed_on_holidays
    return Contact.from_dict(
        {
            "id": "kantoor",
            "area": None,
            "actor": "VT",
            "organisation": "Veilig Thuis",
            "role": "Kantoor",
            "phone": "0800 2000",
            "availability": {"rules": [rule], "source": "test"},
        }
    )


def test_hours_said_to_close_on_feestdagen_are_closed_on_easter_monday() -> None:
    result = assess(_office(True), at(EASTER_MONDAY, 10))

    assert result == Reachability(Status.NEE, "nu niet bereikbaar; weer morgen 09:00")


def test_hours_said_to_hold_on_feestdagen_are_open_on_easter_monday() -> None:
    assert assess(_office(False), at(EASTER_MONDAY, 10)) == Reachability(Status.JA, "tot 17:00")


def test_hours_without_a_word_on_feestdagen_are_unknown_on_easter_monday() -> None:
    result = assess(_office(None), at(EASTER_MONDAY, 10))

    assert result == Reachability(Status.ONBEKEND, "op feestdagen: tijden niet vermeld")
    assert result.reachable is None


def test_a_feestdag_evening_before_a_known_closed_day_skips_it() -> None:
    """Hemelvaart 2026 (Thu 14 May) and the decreed Friday 15 May are both closed: Monday next."""
    result = assess(_office(True), at(date(2026, 5, 13), 20))

    assert result.reason == "nu niet bereikbaar; weer ma 09:00"


def test_rvdk_is_the_same_bureaudienst_in_every_area(region_bundle: RegionBundle) -> None:
    moment = at(MONDAY, 13)
    reasons = {reach(region_bundle, f"{area.id}-rvdk", moment).reason for area in region_bundle.areas}

    assert reasons == {"alleen crisis (24/7); consult weer morgen 08:30"}


def test_custom_holiday_calendar_makes_an_ordinary_monday_a_feestdag_for_rvdk_consult(
    region_bundle: RegionBundle,
) -> None:
    asked: list[date] = []

    def everything_is_a_holiday(day: date) -> bool:
        asked.append(day)
        return True

    result = assess(contact(region_bundle, "zeeland-rvdk"), at(MONDAY, 9), is_holiday=everything_is_a_holiday)

    assert result.status is Status.DEELS
    assert result.reason == "alleen crisis (24/7); consult op feestdagen: tijden niet vermeld"
    assert MONDAY in asked


def test_custom_holiday_calendar_opens_rvdk_consult_on_kings_day(region_bundle: RegionBundle) -> None:
    result = assess(contact(region_bundle, "zeeland-rvdk"), at(KINGS_DAY, 9), is_holiday=lambda day: False)

    assert result == Reachability(Status.JA, "consult tot 12:30, crisis 24/7")


def test_rank_passes_the_holiday_calendar_to_every_contact(region_bundle: RegionBundle) -> None:
    ranked = rank(
        region_bundle,
        contacts_for_area(region_bundle, "zeeland"),
        at(KINGS_DAY, 9),
        is_holiday=lambda day: False,
    )

    rvdk = next(entry for entry in ranked if entry.contact.id == "zeeland-rvdk")
    assert rvdk.reachability.status is Status.JA


# Time zones ---------------------------------------------------------------------------------


def test_utc_moment_in_winter_is_read_as_amsterdam_time(region_bundle: RegionBundle) -> None:
    """08:00 UTC on 30 November is 09:00 in Amsterdam (CET, UTC+1): consult open."""
    moment = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

    assert reach(region_bundle, "zeeland-rvdk", moment).status is Status.JA


def test_utc_moment_in_summer_is_read_as_amsterdam_time(region_bundle: RegionBundle) -> None:
    """07:00 UTC on 1 July is 09:00 in Amsterdam (CEST, UTC+2): consult open."""
    moment = datetime(2026, 7, 1, 7, 0, tzinfo=UTC)

    assert reach(region_bundle, "zeeland-rvdk", moment).status is Status.JA


def test_utc_moment_before_opening_in_amsterdam_says_today_in_local_time(
    region_bundle: RegionBundle,
) -> None:
    """06:00 UTC on 1 July is 08:00 in Amsterdam: consult opens at 08:30 local, not UTC."""
    moment = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)

    result = reach(region_bundle, "zeeland-rvdk", moment)

    assert result == Reachability(Status.DEELS, "alleen crisis (24/7); consult weer vandaag 08:30")


def test_utc_evening_that_is_already_tomorrow_in_amsterdam(region_bundle: RegionBundle) -> None:
    """Friday 23:30 UTC in winter is Saturday 00:30 in Amsterdam: consult again on Monday."""
    moment = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)

    assert reach(region_bundle, "zeeland-rvdk", moment).reason.endswith("consult weer ma 08:30")


# OvJ: hours not stated, backed by the piketdienst -------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [at(MONDAY, 9), at(MONDAY, 13), at(MONDAY, 3), at(SATURDAY, 10), at(KINGS_DAY, 10)],
    ids=["weekday-0900", "weekday-1300", "night-0300", "saturday", "kings-day"],
)
def test_ovj_hours_unknown_and_piket_answers(region_bundle: RegionBundle, moment: datetime) -> None:
    [entry] = [
        e
        for e in rank(region_bundle, contacts_for_area(region_bundle, "zeeland"), moment)
        if e.contact.id == "zeeland-ovj"
    ]

    assert entry.reachability == Reachability(Status.ONBEKEND, "tijden niet vermeld in de routekaart")
    assert entry.reachability.reachable is None
    assert entry.backup is not None
    assert entry.backup.phone == "088 6997414"
    assert entry.backup_reachability == Reachability(Status.JA, "piket, 24/7")


def test_every_ovj_has_the_piketdienst_as_backup(region_bundle: RegionBundle) -> None:
    ovjs = [c for c in region_bundle.contacts if c.actor == "OvJ" and not c.piket]

    assert len(ovjs) == 4
    assert {c.backup for c in ovjs} == {"ovj-piket"}


# Vertrouwensarts and Veilig Thuis: 24/7 ------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [at(MONDAY, 9), at(MONDAY, 3), at(SATURDAY, 22), at(CHRISTMAS, 4), at(EASTER_MONDAY, 12)],
    ids=["weekday-0900", "night-0300", "saturday-night", "christmas-night", "easter-monday"],
)
def test_vertrouwensarts_24_7_and_veilig_thuis_always_answer(
    region_bundle: RegionBundle, moment: datetime
) -> None:
    assert reach(region_bundle, "zeeland-va-24-7", moment) == Reachability(Status.JA, "24/7")
    assert reach(region_bundle, "zeeland-vt", moment) == Reachability(Status.JA, "24/7")
    assert reach(region_bundle, "vt-24-7", moment) == Reachability(Status.JA, "24/7")


def test_vertrouwensarts_mobile_hours_unknown_with_24_7_backup(region_bundle: RegionBundle) -> None:
    [entry] = [
        e
        for e in rank(region_bundle, contacts_for_area(region_bundle, "zeeland"), at(MONDAY, 3))
        if e.contact.id == "zeeland-va"
    ]

    assert entry.reachability.status is Status.ONBEKEND
    assert entry.backup is not None
    assert entry.backup.phone == "088 0026431"
    assert entry.backup_reachability == Reachability(Status.JA, "24/7")


def test_midden_brabant_veilig_thuis_has_region_wide_24_7_backup(region_bundle: RegionBundle) -> None:
    vt = contact(region_bundle, "midden-brabant-vt")

    assert vt.backup == "vt-24-7"
    assert contact(region_bundle, "vt-24-7").phone == "0800-2000"


# Reclassering: ZSM-nummer only at step 1 ------------------------------------------------------


def test_reclassering_not_for_step_3_points_to_actieoverleg(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-reclassering", at(MONDAY, 9), step=3)

    assert result.status is Status.NEE
    assert result.reachable is False
    assert "alleen bij stap 1" in result.reason
    assert "Actieoverleg" in result.reason


@pytest.mark.parametrize("step", [0, 2, 3])
def test_reclassering_is_no_for_every_step_but_1(region_bundle: RegionBundle, step: int) -> None:
    assert reach(region_bundle, "zeeland-reclassering", at(MONDAY, 9), step=step).status is Status.NEE


def test_reclassering_at_step_1_is_not_no(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-reclassering", at(MONDAY, 9), step=1)

    assert result.status is Status.ONBEKEND
    assert result.reason == "tijden niet vermeld in de routekaart; alleen bij stap 1"


def test_reclassering_without_step_mentions_the_step_restriction(region_bundle: RegionBundle) -> None:
    result = reach(region_bundle, "zeeland-reclassering", at(MONDAY, 9))

    assert result.status is Status.ONBEKEND
    assert result.reason.endswith("alleen bij stap 1")


# Ranking ----------------------------------------------------------------------------------------


def test_rank_puts_a_number_with_a_24_7_backup_before_numbers_without(region_bundle: RegionBundle) -> None:
    ranked = rank(region_bundle, contacts_for_area(region_bundle, "zeeland"), at(MONDAY, 13), step=3)

    assert [(e.contact.id, e.status) for e in ranked] == [
        ("zeeland-vt", Status.JA),
        ("zeeland-va", Status.JA),  # hours unknown, but its 24/7 backup answers
        ("zeeland-va-24-7", Status.JA),
        ("zeeland-ovj", Status.JA),  # hours unknown, the piketdienst answers
        ("ovj-piket", Status.JA),
        ("zeeland-rvdk", Status.DEELS),
        ("zeeland-ovd-r", Status.ONBEKEND),
        ("zeeland-fa", Status.ONBEKEND),
        ("zeeland-reclassering", Status.NEE),
    ]


def test_rank_keeps_the_source_order_within_a_status(region_bundle: RegionBundle) -> None:
    contacts = contacts_for_area(region_bundle, "west-brabant")
    ranked = rank(region_bundle, contacts, at(MONDAY, 9))

    unknown = [e.contact.id for e in ranked if e.status is Status.ONBEKEND]
    assert unknown == [c.id for c in contacts if c.availability is None and c.backup is None]


@pytest.mark.parametrize(
    "moment",
    [at(MONDAY, 9), at(MONDAY, 13), at(MONDAY, 3), at(SATURDAY, 10), at(KINGS_DAY, 10)],
    ids=["weekday-0900", "weekday-1300", "night-0300", "saturday", "kings-day"],
)
@pytest.mark.parametrize("area", ["zeeland", "midden-brabant", "west-brabant"])
def test_ranked_statuses_never_go_up(region_bundle: RegionBundle, area: str, moment: datetime) -> None:
    ranked = rank(region_bundle, contacts_for_area(region_bundle, area), moment, step=3)
    statuses = [e.status for e in ranked]

    assert statuses == sorted(statuses)
    assert statuses[0] is Status.JA
    assert statuses[-1] is Status.NEE  # the ZSM-nummer, not for step 3


# The one ranking the desktop shows ---------------------------------------------------------------

SUNDAY = date(2026, 11, 29)


def _shown(answers: WhoAnswers) -> list[tuple[str, str | None, Status]]:
    return [(e.contact.id, e.backup.id if e.backup else None, e.status) for e in answers.entries]


def test_office_hours_midden_brabant_in_the_routekaarts_order(region_bundle: RegionBundle) -> None:
    answers = who_answers(region_bundle, "midden-brabant", at(MONDAY, 10))

    assert _shown(answers) == [
        ("midden-brabant-vt", "vt-24-7", Status.JA),
        ("midden-brabant-va", "midden-brabant-va-24-7", Status.JA),
        ("midden-brabant-ovj", "ovj-piket", Status.JA),
        ("midden-brabant-rvdk", None, Status.JA),
        ("midden-brabant-ovd-r", None, Status.ONBEKEND),
        ("midden-brabant-fa", None, Status.ONBEKEND),
        ("midden-brabant-reclassering", None, Status.ONBEKEND),
    ]


def test_at_night_the_rvdk_is_crisis_only_and_the_area_numbers_keep_their_backups(
    region_bundle: RegionBundle,
) -> None:
    answers = who_answers(region_bundle, "zeeland", at(MONDAY, 3))
    shown = _shown(answers)

    assert shown[:3] == [
        ("zeeland-vt", None, Status.JA),
        ("zeeland-va", "zeeland-va-24-7", Status.JA),
        ("zeeland-ovj", "ovj-piket", Status.JA),
    ]
    assert ("zeeland-rvdk", None, Status.DEELS) in shown
    assert all(entry.contact.id not in ("zeeland-va-24-7", "ovj-piket") for entry in answers.entries)


def test_on_sunday_the_ovj_is_answered_by_the_piket(region_bundle: RegionBundle) -> None:
    answers = who_answers(region_bundle, "west-brabant", at(SUNDAY, 11))
    ovj = [e for e in answers.entries if e.contact.actor == "OvJ"]

    assert [e.contact.id for e in ovj] == ["west-brabant-ovj-markiezaten", "west-brabant-ovj-baronie"]
    assert all(e.reachability.status is Status.ONBEKEND and e.status is Status.JA for e in ovj)
    assert ovj[0].backup_reachability == Reachability(Status.JA, "piket, 24/7")
    rvdk = next(e for e in answers.entries if e.contact.actor == "RvdK")
    assert rvdk.status is Status.DEELS


def test_a_box_names_actors_without_a_number(region_bundle: RegionBundle) -> None:
    box = region_bundle.routekaart.box("overleg-vt-politie")
    answers = who_answers(region_bundle, "zeeland", at(MONDAY, 10), actors=box.actors)

    assert answers.without_number == ("Zedenpolitie",)
    assert no_number_reason() == "geen nummer in de routekaart"
    leck = who_answers(region_bundle, "zeeland", at(MONDAY, 10), actors=("VA", "LECK"))
    assert leck.without_number == ("LECK",)


# Which contacts an area lists -------------------------------------------------------------------


def test_zeeland_does_not_list_veilig_thuis_0800_2000_twice(region_bundle: RegionBundle) -> None:
    listed = contacts_for_area(region_bundle, "zeeland")
    e164 = [c.phone_e164 for c in listed]

    assert e164.count("+318002000") == 1
    assert "zeeland-vt" in [c.id for c in listed]
    assert "vt-24-7" not in [c.id for c in listed]


def test_west_brabant_lists_region_wide_veilig_thuis_after_its_own(region_bundle: RegionBundle) -> None:
    ids = [c.id for c in contacts_for_area(region_bundle, "west-brabant")]

    assert ids[-2:] == ["vt-24-7", "ovj-piket"]
    assert ids[0] == "west-brabant-vt"


def test_area_lists_no_contacts_of_other_areas(region_bundle: RegionBundle) -> None:
    areas = {c.area for c in contacts_for_area(region_bundle, "midden-brabant")}

    assert areas == {"midden-brabant", None}


def test_no_area_lists_every_contact(region_bundle: RegionBundle) -> None:
    assert contacts_for_area(region_bundle, None) == list(region_bundle.contacts)


def test_box_vt_and_ovj_lists_vertrouwensarts_and_ovj_numbers_of_zeeland(
    region_bundle: RegionBundle,
) -> None:
    box = region_bundle.routekaart.box("vt-ovj")

    phones = [c.phone for c in contacts_for_actors(region_bundle, "zeeland", box.actors)]

    assert phones == ["06 53217902", "088 0026431", "06 11442199", "088 6997414"]
