"""The phone list is never gone and never stale-as-verified (issue 10, item 3).

A workstation synced revision 2 of Zeeland-West-Brabant (``NEW_NUMBER``), newer than the data
embedded in the app (``OLD_NUMBER``). Then its database is emptied, cut in half, replaced by a
directory, made read-only, given malformed JSON or a changed number. ``routekaart contacts``
(a real process, as a user runs it) must still show the verified number, say in Dutch what
happened, and never overwrite a damaged file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from routekaarten.store import DB_NAME
from sync.client.source import ROOT_IN_DATA_DIR
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER
from tests.integration.conftest import World, publish_new_number
from tests.integration.processes import routekaart
from tests.mounts import read_only

TAMPERED = "06 66666666"


def _synced_folder(world: World) -> Path:
    publish_new_number(world)
    station = world.workstation()
    station.sync()
    station.close()
    world.stations.remove(station)
    (station.data_dir / ROOT_IN_DATA_DIR).write_bytes(world.root_json)
    return station.data_dir


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([routekaart(), "--data-dir", str(folder), *args], capture_output=True, text=True,
                          timeout=120, check=False)


def _phone(folder: Path) -> tuple[str, str]:
    done = _run(folder, "contacts", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["id"]: row["phone"] for row in json.loads(done.stdout)}
    return rows[CONTACT], done.stderr


def test_an_emptied_database_gets_the_verified_data_and_says_cases_are_lost(world: World) -> None:
    folder = _synced_folder(world)
    (folder / DB_NAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (folder / (DB_NAME + suffix)).unlink(missing_ok=True)

    phone, stderr = _phone(folder)

    assert phone == NEW_NUMBER  # not the older embedded number
    assert "was leeg of ontbrak" in stderr
    assert "Zaken die in de database stonden, konden niet worden hersteld" in stderr
    assert _phone(folder) == (NEW_NUMBER, "")  # restored for good: the next start says nothing


def test_a_database_cut_in_half_is_never_overwritten_and_the_numbers_still_show(world: World) -> None:
    folder = _synced_folder(world)
    db = folder / DB_NAME
    with sqlite3.connect(db) as conn:  # everything in the main file, as after a checkpoint
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 2])
    damaged = db.read_bytes()

    phone, stderr = _phone(folder)

    assert phone == NEW_NUMBER
    assert "beschadigd" in stderr
    assert "--data-dir" in stderr
    assert "gecontroleerde ondertekende kopie" in stderr
    assert "alleen te lezen" in stderr
    assert db.read_bytes() == damaged


def test_a_damaged_database_without_a_verified_cache_shows_the_embedded_data_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)

    phone, stderr = _phone(folder)

    assert phone == OLD_NUMBER
    assert "met de app zijn meegeleverd" in stderr


def test_a_directory_where_the_database_should_be_is_a_dutch_message(world: World) -> None:
    folder = _synced_folder(world)
    db = folder / DB_NAME
    db.unlink()
    db.mkdir()

    phone, stderr = _phone(folder)

    assert phone == NEW_NUMBER
    assert "staat een map in plaats van een bestand" in stderr
    counts = _run(folder, "counts")
    assert counts.returncode == 2
    assert "staat een map" in counts.stderr
    assert "onverwachte fout" not in counts.stderr




def test_a_read_only_data_folder_has_its_own_message_and_shows_the_numbers(world: World) -> None:
    folder = _synced_folder(world)
    with read_only(folder):
        try:
            (folder / "probe").write_bytes(b"")
            raise AssertionError("the folder is not read-only")
        except OSError:
            pass

        phone, stderr = _phone(folder)
        sync = _run(folder, "sync", "--url", world.url, "--root", str(folder / ROOT_IN_DATA_DIR))

    assert phone == NEW_NUMBER
    assert "alleen-lezen" in stderr
    assert "beschadigd" not in stderr
    assert "al geopend" not in stderr
    assert sync.returncode == 2
    assert "alleen-lezen" in sync.stderr


def test_malformed_json_in_a_bundle_row_is_repaired_from_the_verified_copy(world: World) -> None:
    folder = _synced_folder(world)
    with sqlite3.connect(folder / DB_NAME) as conn:
        conn.execute("UPDATE bundles SET json = '{\"region\": ' WHERE key = 'region:zeeland-west-brabant'")

    phone, stderr = _phone(folder)

    assert phone == NEW_NUMBER
    assert "hersteld uit de ondertekende kopie" in stderr


def test_a_changed_number_is_repaired_by_contacts_and_by_sync(world: World) -> None:
    folder = _synced_folder(world)

    def tamper() -> None:
        with sqlite3.connect(folder / DB_NAME) as conn:
            conn.execute("UPDATE bundles SET json = replace(json, ?, ?) WHERE key = ?",
                         (NEW_NUMBER, TAMPERED, "region:zeeland-west-brabant"))

    tamper()
    phone, stderr = _phone(folder)
    assert phone == NEW_NUMBER
    assert "waren op deze computer gewijzigd" in stderr

    tamper()
    sync = _run(folder, "sync", "--url", world.url, "--root", str(folder / ROOT_IN_DATA_DIR))
    assert "waren op deze computer gewijzigd" in sync.stderr
    with sqlite3.connect(folder / DB_NAME) as conn:
        stored = conn.execute("SELECT json FROM bundles WHERE key = ?",
                              ("region:zeeland-west-brabant",)).fetchone()[0]
    assert TAMPERED not in stored
