"""Raising a bundle's revision changes those digits only; the rest of the admin's file stays."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from routekaarten.bundle_file import dump_bundle, with_revision


def test_only_the_revision_digits_change(region_raw):
    raised = with_revision(region_raw, 12)

    assert raised == region_raw.replace(b'"revision": 1,', b'"revision": 12,', 1)
    assert with_revision(raised, 12) is raised


def test_an_ambiguous_file_is_written_anew_with_the_same_content():
    data = {"revision": 1, "earlier": {"revision": 0}}  # two "revision" keys: the text edit could hit either
    raw = json.dumps(data).encode()

    assert with_revision(raw, 2) == dump_bundle({"revision": 2, "earlier": {"revision": 0}})


def test_a_quoted_revision_inside_a_text_does_not_confuse_it(region_data):
    region_data["contacts"][0]["note"] = 'zie "revision": 7 in het oude bestand'
    raw = json.dumps(region_data).encode()

    assert with_revision(raw, 2) == raw.replace(b'"revision": 1,', b'"revision": 2,')


@given(st.integers(min_value=1, max_value=10**6))
def test_the_result_is_the_bundle_with_that_revision(region_raw, revision):
    assert json.loads(with_revision(region_raw, revision)) == {**json.loads(region_raw), "revision": revision}
