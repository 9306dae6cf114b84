"""Cases, checklist answers and notes in a real SQLite file, sealed by a real vault."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from routekaarten.case_store import CaseStore
from routekaarten.cases import purge_needs_confirmation
from routekaarten.counts_export import counts_rows
from routekaarten.errors import StoreError
from routekaarten.guidance import Vermoeden
from routekaarten.store import Store
from routekaarten.vault import CaseVault
from tests.unit.cases import CHEAP, MARKER
from tests.unit.cases import case as _case


@pytest.fixture
def store(tmp_path: Path):
    """A bare store (no bundles), in place of the app's store of tests/conftest.py."""
    opened = Store.open(tmp_path)
    yield opened
    opened.close()




def test_a_saved_case_reads_back_equal(cases: CaseStore):
    case = _case(zeden=True, incident_date=date(2026, 11, 28), child_age=9, step=1)
    cases.save_case(case)
    assert cases.case("c1") == case
    cases.save_case(case.closed(date(2026, 12, 1)))
    assert cases.case("c1").status == "closed"
    assert [c.id for c in cases.cases("open")] == []


def test_notes_round_trip_oldest_first(cases: CaseStore, vault: CaseVault):
    cases.save_case(_case())
    first = cases.add_note(vault, "c1", "eerste notitie")
    cases.add_note(vault, "c1", "tweede notitie")
    cases.update_note(vault, "c1", first, "eerste notitie, aangepast")
    assert [n.text for n in cases.notes(vault, "c1")] == ["eerste notitie, aangepast", "tweede notitie"]


def test_one_corrupted_note_is_marked_and_the_others_still_open(
    cases: CaseStore, vault: CaseVault, store: Store
):
    cases.save_case(_case())
    broken = cases.add_note(vault, "c1", "wordt beschadigd")
    cases.add_note(vault, "c1", "blijft leesbaar")
    blob = bytearray(store.conn.execute("SELECT blob FROM notes WHERE id = ?", (broken,)).fetchone()[0])
    blob[-1] ^= 0x01
    store.conn.execute("UPDATE notes SET blob = ? WHERE id = ?", (bytes(blob), broken))
    notes = cases.notes(vault, "c1")
    assert [n.unreadable for n in notes] == [True, False]
    assert notes[1].text == "blijft leesbaar"


def test_checklist_item_keeps_status_owner_due_and_answer(cases: CaseStore, vault: CaseVault):
    cases.save_case(_case())
    cases.set_checklist_item(
        vault,
        "c1",
        "verdenking-1",
        status="besproken",
        owner="Politie",
        due=date(2026, 12, 4),
        answer="art. 300 Sr",
    )
    entry = cases.checklist(vault, "c1")["verdenking-1"]
    assert (entry.status, entry.owner, entry.due, entry.answer) == (
        "besproken",
        "Politie",
        date(2026, 12, 4),
        "art. 300 Sr",
    )


def test_a_note_moved_to_another_case_does_not_open(cases: CaseStore, vault: CaseVault, store: Store):
    cases.save_case(_case("c1"))
    cases.save_case(_case("c2", label="CD-2026-02"))
    note = cases.add_note(vault, "c1", "hoort bij c1")
    store.conn.execute("UPDATE notes SET case_id = 'c2' WHERE id = ?", (note,))
    assert cases.notes(vault, "c2")[0].unreadable


def test_marker_text_never_reaches_the_database_or_wal_in_plaintext(tmp_path: Path):
    opened = Store.open(tmp_path)
    cases = CaseStore(opened)
    vault, wrapped = CaseVault.create_with_passphrase("wachtwoordzin van test", CHEAP)
    cases.save_wrapped_key(wrapped)
    cases.save_case(_case())
    for index in range(20):
        cases.add_note(vault, "c1", f"{MARKER} {index}")
    cases.set_checklist_item(vault, "c1", "verklaringen-1", status="besproken", answer=MARKER)
    files = list(tmp_path.iterdir())
    assert any(f.name.endswith("-wal") for f in files)  # the WAL is checked while it still holds data
    for path in files:
        if path.is_file():
            raw = path.read_bytes()
            assert MARKER.encode() not in raw, path.name
            assert MARKER.encode("utf-16-le") not in raw, path.name
    opened.close()


