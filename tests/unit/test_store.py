"""The local SQLite store: schema, imports in one transaction, refusal of files it must not touch."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from routekaarten import store as store_module
from routekaarten.errors import BundleError, NotFoundError, StoreError
from routekaarten.model import RegionBundle
from routekaarten.store import DB_NAME, SCHEMA_VERSION, Store

REGION = "zeeland-west-brabant"
REGION_KEY = f"region:{REGION}"


def raw_of(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def search_refs(store: Store, text: str, area: str | None = None) -> list[str]:
    return [hit.ref for hit in store.search(text, REGION, area)]


def doc_count(store: Store, key: str = REGION_KEY) -> int:
    return int(store.conn.execute("SELECT count(*) FROM search_docs WHERE bundle = ?", (key,)).fetchone()[0])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / DB_NAME


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Store]:
    """An empty store, closed after the test."""
    store = Store.open(tmp_path)
    yield store
    store.close()


# Opening ------------------------------------------------------------------------------------------


def test_first_open_creates_schema_at_current_version_in_wal_mode(tmp_path: Path) -> None:
    Store.open(tmp_path).close()

    conn = sqlite3.connect(tmp_path / DB_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"bundles", "search_docs", "search_fts"} <= tables


def test_first_open_creates_a_missing_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nieuw" / "map"

    Store.open(folder).close()

    assert (folder / DB_NAME).is_file()


def test_reopening_keeps_imported_data(tmp_path: Path, region_raw: bytes) -> None:
    first = Store.open(tmp_path)
    first.import_bundle(region_raw, "region", "embedded", "test")
    first.close()

    second = Store.open(tmp_path)
    try:
        assert second.regions() == [(REGION, "Zeeland-West-Brabant")]
        assert second.region(REGION).contact("zeeland-ovj") is not None
    finally:
        second.close()


def test_database_of_newer_app_version_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE later_feature (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(StoreError) as caught:
        Store(db_path)

    assert "nieuwere versie" in str(caught.value)
    assert "werk de app bij" in str(caught.value)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(DB_NAME + "-wal").exists()


def test_corrupt_database_file_is_refused_untouched(db_path: Path) -> None:
    before = random.Random(20260427).randbytes(8192)
    db_path.write_bytes(before)

    with pytest.raises(StoreError) as caught:
        Store(db_path)

    message = str(caught.value)
    assert "beschadigd" in message
    assert "Er is niets overschreven" in message
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    assert db_path.read_bytes() == before


def test_data_folder_that_is_a_file_is_refused_in_dutch(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")

    with pytest.raises(StoreError) as caught:
        Store.open(blocker / "data")

    assert "kan niet worden gebruikt" in str(caught.value)
    assert blocker.read_text() == "geen map"


# Importing ------------------------------------------------------------------------------------------


def test_imported_region_reads_back_equal_to_the_file(opened: Store, region_raw: bytes) -> None:
    key = opened.import_bundle(region_raw, "region", "embedded", "test")

    assert key == REGION_KEY
    assert opened.region(REGION) == RegionBundle.from_dict(json.loads(region_raw))


def test_imported_region_reads_back_equal_after_reopening(tmp_path: Path, region_raw: bytes) -> None:
    store = Store.open(tmp_path)
    store.import_bundle(region_raw, "region", "embedded", "test")
    store.close()

    reopened = Store.open(tmp_path)
    try:
        assert reopened.region(REGION) == RegionBundle.from_dict(json.loads(region_raw))
    finally:
        reopened.close()


def test_bundle_info_records_version_checksum_and_origin(opened: Store, region_raw: bytes) -> None:
    opened.import_bundle(region_raw, "region", "embedded", "test")

    info = opened.bundle_info(REGION_KEY)

    assert info is not None
    assert (info["version"], info["revision"], info["origin"]) == ("2.0", 1, "embedded")
    assert info["sha256"] == hashlib.sha256(region_raw).hexdigest()
    assert opened.bundle_info("region:utrecht") is None


def test_invalid_bundle_import_keeps_the_previous_version(
    region_store: Store, region_data: dict[str, Any]
) -> None:
    before = region_store.region(REGION)
    sha_before = region_store.bundle_sha(REGION_KEY)
    region_data["revision"] = 2
    region_data["contacts"][3]["phone"] = "06 123"

    with pytest.raises(BundleError) as caught:
        region_store.import_bundle(raw_of(region_data), "region", "sync", "download")

    assert "contacts[3].phone: '06 123' is geen geldig Nederlands nummer" in str(caught.value)
    assert region_store.region(REGION) == before
    assert region_store.bundle_sha(REGION_KEY) == sha_before
    assert region_store.bundle_info(REGION_KEY)["revision"] == 1  # type: ignore[index]
    assert "zeeland-va" in search_refs(region_store, "0653")


def test_non_json_import_keeps_the_previous_version(region_store: Store) -> None:
    sha_before = region_store.bundle_sha(REGION_KEY)

    with pytest.raises(BundleError):
        region_store.import_bundle(b"<html>Bad Gateway</html>", "region", "sync", "download")

    assert region_store.bundle_sha(REGION_KEY) == sha_before
    assert region_store.regions() == [(REGION, "Zeeland-West-Brabant")]


def test_write_failing_halfway_through_import_keeps_the_previous_version(
    region_store: Store, region_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up after the old search documents were deleted: all of it rolls back."""
    docs_before = doc_count(region_store)
    real_documents = store_module.documents_for_region

    def documents_then_disk_full(bundle: RegionBundle) -> Iterator[dict[str, Any]]:
        yield next(iter(real_documents(bundle)))
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]  # as SQLite's own error has it
        raise full

    monkeypatch.setattr(store_module, "documents_for_region", documents_then_disk_full)
    region_data["revision"] = 2
    region_data["contacts"][7]["phone"] = "088 0617403"

    with pytest.raises(StoreError, match="de schijf is vol"):
        region_store.import_bundle(raw_of(region_data), "region", "sync", "download")

    assert region_store.bundle_info(REGION_KEY)["revision"] == 1  # type: ignore[index]
    assert region_store.region(REGION).contact("zeeland-fa").phone == "088 0617402"  # type: ignore[union-attr]
    assert doc_count(region_store) == docs_before
    assert "zeeland-fa" in search_refs(region_store, "0880617402")

    monkeypatch.setattr(store_module, "documents_for_region", real_documents)
    region_store.import_bundle(raw_of(region_data), "region", "sync", "download")  # usable again
    assert region_store.region(REGION).contact("zeeland-fa").phone == "088 0617403"  # type: ignore[union-attr]


