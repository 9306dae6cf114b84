"""'Wat is er veranderd': added, removed and renumbered contacts between two region bundles."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from routekaarten.changes import ChangeKind, ContactChange, contact_changes, region_changes
from routekaarten.model import RegionBundle


def _bundle(data: dict[str, Any], revision: int = 1) -> RegionBundle:
    return RegionBundle.from_dict({**data, "revision": revision})


def test_identical_bundles_have_no_changes(region_data):
    assert contact_changes(_bundle(region_data), _bundle(copy.deepcopy(region_data), 2)) == ()


def test_a_changed_number_is_listed_with_the_old_and_new_number_as_written(region_data):
    new = copy.deepcopy(region_data)
    contact = next(c for c in new["contacts"] if c["id"] == "zeeland-va")
    contact["phone"] = "06 11111111"

    changes = contact_changes(_bundle(region_data), _bundle(new, 2))

    assert changes == (
        ContactChange(ChangeKind.NUMBER, "zeeland-va", contact["role"], contact["organisation"],
                      "06 53217902", "06 11111111"),
    )


def test_a_reformatted_number_counts_as_changed(region_data):
    new = copy.deepcopy(region_data)
    new["contacts"][0]["phone"] = "0800 2000"  # was "0800-2000": the user sees another text

    (change,) = contact_changes(_bundle(region_data), _bundle(new, 2))

    assert change.kind is ChangeKind.NUMBER and change.old_phone == "0800-2000"


def test_added_and_removed_contacts_are_listed_by_id_role_and_number(region_data):
    new = copy.deepcopy(region_data)
    removed = new["contacts"].pop(1)
    added = {**copy.deepcopy(new["contacts"][0]), "id": "nieuw-loket", "role": "Nieuw loket",
             "phone": "088 1234567"}
    new["contacts"].insert(0, added)

    changes = contact_changes(_bundle(region_data), _bundle(new, 2))

    assert [(c.kind, c.contact_id, c.role) for c in changes] == [
        (ChangeKind.ADDED, "nieuw-loket", "Nieuw loket"),
        (ChangeKind.REMOVED, removed["id"], removed["role"]),
    ]
    assert changes[0].new_phone == "088 1234567" and changes[0].old_phone == ""
    assert changes[1].old_phone == removed["phone"] and changes[1].new_phone == ""


def test_a_changed_role_text_alone_is_not_a_change_of_the_number(region_data):
    new = copy.deepcopy(region_data)
    new["contacts"][0]["role"] = "Andere omschrijving"

    assert contact_changes(_bundle(region_data), _bundle(new, 2)) == ()


def test_region_changes_carry_both_revisions(region_data):
    new = copy.deepcopy(region_data)
    new["contacts"][2]["phone"] = "0800 2001"

    changes = region_changes(_bundle(region_data, 1), _bundle(new, 2))

    assert (changes.region_id, changes.old_revision, changes.new_revision) == ("zeeland-west-brabant", 1, 2)
    assert not changes.is_new_region
    assert [c.contact_id for c in changes.contacts] == [new["contacts"][2]["id"]]


def test_a_region_new_to_the_workstation_lists_no_contacts(region_data):
    changes = region_changes(None, _bundle(region_data, 3))

    assert changes.is_new_region and changes.contacts == () and changes.new_revision == 3


@given(st.data())
def test_applying_the_listed_changes_to_the_old_numbers_gives_the_new_ones(pristine_region_data, data):
    """Round trip: old numbers + changes = new numbers, whatever was edited, removed or added."""
    old = copy.deepcopy(pristine_region_data)
    new = copy.deepcopy(old)
    contacts = new["contacts"]
    for contact in contacts:
        if data.draw(st.booleans()):
            contact["phone"] = data.draw(st.sampled_from(["088 0000000", "06 12345678", contact["phone"]]))
    keep = data.draw(st.lists(st.booleans(), min_size=len(contacts), max_size=len(contacts)))
    new["contacts"] = [c for c, kept in zip(contacts, keep, strict=True) if kept]
    for number in range(data.draw(st.integers(0, 3))):
        extra = {**copy.deepcopy(contacts[0]), "id": f"extra-{number}", "phone": "088 9999999"}
        new["contacts"].append(extra)

    changes = contact_changes(_bundle(old), _bundle(new, 2))

    numbers = {c["id"]: c["phone"] for c in old["contacts"]}
    for change in changes:
        if change.kind is ChangeKind.REMOVED:
            assert numbers.pop(change.contact_id) == change.old_phone
        else:
            assert numbers.get(change.contact_id, "") == change.old_phone
            numbers[change.contact_id] = change.new_phone
    assert numbers == {c["id"]: c["phone"] for c in new["contacts"]}
