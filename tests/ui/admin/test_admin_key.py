"""The "Sleutel" page of "Regio beheren": the regional key without a terminal (issue 13 item 7)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.admin.key_page import BackupPassphraseDialog, KeyPage
from desktop.settings import Settings
from sync.admin.file_keyring import EncryptedFileKeyring
from sync.admin.region_keys import RegionKeyring, public_key_from_json
from tests.ui.admin.helpers import ZWB

BACKUP_PASSPHRASE = "een lange wachtwoordzin"
KEYRING_PASSPHRASE = "sleutelbos-geheim"
WAIT_MS = 30_000


def _backend(tmp_path, name: str) -> EncryptedFileKeyring:
    return EncryptedFileKeyring(tmp_path / f"{name}.json", KEYRING_PASSPHRASE, scrypt_n=2**10)


def _page(qtbot, backend: EncryptedFileKeyring, data_dir: Path) -> KeyPage:
    """The page on ``backend``, with the settings (the file dialogs' folders) in ``data_dir``."""
    page = KeyPage(lambda: backend, lambda: ZWB, Settings(data_dir))
    qtbot.addWidget(page)
    page.show()
    return page


def _finish(qtbot, page: KeyPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def _groups(page: KeyPage) -> list[str]:
    return re.findall(r"(\d): ([0-9A-F]{4})", page.fingerprint.text())


def test_a_key_made_in_the_app_is_backed_up_and_restored_on_a_new_computer(qtbot, tmp_path):
    page = _page(qtbot, _backend(tmp_path, "oude-computer"), tmp_path)

    assert page.create_key()
    assert not page.create_button.isEnabled()  # the keyring's scrypt runs off the GUI thread
    _finish(qtbot, page)
    groups = _groups(page)
    assert [number for number, _group in groups] == [str(n) for n in range(1, 9)]
    assert page.key is not None
    assert "".join(group for _n, group in groups) == page.key.keyid.upper()[:32]
    assert "De regiosleutel is gemaakt" in page.message.text()
    assert "stuur dat bestand naar LNZS" in page.next_steps.text()
    assert "LNZS belt u" in page.next_steps.text()
    assert page.next_steps.isVisible()

    public = tmp_path / "zwb.pub.json"
    page.export_public(public)
    _finish(qtbot, page)
    assert public_key_from_json(public.read_text(encoding="utf-8")) == page.key
    assert "PRIVATE" not in public.read_text(encoding="utf-8")

    backup = tmp_path / "zwb.sleutel-backup.json"
    page.backup(backup, BACKUP_PASSPHRASE)
    _finish(qtbot, page)
    assert "Back-up gemaakt" in page.message.text()
    assert json.loads(backup.read_bytes())["keyid"] == page.key.keyid

    new_backend = _backend(tmp_path, "nieuwe-computer")
    new_page = _page(qtbot, new_backend, tmp_path)
    new_page.restore(backup, BACKUP_PASSPHRASE)
    _finish(qtbot, new_page)
    assert RegionKeyring(new_backend).signer(ZWB).public_key == page.key
    assert new_page.fingerprint.text() == page.fingerprint.text()
    assert "uit de back-up staat nu in de sleutelbos" in new_page.message.text()


def test_a_wrong_backup_passphrase_shows_the_dutch_message_and_changes_nothing(qtbot, tmp_path, monkeypatch):
    old = RegionKeyring(_backend(tmp_path, "oude-computer"))
    old.create(ZWB)
    backup = tmp_path / "zwb.sleutel-backup.json"
    _page(qtbot, _backend(tmp_path, "oude-computer"), tmp_path).backup(backup, BACKUP_PASSPHRASE)
    qtbot.waitUntil(backup.exists, timeout=WAIT_MS)

    empty = _backend(tmp_path, "nieuwe-computer")
    page = _page(qtbot, empty, tmp_path)
    page.restore(backup, BACKUP_PASSPHRASE + "!")
    _finish(qtbot, page)
    assert "De wachtwoordzin van de back-up klopt niet" in page.message.text()
    assert not RegionKeyring(empty).has_key(ZWB)
    assert not page.fingerprint.isVisible()

    other_backend = _backend(tmp_path, "computer-met-andere-sleutel")
    other = RegionKeyring(other_backend).create(ZWB)
    page = _page(qtbot, other_backend, tmp_path)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.restore(backup, BACKUP_PASSPHRASE + "!")
    qtbot.waitUntil(lambda: bool(asked) and not page.busy, timeout=WAIT_MS)
    assert "andere sleutel" in asked[0]
    assert "De wachtwoordzin van de back-up klopt niet" in page.message.text()
    assert RegionKeyring(other_backend).signer(ZWB).public_key == other


@pytest.mark.parametrize("agree", [False, True])
def test_a_key_that_is_there_is_replaced_only_when_the_admin_agrees(qtbot, tmp_path, monkeypatch, agree):
    backend = _backend(tmp_path, "computer")
    first = RegionKeyring(backend).create(ZWB)
    page = _page(qtbot, backend, tmp_path)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or agree)

    page.create_key()
    qtbot.waitUntil(lambda: bool(asked) and not page.busy, timeout=WAIT_MS)
    kept = RegionKeyring(backend).signer(ZWB).public_key
    assert "Er staat al een sleutel" in asked[0]
    assert (kept != first) is agree
    if agree:
        assert page.key == kept
        assert "vervangen" in page.message.text()
        assert "LNZS" in page.next_steps.text()
    else:
        assert page.key is None


def test_the_workbench_makes_the_key_of_the_region_it_has_open(qtbot, tmp_path, make_admin, monkeypatch):
    backend = EncryptedFileKeyring(tmp_path / "computer.json")  # locked: its passphrase is asked
    window = make_admin(keyring_backend=lambda: backend)
    asked = []
    monkeypatch.setattr(window, "ask_passphrase", lambda problem: asked.append(problem) or KEYRING_PASSPHRASE)
    assert window.region_id() == ZWB
    assert window.tab_text(window.key_page) == "&Sleutel"
    window.show_tab(window.key_page)
    buttons = [b.text() for b in window.key_page.findChildren(QPushButton)]
    assert "Sleutel maken" in buttons

    window.key_page.create_button.click()
    _finish(qtbot, window.key_page)
    unlocked = EncryptedFileKeyring(tmp_path / "computer.json", KEYRING_PASSPHRASE)
    assert RegionKeyring(unlocked).signer(ZWB).public_key == window.key_page.key
    assert len(_groups(window.key_page)) == 8
    window.key_page.show_key()
    _finish(qtbot, window.key_page)
    assert len(asked) == 1  # the keyring's passphrase was right: not asked again this session


def test_a_new_backup_passphrase_is_asked_twice_and_must_be_the_same(qtbot):
    dialog = BackupPassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, BACKUP_PASSPHRASE)
    qtbot.keyClicks(dialog.again, BACKUP_PASSPHRASE + "x")
    dialog.check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "De twee wachtwoordzinnen zijn niet gelijk; typ ze opnieuw."
    qtbot.keyClicks(dialog.again, BACKUP_PASSPHRASE)
    dialog.check()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase() == BACKUP_PASSPHRASE
