"""Change the notes passphrase, or renew the data key, without losing a note.

The current passphrase is asked first (issue 12 item 4), so someone at an unlocked workstation
cannot lock its owner out; where the key is in the OS keyring there is none to ask for, and the
field is hidden (``set_needs_current``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.cases.passphrase_fields import new_passphrase_problem, password_field
from desktop.safe_text import plain_label
from desktop.widgets.fitting_button import FittingButton
from desktop.widgets.flow_layout import FlowLayout


class KeyPanel(QGroupBox):
    changeRequested = Signal(str, str, bool)  # current passphrase, new passphrase, also renew the key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wachtwoordzin en sleutel"))
        self.current = password_field(self.tr("Huidige wachtwoordzin"))
        self.new = password_field(self.tr("Nieuwe wachtwoordzin"))
        self.repeat = password_field(self.tr("Nieuwe wachtwoordzin herhalen"))
        self.change = QPushButton(self.tr("Wijzigen"))
        self.change.setAccessibleName(self.tr("Wachtwoordzin wijzigen"))
        self.renew = FittingButton(
            self.tr("Wijzigen en sleutel vernieuwen"), self.tr("Ook sleutel vernieuwen", "kort")
        )
        self.renew.setAccessibleName(self.tr("Wachtwoordzin wijzigen en sleutel vernieuwen"))
        self.message = plain_label(QLabel())
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding bij de wachtwoordzin"))
        form = QFormLayout(self)
        self._current_label = QLabel(self.tr("Huidige:"))
        self._current_label.setBuddy(self.current)
        form.addRow(self._current_label, self.current)
        form.addRow(self.tr("Nieuwe:"), self.new)
        form.addRow(self.tr("Herhaal:"), self.repeat)
        buttons = FlowLayout()  # in a narrow column (a large text size) one below the other
        buttons.addWidget(self.change)
        buttons.addWidget(self.renew)
        form.addRow(buttons)
        form.addRow(self.message)
        self._needs_current = True
        self.change.clicked.connect(lambda: self._submit(renew=False))
        self.renew.clicked.connect(lambda: self._submit(renew=True))

    def set_needs_current(self, needed: bool) -> None:
        """Whether the notes are wrapped by a passphrase that must be typed before a change."""
        self._needs_current = needed
        self.current.setVisible(needed)
        self._current_label.setVisible(needed)

    def _submit(self, renew: bool) -> None:
        current = self.current.text()
        if self._needs_current and not current:
            self.message.setText(self.tr("Vul eerst de huidige wachtwoordzin in."))
            self.current.setFocus()
            return
        text = self.new.text()
        problem = new_passphrase_problem(text, self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        self._set_busy(True)
        self.message.setText(self.tr("Bezig…"))
        self.changeRequested.emit(current, text, renew)

    def _set_busy(self, busy: bool) -> None:
        """One change at a time: the buttons wait while the key is checked and written."""
        self.change.setEnabled(not busy)
        self.renew.setEnabled(not busy)

    def done(self, text: str) -> None:
        """The change was made: the fields are emptied."""
        self._set_busy(False)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.message.setText(text)

    def refuse(self, text: str) -> None:
        """The change was refused (a wrong current passphrase): the new one stays typed."""
        self._set_busy(False)
        self.current.clear()
        self.current.setFocus()
        self.message.setText(text)
