"""The list of every problem the validator finds in the draft; choosing one goes to its field.

The same validator as ``routekaart admin validate`` and the service (``routekaarten.bundles``),
so what this list accepts the service accepts. Each line names the contact or box
(``routekaarten.issue_labels``), as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from routekaarten.issue_labels import IssueLabel

PATH_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    problemChosen = Signal(object)  # the Path of the field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problemen in het concept"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.heading.setBuddy(self.list)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)
        self.show_problems([])

    def show_problems(self, labels: Sequence[IssueLabel]) -> None:
        self.list.clear()
        for label in labels:
            item = QListWidgetItem(str(label))
            item.setData(PATH_ROLE, label.path)
            item.setToolTip(str(label))
            self.list.addItem(item)
        if labels:
            self.heading.setText(self.tr(
                "⚠ {0} probleem/problemen; ondertekenen kan pas als ze zijn opgelost. Kies een probleem om "
                "naar het veld te gaan."
            ).format(len(labels)))
        else:
            self.heading.setText(self.tr("✓ Geen problemen gevonden."))
        self.list.setVisible(bool(labels))
        self._layout.setStretch(2, 0 if labels else 1)  # no problems: the heading at the top, not the middle

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.problemChosen.emit(tuple(item.data(PATH_ROLE)))
