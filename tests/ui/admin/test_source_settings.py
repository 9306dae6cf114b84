"""Instellingen → Centrale bron: the URL and the trusted root set up without editing settings.ini,
with the root's fingerprint and a real test in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import settings
from desktop.admin.source_settings import SourceSettings
from desktop.settings import Settings
from sync.client.source import find_source
from tests.conftest import REGION_FILE
from tests.integration.conftest import World
from tests.integration.live_server import closed_port_url

WAIT_MS = 60_000





@pytest.fixture
def dialog(qtbot, data_dir: Path) -> SourceSettings:
    window = SourceSettings(data_dir, Settings(data_dir), environ={})
    qtbot.addWidget(window)
    return window


def _root_file(world: World, tmp_path: Path) -> Path:
    path = tmp_path / "root-van-lnzs.json"
    path.write_bytes(world.root_json)
    return path


def test_the_settings_are_saved_where_the_app_looks(dialog, world, tmp_path, data_dir):
    dialog.url.setText(world.url + "/")
    assert dialog.use_root(_root_file(world, tmp_path))
    assert len(dialog.fingerprint.text().split()) == 16
    assert "nieuw gekozen" in dialog.root_name.text()
    assert dialog.save()
    assert Settings(data_dir).get(settings.SYNC_URL) == world.url
    assert (data_dir / "root.json").read_bytes() == world.root_json
    source = find_source(data_dir, Settings(data_dir).get(settings.SYNC_URL), {})
    assert source is not None and source.url == world.url and source.root_path == data_dir / "root.json"
    assert "[sync]" in (data_dir / "settings.ini").read_text(encoding="utf-8")


def test_a_file_that_is_no_root_is_refused(dialog, tmp_path, data_dir):
    assert not dialog.use_root(REGION_FILE)
    assert "geen TUF-rootbestand" in dialog.answer.text()
    empty = tmp_path / "leeg.json"
    empty.write_text(json.dumps({"signed": {"_type": "targets"}}), encoding="utf-8")
    assert not dialog.use_root(empty)
    assert not (data_dir / "root.json").exists()


def test_a_url_that_is_no_web_address_is_refused(dialog, data_dir):
    dialog.url.setText("routekaart.example.nl")
    assert not dialog.save()
    assert "moet beginnen met https://" in dialog.answer.text()
    assert Settings(data_dir).get(settings.SYNC_URL) == ""


def test_the_test_button_syncs_for_real(dialog, world, tmp_path, qtbot, data_dir):
    dialog.url.setText(world.url)
    dialog.use_root(_root_file(world, tmp_path))
    with qtbot.waitSignal(dialog.tested, timeout=WAIT_MS) as signal:
        dialog.test_button.click()
    assert signal.args == [True]
    assert dialog.answer.text().startswith("Gelukt: de centrale bron is bereikbaar en alles is gecontroleerd")
    assert not (data_dir / "tuf").exists()  # the test synced into a temporary folder, not this one
    assert Settings(data_dir).get(settings.SYNC_URL) == ""  # nothing saved by a test


def test_the_test_button_says_when_the_source_is_unreachable(dialog, world, tmp_path, qtbot):
    dialog.url.setText(closed_port_url())
    dialog.use_root(_root_file(world, tmp_path))
    with qtbot.waitSignal(dialog.tested, timeout=WAIT_MS) as signal:
        dialog.test_button.click()
    assert signal.args == [False]
    assert dialog.answer.text().startswith("Niet gelukt: De centrale bron is niet bereikbaar")


def test_the_root_in_use_is_shown_with_its_fingerprint(world, tmp_path, qtbot, data_dir):
    (data_dir / "root.json").write_bytes(world.root_json)
    window = SourceSettings(data_dir, Settings(data_dir), environ={})
    qtbot.addWidget(window)
    assert "(in gebruik)" in window.root_name.text()
    assert window.fingerprint.text().replace(" ", "").lower() == __import__("hashlib").sha256(
        world.root_json).hexdigest()


def test_the_menu_opens_the_dialog(make_window):
    window = make_window()
    window.menu.admin.source.trigger()
    assert window.menu.admin.source_dialog is not None and window.menu.admin.source_dialog.isVisible()
    window.menu.admin.source_dialog.reject()
