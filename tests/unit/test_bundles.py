"""Reading and validating region bundles: every problem is reported in Dutch, with its path.

An admin who edits a bundle sees these messages (``routekaart validate``, the import dialog);
each test breaks one field of the shipped Zeeland-West-Brabant bundle and checks the exact line.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routekaarten.bundles import MAX_BUNDLE_BYTES, json_path, parse_json, read_bundle, validate
from routekaarten.errors import BundleError, Issue
from routekaarten.model import RegionBundle


def problems(data: dict[str, Any]) -> list[str]:
    """What an admin reads: one ``path: message`` line per problem."""
    return [str(issue) for issue in validate(data, "region")]


def write(tmp_path: Path, raw: bytes, name: str = "regio.json") -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


# The shipped bundle -----------------------------------------------------------------------------


def test_shipped_region_bundle_has_no_problems(region_data: dict[str, Any]) -> None:
    assert validate(region_data, "region") == []


def test_read_bundle_returns_the_data_of_a_valid_file(region_file: Path) -> None:
    data = read_bundle(region_file, "region")

    assert data["region"]["id"] == "zeeland-west-brabant"
    assert len(data["contacts"]) == 28


# Schema problems, one kind of bad field each ------------------------------------------------------


def test_missing_required_field_is_named_with_its_contact(region_data: dict[str, Any]) -> None:
    del region_data["contacts"][4]["role"]

    assert problems(region_data) == ["contacts[4]: verplicht veld 'role' ontbreekt"]


def test_unknown_field_is_named(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["fax"] = "0800-2000"

    assert problems(region_data) == ["contacts[0]: onbekend veld 'fax'"]


def test_revision_as_text_is_a_wrong_type(region_data: dict[str, Any]) -> None:
    region_data["revision"] = "1"

    assert problems(region_data) == ["revision: moet een geheel getal zijn, niet '1'"]


def test_unknown_actor_lists_the_allowed_actors(region_data: dict[str, Any]) -> None:
    region_data["contacts"][2]["actor"] = "Huisarts"

    [line] = problems(region_data)
    assert line.startswith("contacts[2].actor: ongeldige waarde 'Huisarts'; toegestaan: 'VT', 'VA'")
    assert "'Reclassering'" in line


def test_id_with_capitals_and_slash_breaks_the_id_pattern(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["id"] = "VT 24/7"

    [line] = problems(region_data)
    assert line.startswith("contacts[0].id: ongeldige waarde 'VT 24/7' (verwacht patroon ")


def test_empty_role_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][1]["role"] = ""

    assert problems(region_data) == ["contacts[1].role: mag niet leeg zijn"]


def test_month_13_is_not_a_valid_date(region_data: dict[str, Any]) -> None:
    region_data["valid_from"] = "2020-13-01"

    assert problems(region_data) == ["valid_from: '2020-13-01' is geen geldige datum (JJJJ-MM-DD)"]


def test_box_in_step_4_is_out_of_range(region_data: dict[str, Any]) -> None:
    region_data["routekaart"]["boxes"][0]["step"] = 4

    assert problems(region_data) == ["routekaart.boxes[0].step: mag hoogstens 3 zijn, niet 4"]


def test_contact_for_step_minus_1_is_out_of_range(region_data: dict[str, Any]) -> None:
    region_data["contacts"][9]["steps"] = [-1]

    assert problems(region_data) == ["contacts[9].steps[0]: moet minstens 0 zijn, niet -1"]


def test_wrong_format_name_is_refused(region_data: dict[str, Any]) -> None:
    region_data["format"] = "routekaart.national"

    assert problems(region_data) == ["format: moet 'routekaart.region' zijn, niet 'routekaart.national'"]


def test_rule_with_both_always_and_days_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["availability"]["rules"] = [
        {"always": True, "days": ["ma"], "from": "08:00", "to": "17:00"}
    ]

    assert problems(region_data) == [
        "contacts[0].availability.rules[0]: een bereikbaarheidsregel heeft óf 'always': true, "
        "óf 'days', 'from' en 'to'"
    ]


def test_rule_with_neither_always_nor_days_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["availability"]["rules"] = [{"purpose": "crisis"}]

    [line] = problems(region_data)
    assert line.startswith("contacts[0].availability.rules[0]: een bereikbaarheidsregel heeft óf")


def test_schema_problems_are_listed_in_document_order(region_data: dict[str, Any]) -> None:
    for contact in region_data["contacts"][:12]:
        contact["organisation"] = ""

    paths = [issue.path for issue in validate(region_data, "region")]

    assert paths == [f"contacts[{index}].organisation" for index in range(12)]


# Problems a schema cannot see -------------------------------------------------------------------


def test_too_short_mobile_number_is_not_a_dutch_number(region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["phone"] = "06 123"

    assert problems(region_data) == ["contacts[3].phone: '06 123' is geen geldig Nederlands nummer"]


def test_backup_that_is_no_contact_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["backup"] = "huisarts-post"

    assert problems(region_data) == [
        "contacts[3].backup: achtervang 'huisarts-post' is geen ander contact in deze bundel"
    ]


def test_contact_that_is_its_own_backup_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["backup"] = region_data["contacts"][3]["id"]

    assert problems(region_data) == [
        "contacts[3].backup: achtervang 'zeeland-va' is geen ander contact in deze bundel"
    ]


def test_contact_in_unknown_area_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["area"] = "noord-brabant"

    assert problems(region_data) == ["contacts[3].area: onbekend gebied 'noord-brabant'"]


def test_arrow_to_unknown_box_is_refused(region_data: dict[str, Any]) -> None:
    region_data["routekaart"]["arrows"][0]["to"] = "nergens"

    assert problems(region_data) == ["routekaart.arrows[0].to: onbekend vak 'nergens'"]


def test_box_footnote_mark_without_footnote_text_is_refused(region_data: dict[str, Any]) -> None:
    chart = region_data["routekaart"]
    chart["footnotes"] = [note for note in chart["footnotes"] if note["mark"] != "***"]

    assert problems(region_data) == [
        "routekaart.boxes[5].footnotes: voetnoot '***' staat niet in routekaart.footnotes"
    ]


def test_contact_footnote_mark_without_footnote_text_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contact_footnotes"] = [
        note for note in region_data["contact_footnotes"] if note["mark"] != "**"
    ]

    assert problems(region_data) == [
        f"contacts[{index}].footnotes: voetnoot '**' staat niet in contact_footnotes"
        for index in (8, 16, 26)  # the three RvdK bureaudienst lines
    ]


def test_duplicate_contact_id_is_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["id"] = "zeeland-vt"

    assert problems(region_data) == ["contacts[3].id: id 'zeeland-vt' komt dubbel voor"]


def test_opening_hours_from_after_to_are_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["availability"]["rules"] = [
        {"days": ["ma"], "from": "17:00", "to": "09:00"}
    ]

    assert problems(region_data) == [
        "contacts[0].availability.rules[0]: begintijd 17:00 ligt niet vóór eindtijd 09:00"
    ]


def test_opening_hours_from_equal_to_are_refused(region_data: dict[str, Any]) -> None:
    region_data["contacts"][0]["availability"]["rules"] = [
        {"days": ["ma"], "from": "09:00", "to": "09:00"}
    ]

    assert problems(region_data) == [
        "contacts[0].availability.rules[0]: begintijd 09:00 ligt niet vóór eindtijd 09:00"
    ]


def test_box_in_step_missing_from_the_steps_is_refused(region_data: dict[str, Any]) -> None:
    chart = region_data["routekaart"]
    chart["steps"] = [step for step in chart["steps"] if step["number"] != 0]

    lines = problems(region_data)

    assert lines == [
        f"routekaart.boxes[{index}].step: stap 0 staat niet in routekaart.steps" for index in (0, 1, 2)
    ]


# Files that are not bundles at all --------------------------------------------------------------


def test_file_that_is_not_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"format": "routekaart.region",\n  contacts: []}')

    with pytest.raises(BundleError) as caught:
        read_bundle(path, "region")

    message = str(caught.value)
    assert message.startswith(f"Ongeldige gegevens in {path}:")
    assert "geen geldige JSON (regel 2, kolom 3)" in message


def test_file_in_latin_1_is_refused_as_not_utf_8(tmp_path: Path) -> None:
    path = write(tmp_path, '{"publisher": "Wél"}'.encode("latin-1"))

    with pytest.raises(BundleError) as caught:
        read_bundle(path, "region")

    assert caught.value.issues == [Issue("", "bestand is geen UTF-8-tekst")]
    assert "bestand is geen UTF-8-tekst" in str(caught.value)


def test_file_over_4_mb_is_refused_without_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, b" " * (MAX_BUNDLE_BYTES + 1))

    with pytest.raises(BundleError) as caught:
        read_bundle(path, "region")

    assert caught.value.issues == [Issue("", f"bestand is te groot ({MAX_BUNDLE_BYTES + 1} bytes)")]


def test_missing_file_is_reported_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet.json"

    with pytest.raises(BundleError) as caught:
        read_bundle(path, "region")

    assert str(caught.value) == f"Ongeldige gegevens in {path}:\n  - bestand niet gevonden"
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_invalid_file_reports_every_problem_with_its_path(
    tmp_path: Path, region_data: dict[str, Any]
) -> None:
    region_data["contacts"][3]["phone"] = "06 123"
    region_data["contacts"][5]["area"] = "noord-brabant"
    path = write(tmp_path, json.dumps(region_data).encode())

    with pytest.raises(BundleError) as caught:
        read_bundle(path, "region")

    assert str(caught.value).splitlines() == [
        f"Ongeldige gegevens in {path}:",
        "  - contacts[3].phone: '06 123' is geen geldig Nederlands nummer",
        "  - contacts[5].area: onbekend gebied 'noord-brabant'",
    ]


def test_more_than_20_problems_are_summarised(region_data: dict[str, Any]) -> None:
    for contact in region_data["contacts"]:
        contact["phone"] = "06 123"

    error = BundleError("regio.json", validate(region_data, "region"))

    lines = str(error).splitlines()
    assert len(lines) == 1 + 20 + 1
    assert lines[-1] == "  ... en nog 8 fouten"


def test_json_path_names_list_items_with_brackets() -> None:
    assert json_path(["contacts", 3, "phone"]) == "contacts[3].phone"
    assert json_path(["routekaart", "boxes", 0, "footnotes", 1]) == "routekaart.boxes[0].footnotes[1]"
    assert json_path([]) == ""


def test_parse_json_accepts_utf_8_with_diacritics() -> None:
    assert parse_json('{"note": "óók één"}'.encode(), "x.json") == {"note": "óók één"}


# Hypothesis: nothing thrown at validate makes it raise ----------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document that can be replaced or removed."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_VALUES)
def test_validate_returns_issues_for_any_json_value(value: Any) -> None:
    issues = validate(value, "region")

    assert isinstance(issues, list)
    assert all(isinstance(issue, Issue) and issue.message for issue in issues)
    assert issues, "a random value is never a valid region bundle"


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_validate_never_raises_on_a_bundle_with_one_field_replaced(
    data: st.DataObject, pristine_region_data: dict[str, Any]
) -> None:
    bundle = copy.deepcopy(pristine_region_data)
    where = data.draw(st.sampled_from(_paths(bundle)), label="path")
    remove = data.draw(st.booleans(), label="remove")
    parent = bundle
    for part in where[:-1]:
        parent = parent[part]
    if remove:
        del parent[where[-1]]
    else:
        parent[where[-1]] = data.draw(JSON_VALUES, label="value")

    issues = validate(bundle, "region")

    assert all(isinstance(issue, Issue) and issue.message for issue in issues)
    if not issues:
        RegionBundle.from_dict(bundle)  # what passes validation can always be loaded


def test_the_routekaart_is_read_when_first_asked_for_and_then_kept(region_data: dict[str, Any]) -> None:
    """Start-up shows whom to call before the chart (issue 12 item 9): the bundle's routekaart is
    not built until something asks for it, and then once."""
    bundle = RegionBundle.from_dict(region_data)

    assert "routekaart" not in vars(bundle)
    chart = bundle.routekaart
    assert chart.title == region_data["routekaart"]["title"]
    assert [box.id for box in chart.boxes] == [box["id"] for box in region_data["routekaart"]["boxes"]]
    assert bundle.routekaart is chart
    assert bundle == RegionBundle.from_dict(region_data)  # the built chart is no part of the comparison
