"""Sync in the app (docs/architecture.md), against the real repository service on 127.0.0.1.

The window runs the real sync in the background: at start, and on "Nu bijwerken". The tests
wait for it with ``qtbot.waitUntil``; ``SYNC_WAIT_MS`` only guards against a hang, it is not a
performance limit.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import settings
from desktop.settings import Settings
from desktop.updates.sync_banner import BannerKind, SyncBanner
from sync.client.state import STATE_FILE
from sync.repository.service import create_app
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, ZWB
from tests.integration.conftest import World, publish_new_number, world  # noqa: F401 (the fixture)
from tests.integration.live_server import LiveServer

SYNC_WAIT_MS = 60_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _isolated_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's $ROUTEKAART_SYNC_URL must not point these tests at a real source."""
    monkeypatch.delenv("ROUTEKAART_SYNC_URL", raising=False)


def _configure(data_dir: Path, url: str, root: bytes) -> None:
    """What an administrator of the workstation sets: the source's URL and the root it trusts."""
    (data_dir / "root.json").write_bytes(root)
    prefs = Settings(data_dir)
    prefs.set(settings.SYNC_URL, url)
    prefs.sync()


def _wait_for_syncs(qtbot, window, count: int) -> None:
    qtbot.waitUntil(lambda: window.sync.completed >= count, timeout=SYNC_WAIT_MS)
    assert not window.sync.is_busy() and not window.sync_indicator.is_busy()


@pytest.fixture
def on_source(world: World, data_dir: Path) -> World:  # noqa: F811 (the imported fixture)
    _configure(data_dir, world.url, world.root_json)
    return world


def test_without_a_central_source_the_status_says_the_embedded_data_is_in_use(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: "Geen centrale bron ingesteld" in window.sync_indicator.text())

    assert window.sync_indicator.text() == (
        "Geen centrale bron ingesteld; de meegeleverde gegevens zijn in gebruik (versie 2.0)."
    )
    assert window.menu.update_now.isEnabled()
    window.menu.update_now.trigger()
    assert not window.sync.is_busy() and window.sync.completed == 0
    assert window.banner.isHidden()


def test_update_now_shows_the_published_number_and_what_changed(on_source: World, make_window, qtbot):
    window = make_window()
    _wait_for_syncs(qtbot, window, 1)  # the sync at start
    assert OLD_NUMBER in window.routekaart.contacts.visible_phones()
    assert window.sync_indicator.text().startswith("Gecontroleerd op ")
    assert ", geldig tot " in window.sync_indicator.text()

    publish_new_number(on_source)
    qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_F5)
    assert window.sync_indicator.is_busy() and not window.menu.update_now.isEnabled()
    assert window.sync.sync_now() is False  # one sync at a time
    _wait_for_syncs(qtbot, window, 2)

    phones = window.routekaart.contacts.visible_phones()
    assert NEW_NUMBER in phones and OLD_NUMBER not in phones
    assert window.menu.update_now.isEnabled()
    assert window.banner.isVisible() and window.banner.kind is BannerKind.UPDATE
    assert "nieuwe gegevens voor Zeeland West Brabant" in window.banner.text()  # the test bundle's name
    qtbot.mouseClick(window.banner.changes_button, Qt.MouseButton.LeftButton)
    shown = window.routekaart.detail.toPlainText()
    assert "Wat is er veranderd" in shown and "revisie 1 → 2" in shown
    assert CONTACT in shown and f"{OLD_NUMBER} → {NEW_NUMBER}" in shown


def test_the_menu_lists_what_changed_after_the_banner_is_closed(on_source: World, make_window, qtbot):
    window = make_window()
    _wait_for_syncs(qtbot, window, 1)
    publish_new_number(on_source)
    window.menu.update_now.trigger()
    _wait_for_syncs(qtbot, window, 2)

    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()
    window.menu.show_changes.trigger()

    shown = window.routekaart.detail.toPlainText()
    assert CONTACT in shown and NEW_NUMBER in shown


def test_server_down_says_unreachable_and_keeps_the_old_number(world: World, data_dir: Path,  # noqa: F811
                                                               make_window, qtbot):
    with LiveServer(create_app(world.repo, world.keys.online, resign_interval=3600)) as own:
        _configure(data_dir, own.url, world.root_json)
        window = make_window()
        _wait_for_syncs(qtbot, window, 1)
    checked = window.sync_indicator.text()
    publish_new_number(world)  # on the source, but this workstation's server is down

    window.menu.update_now.trigger()
    _wait_for_syncs(qtbot, window, 2)

    assert window.banner.isVisible() and window.banner.kind is BannerKind.PROBLEM
    assert "niet bereikbaar" in window.banner.text()
    assert "Let op" in window.banner.accessibleName()
    assert OLD_NUMBER in window.routekaart.contacts.visible_phones()
    assert window.sync_indicator.text() == checked  # the last successful check, not the attempt

    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()
    window.menu.update_now.trigger()
    _wait_for_syncs(qtbot, window, 3)
    assert window.banner.isVisible() and "niet bereikbaar" in window.banner.text()  # the next problem


