"""The data folder is 0700 and every file in it 0600, after the app and the CLI have used it
(issue 10, item 5): the database and its WAL, settings.ini, sync-state.json, the log, the tuf
cache, a copied root.json. POSIX only: on Windows the profile folder's ACL is relied on (README).
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from desktop import settings
from desktop.settings import Settings
from routekaarten import logs
from tests.integration.conftest import World, world  # noqa: F401 (the fixture)
from tests.integration.processes import routekaart
from tests.ui.helpers import open_cases

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows relies on the profile ACL")


def _not_private(folder: Path) -> list[str]:
    wrong = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        if path.is_symlink():  # a link has no permissions of its own (tuf's root.json -> N.root.json)
            continue
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            wrong.append(f"{path.relative_to(folder.parent)}: {oct(mode)}")
    return wrong


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ROUTEKAART_DATA_DIR": str(data_dir)}
    env.pop("ROUTEKAART_SYNC_URL", None)
    return subprocess.run([routekaart(), *args], env=env, capture_output=True, text=True, check=False)


def test_after_the_cli_and_the_app_every_file_in_the_data_folder_is_private(
    world: World, data_dir: Path, make_window, qtbot, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    data_dir.chmod(0o755)  # as a umask of 022 makes it
    root = data_dir / "root.json"
    root.write_bytes(world.root_json)
    root.chmod(0o644)  # copied in by IT staff with their umask
    assert _cli(data_dir, "sync", "--url", world.url).returncode == 0
    assert _cli(data_dir, "contacts", "--region", "zeeland-west-brabant").returncode == 0
    assert (data_dir / "sync-state.json").is_file() and (data_dir / "tuf" / "metadata").is_dir()
    assert _not_private(data_dir) == []

    monkeypatch.delenv("ROUTEKAART_SYNC_URL", raising=False)
    logs.to_data_folder(data_dir)
    prefs = Settings(data_dir)
    prefs.set(settings.SYNC_URL, world.url)
    prefs.sync()
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.completed >= 1, timeout=60_000)
    open_cases(window, qtbot, creating=True)  # the vault key and a case database write
    window.prefs.set(settings.IDLE_LOCK_MINUTES, 5)
    window.close()

    assert (data_dir / "settings.ini").is_file() and (data_dir / "routekaart.sqlite3").is_file()
    assert logs.log_file(data_dir).is_file()
    assert _not_private(data_dir) == []
