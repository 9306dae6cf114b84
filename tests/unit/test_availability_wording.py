"""The plain-words preview of a contact's availability, as the admin's rule form shows it."""

from __future__ import annotations

import json

import pytest

from routekaarten import i18n
from routekaarten.availability_wording import describe_availability, describe_days, describe_rule
from tests.conftest import REGION_FILE

WEEK = ["ma", "di", "wo", "do", "vr"]


def _contact(contact_id: str) -> dict:
    data = json.loads(REGION_FILE.read_text(encoding="utf-8"))
    return next(c for c in data["contacts"] if c["id"] == contact_id)


def test_the_rvdk_bureaudienst_reads_as_the_routekaart_says_it():
    """Seed lines 8227-8229: consult 8.30-12.30 uur, crisis 24/7 (consult on working days, the bundle's
    assumption); the window with hours is read first, the 24/7 line after it."""
    availability = _contact("zeeland-rvdk")["availability"]
    assert describe_availability(availability) == "ma-vr 08:30-12:30 consult; crisis 24/7"


def test_a_number_answered_always_is_24_7():
    assert describe_availability(_contact("ovj-piket")["availability"]) == "24/7"


def test_no_availability_says_the_source_gives_no_hours():
    assert describe_availability(None) == "tijden niet vermeld"


def test_an_empty_rule_list_says_there_are_no_rules():
    assert describe_availability({"rules": []}) == "geen regels"


@pytest.mark.parametrize(("days", "expected"), [
    (WEEK, "ma-vr"),
    (["ma", "di", "wo", "do", "vr", "za", "zo"], "dagelijks"),
    (["za", "zo"], "za, zo"),
    (["ma", "wo", "vr"], "ma, wo, vr"),
    (["vr", "ma", "di", "wo"], "ma-wo, vr"),
    (["do", "vr", "za", "zo"], "do-zo"),
    ([], ""),
    (["xx"], ""),
])
def test_days_are_runs_or_lists_in_week_order(days, expected):
    assert describe_days(days) == expected


def test_feestdagen_are_said_when_the_rule_says_them():
    rule = {"days": WEEK, "from": "09:00", "to": "17:00", "closed_on_holidays": True}
    assert describe_rule(rule) == "ma-vr 09:00-17:00, niet op feestdagen"
    assert describe_rule({**rule, "closed_on_holidays": False}) == "ma-vr 09:00-17:00, ook op feestdagen"


def test_a_rule_being_typed_is_described_not_refused():
    assert describe_rule({"days": ["ma"], "from": "08:00"}) == "ma 08:00-?"
    assert describe_rule({"purpose": "consult"}) == "geen dagen ?-? consult"


def test_windows_come_before_24_7_and_by_first_day():
    rules = [
        {"always": True, "purpose": "crisis"},
        {"days": ["za", "zo"], "from": "10:00", "to": "14:00", "purpose": "consult"},
        {"days": WEEK, "from": "08:30", "to": "24:00", "purpose": "consult"},
    ]
    assert describe_availability({"rules": rules}) == (
        "ma-vr 08:30-24:00 consult; za, zo 10:00-14:00 consult; crisis 24/7"
    )


def test_the_preview_is_in_english_when_the_app_is():
    try:
        i18n.set_language("en")
        assert describe_availability(_contact("zeeland-rvdk")["availability"]) == (
            "Mon-Fri 08:30-12:30 consultation; crisis 24/7"
        )
        assert describe_availability(None) == "hours not stated"
    finally:
        i18n.set_language("nl")
