"""The sync part of the status bar: a busy bar while a sync runs, and "Gecontroleerd op ...".

The status text is shown offline too: it comes from the saved sync state, not from the network.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from desktop.safe_text import plain_label, tooltip
from desktop.widgets.elided_label import ElidedLabel


class SyncIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: ngclient reports no progress per file
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(100)
        self.progress.setAccessibleName(self.tr("Bezig met bijwerken"))
        self.progress.hide()
        self.label = plain_label(ElidedLabel())  # at a large text size: "…", the whole in the tooltip
        self.label.setAccessibleName(self.tr("Status van de gegevens"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def is_busy(self) -> bool:
        return not self.progress.isHidden()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(tooltip(text))

    def text(self) -> str:
        return self.label.text()
