"""The workbench end to end against the real service on 127.0.0.1: open the region this workstation
synced, change a number, read what changes for workstations, sign and publish with the regional key
(its keyring file unlocked by a passphrase), and a second data folder syncs the new number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import settings
from desktop.admin.admin_window import AdminWindow
from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from sync.admin.file_keyring import EncryptedFileKeyring
from sync.admin.national_keys import pem_of
from sync.admin.region_keys import KEYRING_SERVICE
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, ZWB
from tests.integration.conftest import World, publish_new_number
from tests.ui.admin.helpers import PHONE, row_of, type_in_cell

PASSPHRASE = "regio-geheim-2026"
WAIT_MS = 60_000
CHANGE = f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {OLD_NUMBER} → {NEW_NUMBER}"





@pytest.fixture
def keyring_file(world: World, tmp_path: Path) -> Path:
    """The admin's keyring file with the region's key, as on a machine without a desktop keyring."""
    path = tmp_path / "sleutelbos.json"
    keyring = EncryptedFileKeyring(path, PASSPHRASE, scrypt_n=2**10)
    keyring.set_password(KEYRING_SERVICE, ZWB, pem_of(world.keys.zwb_admin, None).decode("ascii"))
    return path


@pytest.fixture
def admin(world: World, keyring_file: Path, qtbot) -> Iterator[AdminWindow]:
    """The workbench on the admin's workstation: synced, the source set up in Instellingen."""
    station = world.workstation("beheer")
    station.sync()
    (station.data_dir / "root.json").write_bytes(world.root_json)
    prefs = Settings(station.data_dir)
    prefs.set(settings.SYNC_URL, world.url)
    prefs.set(settings.ADMIN_REGION, ZWB)
    window = AdminWindow(station.store, prefs, keyring_backend=lambda: EncryptedFileKeyring(keyring_file))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window


def _answers(window: AdminWindow, monkeypatch: pytest.MonkeyPatch, *passphrases: str) -> list[str]:
    asked: list[str] = []
    given = iter(passphrases)

    def ask(problem: str) -> str | None:
        asked.append(problem)
        return next(given, None)

    monkeypatch.setattr(window, "ask_passphrase", ask)
    return asked


def _result(window: AdminWindow, qtbot) -> str:
    qtbot.waitUntil(lambda: not window.busy and window.publish_panel.result.text() != "", timeout=WAIT_MS)
    return window.publish_panel.result.text()


def test_change_a_number_see_it_publish_it_and_a_second_workstation_gets_it(
        world: World, admin: AdminWindow, qtbot, monkeypatch, make_window_on):
    assert "de gecontroleerde kopie van deze werkplek (revisie 1)" in admin.where.text()
    type_in_cell(qtbot, admin, row_of(admin, CONTACT), PHONE, NEW_NUMBER)
    qtbot.waitUntil(lambda: CHANGE in admin.publish_panel.change_lines(), timeout=WAIT_MS)
    assert admin.publish_panel.change_lines() == [
        "Wat verandert er voor werkplekken: 1 nummer gewijzigd.", "Revisie 1 → 2.", CHANGE]
    assert admin.publish_panel.readiness.text() == "Klaar om te ondertekenen en te publiceren als revisie 2."

    asked = _answers(admin, monkeypatch, "verkeerde-wachtwoordzin", PASSPHRASE)
    admin.publish_panel.publish_button.click()
    assert "wachtwoordzin van het sleutelbosbestand klopt niet" in _result(admin, qtbot)
    assert world.next_version(ZWB) == 2  # nothing was signed or sent

    admin.publish_panel.result.clear()
    admin.publish_panel.publish_button.click()
    result = _result(admin, qtbot)
    assert result.startswith("✓ Gepubliceerd en gecontroleerd: versie 2, geldig tot "), result
    assert "Werkplekken krijgen revisie 2 bij hun volgende synchronisatie." in result
    assert len(asked) == 2
    assert not (admin.data_dir / "drafts" / f"{ZWB}.json").exists()  # what is published is no draft
    assert admin.publish_panel.change_lines() == [
        "Voor werkplekken verandert er niets: de inhoud is gelijk aan de gepubliceerde versie."]

    second = world.workstation("tweede")
    assert second.sync().status.value == "updated"
    assert second.phone(CONTACT) == NEW_NUMBER
    window = make_window_on(second.data_dir)
    model = window.routekaart.contacts.model
    shown = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert NEW_NUMBER in shown


def test_the_passphrase_is_asked_once_per_session(world: World, admin: AdminWindow, qtbot, monkeypatch):
    asked = _answers(admin, monkeypatch, PASSPHRASE)
    admin.publish_panel.renew_button.click()
    assert "versie 2" in _result(admin, qtbot)
    admin.publish_panel.result.clear()
    admin.publish_panel.renew_button.click()
    assert "versie 3" in _result(admin, qtbot)
    assert len(asked) == 1


