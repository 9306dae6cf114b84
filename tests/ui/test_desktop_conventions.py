"""Conventions of the desktop: Qt's own dialogs speak the UI's language, file dialogs start in
the documents folder and remember the last folder per kind of export; where qtbase_nl lacks a text
of Qt's own file dialog, our supplement (resources/translations/qt_filedialog_nl.ts) has it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel, QMessageBox, QWidget

from desktop import app as desktop_app
from tests.ui.helpers import ROOT, qt_tool

# Texts of Qt 6.11's file dialog that PySide6's qtbase_nl.qm does not translate.
QT_FILE_DIALOG_GAPS = (
    ("QFileDialog", "&Look in:", None, "&Zoeken in:"),
    ("QFileDialog", "Files of &type:", None, "Bestanden van &type:"),
    ("QAbstractFileIconProvider", "Folder", "All other platforms", "Map"),
    ("QAbstractFileIconProvider", "Drive", None, "Station"),
)


@pytest.fixture
def dutch_qt(qapp) -> Iterator[None]:
    translator = desktop_app.install_qt_translator(qapp, "nl")
    assert translator is not None, "PySide6 ships qtbase_nl.qm"
    yield
    QCoreApplication.removeTranslator(translator)
    translator.deleteLater()


@pytest.fixture
def dutch_ui(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dutch chosen the way the app does at start, with resources/translations compiled afresh."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    source = ROOT / "resources" / "translations" / "qt_filedialog_nl.ts"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(folder / "qt_filedialog_nl.qm")],
        check=True,
        timeout=120,
    )
    monkeypatch.setattr(desktop_app, "resources_dir", lambda: folder.parent)
    translators = desktop_app.choose_language(qapp, "nl")
    assert len(translators) == 2  # qtbase_nl and our supplement; Dutch needs no routekaart_nl
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.parametrize(("context", "source", "comment", "dutch"), QT_FILE_DIALOG_GAPS)
def test_file_dialog_texts_qtbase_nl_lacks_are_dutch(dutch_ui, context, source, comment, dutch):
    assert QCoreApplication.translate(context, source, comment) == dutch


@pytest.mark.parametrize(("context", "source", "comment", "dutch"), QT_FILE_DIALOG_GAPS)
def test_qtbase_nl_alone_leaves_them_english(dutch_qt, context, source, comment, dutch):
    """Why the supplement exists; when a PySide6 update translates these, it can go."""
    assert QCoreApplication.translate(context, source, comment) == source != dutch


def _texts(dialog: QFileDialog) -> list[str]:
    found = []
    for widget in dialog.findChildren(QWidget):
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        found += [text.replace("&", "") for text in texts if text]
    return found


def test_the_save_dialog_speaks_dutch_throughout(dutch_ui, qtbot, tmp_path: Path):
    """Qt's own dialog, as ``desktop.file_dialogs.save_file_name`` opens it where the platform
    has no native one (Linux without a desktop's portal, and the tests)."""
    (tmp_path / "dossiers").mkdir()
    dialog = QFileDialog(None, "Exporteren (niet versleuteld)", str(tmp_path / "zaak.pdf"), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "dossiers")).isValid())

    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Zoeken in:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Bestanden van &type:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Bestands&naam:"
    assert model.type(model.index(str(tmp_path / "dossiers"))) == "Map"
    texts = _texts(dialog)
    assert "Zoeken in:" in texts and "Terug" in texts
    english = {"Look in:", "Files of type:", "File name:", "Back", "Forward", "Detail View", "Files"}
    assert english.isdisjoint(texts)


def test_qt_buttons_are_dutch_in_the_dutch_ui(dutch_qt, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Titel", "Tekst")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)

    assert box.button(QMessageBox.StandardButton.Save).text().replace("&", "") == "Opslaan"
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Sluiten"


def test_without_qt_translations_the_buttons_are_qt_english(qtbot):
    """The test above can fail: without the translator Qt says "Save"."""
    box = QMessageBox(QMessageBox.Icon.Question, "Titel", "Tekst")
    box.setStandardButtons(QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)

    assert box.button(QMessageBox.StandardButton.Save).text().replace("&", "") == "Save"
