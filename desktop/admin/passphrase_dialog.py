"""Asks the passphrase of the keyring file that holds the regional key (machines without a desktop
keyring, ``sync.admin.file_keyring``). The passphrase stays in memory for this session only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.widgets.tints import PROBLEM, tint_text


class PassphraseDialog(QDialog):
    def __init__(self, region_name: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regiosleutel ontgrendelen"))
        text = QLabel(
            self.tr(
                "De sleutel van {0} staat in een versleuteld sleutelbosbestand. Geef de wachtwoordzin van "
                "dat bestand om te ondertekenen."
            ).format(region_name)
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        tint_text(self.problem, PROBLEM)
        self.problem.setVisible(bool(problem))
        caption = QLabel(self.tr("&Wachtwoordzin:"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Wachtwoordzin"))
        caption.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.problem)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.field.text()
