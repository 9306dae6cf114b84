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

from desktop.widgets.tints import PROBLEM, tint_text
from sync.admin.region_expiry import RegionExpiry


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
        else:
            self.expiry.setText(("⚠ " if expiry.renew_needed else "") + expiry.message())

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

    def show_activity(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.step.setText(text)

    def show_upload(self, sent: int, total: int) -> None:
        """The upload's progress, in bytes, as the library reports it while sending."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(sent)
        self.step.setText(self.tr("Versturen naar de centrale bron: {0} van {1} kB").format(
            (sent + 1023) // 1024, (total + 1023) // 1024))

    def show_result(self, text: str, ok: bool) -> None:
        self.progress.hide()
        self.step.clear()
        self.result.setText(("✓ " if ok else "⚠ ") + text)
        tint_text(self.result, None if ok else PROBLEM)
