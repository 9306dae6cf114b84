"""The region's expiry never surprises: the workbench shows it, and from 14 days before the main
window says so at start, at a fixed clock; the menu opens the workbench and the Centrale bron."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop import settings
from desktop.admin.admin_window import AdminWindow
from desktop.settings import Settings
from routekaarten.bootstrap import open_store
from routekaarten.reachability import AMSTERDAM
from sync.client.state import SyncState, TargetState
from tests.ui.conftest import MONDAY_MORNING  # 2026-11-30 09:15 in Amsterdam, 08:15 UTC

ZWB = "zeeland-west-brabant"




def _verified_until(data_dir: Path, expires: str) -> None:
    """The sync state a workstation keeps after verifying the region (sync.client.state)."""
    store = open_store(data_dir)
    sha = store.bundle_sha(f"region:{ZWB}") or ""
    store.close()
    path = f"regions/{ZWB}/bundle.json"
    state = SyncState(targets={path: TargetState(path, f"region-{ZWB}", 1, expires, sha, 1,
                                                 "2026-10-01T08:00:00+00:00")})
    state.save(data_dir)


def _admin_region(data_dir: Path) -> None:
    prefs = Settings(data_dir)
    prefs.set(settings.ADMIN_REGION, ZWB)
    prefs.sync()


@pytest.mark.parametrize(("expires", "shown"), [
    ("2026-12-10T09:00:00+00:00", "verloopt over 10 dagen, op 10-12-2026 10:00"),
    ("2026-12-14T08:15:00+00:00", "verloopt over 14 dagen, op 14-12-2026 09:15"),  # 14 days: the first day
    ("2026-11-30T23:30:00+00:00", "verloopt binnen een dag, op 01-12-2026 00:30"),  # past midnight here
    ("2026-11-29T12:00:00+00:00", "is verlopen sinds 29-11-2026 13:00"),
])
def test_the_main_window_reminds_at_start(make_window, data_dir, qtbot, expires, shown):
    _admin_region(data_dir)
    _verified_until(data_dir, expires)
    window = make_window()
    qtbot.waitUntil(lambda: window.menu.admin.banner is not None)
    banner = window.menu.admin.banner
    assert banner.isVisible()
    assert shown in banner.text()
    assert "Zeeland-West-Brabant" in banner.text()


def test_no_reminder_more_than_fourteen_days_before(make_window, data_dir, qtbot):
    _admin_region(data_dir)
    _verified_until(data_dir, "2026-12-14T08:16:00+00:00")  # a minute more than 14 days
    window = make_window()
    qtbot.wait(50)
    assert window.menu.admin.banner is None


def test_no_reminder_on_a_workstation_without_an_admin(make_window, data_dir, qtbot):
    _verified_until(data_dir, "2026-12-01T09:00:00+00:00")
    window = make_window()
    qtbot.wait(50)
    assert window.menu.admin.banner is None


def test_the_reminder_opens_the_workbench(make_window, data_dir, qtbot):
    _admin_region(data_dir)
    _verified_until(data_dir, "2026-12-05T09:00:00+00:00")
    window = make_window()
    qtbot.waitUntil(lambda: window.menu.admin.banner is not None)
    window.menu.admin.banner.button.click()
    admin = window.menu.admin.admin_window
    assert isinstance(admin, AdminWindow) and admin.isVisible()
    assert admin.region_id() == ZWB
    assert "verloopt over 5 dagen, op 05-12-2026 10:00" in admin.expiry_banner.text()
    expiry = admin.publish_panel.expiry.text()
    assert expiry.startswith("⚠ De handtekening van de regio verloopt over 5 dagen")
    admin.close()


def test_the_workbench_shows_the_expiry_without_a_reminder_when_far_away(qtbot, data_dir):
    _verified_until(data_dir, "2027-01-20T09:00:00+00:00")
    store = open_store(data_dir)
    window = AdminWindow(store, Settings(data_dir), clock=lambda: MONDAY_MORNING)
    qtbot.addWidget(window)
    assert window.publish_panel.expiry.text() == (
        "De handtekening van de regio is geldig tot 20-01-2027 10:00 (nog 51 dagen).")
    assert window.expiry_banner.isHidden()
    window.close()
    store.close()


def test_the_menu_opens_one_workbench(make_window, qtbot):
    window = make_window()
    first = window.menu.admin.open_admin()
    window.menu.admin.manage.trigger()
    assert window.menu.admin.admin_window is first
    first.close()
    qtbot.waitUntil(lambda: window.menu.admin.admin_window is None)
    window.menu.admin.manage.trigger()
    again = window.menu.admin.admin_window
    assert again is not None and again is not first
    again.close()


def test_the_clock_is_the_main_windows(make_window):
    window = make_window()
    assert window.menu.admin.clock() == datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
