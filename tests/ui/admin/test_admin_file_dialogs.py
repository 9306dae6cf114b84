"""The workbench's file dialogs ("Regio beheren") start in the documents folder, then in the folder
used last for the same kind of file; a folder is remembered only once a file was written there or
read from there, and a write that fails is said in a warning that stays (desktop/file_dialogs.py).

The dialogs are answered by the test (``QFileDialog.getSaveFileName``/``getOpenFileName``), as a
user answers them; the test records the folder each was opened in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tuf.api.metadata import Metadata, Root

from desktop.admin.admin_window import AdminWindow
from desktop.admin.key_page import KeyPage
from desktop.admin.source_settings import SourceSettings
from desktop.settings import Settings
from sync.admin.file_keyring import EncryptedFileKeyring
from sync.admin.region_keys import RegionKeyring
from tests.conftest import REGION_FILE
from tests.ui.admin.helpers import PHONE, ZWB, row_of, type_in_cell
from tests.ui.helpers import read_only_folder

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with a documents folder (Qt names it from $HOME)."""
    folder = tmp_path / "thuis"
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # no user-dirs.dirs of the developer's
    (folder / "Documents").mkdir(parents=True)
    return folder


def documents() -> Path:
    """The documents folder as the platform names it, not as the app computes it."""
    found = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert found.is_dir()
    return found


class Dialogs:
    """Answers the file dialogs with the next of ``answers`` and keeps the folder each opened in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[Path] = []
        self.opened_in: list[Path] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._save))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._open))

    def _save(self, _parent, _caption, start, _filters):
        self.opened_in.append(Path(start).parent)  # the start is the suggested file in that folder
        return str(self.answers.pop(0)), ""

    def _open(self, _parent, _caption, start, _filters):
        self.opened_in.append(Path(start))
        return str(self.answers.pop(0)), ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _warning(window: AdminWindow, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: window.failure.box is not None and window.failure.box.isVisible())
    box = window.failure.box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    return box


def test_the_print_starts_in_documents_then_where_the_last_print_went(make_admin, qtbot, tmp_path, dialogs):
    window = make_admin()
    type_in_cell(qtbot, window, row_of(window, "zeeland-ovd-r"), PHONE, "088 9638000")
    prints = tmp_path / "afdrukken"
    prints.mkdir()
    dialogs.answers = [prints / "zwb.pdf", prints / "zwb-2.pdf"]

    window.print_action.trigger()
    window.print_action.trigger()

    assert dialogs.opened_in == [documents(), prints]
    assert (prints / "zwb-2.pdf").read_bytes().startswith(b"%PDF")


def test_without_a_documents_folder_the_print_starts_in_the_home_folder(make_admin, home, dialogs):
    """Not in the folder the app was started from, where Qt's dialog goes for a missing folder."""
    (home / "Documents").rmdir()
    window = make_admin()
    dialogs.answers = [home / "zwb.pdf"]

    window.print_action.trigger()

    assert dialogs.opened_in == [home]


def test_a_print_that_cannot_be_written_warns_why_and_is_not_remembered(
    make_admin, qtbot, tmp_path, monkeypatch, dialogs
):
    window = make_admin()
    type_in_cell(qtbot, window, row_of(window, "zeeland-ovd-r"), PHONE, "088 9638000")
    folder = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    dialogs.answers = [folder / "zwb.pdf", tmp_path / "zwb.pdf"]

    window.print_action.trigger()

    box = _warning(window, qtbot)
    assert box.windowTitle() == "Afdrukken mislukt"
    assert box.text().startswith("Het bestand kon niet worden opgeslagen als ")
    assert "alleen-lezen" in box.text() and "u mag daar niet schrijven" in box.text()
    box.close()
    qtbot.waitUntil(lambda: window.failure.box is None)
    window.print_action.trigger()
    assert dialogs.opened_in == [documents(), documents()]


def test_the_draft_saved_as_a_file_is_opened_from_the_same_folder_next_time(make_admin, tmp_path, dialogs):
    window = make_admin()
    bundles = tmp_path / "bundels"
    bundles.mkdir()
    dialogs.answers = [bundles / f"{ZWB}.json", bundles / f"{ZWB}.json"]

    window.choose_export()
    window.choose_file()

    assert dialogs.opened_in == [documents(), bundles]
    assert json.loads((bundles / f"{ZWB}.json").read_text(encoding="utf-8"))["region"]["id"] == ZWB


