"""The banner at the top of the routekaart tab: stale data, an unreachable source, a refused update.

A wrong number matters most in a crisis call, so a problem with the data is said in words and
with a symbol, never by colour alone (the colour only adds to them), and the banner has an
accessible name that says what kind of message it is. The user may close it; the next problem
shows it again. After an update it offers "Wat is er veranderd".
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.safe_text import plain_label
from desktop.widgets.tints import INFORMATION, NOTICE, tint_banner


class BannerKind(enum.Enum):
    PROBLEM = "problem"
    UPDATE = "update"


_SYMBOLS = {BannerKind.PROBLEM: "⚠", BannerKind.UPDATE: "ℹ"}
_COLOURS = {BannerKind.PROBLEM: NOTICE, BannerKind.UPDATE: INFORMATION}


class SyncBanner(QFrame):
    changesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: BannerKind | None = None
        self.setObjectName("syncBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.symbol = QLabel()
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = plain_label(QLabel())
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_button = QPushButton(self.tr("Wat is er &veranderd"))
        self.changes_button.clicked.connect(self.changesRequested)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, kind: BannerKind, lines: list[str], changes: bool = False) -> None:
        """Show (again, also after the user closed it) ``lines`` as a ``kind`` message."""
        self.kind = kind
        from PySide6.QtWidgets import QStyle  # here: its many enums cost start-up time when imported

        heading = self.tr("Let op") if kind is BannerKind.PROBLEM else self.tr("Bijgewerkt")
        pixmap = QStyle.StandardPixmap
        icon = self.style().standardIcon(
            pixmap.SP_MessageBoxWarning if kind is BannerKind.PROBLEM else pixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if icon.isNull():
            self.symbol.setText(_SYMBOLS[kind])
        else:
            self.symbol.setPixmap(icon.pixmap(size, size))
        self.symbol.setAccessibleName(heading)
        text = "\n".join(lines)
        self.message.setText(f"{heading}: {text}")
        self.setAccessibleName(self.tr("Melding: {0}").format(heading))
        self.setAccessibleDescription(text)
        tint_banner(self, _COLOURS[kind])
        self.changes_button.setVisible(changes)
        self.show()

    def clear_problem(self) -> None:
        """The problem is gone: hide a problem message (an update message stays until closed)."""
        if self.kind is BannerKind.PROBLEM:
            self.hide()
            self.kind = None

    def text(self) -> str:
        return self.message.text()