def test_tampered_target_is_rejected_with_the_reason_and_the_old_number_stays(on_source: World,
                                                                              make_window, qtbot):
    window = make_window()
    _wait_for_syncs(qtbot, window, 1)
    publish_new_number(on_source)
    target = on_source.target_file(ZWB)
    target.write_bytes(target.read_bytes().replace(NEW_NUMBER.encode(), b"06 66666666"))

    window.menu.update_now.trigger()
    _wait_for_syncs(qtbot, window, 2)

    assert window.banner.isVisible() and window.banner.kind is BannerKind.PROBLEM
    assert "Update geweigerd" in window.banner.text()
    assert "gewijzigd na ondertekening" in window.banner.text()
    assert not window.banner.changes_button.isVisible()
    phones = window.routekaart.contacts.visible_phones()
    assert OLD_NUMBER in phones and "06 66666666" not in phones and NEW_NUMBER not in phones


def test_a_sync_already_running_elsewhere_is_reported_as_a_local_problem(on_source: World, data_dir: Path,
                                                                         make_window, qtbot):
    from sync.client.kept_metadata import TUF_DIR
    from sync.file_lock import FileLock

    (data_dir / TUF_DIR).mkdir()
    with FileLock(data_dir / TUF_DIR / ".lock", timeout=0):  # e.g. ``routekaart sync`` in a terminal
        window = make_window()
        _wait_for_syncs(qtbot, window, 1)

    assert window.banner.isVisible() and window.banner.kind is BannerKind.PROBLEM
    assert "Bijwerken is mislukt op deze computer" in window.banner.text()
    assert "Er loopt al een synchronisatie" in window.banner.text()
    assert OLD_NUMBER in window.routekaart.contacts.visible_phones()


