"""The local SQLite store: bundles as verified JSON, plus an FTS5 index for search.

One file per data folder, opened with sqlite-utils, in WAL mode. The schema version lives in
``PRAGMA user_version``; migrations run in one transaction, and a database written by a newer
app version is refused untouched. Every import is one transaction: the old data stays until
the new data commits.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from routekaarten.bundles import parse_json, validate
from routekaarten.errors import BundleError, Issue, NotFoundError, StoreError
from routekaarten.i18n import _
from routekaarten.model import RegionBundle
from routekaarten.search_index import documents_for_national, documents_for_region

log = logging.getLogger(__name__)
DB_NAME = "routekaart.sqlite3"
NATIONAL_KEY = "national"
_REGION_PREFIX = "region:"


def region_key(region_id: str) -> str:
    """The store's key of a region's bundle (``bundles.key``, ``search_docs.bundle``)."""
    return f"{_REGION_PREFIX}{region_id}"


def bundle_key(region_id: str | None) -> str:
    """A region's key, or the national bundle's for None."""
    return NATIONAL_KEY if region_id is None else region_key(region_id)


def region_id_of(key: str) -> str | None:
    """The region id in a store key; None for the national bundle's (or any other) key."""
    return key[len(_REGION_PREFIX):] if key.startswith(_REGION_PREFIX) else None


class BundleOrigin(StrEnum):
    """Where a stored bundle came from (``bundles.origin``; the values are what is stored)."""

    EMBEDDED = "embedded"  # the unsigned bundles in resources/regions, shipped with the app
    SYNC = "sync"  # verified by a sync from the central source
    SHIPPED = "shipped"  # the signed repository shipped with a release, verified at first start

    @classmethod
    def stored(cls, value: str) -> BundleOrigin:
        """A stored value as an origin: data folders of the first release say "seed" for shipped.

        Read, never rewritten: no migration is needed, and an older app still reads its own rows.
        """
        return cls.SHIPPED if value == "seed" else cls(value)


_SCHEMA_1 = (
    """CREATE TABLE bundles (
        key TEXT PRIMARY KEY,          -- 'region:<id>' or 'national'
        kind TEXT NOT NULL,            -- 'region' or 'national'
        version TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        origin TEXT NOT NULL,          -- BundleOrigin: 'embedded', 'sync', 'shipped' (once 'seed')
        json TEXT NOT NULL,
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        bundle TEXT NOT NULL REFERENCES bundles(key) ON DELETE CASCADE,
        kind TEXT NOT NULL,            -- contact, box, step, routekaart, reference
        area TEXT,
        ref TEXT NOT NULL,
        section TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    "CREATE INDEX search_docs_bundle ON search_docs(bundle)",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content='search_docs', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    )""",
    """CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
)


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_1:
        conn.execute(statement)


_SCHEMA_2 = (
    # Cases are anonymous: a label the professional chooses, never a name (routekaarten/cases.py).
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        region TEXT NOT NULL,
        area TEXT,
        vermoeden INTEGER NOT NULL CHECK (vermoeden BETWEEN 1 AND 4),
        uitlating TEXT,
        zeden INTEGER NOT NULL DEFAULT 0,
        incident_date TEXT,
        nfi_category TEXT,
        child_age INTEGER,
        melding_date TEXT NOT NULL,
        step INTEGER NOT NULL DEFAULT 0 CHECK (step BETWEEN 0 AND 3),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # Answers and notes are AES-GCM ciphertext only (routekaarten/vault.py).
    """CREATE TABLE checklist (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'besproken', 'nvt')),
        owner TEXT,
        due TEXT,
        answer BLOB,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, item_id)
    )""",
    """CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        blob BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX notes_case ON notes(case_id, created_at)",
    """CREATE TABLE case_events (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        anchor TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (case_id, anchor)
    )""",
    """CREATE TABLE vault_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        wrapped TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_2:
        conn.execute(statement)


# Bouwblok 2: a case owner per organisation (HSSK r. 7058-7061); retention: when the notes were
# last exported, so a closed case whose notes never left the app is not purged unasked.
_SCHEMA_3 = (
    "ALTER TABLE cases ADD COLUMN eigenaar_vt TEXT",
    "ALTER TABLE cases ADD COLUMN eigenaar_politie TEXT",
    "ALTER TABLE cases ADD COLUMN eigenaar_om TEXT",
    "ALTER TABLE cases ADD COLUMN notes_exported_at TEXT",
)


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_3:
        conn.execute(statement)


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """The answers of a case's meldingsformulier (HSSK Bijlage 2), AES-GCM ciphertext only:
    they can name witnesses and the person a child first confided in."""
    conn.execute(
        """CREATE TABLE form_answers (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            field_id TEXT NOT NULL,
            answer BLOB NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, field_id)
        )"""
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4]
SCHEMA_VERSION = len(MIGRATIONS)


def sqlite_error_kind(error: sqlite3.Error) -> str:
    """SQLite's primary result code name (``SQLITE_FULL``), never the message text, which differs
    between SQLite versions; ``""`` for an error raised without one."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return "_".join(name.split("_")[:2])


