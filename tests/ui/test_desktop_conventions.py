"""Conventions of the desktop: Qt's own dialogs speak the UI's language, file dialogs start in
the documents folder and remember the last folder per kind of export."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop import app as desktop_app


@pytest.fixture
def dutch_qt(qapp) -> Iterator[None]:
    translator = desktop_app.install_qt_translator(qapp, "nl")
    assert translator is not None, "PySide6 ships qtbase_nl.qm"
    yield
    QCoreApplication.removeTranslator(translator)
    translator.deleteLater()


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
