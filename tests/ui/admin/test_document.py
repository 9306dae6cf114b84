"""The draft document: every edit one undoable command, optional fields left out, typing merged."""

from __future__ import annotations

import json

from desktop.admin.document import MISSING, DraftDocument
from tests.conftest import REGION_FILE


def _document(qapp) -> DraftDocument:
    return DraftDocument(json.loads(REGION_FILE.read_text(encoding="utf-8")))


def test_leaving_out_an_optional_field_removes_the_key_and_undo_brings_it_back(qapp):
    document = _document(qapp)
    assert "note" not in document.data["contacts"][0]
    document.set(("contacts", 0, "note"), "Ook per e-mail", "notitie")
    document.set(("contacts", 0, "note"), MISSING, "notitie weg")
    assert "note" not in document.data["contacts"][0]
    json.dumps(document.data)  # nothing of the sentinel is left to save
    document.undo_stack.undo()
    assert document.data["contacts"][0]["note"] == "Ook per e-mail"
    document.undo_stack.undo()
    assert "note" not in document.data["contacts"][0]


def test_typing_in_one_field_is_one_step_until_the_field_is_left(qapp):
    document = _document(qapp)
    for text in ("0", "08", "088"):
        document.set(("contacts", 5, "phone"), text, "typed", merge=True)
    assert document.undo_stack.count() == 1
    document.seal()
    document.set(("contacts", 5, "phone"), "0881", "typed", merge=True)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.data["contacts"][5]["phone"] == "088 9638927"


def test_setting_the_same_value_is_no_step(qapp):
    document = _document(qapp)
    document.set(("contacts", 5, "phone"), "088 9638927", "same")
    assert document.undo_stack.count() == 0


def test_a_change_says_where_it_was(qapp):
    document = _document(qapp)
    seen = []
    document.changed.connect(seen.append)
    document.set(("routekaart", "boxes", 0, "title"), "Melding", "titel")
    document.undo_stack.undo()
    assert seen == [("routekaart", "boxes", 0, "title")] * 2
