"""The per-user data folder: platformdirs, overridable for tests and profiles."""

from __future__ import annotations

import os
from pathlib import Path

from routekaarten import environment

APP_NAME = "Routekaart"
APP_AUTHOR = "LNZS"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$ROUTEKAART_DATA_DIR``, then the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(environment.DATA_DIR):
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
STALE_TEMP_SECONDS = 60.0  # a write_atomic lasts milliseconds; older temp files are leftovers
# What Routekaart writes into a data folder (tests/integration/test_private_data_folder.py walks a
# used folder, so a new file that is not covered here shows up there). Only these are changed:
# a --data-dir pointed at a folder that holds other things (a home folder) keeps those as they are.
OWN_FILES = ("routekaart.sqlite3*", "routekaart.log*", "settings.ini", "sync-state.json", "root.json",
             "feestdagen.json", "app.lock", ".*.tmp")
OWN_FOLDERS = ("tuf", "drafts")


def private_data_folder(folder: Path) -> None:
    """Create ``folder`` (0700) and keep it private: its folders 0700, its files 0600 (``OWN_FILES``).

    Run at every start (the app and each CLI command, ``routekaarten.bootstrap``) and when the
    app closes, so files that others made (QSettings' settings.ini, tuf's cache, a copied
    root.json, files from an older version or another umask) are owner-only too; and temp files
    a killed write left behind (``routekaarten.files``) are removed. Links are neither followed
    nor changed. What cannot be changed (a read-only folder, another owner's file) is left as it
    is: reading still works, and opening the store says what is wrong.

    On Windows ``chmod`` only sets the read-only flag, so nothing is changed there: the per-user
    profile folder (``%APPDATA%``) is private by its ACL, which this code relies on and does not
    check (README, "Privacy").
    """
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "nt":
        return
    from routekaarten.files import remove_stale_temp_files

    _private(folder, PRIVATE_DIR)
    remove_stale_temp_files(folder, older_than=STALE_TEMP_SECONDS)
    for pattern in OWN_FILES:
        for path in folder.glob(pattern):
            _private(path, PRIVATE_FILE)
    for name in OWN_FOLDERS:
        if not (folder / name).is_dir() or (folder / name).is_symlink():
            continue
        _private(folder / name, PRIVATE_DIR)
        for parent, folders, files in os.walk(folder / name):
            here = Path(parent)
            remove_stale_temp_files(here, older_than=STALE_TEMP_SECONDS)
            for entry in folders:
                _private(here / entry, PRIVATE_DIR)
            for entry in files:
                _private(here / entry, PRIVATE_FILE)


def _private(path: Path, mode: int) -> None:
    import stat

    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) == mode:
            return
        if stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode):
            path.chmod(mode)
    except OSError:
        pass  # not ours to change (read-only mount, another owner): reading still works
