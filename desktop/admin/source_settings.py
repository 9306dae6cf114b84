"""Instellingen → Centrale bron: where this workstation syncs from and which root it trusts, set up
without editing ``settings.ini`` by hand (issue 13, item 12).

The URL is the ``sync/url`` setting (``desktop.settings``); the trusted root is the ``root.json`` in
the data folder, the one ``sync.client.source`` looks for first (before the root shipped with the
app). The root's sha256 is shown in groups of four so IT staff can compare it, aloud, with what
LNZS publishes. "Test" runs a real sync into a throw-away folder, off the GUI thread, and says in
Dutch what came of it; nothing is saved until "Opslaan".
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.admin import backend
from desktop.file_dialogs import open_file_name, remember_folder
from desktop.settings import Settings
from desktop.worker import run_in_background
from routekaarten.errors import RoutekaartError
from sync.client.source import ROOT_IN_DATA_DIR, sync_url, trusted_root_path

ROOTS = "tuf_root"  # the kind of file whose folder the file dialog remembers (desktop.file_dialogs)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SourceSettings(QDialog):
    saved = Signal()
    tested = Signal(bool)

    def __init__(self, data_dir: Path, prefs: Settings, environ: Mapping[str, str] = os.environ,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.prefs = prefs
        self.setWindowTitle(self.tr("Centrale bron"))
        self.root_path: Path | None = trusted_root_path(data_dir)
        self.root_bytes: bytes | None = None
        self.root_changed = False
        intro = _plain(self.tr(
            "Vanaf hier haalt deze werkplek de ondertekende gegevens op. Vraag de URL en het rootbestand "
            "(root.json) aan LNZS, en vergelijk de vingerafdruk met wat LNZS u geeft."))
        self.url = QLineEdit(sync_url(prefs.get(settings.SYNC_URL), environ))
        self.url.setPlaceholderText("https://routekaart.example.nl")
        self.url.setAccessibleName(self.tr("URL van de centrale bron"))
        self.root_name = _plain()
        self.root_name.setAccessibleName(self.tr("Vertrouwde root"))
        self.fingerprint = _plain()
        self.fingerprint.setAccessibleName(self.tr("Vingerafdruk van de root"))
        font = self.fingerprint.font()
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.choose_button = QPushButton(self.tr("Rootbestand kiezen…"))
        self.choose_button.clicked.connect(self.choose_root)
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_button.clicked.connect(self.test)
        self.answer = _plain()
        self.answer.setAccessibleName(self.tr("Uitkomst van de test"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        form = QFormLayout()
        url_caption = QLabel(self.tr("&URL:"))
        url_caption.setBuddy(self.url)
        form.addRow(url_caption, self.url)
        root_row = QHBoxLayout()
        root_row.addWidget(self.root_name, 1)
        root_row.addWidget(self.choose_button)
        form.addRow(QLabel(self.tr("Vertrouwde root:")), root_row)
        form.addRow(QLabel(self.tr("Vingerafdruk:")), self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.answer, 1)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self._show_root()
        self.resize(720, 320)

    def _show_root(self) -> None:
        if self.root_path is None:
            self.root_name.setText(self.tr("Geen: kies het rootbestand dat u van LNZS kreeg."))
            self.fingerprint.setText("")
            return
        try:
            raw = self.root_bytes if self.root_bytes is not None else self.root_path.read_bytes()
        except OSError as error:
            unreadable = self.tr("{0} is niet leesbaar ({1}).")
            self.root_name.setText(unreadable.format(self.root_path, error.strerror))
            self.fingerprint.setText("")
            return
        where = self.tr("nieuw gekozen") if self.root_changed else self.tr("in gebruik")
        self.root_name.setText(f"{self.root_path} ({where})")
        self.fingerprint.setText(backend.root_fingerprint(raw))

    def choose_root(self) -> None:
        name, _filter = open_file_name(
            self.prefs, ROOTS, self, self.tr("Rootbestand kiezen"), self.tr("TUF-root (*.json)"))
        if name and self.use_root(Path(name)):
            remember_folder(self.prefs, ROOTS, Path(name))

    def use_root(self, path: Path) -> bool:
        """Take ``path`` as the root to trust, once it proves to be TUF root metadata."""
        try:
            raw = path.read_bytes()
            backend.check_root(raw)
        except OSError as error:
            self.answer.setText(self.tr("{0} is niet leesbaar ({1}).").format(path, error.strerror))
            return False
        except RoutekaartError as error:
            self.answer.setText(str(error))
            return False
        self.root_path, self.root_bytes, self.root_changed = path, raw, True
        self.answer.setText("")
        self._show_root()
        return True

    def _url(self) -> str | None:
        url = self.url.text().strip().rstrip("/")
        if url and not url.startswith(("https://", "http://")):
            self.answer.setText(self.tr(
                "De URL moet beginnen met https:// (of http:// binnen het eigen netwerk)."))
            return None
        return url

    def _root(self) -> bytes | None:
        if self.root_bytes is not None:
            return self.root_bytes
        if self.root_path is None:
            return None
        try:
            return self.root_path.read_bytes()
        except OSError:
            return None

    def test(self) -> bool:
        url, root = self._url(), self._root()
        if not url or root is None:
            if url == "":
                self.answer.setText(self.tr("Vul eerst de URL in."))
            elif url is not None:
                self.answer.setText(self.tr("Kies eerst het rootbestand."))
            return False
        self.test_button.setEnabled(False)
        self.answer.setText(self.tr("Bezig met testen: een echte synchronisatie in een tijdelijke map…"))
        run_in_background(lambda: backend.try_source(url, root), self._tested)
        return True

    def _tested(self, outcome: backend.SourceTest | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, RoutekaartError | OSError):
                raise error
            self.answer.setText(self.tr("Niet gelukt: {0}").format(error))
            self.tested.emit(False)
            return
        assert outcome is not None
        self.answer.setText(outcome.message)
        self.tested.emit(outcome.ok)

    def save(self) -> bool:
        from routekaarten.atomic_write import write_atomic

        url = self._url()
        if url is None:
            return False
        if self.root_changed and self.root_bytes is not None:
            try:
                write_atomic(self.data_dir / ROOT_IN_DATA_DIR, self.root_bytes)
            except OSError as error:
                self.answer.setText(self.tr("De root kon niet worden opgeslagen in {0} ({1}).").format(
                    self.data_dir, error.strerror))
                return False
        self.prefs.set(settings.SYNC_URL, url)
        self.prefs.sync()
        self.saved.emit()
        self.accept()
        return True
