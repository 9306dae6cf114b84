"""The inline (not modal) panel that asks for the notes passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.cases.passphrase_fields import new_passphrase_problem, password_field
from desktop.safe_text import plain_label


class UnlockPanel(QWidget):
    unlockRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        # Why the panel asks (no keyring on this computer), in the gate's words: plain text.
        self.note = plain_label(QLabel())
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Uitleg"))
        self.warning = QLabel(
            self.tr(
                "<b>Let op:</b> wie de wachtwoordzin vergeet, is de notities en antwoorden kwijt. "
                "Niemand kan ze herstellen, ook de beheerder niet. Bewaar de zin dus goed."
            )
        )
        self.warning.setTextFormat(Qt.TextFormat.RichText)  # markup by design; no data in it
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Waarschuwing"))
        self.note.hide()
        self.warning.hide()  # until ``ask`` says whether a passphrase is being chosen
        self.message = plain_label(QLabel())
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.passphrase = password_field(self.tr("Wachtwoordzin"))
        self.repeat = password_field(self.tr("Wachtwoordzin herhalen"))
        self.button = QPushButton(self.tr("Ontgrendelen"))
        self.button.setAccessibleName(self.tr("Ontgrendelen"))
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        form = QFormLayout()
        self._passphrase_label = QLabel(self.tr("&Wachtwoordzin:"))
        self._passphrase_label.setBuddy(self.passphrase)
        form.addRow(self._passphrase_label, self.passphrase)
        self._repeat_label = QLabel(self.tr("He&rhaal:"))
        self._repeat_label.setBuddy(self.repeat)
        form.addRow(self._repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def ask(self, creating: bool, note: str = "", can_submit: bool = True) -> None:
        """``creating``: no key exists yet, so the passphrase is chosen (and typed twice), with the
        warning that a forgotten one loses the notes. ``note`` says why the panel asks, above the
        fields; what the user does later (a wrong passphrase) is said under the button.

        ``can_submit`` False: the key is in a keyring that cannot be reached; ``note`` says so.
        """
        if creating:
            self.title.setText(
                self.tr("<b>Kies een wachtwoordzin</b> om de notities van zaken versleuteld op te slaan.")
            )
            self.button.setText(self.tr("Wachtwoordzin instellen"))
        elif can_submit:
            self.title.setText(self.tr("<b>De zaken zijn vergrendeld.</b> Geef de wachtwoordzin."))
            self.button.setText(self.tr("Ontgrendelen"))
        else:
            self.title.setText(self.tr("<b>De zaken zijn vergrendeld.</b>"))
            self.button.setText(self.tr("Ontgrendelen"))
        self.warning.setVisible(creating)
        self.repeat.setVisible(creating)
        self._repeat_label.setVisible(creating)
        self._creating = creating
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.message.clear()
        self.button.setEnabled(can_submit)
        for widget in (self._passphrase_label, self.passphrase, self.button):
            widget.setVisible(can_submit)  # no field to type in that cannot open the notes
        self.passphrase.clear()
        self.repeat.clear()
        self.passphrase.setFocus()

    def wait(self, text: str) -> None:
        """The passphrase is being checked (off the GUI thread): no second attempt meanwhile."""
        self.button.setEnabled(False)
        self.message.setText(text)

    def refuse(self, text: str) -> None:
        """The passphrase did not unlock: say why, and let the user type it again."""
        self.button.setEnabled(True)
        self.message.setText(text)
        self.passphrase.selectAll()

    def accept(self) -> None:
        self.button.setEnabled(True)
        self.message.clear()

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Vul een wachtwoordzin in."))
            return
        if getattr(self, "_creating", False):
            problem = new_passphrase_problem(text, self.repeat.text())
            if problem:
                self.message.setText(problem)
                return
        self.unlockRequested.emit(text)