def test_stale_data_shows_the_banner_at_start_even_offline(data_dir: Path, make_window, qtbot):
    expired = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    state = {"source": "http://bron.example", "checked_at": (expired - timedelta(days=1)).isoformat(),
             "timestamp_expires": expired.isoformat(), "targets": {}}
    (data_dir / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")

    window = make_window()
    qtbot.waitUntil(window.banner.isVisible)

    assert window.banner.kind is BannerKind.PROBLEM
    assert "mogelijk verouderd" in window.banner.text()
    assert window.banner.accessibleName() == "Melding: Let op"


def test_start_up_imports_neither_tuf_nor_httpx(tmp_path: Path):
    """Start-up budget (docs/architecture.md): the sync libraries load only when a sync runs."""
    code = (
        "import sys; from pathlib import Path; from PySide6.QtWidgets import QApplication; "
        "from desktop.app import create_window; app = QApplication([]); "
        "w = create_window(Path(sys.argv[1])); w.show(); app.processEvents(); "
        "print(sorted(m for m in ('tuf', 'httpx', 'securesystemslib') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_stored_data_changed_since_it_was_verified_is_put_back_at_start(on_source: World, data_dir: Path,
                                                                       make_window, qtbot):
    """The offline re-check at start (sync/client/offline_check.py) runs before the sync; a changed bundle is
    restored from the verified copy in the data folder (sync/client/repair.py), and the banner says so."""
    first = make_window()
    _wait_for_syncs(qtbot, first, 1)  # Oost-Brabant now comes from the sync
    signed = _phones_of(data_dir, "oost-brabant")
    conn = sqlite3.connect(data_dir / "routekaart.sqlite3")
    with conn:
        conn.execute("UPDATE bundles SET json = replace(json, '088', '089') "
                     "WHERE key = 'region:oost-brabant'")
    conn.close()
    assert _phones_of(data_dir, "oost-brabant") != signed

    window = make_window()  # a restart
    _wait_for_syncs(qtbot, window, 1)

    assert _phones_of(data_dir, "oost-brabant") == signed
    assert window.banner.isVisible() and window.banner.kind is BannerKind.PROBLEM
    assert ("De opgeslagen gegevens van Oost Brabant waren op deze computer gewijzigd; ze zijn hersteld uit "
            "de ondertekende kopie.") in window.banner.text()
    assert "geweigerd" not in window.banner.text()


def test_stored_data_that_cannot_be_put_back_is_refused_and_fetched_again(on_source: World, data_dir: Path,
                                                                          make_window, qtbot, monkeypatch):
    """The cached signed copy is damaged too: the banner says the stored data was refused, and the sync
    right after start downloads the bundle anew."""
    _wait_for_syncs(qtbot, make_window(), 1)
    signed = _phones_of(data_dir, "oost-brabant")
    for cached in (data_dir / "tuf" / "targets").glob("*oost-brabant*"):
        cached.write_bytes(cached.read_bytes().replace(b"088", b"089"))
    conn = sqlite3.connect(data_dir / "routekaart.sqlite3")
    with conn:
        conn.execute("UPDATE bundles SET json = replace(json, '088', '089') "
                     "WHERE key = 'region:oost-brabant'")
    conn.close()
    seen_on_banner: list[str] = []
    monkeypatch.setattr(SyncBanner, "show_message",
                        _recording(SyncBanner.show_message, seen_on_banner, BannerKind.PROBLEM))

    window = make_window()
    _wait_for_syncs(qtbot, window, 1)

    refused = ("Opgeslagen gegevens geweigerd. De opgeslagen gegevens van Oost Brabant komen niet overeen "
               "met de ondertekende gegevens; het opgeslagen ondertekende bestand is gewijzigd.")
    assert seen_on_banner == [refused]  # between the check and the sync
    assert _phones_of(data_dir, "oost-brabant") == signed  # the sync after the check fetched it again
    assert refused not in window.banner.text()  # fixed: no longer said
    assert window.banner.kind is BannerKind.UPDATE and "Oost Brabant" in window.banner.text()


def _recording(show, seen: list[str], kind: BannerKind):
    """``SyncBanner.show_message``, also noting the lines of every message of ``kind``."""

    def record(banner, shown_kind, lines, *args, **kwargs):
        if shown_kind is kind:
            seen.extend(lines)
        return show(banner, shown_kind, lines, *args, **kwargs)

    return record


def _phones_of(data_dir: Path, region_id: str) -> list[str]:
    conn = sqlite3.connect(data_dir / "routekaart.sqlite3")
    try:
        (text,), = conn.execute("SELECT json FROM bundles WHERE key = ?", (f"region:{region_id}",)).fetchall()
    finally:
        conn.close()
    return sorted(contact["phone"] for contact in json.loads(text)["contacts"])


def test_a_fresh_install_shows_the_signed_data_shipped_with_it(world: World, make_window, qtbot,  # noqa: F811
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    """A release built after 'routekaart admin embed': no source configured, no network needed."""
    from sync.repository.shipped_export import export_shipped

    publish_new_number(world)
    resources = tmp_path / "resources"
    for part in ("regions", "national"):
        shutil.copytree(ROOT / "resources" / part, resources / part)
    export_shipped(world.repo, resources / "tuf")
    monkeypatch.setenv("ROUTEKAART_RESOURCES", str(resources))

    window = make_window()  # shows the unsigned copy inside the app until the shipped data is verified
    qtbot.waitUntil(lambda: NEW_NUMBER in window.routekaart.contacts.visible_phones(), timeout=SYNC_WAIT_MS)
    assert OLD_NUMBER not in window.routekaart.contacts.visible_phones()
    qtbot.waitUntil(lambda: not window.sync.is_busy(), timeout=SYNC_WAIT_MS)
    assert window.sync_indicator.text().startswith(
        "Geen centrale bron ingesteld; de meegeleverde ondertekende gegevens zijn in gebruik (versie ")
    assert window.sync.completed == 0  # nothing was fetched


def test_the_app_checks_the_stored_data_once_at_start_then_syncs(on_source: World, data_dir: Path,
                                                                  make_window, qtbot, monkeypatch):
    """``desktop.app.create_window`` runs the start check before the window shows
    (routekaarten/bootstrap.py); the sync controller does not repeat it on the worker, and a bundle
    changed on this computer is still put back and named on the banner."""
    from desktop import app as desktop_app
    from sync.client import start_check

    _wait_for_syncs(qtbot, make_window(), 1)
    conn = sqlite3.connect(data_dir / "routekaart.sqlite3")
    with conn:
        conn.execute("UPDATE bundles SET json = replace(json, '088', '089') "
                     "WHERE key = 'region:oost-brabant'")
    conn.close()
    repeated: list[Path] = []
    monkeypatch.setattr(start_check, "check_at_start", lambda data_dir, *_: repeated.append(data_dir))

    window = desktop_app.create_window(data_dir)  # a restart, as the app makes it
    qtbot.addWidget(window)
    window.show()
    _wait_for_syncs(qtbot, window, 1)
    window.sync.cancel()
    window.store.close()

    assert repeated == []
    assert "Oost Brabant waren op deze computer gewijzigd" in window.banner.text()
    assert window.sync_indicator.text().startswith("Gecontroleerd op ")
