"""Change the notes passphrase, or renew the data key, without losing a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.cases.passphrase_fields import new_passphrase_problem, password_field
from desktop.safe_text import plain_label


class KeyPanel(QGroupBox):
    changeRequested = Signal(str, bool)  # new passphrase, also renew the data key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wachtwoordzin en sleutel"))
        self.new = password_field(self.tr("Nieuwe wachtwoordzin"))
        self.repeat = password_field(self.tr("Nieuwe wachtwoordzin herhalen"))
        self.change = QPushButton(self.tr("Wijzigen"))
        self.change.setAccessibleName(self.tr("Wachtwoordzin wijzigen"))
        self.renew = QPushButton(self.tr("Wijzigen en sleutel vernieuwen"))
        self.renew.setAccessibleName(self.tr("Wachtwoordzin wijzigen en sleutel vernieuwen"))
        self.message = plain_label(QLabel())
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Nieuwe:"), self.new)
        form.addRow(self.tr("Herhaal:"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change)
        buttons.addWidget(self.renew)
        form.addRow(buttons)
        form.addRow(self.message)
        self.change.clicked.connect(lambda: self._submit(renew=False))
        self.renew.clicked.connect(lambda: self._submit(renew=True))

    def _submit(self, renew: bool) -> None:
        text = self.new.text()
        problem = new_passphrase_problem(text, self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        self.message.setText(self.tr("Bezig…"))
        self.changeRequested.emit(text, renew)

    def done(self, text: str) -> None:
        self.new.clear()
        self.repeat.clear()
        self.message.setText(text)