def test_rotating_the_data_key_keeps_every_note_and_answer(cases: CaseStore, vault: CaseVault):
    cases.save_case(_case())
    texts = [f"notitie {i}" for i in range(30)]
    for text in texts:
        cases.add_note(vault, "c1", text)
    cases.set_checklist_item(vault, "c1", "verdenking-2", answer="antwoord")
    new_vault = cases.rotate_key(vault, lambda v: v.rewrap_with_passphrase("nieuwe zin", CHEAP))
    assert [n.text for n in cases.notes(new_vault, "c1")] == texts
    assert cases.checklist(new_vault, "c1")["verdenking-2"].answer == "antwoord"
    assert all(n.unreadable for n in cases.notes(vault, "c1"))  # the old key no longer opens them
    reopened = CaseVault.unlock_with_passphrase(cases.wrapped_key(), "nieuwe zin")
    assert cases.notes(reopened, "c1")[0].text == "notitie 0"


def test_purge_removes_only_cases_closed_long_enough_ago(cases: CaseStore, vault: CaseVault, tmp_path: Path):
    cases.save_case(_case("old").closed(date(2026, 1, 1)))
    cases.save_case(_case("recent").closed(date(2026, 11, 1)))
    cases.save_case(_case("open"))
    cases.add_note(vault, "old", MARKER)
    assert cases.purge_closed(today=date(2026, 11, 30), keep_days=90, confirmed={"old"}) == 1
    assert sorted(c.id for c in cases.cases()) == ["open", "recent"]
    assert cases.store.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert cases.store.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_counts_hold_no_labels(cases: CaseStore):
    cases.save_case(_case("a", vermoeden=Vermoeden.LETSEL, step=1))
    cases.save_case(_case("b", label="XY-9", vermoeden=Vermoeden.LETSEL, step=2).closed(date(2026, 12, 1)))
    cases.save_case(_case("c", label="QQ-7", vermoeden=Vermoeden.DADER))
    counts = cases.counts()
    assert {k: counts[k] for k in ("totaal", "per_vermoeden", "per_stap", "per_status")} == {
        "totaal": 3,
        "per_vermoeden": {"1": 2, "4": 1},
        "per_stap": {"0": 1, "1": 1, "2": 1},
        "per_status": {"closed": 1, "open": 2},
    }
    assert "AB-2026-01" not in str(counts)


def test_case_table_refuses_an_impossible_step(store: Store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO cases (id, label, region, vermoeden, melding_date, step, created_at, updated_at) "
            "VALUES ('x', 'x', 'r', 1, '2026-01-01', 7, '', '')"
        )


def test_a_full_disk_during_a_note_save_keeps_the_earlier_state(
    cases: CaseStore, vault: CaseVault, store: Store
):
    """SQLite's max_page_count makes the database 'full' for real: the write fails inside SQLite."""
    cases.save_case(_case())
    cases.add_note(vault, "c1", "eerste notitie")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="de schijf is vol"):
        cases.add_note(vault, "c1", "x" * 200_000)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert [n.text for n in cases.notes(vault, "c1")] == ["eerste notitie"]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_region_with_its_own_bespreekpunten_uses_them_else_the_national_list(store: Store):
    import json

    from routekaarten.checklist import groups_for_region
    from routekaarten.model import RegionBundle
    from tests.conftest import NATIONAL_FILE, REGION_FILE

    national = json.loads(NATIONAL_FILE.read_text(encoding="utf-8"))
    data = json.loads(REGION_FILE.read_text(encoding="utf-8"))
    assert [g.title for g in groups_for_region(national, RegionBundle.from_dict(data))][
        -1
    ] == "Over de termijnen"
    data["bespreekpunten"] = [
        {"id": "regio", "title": "Regionaal", "items": [{"id": "regio-1", "text": "Wie belt?"}]}
    ]
    from routekaarten.bundles import validate

    assert validate(data, "region") == []
    groups = groups_for_region(national, RegionBundle.from_dict(data))
    assert [(g.title, [i.text for i in g.items]) for g in groups] == [("Regionaal", ["Wie belt?"])]


def test_the_closing_date_follows_the_status():
    closed = _case(status="closed").settled(date(2026, 12, 1))
    assert closed.closed_on == date(2026, 12, 1)
    assert closed.settled(date(2027, 1, 1)).closed_on == date(2026, 12, 1)  # not moved by later edits
    assert dataclasses.replace(closed, status="open").settled(date(2027, 1, 1)).closed_on is None


# retention: the app's own 90 days never loses notes that were not exported ---------------------