def test_reimport_replaces_search_documents_without_duplicates(
    region_store: Store, region_raw: bytes
) -> None:
    docs_once = doc_count(region_store)

    region_store.import_bundle(region_raw, "region", "embedded", "test")
    region_store.import_bundle(region_raw, "region", "embedded", "test")

    assert doc_count(region_store) == docs_once
    assert search_refs(region_store, "0653").count("zeeland-va") == 1
    region_store.conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_reimport_of_changed_bundle_updates_search_and_region(
    region_store: Store, region_data: dict[str, Any]
) -> None:
    region_data["revision"] = 2
    region_data["contacts"][5]["phone"] = "088 9638928"  # zeeland-ovd-r

    region_store.import_bundle(raw_of(region_data), "region", "sync", "download")

    assert search_refs(region_store, "9638927") == []
    assert search_refs(region_store, "9638928") == ["zeeland-ovd-r"]
    assert region_store.region(REGION).contact("zeeland-ovd-r").phone == "088 9638928"  # type: ignore[union-attr]
    assert region_store.bundle_info(REGION_KEY)["origin"] == "sync"  # type: ignore[index]


def test_unknown_region_names_the_known_regions(region_store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        region_store.region("utrecht")

    assert str(caught.value) == "Onbekende regio 'utrecht'. Bekende regio's: zeeland-west-brabant."


def test_unknown_region_in_empty_store_says_none_are_known(opened: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        opened.region(REGION)

    assert str(caught.value) == f"Onbekende regio '{REGION}'. Bekende regio's: geen."


def test_missing_national_data_is_reported_in_dutch(region_store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        region_store.national()

    assert str(caught.value) == "De landelijke gegevens (HSSK) ontbreken in de database."


def test_regions_are_listed_by_name(opened: Store, region_data: dict[str, Any]) -> None:
    second = json.loads(json.dumps(region_data))
    second["region"] = {"id": "amsterdam", "name": "Amsterdam-Amstelland"}
    opened.import_bundle(raw_of(region_data), "region", "embedded", "a")
    opened.import_bundle(raw_of(second), "region", "embedded", "b")

    assert opened.regions() == [("amsterdam", "Amsterdam-Amstelland"), (REGION, "Zeeland-West-Brabant")]


# Embedded bundles ----------------------------------------------------------------------------------


@pytest.fixture
def shipped(tmp_path: Path, region_raw: bytes) -> Path:
    """A copy of the shipped region bundle, named after its region as in resources/regions/."""
    folder = tmp_path / "regions"
    folder.mkdir()
    path = folder / f"{REGION}.json"
    path.write_bytes(region_raw)
    return path


def test_import_embedded_loads_national_and_regions_on_first_start(
    opened: Store, shipped: Path, national_file: Path
) -> None:
    imported = opened.import_embedded([shipped], national_file)

    assert imported == ["national", REGION_KEY]
    assert opened.region(REGION).name == "Zeeland-West-Brabant"
    assert opened.national()


def test_import_embedded_skips_unchanged_files(opened: Store, shipped: Path, national_file: Path) -> None:
    opened.import_embedded([shipped], national_file)
    imported_at = opened.bundle_info(REGION_KEY)["imported_at"]  # type: ignore[index]

    assert opened.import_embedded([shipped], national_file) == []
    assert opened.bundle_info(REGION_KEY)["imported_at"] == imported_at  # type: ignore[index]


def test_import_embedded_replaces_an_older_embedded_copy(
    opened: Store, shipped: Path, national_file: Path, region_data: dict[str, Any]
) -> None:
    opened.import_embedded([shipped], national_file)
    region_data["revision"] = 2
    shipped.write_bytes(raw_of(region_data))

    assert opened.import_embedded([shipped], national_file) == [REGION_KEY]
    assert opened.region(REGION).revision == 2


def test_import_embedded_never_replaces_synced_data(
    opened: Store, shipped: Path, national_file: Path, region_data: dict[str, Any]
) -> None:
    region_data["revision"] = 5
    region_data["contacts"][5]["phone"] = "088 9638928"
    opened.import_bundle(raw_of(region_data), "region", "sync", "download")

    imported = opened.import_embedded([shipped], national_file)

    assert REGION_KEY not in imported
    assert opened.region(REGION).revision == 5
    assert opened.bundle_info(REGION_KEY)["origin"] == "sync"  # type: ignore[index]
    assert search_refs(opened, "9638928") == ["zeeland-ovd-r"]


def test_import_embedded_with_missing_file_says_it_is_not_found(
    opened: Store, shipped: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "national" / "hssk.json"

    with pytest.raises(BundleError) as caught:
        opened.import_embedded([shipped], missing)

    assert str(caught.value) == f"Ongeldige gegevens in {missing}:\n  - bestand niet gevonden"


def test_import_embedded_of_invalid_file_keeps_the_store_empty(
    opened: Store, shipped: Path, national_file: Path, region_data: dict[str, Any]
) -> None:
    region_data["areas"] = []
    shipped.write_bytes(raw_of(region_data))

    with pytest.raises(BundleError) as caught:
        opened.import_embedded([shipped], national_file)

    assert "areas: moet minstens 1 element(en) bevatten" in str(caught.value)
    assert opened.regions() == []


def test_write_failures_are_told_apart_by_sqlite_s_result_code_not_by_its_message(
    region_store: Store, region_raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real SQLITE_BUSY (another connection holds the write lock) says 'in gebruik'; an error whose
    text says 'full' but whose code is an I/O error is not reported as a full disk."""
    other = sqlite3.connect(region_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    region_store.conn.execute("PRAGMA busy_timeout = 0")
    try:
        with pytest.raises(StoreError, match="in gebruik door een ander programma"):
            region_store.import_bundle(region_raw, "region", "sync", "download")
    finally:
        other.execute("ROLLBACK")
        other.close()

    def io_error(bundle: RegionBundle) -> Iterator[dict[str, Any]]:
        error = sqlite3.OperationalError("disk I/O error: is the disk full?")
        error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
        raise error
        yield {}

    monkeypatch.setattr(store_module, "documents_for_region", io_error)
    with pytest.raises(StoreError) as failed:
        region_store.import_bundle(region_raw, "region", "sync", "download")
    assert "de database kon niet worden geschreven" in str(failed.value)
    assert "vol" not in str(failed.value)
