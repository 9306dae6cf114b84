"""A line of news at the top of the workbench: a draft restored, a conflict, a refusal.

Plain text (it may quote a file name or the service's answer), with a symbol, never colour alone;
the admin can close it, and it may carry buttons for what to do next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.widgets.tints import INFORMATION, NOTICE, tint_banner


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self.close_button.clicked.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.message, 1)
        self._layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._layout.insertWidget(self._layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def show_text(self, text: str, problem: bool = False) -> None:
        symbol = "⚠" if problem else "ℹ"
        self.message.setText(f"{symbol} {text}")
        tint_banner(self, NOTICE if problem else INFORMATION)
        self.setAccessibleName(self.tr("Melding"))
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.message.text() if not self.isHidden() else ""
