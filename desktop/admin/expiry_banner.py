"""The reminder that the region's signature expires: from 14 days before, on the workbench and at
start of the app, with the one button that renews it.

Past the expiry every workstation says the region's data has expired ("de beheerders hebben ze
niet op tijd opnieuw ondertekend"); the reminder exists so that never happens by surprise. Said
in words with a symbol, never by colour alone, as the sync banner does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.widgets.tints import NOTICE, tint_banner
from sync.admin.region_expiry import RegionExpiry


class ExpiryBanner(QFrame):
    renewRequested = Signal()

    def __init__(self, button_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint_banner(self, NOTICE)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.button = QPushButton(button_text or self.tr("Opnieuw ondertekenen"))
        self.button.clicked.connect(self.renewRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_expiry(self, expiry: RegionExpiry | None, region_name: str) -> None:
        """Shown from 14 days before the expiry on (``sync.admin.region_expiry``); hidden otherwise."""
        if expiry is None or not expiry.renew_needed:
            self.hide()
            return
        text = f"⚠ {region_name}: {expiry.message()}"
        self.message.setText(text)
        self.setAccessibleName(self.tr("Herinnering: handtekening verloopt"))
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.message.text() if self.isVisible() or not self.isHidden() else ""