def test_a_closed_case_with_unexported_notes_is_held_not_purged(cases: CaseStore, vault: CaseVault):
    cases.save_case(_case("old").closed(date(2026, 1, 1)))
    cases.save_case(_case("empty").closed(date(2026, 1, 1)))
    cases.add_note(vault, "old", MARKER)

    assert cases.purge_closed(today=date(2026, 11, 30), keep_days=90) == 1  # only "empty"
    assert [c.id for c in cases.held_for_export(date(2026, 11, 30), 90)] == ["old"]


def test_notes_exported_after_their_last_change_let_the_case_go(cases: CaseStore, vault: CaseVault):
    cases.save_case(_case("old").closed(date(2026, 1, 1)))
    note = cases.add_note(vault, "old", MARKER)
    cases.mark_notes_exported("old", datetime(2099, 1, 1, tzinfo=UTC))
    assert cases.held_for_export(date(2026, 11, 30), 90) == []
    cases.mark_notes_exported("old", datetime(2000, 1, 1, tzinfo=UTC))  # before the note changed
    cases.update_note(vault, "old", note, "nieuw")
    assert [c.id for c in cases.held_for_export(date(2026, 11, 30), 90)] == ["old"]


def test_purge_needs_confirmation_rule():
    assert purge_needs_confirmation(None, None) is False  # no notes
    assert purge_needs_confirmation("2026-11-01T10:00:00+00:00", None) is True
    assert purge_needs_confirmation("2026-11-01T10:00:00+00:00", "2026-11-02T10:00:00+00:00") is False
    assert purge_needs_confirmation("2026-11-03T10:00:00+00:00", "2026-11-02T10:00:00+00:00") is True


# case owners, hearing kind and a database from before them -------------------------------------


def test_owners_per_organisation_and_the_hearing_kind_read_back(cases: CaseStore):
    case = _case("c1", eigenaar_vt="team Zeeland", eigenaar_politie="ZSM-zeden", eigenaar_om="parket Breda")
    cases.save_case(case)
    cases.set_event("c1", "zitting", date(2027, 3, 9))
    cases.set_event("c1", "zitting_soort", "regulier")
    assert cases.case("c1") == case
    assert cases.events("c1") == {"zitting": date(2027, 3, 9), "zitting_soort": "regulier"}


def test_a_schema_2_database_is_migrated_and_its_cases_still_open(tmp_path: Path):
    from routekaarten import store as store_module

    path = tmp_path / store_module.DB_NAME
    conn = sqlite3.connect(path)
    for migrate in store_module.MIGRATIONS[:2]:
        migrate(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO cases (id, label, region, vermoeden, melding_date, created_at, updated_at) "
        "VALUES ('old', 'AB', 'zeeland-west-brabant', 2, '2026-11-30', 'x', 'x')"
    )
    conn.commit()
    conn.close()

    opened = Store(path)
    try:
        case = CaseStore(opened).case("old")
    finally:
        opened.close()
    assert (case.label, case.eigenaar_vt, case.eigenaar_om) == ("AB", "", "")


def test_counts_give_complexity_meldingen_and_median_lead_times(cases: CaseStore):
    cases.save_case(_case("a", nfi_category="letsel", zeden=True, melding_date=date(2026, 10, 1)))
    cases.save_case(_case("b", melding_date=date(2026, 10, 20)))
    cases.save_case(_case("c", melding_date=date(2026, 11, 2)))
    cases.set_event("a", "melding_politie", date(2026, 10, 2))
    cases.set_event("a", "ontvangst_plan_politie", date(2026, 10, 15))  # 14 days
    cases.set_event("b", "ontvangst_plan_politie", date(2026, 10, 30))  # 10 days
    cases.set_event("c", "anoniem_overleg", date(2026, 11, 1))
    cases.set_event("c", "onderzoek_afgerond", date(2026, 11, 20))

    counts = cases.counts()

    assert counts["complexiteit"] == {"nfi": 1, "zeden": 1}
    assert counts["meldingen_vt_politie"] == 1
    assert counts["anonieme_overleggen"] == 1
    assert counts["onderzoek_afgerond"] == 1
    assert counts["doorlooptijd_melding_plan_van_aanpak"] == {"2026-10": {"aantal": 2, "mediaan_dagen": 12.0}}
    assert counts["doorlooptijd_melding_zitting"] == {}
    rows = counts_rows(counts)
    assert ("doorlooptijd_melding_plan_van_aanpak", "2026-10 mediaan_dagen", 12.0) in rows
    assert "AB-2026-01" not in str(counts)
