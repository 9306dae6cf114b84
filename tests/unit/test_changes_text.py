"""'Wat verandert er voor werkplekken': the comparison workstations show, in words for the admin."""

from __future__ import annotations

import copy
from typing import Any

from routekaarten.changes import ChangeKind, region_changes
from routekaarten.changes_text import change_summary, describe_changes
from routekaarten.model import RegionBundle


def _bundle(data: dict[str, Any], revision: int) -> RegionBundle:
    return RegionBundle.from_dict({**data, "revision": revision})


def test_numbers_boxes_and_other_parts_are_counted_and_listed(region_data):
    new = copy.deepcopy(region_data)
    va = next(c for c in new["contacts"] if c["id"] == "zeeland-va")
    va["phone"] = "06 11111111"
    fa = next(c for c in new["contacts"] if c["id"] == "zeeland-fa")
    fa["note"] = "via de meldkamer"
    new["routekaart"]["boxes"][0]["title"] = "Melding bij Veilig Thuis"
    new["areas"][0]["name"] = "Zeeuws-Vlaanderen en Zeeland"

    changes = region_changes(_bundle(region_data, 1), _bundle(new, 2))

    assert [(c.kind, c.contact_id) for c in changes.edited] == [(ChangeKind.CHANGED, "zeeland-fa")]
    assert describe_changes(changes) == [
        "Wat verandert er voor werkplekken: 1 nummer gewijzigd; 1 contact met andere gegevens; 1 vak van de "
        "routekaart gewijzigd; ook de gebieden.",
        "Revisie 1 → 2.",
        "Ander nummer: Vertrouwensarts (Veilig Thuis; zeeland-va): 06 53217902 → 06 11111111",
        "Andere gegevens, zelfde nummer: Forensisch arts (Forensisch arts; zeeland-fa): 088 0617402",
        "Vak gewijzigd: 'Melding bij Veilig Thuis' (vt-melding)",
    ]


def test_added_and_removed_numbers_and_boxes_are_counted_in_plural(region_data):
    new = copy.deepcopy(region_data)
    removed = [new["contacts"].pop(), new["contacts"].pop()]
    new["contacts"].append({**removed[0], "id": "nieuw-1", "phone": "088 1234567"})
    box = new["routekaart"]["boxes"].pop()
    arrows = new["routekaart"]["arrows"]
    new["routekaart"]["arrows"] = [a for a in arrows if box["id"] not in (a["from"], a["to"])]

    summary = change_summary(region_changes(_bundle(region_data, 1), _bundle(new, 2)))

    assert summary == ("Wat verandert er voor werkplekken: 1 nummer nieuw; 2 nummers vervallen; 1 vak van de "
                       "routekaart gewijzigd; ook de pijlen van de routekaart.")


def test_the_same_content_says_nothing_changes_and_a_new_region_says_it_is_new(region_data):
    same = region_changes(_bundle(region_data, 1), _bundle(copy.deepcopy(region_data), 2))
    assert same.is_empty
    assert change_summary(same) == ("Voor werkplekken verandert er niets: de inhoud is gelijk aan de "
                                    "gepubliceerde versie.")
    new = region_changes(None, _bundle(region_data, 1))
    assert not new.is_empty
    assert change_summary(new) == "Nieuwe regio voor werkplekken: Zeeland-West-Brabant, revisie 1."
