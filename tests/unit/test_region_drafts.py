"""Drafts of a region bundle: saved atomically and privately, restored, and guarded against two editors."""

from __future__ import annotations

import errno
import json
import stat
from datetime import UTC, datetime

import pytest

from routekaarten.region_drafts import Draft, DraftConflictError, DraftError, DraftFolder, region_id_of
from tests.conftest import REGION_FILE

MOMENT = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


@pytest.fixture
def bundle() -> dict:
    return json.loads(REGION_FILE.read_text(encoding="utf-8"))


def _draft(bundle: dict, base: dict | None = None) -> Draft:
    return Draft("zeeland-west-brabant", bundle, base=base or bundle, origin="synced")


def test_a_saved_draft_is_restored_by_another_folder_object(tmp_path, bundle):
    edited = {**bundle, "publisher": "Iemand anders"}
    DraftFolder(tmp_path, clock=lambda: MOMENT).save(_draft(edited, base=bundle))
    restored = DraftFolder(tmp_path).load("zeeland-west-brabant")
    assert restored is not None
    assert restored.bundle["publisher"] == "Iemand anders"
    assert restored.base == bundle
    assert restored.saved_at == "2026-03-02T10:30:00+00:00"
    assert not restored.unchanged


def test_the_draft_file_is_private_and_in_the_drafts_folder(tmp_path, bundle):
    folder = DraftFolder(tmp_path)
    folder.save(_draft(bundle))
    path = tmp_path / "drafts" / "zeeland-west-brabant.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["zeeland-west-brabant.json"]  # no temp file left
    assert folder.region_ids() == ["zeeland-west-brabant"]


def test_no_draft_is_none(tmp_path):
    assert DraftFolder(tmp_path).load("zeeland-west-brabant") is None
    assert DraftFolder(tmp_path).region_ids() == []


def test_a_draft_saved_by_another_window_is_not_overwritten(tmp_path, bundle):
    mine, theirs = DraftFolder(tmp_path), DraftFolder(tmp_path)
    mine.save(_draft(bundle))
    theirs.load("zeeland-west-brabant")
    theirs.save(_draft({**bundle, "publisher": "Venster 2"}))
    with pytest.raises(DraftConflictError, match="in een ander venster of programma gewijzigd"):
        mine.save(_draft({**bundle, "publisher": "Venster 1"}))
    assert DraftFolder(tmp_path).load("zeeland-west-brabant").bundle["publisher"] == "Venster 2"
    mine.save(_draft({**bundle, "publisher": "Venster 1"}), force=True)
    assert DraftFolder(tmp_path).load("zeeland-west-brabant").bundle["publisher"] == "Venster 1"


def test_a_draft_that_appeared_meanwhile_is_a_conflict_too(tmp_path, bundle):
    mine = DraftFolder(tmp_path)
    assert mine.load("zeeland-west-brabant") is None
    DraftFolder(tmp_path).save(_draft(bundle))
    with pytest.raises(DraftConflictError):
        mine.save(_draft(bundle))


def test_a_damaged_draft_is_moved_aside_not_lost(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "zeeland-west-brabant.json").write_text("{half", encoding="utf-8")
    folder = DraftFolder(tmp_path, clock=lambda: MOMENT)
    with pytest.raises(DraftError, match="beschadigd"):
        folder.load("zeeland-west-brabant")
    assert (drafts / "zeeland-west-brabant.beschadigd-20260302-103000.json.txt").read_text() == "{half"
    assert folder.load("zeeland-west-brabant") is None


def test_discard_removes_the_draft(tmp_path, bundle):
    folder = DraftFolder(tmp_path)
    folder.save(_draft(bundle))
    folder.discard("zeeland-west-brabant")
    assert folder.load("zeeland-west-brabant") is None


def test_a_full_disk_says_the_work_is_still_in_the_window(tmp_path, bundle, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("routekaarten.region_drafts.write_atomic", full)
    with pytest.raises(DraftError, match="uw wijzigingen staan nog in het venster"):
        DraftFolder(tmp_path).save(_draft(bundle))


BAD_IDS = [{}, {"region": {"id": "../etc"}}, {"region": "x"}, [], {"region": {"id": 3}}]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_a_bundle_without_a_safe_region_id_gets_no_draft(bad):
    with pytest.raises(DraftError, match="geen geldige regio-id"):
        region_id_of(bad)


def test_a_path_outside_the_folder_is_refused(tmp_path):
    with pytest.raises(DraftError):
        DraftFolder(tmp_path).path("../x")
