"""Open the store of a data folder and make sure there is a phone list to show, whatever happened.

``open_store`` is the plain path: the store, with the embedded bundles loaded on first start.
``open_for_start`` is what the app and the CLI commands that show data use (issue 10, item 3):

- a healthy database: opened, then ``check`` (the offline check against the verified cache and
  its repair, ``sync.client.start_check``) runs before anything is shown;
- an emptied (0 bytes) or newly created database in a folder that has a verified cache: the
  verified data is imported before anything is shown, and the user is told that the database
  was empty and that cases could not be recovered;
- a damaged database, a directory or unreadable file in its place, or a read-only folder: the
  file is never touched; an in-memory store is filled from the verified cache (or, failing that,
  the embedded data, said plainly) and shown read-only, with a message that names the problem
  and how to choose another data folder.

``check`` comes from the layer above (``sync``), which knows the signed cache; this module
knows only that it puts verified bundles in a store and says in Dutch what it did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from routekaarten.errors import StoreError
from routekaarten.i18n import _
from routekaarten.paths import private_data_folder
from routekaarten.resources import national_bundle_path, region_bundle_paths
from routekaarten.store import DB_NAME, MEMORY, DamagedStoreError, FolderNotWritableError, Store


@dataclass(frozen=True)
class CheckOutcome:
    """What the check against the verified cache did: Dutch notes, and which bundles are verified."""

    notes: tuple[str, ...] = ()
    verified: frozenset[str] = frozenset()  # store keys that are exactly the verified copy


# (data folder, store, restore everything: the store is new or read-only) -> what was done
StartCheck = Callable[[Path, Store, bool], CheckOutcome]


@dataclass
class OpenedStore:
    store: Store
    notes: list[str] = field(default_factory=list)  # Dutch, shown before or with the data
    read_only: bool = False  # an in-memory copy: the data folder's database is not used
    problem: str | None = None  # why the data folder's database is not used (Dutch)
    verified: frozenset[str] = frozenset()


def open_store(data_dir: Path) -> Store:
    """The store, with the embedded national and region bundles loaded on first start.

    First the folder is made private and cleared of temp files a killed write left
    (``routekaarten.paths.private_data_folder``); a folder that cannot be made is the store's to
    report, in Dutch.
    """
    with contextlib.suppress(OSError):
        private_data_folder(data_dir)
    store = Store.open(data_dir)
    try:
        store.import_embedded(region_bundle_paths(), national_bundle_path())
    except Exception:
        store.close()
        raise
    return store


def _has_verified_cache(data_dir: Path) -> bool:
    return (data_dir / "tuf" / "metadata").is_dir()


def open_for_start(data_dir: Path, check: StartCheck | None = None) -> OpenedStore:
    """The store to show, never none: see the module docstring. Raises only for an embedded-data bug."""
    path = data_dir / DB_NAME
    was_empty = (path.is_file() and path.stat().st_size == 0) or not path.exists()
    try:
        store = open_store(data_dir)
    except (DamagedStoreError, FolderNotWritableError) as error:
        return _read_only_copy(data_dir, str(error), check)
    except StoreError as error:  # another failure of the folder (disk, permissions)
        return _read_only_copy(data_dir, str(error), check)
    opened = OpenedStore(store)
    if check is None:
        return opened
    restore_all = was_empty and _has_verified_cache(data_dir)
    try:
        outcome = check(data_dir, store, restore_all)
    except Exception:
        store.close()
        raise
    if restore_all:
        opened.notes.append(_(
            "De database in {folder} was leeg of ontbrak; de gecontroleerde gegevens zijn opnieuw "
            "ingelezen uit de ondertekende kopie. Zaken die in de database stonden, konden niet worden "
            "hersteld.", folder=data_dir))
    opened.notes.extend(outcome.notes)
    opened.verified = outcome.verified
    return opened


def _read_only_copy(data_dir: Path, problem: str, check: StartCheck | None) -> OpenedStore:
    """An in-memory store with the verified data (or the embedded data), for reading only."""
    store = Store(MEMORY)
    store.import_embedded(region_bundle_paths(), national_bundle_path())
    outcome = CheckOutcome()
    if check is not None and _has_verified_cache(data_dir):
        try:
            outcome = check(data_dir, store, True)
        except (StoreError, OSError):
            outcome = CheckOutcome()
    if outcome.verified:
        where = _("De contactgegevens hieronder komen uit de gecontroleerde ondertekende kopie in de "
                  "gegevensmap en zijn alleen te lezen; zaken zijn niet beschikbaar.")
    else:
        where = _("De contactgegevens hieronder zijn de gegevens die met de app zijn meegeleverd (niet "
                  "de laatst gecontroleerde: die waren niet te lezen) en zijn alleen te lezen; zaken zijn "
                  "niet beschikbaar.")
    notes = [problem, where, *outcome.notes]
    return OpenedStore(store, notes, read_only=True, problem=problem, verified=outcome.verified)
