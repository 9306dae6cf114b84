"""A region joining: the empty four-step template, or another region's chart without its own data."""

from __future__ import annotations

import copy
from datetime import date

from routekaarten.bundles import validate
from routekaarten.region_template import LANES, empty_region, region_from, still_to_fill

TODAY = date(2026, 3, 2)


def test_the_empty_template_has_four_steps_and_three_lanes_and_says_what_to_fill_in():
    data = empty_region("limburg", "Limburg", TODAY)

    assert [step["number"] for step in data["routekaart"]["steps"]] == [0, 1, 2, 3]
    assert [lane["id"] for lane in data["routekaart"]["lanes"]] == [lane for lane, _name in LANES]
    assert (data["region"], data["revision"], data["valid_from"]) == (
        {"id": "limburg", "name": "Limburg"}, 1, "2026-03-02")
    assert still_to_fill(data) == [
        "Gebieden: voeg minstens één gebied van de regio toe.",
        "Contacten: voeg minstens één contact met zijn nummer toe.",
        "Uitgever (publisher): vul in wie deze routekaart uitgeeft.",
        "Routekaart: voeg minstens één vak toe.",
        "Stap 0: vul de titel in.",
        "Stap 1: vul de titel in.",
        "Stap 2: vul de titel in.",
        "Stap 3: vul de titel in.",
        "Routekaart: vul de titel in.",
    ]


def test_from_another_region_the_chart_is_kept_and_its_contacts_areas_and_notes_are_not(region_data):
    original = copy.deepcopy(region_data)

    data = region_from(region_data, "limburg", "Limburg", TODAY)

    assert data["routekaart"]["boxes"] == region_data["routekaart"]["boxes"]
    assert data["routekaart"]["arrows"] == region_data["routekaart"]["arrows"]
    assert data["contacts"] == [] and data["areas"] == []
    assert "contact_footnotes" not in data and "source" not in data
    assert "transcription_notes" not in data["routekaart"]
    assert data["region"] == {"id": "limburg", "name": "Limburg"} and data["publisher"] == ""
    assert region_data == original  # the other region is not touched
    assert still_to_fill(data, "Zeeland-West-Brabant") == [
        "Gebieden: voeg minstens één gebied van de regio toe.",
        "Contacten: voeg minstens één contact met zijn nummer toe.",
        "Uitgever (publisher): vul in wie deze routekaart uitgeeft.",
        "routekaart.knelpunten_note: noemt nog 'Zeeland-West-Brabant'; pas de tekst aan voor deze regio.",
    ]


def test_once_filled_in_the_new_region_validates(region_data):
    data = region_from(region_data, "limburg", "Limburg", TODAY)
    data["publisher"] = "Veilig Thuis Limburg"
    data["areas"] = [{"id": "noord-limburg", "name": "Noord-Limburg"}]
    data["contacts"] = [{"id": "vt", "area": None, "actor": "VT", "organisation": "Veilig Thuis",
                         "role": "Veilig Thuis", "phone": "0800-2000"}]
    data["routekaart"].pop("knelpunten_note")

    assert still_to_fill(data, "Zeeland-West-Brabant") == []
    assert validate(data, "region") == []


def test_the_new_region_command_writes_the_bundle_and_lists_what_is_left(region_file, tmp_path, capsys):
    from desktop.launcher import main

    out = tmp_path / "limburg.json"
    assert main(["admin", "new-region", "--id", "limburg", "--name", "Limburg", "--from", str(region_file),
                 "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Nog in te vullen voordat de regio kan worden ondertekend:" in said
    assert "  - Gebieden: voeg minstens één gebied van de regio toe." in said

    assert main(["admin", "new-region", "--id", "limburg", "--name", "Limburg", "--out", str(out)]) == 2
    assert "bestaat al; er is niets overschreven" in capsys.readouterr().err
    assert main(["admin", "new-region", "--id", "Limburg!", "--name", "Limburg", "--out",
                 str(tmp_path / "x.json")]) == 2
    assert "geen geldige regio-id" in capsys.readouterr().err
