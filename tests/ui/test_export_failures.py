"""An export that cannot be written: a warning that stays and says why, no file, no remembered folder.

The folder is chosen in the file dialog (``QFileDialog.getSaveFileName`` answered by the test),
as a user does; the last folder of an export is remembered only after it was written there.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import settings
from desktop.cases.case_editor import SUMMARY
from routekaarten import atomic_write
from tests.ui.helpers import open_cases, read_only_folder

EARLIER = "exports/samenvatting_folder"


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers ``target``; returns the folders it was opened in."""
    opened: list[str] = []

    def answer(_parent, _caption, start, _filters):
        opened.append(str(Path(start).parent))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return opened


@pytest.fixture
def page(make_window, qtbot, tmp_path):
    cases_page = open_cases(make_window(), qtbot, creating=True)
    cases_page.new_case()
    earlier = tmp_path / "dossiers"
    earlier.mkdir()
    cases_page.prefs.set(settings.export_folder(SUMMARY), str(earlier))
    return cases_page


def _warning(page, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: page.exports.failure is not None and page.exports.failure.isVisible())
    box = page.exports.failure
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    return box


def test_a_summary_into_a_read_only_folder_warns_why_and_leaves_nothing(page, qtbot, tmp_path, monkeypatch):
    folder = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    opened = _answer_dialog(monkeypatch, folder / "zaak.pdf")
    statuses: list[str] = []
    page.message.connect(statuses.append)

    assert page.export(SUMMARY) is None

    assert opened == [str(tmp_path / "dossiers")]
    box = _warning(page, qtbot)
    assert "De map is alleen-lezen" in box.text()
    assert str(folder / "zaak.pdf") in box.text()
    assert "Traceback" not in box.text()
    assert statuses == []  # not a status line that goes away
    folder.chmod(0o700)
    assert list(folder.iterdir()) == []
    assert page.prefs.get(settings.export_folder(SUMMARY)) == str(tmp_path / "dossiers")
    qtbot.wait(200)
    assert box.isVisible()  # stays until the user closes it
    box.accept()
    qtbot.waitUntil(lambda: page.exports.failure is None)


def test_a_full_disk_warns_schijf_vol_and_removes_the_half_written_file(page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    _answer_dialog(monkeypatch, folder / "zaak.txt")

    def full(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write.os, "fsync", full)  # the data is in the temp file, not on disk

    assert page.export(SUMMARY) is None

    box = _warning(page, qtbot)
    assert "Schijf vol" in box.text()
    assert "zaak.txt" in box.text()
    assert list(folder.iterdir()) == []
    assert page.prefs.get(settings.export_folder(SUMMARY)) == str(tmp_path / "dossiers")


def test_a_name_that_is_a_folder_warns_so_and_keeps_the_folder(page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "elders"
    (folder / "zaak.pdf" / "inhoud").mkdir(parents=True)
    _answer_dialog(monkeypatch, folder / "zaak.pdf")

    assert page.export(SUMMARY) is None

    assert "al een map met die naam" in _warning(page, qtbot).text()
    assert [p.name for p in folder.iterdir()] == ["zaak.pdf"]
    assert [p.name for p in (folder / "zaak.pdf").iterdir()] == ["inhoud"]
    assert page.prefs.get(settings.export_folder(SUMMARY)) == str(tmp_path / "dossiers")


def test_after_a_failure_the_next_good_export_is_remembered(page, qtbot, tmp_path, monkeypatch):
    read_only = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    _answer_dialog(monkeypatch, read_only / "zaak.pdf")
    assert page.export(SUMMARY) is None
    _warning(page, qtbot).accept()
    good = tmp_path / "goed"
    good.mkdir()
    opened = _answer_dialog(monkeypatch, good / "zaak.txt")

    assert page.export(SUMMARY) == good / "zaak.txt"

    assert opened == [str(tmp_path / "dossiers")]  # not the read-only folder
    assert page.prefs.get(settings.export_folder(SUMMARY)) == str(good)
    assert page.exports.failure is None


def test_the_counts_into_a_path_under_a_file_warn_why(page, qtbot, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "notities.txt"
    not_a_folder.write_text("geen map", encoding="utf-8")
    _answer_dialog(monkeypatch, not_a_folder / "telling.csv")

    assert page.exports.export_counts_csv() is None

    assert "is een bestand, geen map" in _warning(page, qtbot).text()
    assert not_a_folder.read_text(encoding="utf-8") == "geen map"
    assert page.prefs.get(settings.export_folder("telling")) == ""


def test_the_meldingsformulier_into_a_read_only_folder_says_why_in_the_dialog(
    page, qtbot, tmp_path, monkeypatch
):
    folder = read_only_folder(tmp_path / "alleen-lezen", monkeypatch)
    _answer_dialog(monkeypatch, folder / "melding.pdf")
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)

    assert dialog.export_pdf() is None

    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("⚠ Het bestand kon niet worden opgeslagen als ")
    assert "melding.pdf" in dialog.message.text()
    assert "De map is alleen-lezen" in dialog.message.text()
    folder.chmod(0o700)
    assert list(folder.iterdir()) == []
    assert page.prefs.get(settings.export_folder("meldingsformulier")) == ""
    good = tmp_path / "goed"
    good.mkdir()
    _answer_dialog(monkeypatch, good / "melding.pdf")
    assert dialog.export_pdf() == good / "melding.pdf"
    assert page.prefs.get(settings.export_folder("meldingsformulier")) == str(good)
