"""Before and while publishing: "Wat verandert er voor werkplekken", the expiry, the one button
that signs and publishes, its progress, and the service's answer.

The panel only shows; the window does the work (off the GUI thread) and tells it what happened.
Every line is plain text: contact names and numbers come from the draft.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.backend import RegionExpiry
from desktop.admin.expiry_banner import local_date


def _plain_label(selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PublishPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Wat verandert er voor werkplekken"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.compared = _plain_label()
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Wat verandert er voor werkplekken"))
        self.changes.setWordWrap(True)
        heading.setBuddy(self.changes)
        self.expiry = _plain_label()
        self.readiness = _plain_label()
        self.publish_button = QPushButton(self.tr("&Ondertekenen en publiceren"))
        self.renew_button = QPushButton(self.tr("Opnieuw ondertekenen"))
        self.compare_button = QPushButton(self.tr("Gepubliceerde versie ophalen en vergelijken"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van het publiceren"))
        self.progress.hide()
        self.step = _plain_label()
        self.result = _plain_label(selectable=True)
        self.result.setAccessibleName(self.tr("Uitkomst van het publiceren"))
        buttons = QHBoxLayout()
        for button in (self.publish_button, self.renew_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        compare = QHBoxLayout()  # with the comparison it belongs to (and a short row at a large text size)
        compare.addWidget(self.compared, 1)
        compare.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(compare)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.expiry)
        layout.addWidget(self.readiness)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.result)

    def show_changes(self, lines: Sequence[str], compared_with: str) -> None:
        self.compared.setText(compared_with)
        self.changes.clear()
        self.changes.addItems(list(lines) or [self.tr("Geen verschil: werkplekken zien niets nieuws.")])

    def change_lines(self) -> list[str]:
        return [self.changes.item(row).text() for row in range(self.changes.count())]

    def show_expiry(self, expiry: RegionExpiry | None) -> None:
        if expiry is None:
            self.expiry.setText(self.tr(
                "Wanneer de handtekening van deze regio verloopt is op deze werkplek nog niet bekend; "
                "haal de gepubliceerde versie op om het te zien."))
        elif expiry.expired:
            self.expiry.setText(self.tr("⚠ De handtekening van deze regio is verlopen op {0}.").format(
                local_date(expiry)))
        else:
            text = self.tr("De handtekening van deze regio is geldig tot {0} (nog {1} dag(en)).").format(
                local_date(expiry), expiry.days_left)
            self.expiry.setText(("⚠ " + text) if expiry.remind else text)

    def set_readiness(self, text: str, can_publish: bool, can_renew: bool) -> None:
        self.readiness.setText(text)
        self.publish_button.setEnabled(can_publish)
        self.renew_button.setEnabled(can_renew)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.result.clear()
        for button in (self.publish_button, self.renew_button, self.compare_button):
            button.setEnabled(not busy and (button is self.compare_button or button.isEnabled()))

    def show_step(self, number: int, of: int, text: str) -> None:
        self.progress.setRange(0, of)
        self.progress.setValue(number)
        self.step.setText(self.tr("Stap {0} van {1}: {2}").format(number, of, text))

    def show_result(self, text: str, ok: bool) -> None:
        self.progress.hide()
        self.step.clear()
        self.result.setText(("✓ " if ok else "⚠ ") + text)
        self.result.setStyleSheet("" if ok else "color: #a40000;")