def test_renewing_an_unchanged_region_signs_it_again(world: World, admin: AdminWindow, qtbot, monkeypatch):
    _answers(admin, monkeypatch, PASSPHRASE)
    assert not admin.publish_panel.publish_button.isEnabled()
    assert admin.publish_panel.renew_button.isEnabled()
    admin.publish_panel.renew_button.click()
    result = _result(admin, qtbot)
    assert result.startswith("✓ Opnieuw ondertekend en gecontroleerd: versie 2, geldig tot "), result
    assert "revisie 1" in result
    assert world.repo.role_version(f"region-{ZWB}") == 2


def test_a_revision_published_meanwhile_is_refused_and_can_be_compared(
        world: World, admin: AdminWindow, qtbot, monkeypatch):
    publish_new_number(world)  # another admin of the region, meanwhile
    row = row_of(admin, "zeeland-fa")
    type_in_cell(qtbot, admin, row, PHONE, "088 0617400")
    qtbot.waitUntil(admin.publish_panel.publish_button.isEnabled, timeout=WAIT_MS)
    _answers(admin, monkeypatch, PASSPHRASE, PASSPHRASE)
    admin.publish_panel.publish_button.click()
    refused = _result(admin, qtbot)
    assert "Een andere beheerder heeft regio 'zeeland-west-brabant' intussen gepubliceerd: nu revisie 2" \
        in refused
    assert "Uw concept gaat uit van revisie 1. Er is niets gepubliceerd" in refused
    assert "Uw concept is bewaard." in refused
    assert admin.document.get(("contacts", row, "phone")) == "088 0617400"
    assert world.repo.role_version(f"region-{ZWB}") == 2  # the other admin's, nothing of ours
    # compared at once with what is live now: the draft would undo the other admin's number
    assert admin.publish_panel.change_lines() == [
        # the other admin's upload (tests/integration/bundles.py) renamed the region too
        "Wat verandert er voor werkplekken: 2 nummers gewijzigd; ook de naam van de regio.",
        "Revisie 2 → 3.",
        f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {NEW_NUMBER} → {OLD_NUMBER}",
        "Ander nummer: Forensisch arts (Forensisch arts; zeeland-fa): 088 0617402 → 088 0617400",
    ]
    assert "Uw concept blijft staan" in admin.notice.text()

    admin.publish_panel.result.clear()
    admin.publish_panel.compare_button.click()  # fetching again gives the same comparison
    qtbot.waitUntil(lambda: not admin.busy, timeout=WAIT_MS)
    assert admin.publish_panel.change_lines()[1] == "Revisie 2 → 3."


def test_publishing_while_the_source_is_down_keeps_the_draft(world: World, admin: AdminWindow, qtbot,
                                                              monkeypatch):
    from tests.integration.live_server import closed_port_url

    admin.prefs.set(settings.SYNC_URL, closed_port_url())
    type_in_cell(qtbot, admin, row_of(admin, CONTACT), PHONE, NEW_NUMBER)
    _answers(admin, monkeypatch, PASSPHRASE)
    qtbot.waitUntil(admin.publish_panel.publish_button.isEnabled, timeout=WAIT_MS)
    admin.publish_panel.publish_button.click()
    result = _result(admin, qtbot)
    assert "De centrale bron is niet bereikbaar" in result
    assert "Uw concept is bewaard." in result
    assert (admin.data_dir / "drafts" / f"{ZWB}.json").exists()


def test_the_published_version_is_pulled_into_a_fresh_workstation(world: World, qtbot, tmp_path):
    data_dir = tmp_path / "nieuw"
    from routekaarten.bootstrap import open_store

    store = open_store(data_dir)
    (data_dir / "root.json").write_bytes(world.root_json)
    publish_new_number(world)
    prefs = Settings(data_dir)
    prefs.set(settings.SYNC_URL, world.url)
    window = AdminWindow(store, prefs)
    qtbot.addWidget(window)
    assert "de kopie van deze werkplek (revisie 1)" in window.where.text()  # shipped with the app
    assert window.pull_published()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    assert "de gepubliceerde versie (revisie 2, versie 2)" in window.where.text()
    assert window.document.get(("contacts", row_of(window, CONTACT), "phone")) == NEW_NUMBER
    assert "geldig tot" in window.publish_panel.expiry.text()
    window.close()
    store.close()


@pytest.fixture
def make_window_on(qtbot) -> Iterator:
    stores = []

    def make(data_dir: Path) -> MainWindow:
        from keyring.backends import fail

        from routekaarten.bootstrap import open_store

        store = open_store(data_dir)
        stores.append(store)
        prefs = Settings(data_dir)
        prefs.set(settings.AREA, "zeeland")
        window = MainWindow(store, prefs, keyring_backend=fail.Keyring)
        qtbot.addWidget(window)
        return window

    yield make
    for store in stores:
        store.close()