def test_a_draft_that_cannot_be_saved_warns_why(make_admin, qtbot, tmp_path, monkeypatch, dialogs):
    window = make_admin()
    folder = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    dialogs.answers = [folder / f"{ZWB}.json", tmp_path / f"{ZWB}.json"]

    window.choose_export()

    box = _warning(window, qtbot)
    assert box.windowTitle() == "Opslaan mislukt"
    assert "u mag daar niet schrijven" in box.text()
    window.choose_export()
    assert dialogs.opened_in == [documents(), documents()]


def test_a_bundle_file_that_cannot_be_read_is_not_remembered(make_admin, tmp_path, dialogs):
    window = make_admin()
    broken = tmp_path / "kapot"
    broken.mkdir()
    (broken / "kapot.json").write_text("{half", encoding="utf-8")
    dialogs.answers = [broken / "kapot.json", REGION_FILE]

    window.choose_file()
    assert "geen geldige JSON" in window.notice.text()
    window.choose_file()

    assert dialogs.opened_in == [documents(), documents()]


@pytest.fixture
def key_page(qtbot, tmp_path: Path) -> Callable[[str], KeyPage]:
    """A key page on a keyring of its own ("a computer"), with the region's key in it."""

    def make(computer: str) -> KeyPage:
        backend = EncryptedFileKeyring(tmp_path / f"{computer}.json", "sleutelbos-geheim", scrypt_n=2**10)
        RegionKeyring(backend).create(ZWB)
        page = KeyPage(lambda: backend, lambda: ZWB, Settings(tmp_path / computer))
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def _finish(qtbot, page: KeyPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def test_the_public_key_is_saved_where_it_went_last_not_where_it_failed(
    key_page, qtbot, tmp_path, monkeypatch, dialogs
):
    page = key_page("computer")
    for_lnzs = tmp_path / "voor-lnzs"
    for_lnzs.mkdir()
    folder = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    dialogs.answers = [folder / "zwb.pub.json", for_lnzs / "zwb.pub.json", for_lnzs / "zwb.pub.json"]

    page.choose_export()
    _finish(qtbot, page)
    assert "u mag daar niet schrijven" in page.message.text()
    page.choose_export()
    _finish(qtbot, page)
    assert "Publieke sleutel opgeslagen" in page.message.text()
    page.choose_export()
    _finish(qtbot, page)

    assert dialogs.opened_in == [documents(), documents(), for_lnzs]


def test_a_backup_is_restored_from_the_folder_it_was_made_in(key_page, qtbot, tmp_path, monkeypatch, dialogs):
    page = key_page("computer")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    backup = stick / "zwb.sleutel-backup.json"
    dialogs.answers = [backup, backup]
    monkeypatch.setattr(page, "ask_new_passphrase", lambda: "een lange wachtwoordzin")
    monkeypatch.setattr(page, "ask_passphrase", lambda: "een lange wachtwoordzin")

    page.choose_backup()
    _finish(qtbot, page)
    assert "Back-up gemaakt" in page.message.text()
    page.choose_restore()
    _finish(qtbot, page)

    assert dialogs.opened_in == [documents(), stick]


def test_a_backup_that_cannot_be_restored_is_not_remembered(key_page, qtbot, tmp_path, monkeypatch, dialogs):
    page = key_page("nieuwe-computer")
    elsewhere = tmp_path / "ergens"
    elsewhere.mkdir()
    (elsewhere / "geen-backup.json").write_text("{}", encoding="utf-8")
    dialogs.answers = [elsewhere / "geen-backup.json", elsewhere / "geen-backup.json"]
    monkeypatch.setattr(page, "ask_passphrase", lambda: "een lange wachtwoordzin")

    page.choose_restore()
    _finish(qtbot, page)
    assert "uit de back-up staat nu" not in page.message.text()
    page.choose_restore()
    _finish(qtbot, page)

    assert dialogs.opened_in == [documents(), documents()]


def test_the_root_file_is_chosen_from_the_folder_of_the_last_valid_root(qtbot, tmp_path, data_dir, dialogs):
    dialog = SourceSettings(data_dir, Settings(data_dir), environ={})
    qtbot.addWidget(dialog)
    from_lnzs = tmp_path / "van-lnzs"
    from_lnzs.mkdir()
    root = from_lnzs / "root.json"
    root.write_bytes(Metadata(Root()).to_bytes())
    dialogs.answers = [REGION_FILE, root, root]

    dialog.choose_root()  # a region bundle is no root: refused, and its folder not remembered
    assert "geen TUF-rootbestand" in dialog.answer.text()
    dialog.choose_root()
    assert "nieuw gekozen" in dialog.root_name.text()
    dialog.choose_root()

    assert dialogs.opened_in == [documents(), documents(), from_lnzs]
