"""Validation problems named the way an admin knows the place: the contact, the box, the field."""

from __future__ import annotations

import copy
import json

import pytest

from routekaarten import i18n
from routekaarten.bundles import json_path, validate
from routekaarten.errors import Issue
from routekaarten.issue_labels import label_issue, label_issues, label_path, parse_path
from tests.conftest import REGION_FILE


@pytest.fixture
def bundle() -> dict:
    return json.loads(REGION_FILE.read_text(encoding="utf-8"))


def _index(bundle: dict, contact_id: str) -> int:
    return next(i for i, c in enumerate(bundle["contacts"]) if c["id"] == contact_id)


@pytest.mark.parametrize("parts", [
    ("contacts", 3, "phone"),
    ("routekaart", "boxes", 12, "footnotes"),
    ("contacts", 8, "availability", "rules", 1, "to"),
    ("revision",),
    (),
])
def test_a_path_reads_back_to_its_parts(parts):
    assert parse_path(json_path(parts)) == parts


def test_a_bad_number_names_the_contact_and_its_area(bundle):
    index = _index(bundle, "zeeland-ovj")
    bundle["contacts"][index]["phone"] = "06 123"
    [issue] = validate(bundle, "region")
    assert issue.path == f"contacts[{index}].phone"
    label = label_issue(bundle, issue)
    assert str(label) == "Contact 'OvJ' (Zeeland), telefoonnummer: '06 123' is geen geldig Nederlands nummer"
    assert label.path == ("contacts", index, "phone")
    assert "contacts[" not in str(label)


def test_a_contact_of_the_whole_region_has_no_area(bundle):
    index = _index(bundle, "ovj-piket")
    assert label_path(bundle, ("contacts", index, "backup")) == "Contact 'Piketdienst OvJ', achtervang"


def test_a_rule_is_named_by_its_number(bundle):
    index = _index(bundle, "zeeland-rvdk")
    bundle["contacts"][index]["availability"]["rules"][1]["to"] = "08:00"
    labels = label_issues(bundle, validate(bundle, "region"))
    assert [str(label) for label in labels] == [
        "Contact 'RvdK (bureaudienst)' (Zeeland), bereikbaarheid, regel 2: begintijd 08:30 ligt niet vóór "
        "eindtijd 08:00"
    ]


def test_a_box_is_named_by_its_title(bundle):
    bundle["routekaart"]["boxes"][0]["footnotes"] = [""]  # a mark the chart has no footnote for
    labels = label_issues(bundle, validate(bundle, "region"))
    assert [label.where for label in labels] == ["Vak 'Veilig Thuis Melding', voetnoten"]


def test_an_arrow_is_named_by_the_boxes_it_joins(bundle):
    arrow = bundle["routekaart"]["arrows"][0]
    chart = bundle["routekaart"]
    titles = {box["id"]: box["title"] for box in chart["boxes"]}
    arrow["to"] = "bestaat-niet"
    [issue] = validate(bundle, "region")
    assert label_issue(bundle, issue).where == (
        f"Pijl van '{titles[arrow['from']]}' naar 'bestaat-niet', naar"
    )


def test_schema_problems_are_named_too(bundle):
    bundle["contacts"][0]["role"] = ""
    bundle["routekaart"]["steps"][1]["title"] = ""
    labels = label_issues(bundle, validate(bundle, "region"))
    assert [label.where for label in labels] == ["Contact 1, functie", "Stap 1, titel"]


def test_a_path_that_points_nowhere_falls_back_to_a_number(bundle):
    assert label_path(bundle, ("contacts", 99, "phone")) == "Contact 100, telefoonnummer"
    assert label_path({}, ("routekaart", "boxes", 0, "title")) == "Vak 1, titel"
    assert label_path({"contacts": "kapot"}, ("contacts", 0)) == "Contact 1"


def test_top_level_fields_have_their_dutch_name(bundle):
    assert label_path(bundle, ("revision",)) == "revisie"
    assert label_path(bundle, ("region", "name")) == "Regio, naam"
    assert str(label_issue(bundle, Issue("", "bestand is leeg"))) == "bestand is leeg"


def test_bespreekpunten_are_named_by_their_title(bundle):
    data = copy.deepcopy(bundle)
    data["bespreekpunten"] = [{"id": "a", "title": "Veiligheid", "items": [{"id": "b", "text": ""}]}]
    labels = label_issues(data, validate(data, "region"))
    assert [label.where for label in labels] == ["Bespreekpunt 'Veiligheid', punt 1, tekst"]


def test_labels_are_in_english_when_the_app_is(bundle):
    index = _index(bundle, "zeeland-ovj")
    try:
        i18n.set_language("en")
        assert label_path(bundle, ("contacts", index, "phone")) == "Contact 'OvJ' (Zeeland), phone number"
    finally:
        i18n.set_language("nl")
