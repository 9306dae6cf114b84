"""The "Sleutel" page of "Regio beheren": the region's signing key without a terminal (issue 13 item 7).

The admin creates the key in this computer's keyring, reads its fingerprint aloud to LNZS over
the phone (``sync.admin.fingerprint``), saves the public key file for LNZS
(``sync.admin.region_keys.public_key_json``), and backs the private key up to a file encrypted
with a passphrase of its own, to restore it on a new computer (``sync.admin.key_backup``).

Every keyring access (a file keyring derives its key with scrypt) and every backup or restore
(scrypt, 128 MiB) runs off the GUI thread (``desktop.worker``). Replacing a key that is there
is asked first. Every text on the page is plain text: the region id comes from a bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.file_dialogs import open_file_name, remember_folder, save_file_name
from desktop.settings import Settings
from desktop.widgets.tints import PROBLEM, tint_text
from desktop.worker import run_in_background
from routekaarten.errors import RoutekaartError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from securesystemslib.signer import SSlibKey

    from sync.admin.region_keys import RegionKeyring


# Kinds of file whose folder the file dialogs remember (desktop.file_dialogs): the public key goes
# to LNZS, a backup to a USB stick, and is restored from there.
PUBLIC_KEYS = "publieke_sleutel"
BACKUPS = "sleutelbackup"
_KIND_OF = {"exported": PUBLIC_KEYS, "backed_up": BACKUPS, "restored": BACKUPS}


@dataclass(frozen=True)
class _Kept:
    """The job stopped: a key is there and would be replaced; ask, then run it again with replace."""


@dataclass(frozen=True)
class _Done:
    key: SSlibKey
    what: str  # which action finished: "created", "replaced", "shown", "exported", "backed_up", "restored"
    path: Path | None = None


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KeyPage(QWidget):
    def __init__(
        self,
        keyring: Callable[[], KeyringBackend | None],
        region_id: Callable[[], str | None],
        prefs: Settings,
        *,
        unlocked: Callable[[KeyringBackend], None] = lambda _backend: None,
        parent: QWidget | None = None,
    ) -> None:
        """``keyring`` gives the unlocked keyring (None: the admin cancelled its passphrase);
        ``unlocked`` is told a keyring whose passphrase proved right; ``prefs`` keep the folders
        of the file dialogs."""
        super().__init__(parent)
        self.prefs = prefs
        self._keyring = keyring
        self._region_id = region_id
        self._unlocked = unlocked
        self.busy = False
        self.key: SSlibKey | None = None

        intro = _plain(self.tr(
            "Met de regiosleutel ondertekent u de regio. De sleutel blijft in de sleutelbos van deze "
            "computer; alleen de publieke sleutel gaat naar LNZS, dat de regio aan die sleutel delegeert."
        ))
        self.create_button = QPushButton(self.tr("Sleutel maken"))
        self.create_button.clicked.connect(self.create_key)
        self.show_button = QPushButton(self.tr("Sleutel tonen"))
        self.show_button.clicked.connect(self.show_key)
        self.export_button = QPushButton(self.tr("Publieke sleutel opslaan…"))
        self.export_button.clicked.connect(self.choose_export)
        self.backup_button = QPushButton(self.tr("Back-up maken…"))
        self.backup_button.clicked.connect(self.choose_backup)
        self.restore_button = QPushButton(self.tr("Terugzetten uit back-up…"))
        self.restore_button.clicked.connect(self.choose_restore)
        self.buttons = (self.create_button, self.show_button, self.export_button, self.backup_button,
                        self.restore_button)
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)

        self.fingerprint_caption = _plain(self.tr("Vingerafdruk (lees deze groep voor groep voor):"))
        self.fingerprint = _plain()
        self.fingerprint.setAccessibleName(self.tr("Vingerafdruk van de regiosleutel"))
        font = self.fingerprint.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.fingerprint.setFont(font)
        self.next_steps = _plain()
        self.message = _plain()
        self.message.setAccessibleName(self.tr("Melding over de regiosleutel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self._show(None)

    # what the admin does ------------------------------------------------------------------------

    def create_key(self, *, replace: bool = False) -> bool:
        """A new key in the keyring; a key that is there is replaced only after the admin agrees."""

        def work(keyring: RegionKeyring, region_id: str) -> _Done | _Kept:
            if not replace and keyring.has_key(region_id):
                return _Kept()
            return _Done(keyring.create(region_id, replace=replace), "replaced" if replace else "created")

        def again() -> None:
            if self.confirm(
                self.tr("Sleutel vervangen?"),
                self.tr(
                    "Er staat al een sleutel voor deze regio in de sleutelbos. Een nieuwe sleutel vervangt "
                    "hem: daarna kunt u pas weer publiceren als LNZS de nieuwe sleutel heeft gedelegeerd, "
                    "en een oude back-up past niet meer. Vervangen?"
                ),
            ):
                self.create_key(replace=True)

        return self._run(work, again)

    def show_key(self) -> bool:
        """The fingerprint of the key that is in the keyring now."""
        return self._run(lambda keyring, region_id: _Done(keyring.signer(region_id).public_key, "shown"))

    def export_public(self, path: Path) -> bool:
        """The public key file that goes to LNZS (``admin delegate`` reads it)."""

        def work(keyring: RegionKeyring, region_id: str) -> _Done:
            from routekaarten.files import write_export
            from sync.admin.region_keys import public_key_json

            key = keyring.signer(region_id).public_key
            write_export(path, (public_key_json(key) + "\n").encode("utf-8"))
            return _Done(key, "exported", path)

        return self._run(work)

    def backup(self, path: Path, passphrase: str) -> bool:
        """The private key to ``path``, encrypted with ``passphrase`` (its own, not the keyring's)."""

        def work(keyring: RegionKeyring, region_id: str) -> _Done:
            from sync.admin.key_backup import backup_key

            return _Done(backup_key(keyring, region_id, passphrase, path), "backed_up", path)

        return self._run(work)

    def restore(self, path: Path, passphrase: str, *, replace: bool = False) -> bool:
        """The key from a backup file into the keyring; another key there is replaced only when agreed.
        A wrong passphrase changes nothing and shows the library's message."""

        def work(keyring: RegionKeyring, region_id: str) -> _Done | _Kept:
            from sync.admin.key_backup import describe_backup, restore_key

            if not replace and keyring.has_key(region_id):
                try:
                    kept = keyring.signer(region_id).public_key.keyid
                except RoutekaartError:
                    kept = None  # a damaged key: replacing it is still asked
                if kept != describe_backup(path).keyid:
                    return _Kept()
            return _Done(restore_key(keyring, region_id, path, passphrase, replace=replace), "restored", path)

        def again() -> None:
            if self.confirm(
                self.tr("Sleutel vervangen?"),
                self.tr(
                    "Er staat een andere sleutel voor deze regio in de sleutelbos. Vervangen door de "
                    "sleutel uit de back-up? Publiceren kan dan alleen als LNZS de sleutel uit de back-up "
                    "heeft gedelegeerd."
                ),
            ):
                self.restore(path, passphrase, replace=True)

        return self._run(work, again)

    # dialogs (tests replace these) ----------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_new_passphrase(self) -> str | None:
        dialog = BackupPassphraseDialog(new=True, parent=self)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_passphrase(self) -> str | None:
        dialog = BackupPassphraseDialog(new=False, parent=self)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_export(self) -> None:
        region_id = self._region_id() or "regio"
        name, _filter = save_file_name(
            self.prefs, PUBLIC_KEYS, self, self.tr("Publieke sleutel opslaan"), f"{region_id}.pub.json",
            self.tr("Publieke sleutel (*.json)"))
        if name:
            self.export_public(Path(name))

    def choose_backup(self) -> None:
        region_id = self._region_id() or "regio"
        name, _filter = save_file_name(
            self.prefs, BACKUPS, self, self.tr("Back-up van de regiosleutel maken"),
            f"{region_id}.sleutel-backup.json", self.tr("Sleutelback-up (*.json)"))
        if name and (passphrase := self.ask_new_passphrase()) is not None:
            self.backup(Path(name), passphrase)

    def choose_restore(self) -> None:
        name, _filter = open_file_name(
            self.prefs, BACKUPS, self, self.tr("Regiosleutel terugzetten uit back-up"),
            self.tr("Sleutelback-up (*.json);;Alle bestanden (*)"))
        if name and (passphrase := self.ask_passphrase()) is not None:
            self.restore(Path(name), passphrase)

    # running and showing ------------------------------------------------------------------------

    def _run(
        self, work: Callable[[RegionKeyring, str], Any], on_kept: Callable[[], None] | None = None
    ) -> bool:
        """``work`` off the GUI thread with the region's keyring; False when it cannot start."""
        if self.busy:
            return False
        region_id = self._region_id()
        if not region_id:
            self._say(self.tr("Kies eerst een regio."), problem=True)
            return False
        try:
            backend = self._keyring()
        except RoutekaartError as error:
            self._say(str(error), problem=True)
            return False
        if backend is None:
            return False

        def job() -> Any:
            from sync.admin.region_keys import RegionKeyring

            return work(RegionKeyring(backend), region_id)

        def done(result: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                if not isinstance(error, RoutekaartError | OSError):
                    raise error  # our bug: let it surface
                self._say(str(error), problem=True)
                return
            self._unlocked(backend)
            if isinstance(result, _Kept):
                self._say("")
                if on_kept is not None:
                    on_kept()
                return
            self._finished(result)

        self._set_busy(True)
        self._say(self.tr("Bezig…"))
        run_in_background(job, done)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.buttons:
            button.setEnabled(not busy)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        tint_text(self.message, PROBLEM if problem else None)
        self.message.setVisible(bool(text))

    def _finished(self, done: _Done) -> None:
        """Only a file that was written or read has its folder remembered for the next dialog."""
        where = str(done.path) if done.path is not None else ""
        if done.path is not None:
            remember_folder(self.prefs, _KIND_OF[done.what], done.path)
        messages = {
            "created": self.tr("De regiosleutel is gemaakt en staat in de sleutelbos van deze computer."),
            "replaced": self.tr("De oude regiosleutel is vervangen door een nieuwe."),
            "shown": self.tr("Dit is de regiosleutel in de sleutelbos van deze computer."),
            "exported": self.tr("Publieke sleutel opgeslagen als {0}.").format(where),
            "backed_up": self.tr(
                "Back-up gemaakt: {0}. Bewaar het bestand buiten deze computer (bijvoorbeeld op een "
                "USB-stick in een kluis) en de wachtwoordzin ergens anders."
            ).format(where),
            "restored": self.tr(
                "De regiosleutel uit de back-up staat nu in de sleutelbos van deze computer."
            ),
        }
        self._say(messages[done.what])
        self._show(done.key, new=done.what in {"created", "replaced"})

    def _show(self, key: SSlibKey | None, *, new: bool = False) -> None:
        from sync.admin.fingerprint import numbered_fingerprint

        self.key = key
        self.fingerprint_caption.setVisible(key is not None)
        self.fingerprint.setText(numbered_fingerprint(key) if key is not None else "")
        self.fingerprint.setVisible(key is not None)
        if new:
            self.next_steps.setText(self.tr(
                "Wat u nu doet:\n"
                "1. Sla de publieke sleutel op ('Publieke sleutel opslaan…') en stuur dat bestand naar "
                "LNZS.\n"
                "2. LNZS belt u voordat de regio aan deze sleutel wordt gedelegeerd. Lees dan samen de "
                "vingerafdruk hierboven, groep voor groep; klopt één groep niet, dan delegeert LNZS niet.\n"
                "3. Maak een back-up ('Back-up maken…') en bewaar die buiten deze computer.\n"
                "Tot LNZS de sleutel heeft gedelegeerd, kunt u met deze sleutel niet publiceren."
            ))
        self.next_steps.setVisible(new)


class BackupPassphraseDialog(QDialog):
    """The passphrase of a key backup: a new one asked twice (a typo would lock the backup for
    good), the one of an existing backup once."""

    def __init__(self, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Wachtwoordzin van de back-up"))
        from sync.admin.passphrases import MIN_LENGTH

        text = _plain(
            self.tr(
                "Kies een wachtwoordzin voor deze back-up (minstens {0} tekens), een andere dan die van de "
                "sleutelbos. Zonder deze wachtwoordzin is de back-up niet terug te zetten."
            ).format(MIN_LENGTH) if new else self.tr("Geef de wachtwoordzin van de back-up.")
        )
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Wachtwoordzin"))
        caption = QLabel(self.tr("&Wachtwoordzin:"))
        caption.setBuddy(self.field)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Wachtwoordzin nogmaals"))
        again_caption = QLabel(self.tr("&Nogmaals:"))
        again_caption.setBuddy(self.again)
        self.problem = _plain()
        tint_text(self.problem, PROBLEM)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        for widget in (again_caption, self.again):
            widget.setVisible(new)
            layout.addWidget(widget)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def check(self) -> None:
        if self.new and self.field.text() != self.again.text():
            self.problem.setText(self.tr("De twee wachtwoordzinnen zijn niet gelijk; typ ze opnieuw."))
            self.problem.setVisible(True)
            self.again.clear()
            self.again.setFocus()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.field.text()