def _write_failure(kind: str) -> str:
    """Why a write failed, by SQLite's primary result code (extended codes such as
    ``SQLITE_BUSY_SNAPSHOT`` share it), in the user's language."""
    match kind:
        case "SQLITE_FULL":
            return _("de schijf is vol")
        case "SQLITE_BUSY" | "SQLITE_LOCKED":
            return _("de database is in gebruik door een ander programma")
        case "SQLITE_READONLY":
            return _("de database is alleen-lezen")
        case _:
            return _("de database kon niet worden geschreven")


def _write_failed(error: sqlite3.OperationalError) -> str:
    return _("Opslaan is mislukt: {reason}. Er is niets gewijzigd; de vorige gegevens zijn bewaard.",
             reason=_write_failure(sqlite_error_kind(error)))


def private_files(path: Path) -> None:
    """The database and its WAL/SHM files readable by their owner only (0600; no case data for others).

    On Windows ``chmod`` only sets the read-only flag; there the per-user profile folder's ACL
    is what keeps other users out.
    """
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):  # not ours to change (a read-only mount): reading still works
            if file.exists() and (file.stat().st_mode & 0o777) != 0o600:
                file.chmod(0o600)


def stored_form(data: dict[str, Any]) -> dict[str, Any]:
    """The stored copy carries each number's E.164 form, so loading needs no phone parsing."""
    from routekaarten.phones import to_e164

    contacts = [{**c, "phone_e164": to_e164(c["phone"]) or ""} for c in data["contacts"]]
    return {**data, "contacts": contacts}


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class DamagedStoreError(StoreError):
    """The database is there but is no readable Routekaart database: never overwritten."""


class FolderNotWritableError(StoreError):
    """The data folder (or the database in it) is read-only: the data can be read, not written."""


MEMORY = Path(":memory:")  # a store that lives in memory only: a read-only view of verified data


def _probe_writable(folder: Path) -> None:
    """Create and remove a file in ``folder``: the boundary where a read-only folder shows itself."""
    with tempfile.TemporaryFile(dir=folder):
        pass


def _is_read_only(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    text = str(error).lower()
    return "readonly" in text or "read-only" in text


def _unusable_path(path: Path) -> StoreError | None:
    """A directory, or a file that cannot be read, where the database should be."""
    if path.is_dir():
        return DamagedStoreError(_(
            "Op de plaats van de database {path} staat een map in plaats van een bestand. Er is niets "
            "overschreven; verplaats die map of kies een andere gegevensmap (--data-dir).", path=path))
    if path.exists():
        try:
            with path.open("rb") as handle:
                handle.read(16)
        except OSError as error:
            return DamagedStoreError(_(
                "De database {path} kan niet worden gelezen ({reason}). Er is niets overschreven; "
                "controleer de rechten of kies een andere gegevensmap (--data-dir).",
                path=path, reason=error.strerror or error))
    return None


class Store:
    """The app's database in one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._regions: dict[str, RegionBundle] = {}
        in_memory = path == MEMORY
        if not in_memory:
            problem = _unusable_path(path)
            if problem is not None:
                raise problem
        try:
            if not in_memory:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                _probe_writable(path.parent)
            conn = sqlite3.connect(":memory:" if in_memory else path, isolation_level=None,
                                   check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            if _is_read_only(error):
                raise FolderNotWritableError(_(
                    "De gegevensmap {folder} is alleen-lezen: Routekaart kan daar niets opslaan. De "
                    "contactgegevens zijn alleen te lezen; zaken zijn niet beschikbaar. Kies een map "
                    "waarin u mag schrijven (--data-dir).", folder=path.parent)) from error
            raise StoreError(_("De gegevensmap {folder} kan niet worden gebruikt: {error}",
                               folder=path.parent, error=error)) from error
        self._conn = conn
        self._db: Any = None
        try:
            self._prepare()
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as error:
            conn.close()
            raise DamagedStoreError(_(
                "De database {path} is beschadigd of geen Routekaart-database ({error}). Er is niets "
                "overschreven; kies een andere gegevensmap (--data-dir) of verplaats dit bestand.",
                path=path, error=error)) from error
        if not in_memory:
            private_files(path)

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        return cls(data_dir / DB_NAME)

    def checkpoint(self) -> None:
        """Fold the WAL into the database file, so a damaged WAL can cost as little as possible."""
        # busy (a sync writes) or read-only: the next checkpoint will do it
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        if self.path != MEMORY:
            self.checkpoint()
        self._conn.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> Any:
        """sqlite-utils over the same connection; imported on first write, not at start-up."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write, all or nothing; a failing disk becomes a StoreError, the old data stays."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:
            raise StoreError(_write_failed(error)) from error

    def _prepare(self) -> None:
        conn = self.conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(_(
                "De database {path} is gemaakt door een nieuwere versie van Routekaart "
                "(schema {version}, deze versie kent {known}). Er is niets gewijzigd; werk de app bij.",
                path=self.path, version=version, known=SCHEMA_VERSION))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted notes are overwritten, not left in free pages
        if version < SCHEMA_VERSION:
            conn.execute("PRAGMA journal_mode = WAL")
            with self.transaction():
                for migrate in MIGRATIONS[version:]:
                    migrate(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            log.info("store %s migrated from schema %d to %d", self.path, version, SCHEMA_VERSION)
        else:
            log.debug("store %s opened (schema %d)", self.path, version)
            conn.execute("PRAGMA journal_mode = WAL")

    # bundles ---------------------------------------------------------------------------------

    def bundle_sha(self, key: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM bundles WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def import_bundle(self, raw: bytes, kind: str, origin: BundleOrigin, source: str) -> str:
        """Validate and store a bundle in one transaction; returns its key.

        Invalid input raises BundleError and leaves the store as it was.
        """
        data = parse_json(raw, source)
        issues = validate(data, kind)
        if issues:
            raise BundleError(source, issues)
        if kind == "region":
            key = region_key(data["region"]["id"])
            version, revision = data["version"], data["revision"]
            docs = documents_for_region(RegionBundle.from_dict(data))
            data = stored_form(data)
        else:
            key, version, revision = NATIONAL_KEY, data["version"], 1
            docs = documents_for_national(data)
        row = {
            "key": key,
            "kind": kind,
            "version": version,
            "revision": revision,
            "sha256": _sha256(raw),
            "origin": str(origin),
            "json": json.dumps(data, ensure_ascii=False),
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self.transaction():
            self.db.table("search_docs").delete_where("bundle = ?", [key])
            self.db.table("bundles").upsert(row, pk="key")
            self.db.table("search_docs").insert_all({**doc, "bundle": key} for doc in docs)
        self._regions.pop(region_id_of(key) or "", None)
        log.info("bundle %s imported: version %s, revision %s, from %s", key, version, revision, origin)
        return key

    def import_embedded(self, region_paths: list[Path], national_path: Path) -> list[str]:
        """Load the bundles shipped with the app when the store lacks them or they changed.

        Data that came from a sync is never replaced by an embedded copy.
        """
        imported = []
        for path, kind in [(national_path, "national"), *((p, "region") for p in region_paths)]:
            try:
                raw = path.read_bytes()
            except FileNotFoundError as error:
                raise BundleError(str(path), [Issue("", _("bestand niet gevonden"))]) from error
            except OSError as error:
                reason = _("bestand niet leesbaar ({reason})", reason=error.strerror)
                raise BundleError(str(path), [Issue("", reason)]) from error
            key = NATIONAL_KEY if kind == "national" else region_key(path.stem)
            row = self.conn.execute("SELECT sha256, origin FROM bundles WHERE key = ?", (key,)).fetchone()
            if row and (row[0] == _sha256(raw) or BundleOrigin.stored(row[1]) is not BundleOrigin.EMBEDDED):
                continue
            imported.append(self.import_bundle(raw, kind, BundleOrigin.EMBEDDED, str(path)))
        return imported

    def regions(self) -> list[tuple[str, str]]:
        """(id, name) of every region in the store, by name."""
        rows = self.conn.execute(
            "SELECT key, json_extract(json, '$.region.name') FROM bundles WHERE kind = 'region' ORDER BY 2"
        ).fetchall()
        return [(region_id_of(key) or key, name) for key, name in rows]

    def region(self, region_id: str) -> RegionBundle:
        if region_id in self._regions:
            return self._regions[region_id]
        row = self.conn.execute("SELECT json FROM bundles WHERE key = ?", (region_key(region_id),)).fetchone()
        if row is None:
            known = ", ".join(rid for rid, _name in self.regions()) or _("geen")
            raise NotFoundError(_("Onbekende regio '{region}'. Bekende regio's: {known}.",
                                  region=region_id, known=known))
        bundle = RegionBundle.from_dict(json.loads(row[0]))
        self._regions[region_id] = bundle
        return bundle

    def mark_unverified(self, key: str) -> None:
        """Clear a bundle's sha256: it no longer matches what was signed, so the next sync fetches it anew.

        The data stays on screen (the last data is better than none) while the app says why.
        """
        with self.transaction():
            self.conn.execute("UPDATE bundles SET sha256 = '' WHERE key = ?", (key,))

    def forget_cached(self, region_id: str) -> None:
        """Drop the parsed copy of a region, after another connection (a sync) replaced it."""
        self._regions.pop(region_id, None)

    def national(self) -> dict[str, Any]:
        row = self.conn.execute("SELECT json FROM bundles WHERE key = ?", (NATIONAL_KEY,)).fetchone()
        if row is None:
            raise NotFoundError(_("De landelijke gegevens (HSSK) ontbreken in de database."))
        return dict(json.loads(row[0]))

    def bundle_info(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT version, revision, sha256, origin, imported_at FROM bundles WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        info = dict(zip(("version", "revision", "sha256", "origin", "imported_at"), row, strict=True))
        info["origin"] = BundleOrigin.stored(info["origin"])
        return info

    def search(self, text: str, region_id: str, area_id: str | None = None, limit: int = 40) -> list[Any]:
        from routekaarten.search import search

        return search(self.conn, text, region_id, area_id, limit)
