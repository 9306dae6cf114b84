"""The notice above the cases when the purge holds closed cases back for their notes.

A closed case past its keep time whose notes were never exported is not purged without an
explicit yes (``CaseStore.held_for_export``, ``purge_closed(confirmed=…)``; issue 11 item 8).
The notice is inline, not modal: it lists those cases (label, closed on) and offers "Eerst
exporteren" (open the case and export its summary with notes for the dossier) and "Toch
verwijderen" (after a question). It also says that the keep time is the app's own policy
(``routekaarten.cases.retention_policy``). The labels are data: they are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.safe_text import plain_label
from desktop.widgets.flow_layout import FlowLayout
from routekaarten.cases import Case, held_notice, retention_policy

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PurgeNotice(QFrame):
    deleteRequested = Signal(list)  # ids of the chosen held cases: delete them anyway (after a yes)
    exportRequested = Signal(str)  # id of the chosen held case: open it and export its notes first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Gesloten zaken die op export wachten"))
        self.heading = plain_label(QLabel())
        self.heading.setWordWrap(True)
        self.policy = plain_label(QLabel())
        self.policy.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Zaken die op export wachten"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("Eerst exp&orteren…"))
        self.export_button.setAccessibleName(self.tr("Notities van de gekozen zaak eerst exporteren"))
        self.export_button.clicked.connect(self._export)
        # Alt+W is the bespreekpunt's "Wie", shown below this notice
        self.delete_button = QPushButton(self.tr("Toch verwi&jderen…"))
        self.delete_button.setAccessibleName(self.tr("Gekozen zaken toch verwijderen"))
        self.delete_button.clicked.connect(self._delete)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Melding over zaken die op export wachten verbergen"))
        self.later_button.setToolTip(
            self.tr("De zaken blijven bewaard; de melding komt terug bij het ontgrendelen.")
        )
        self.later_button.clicked.connect(self.hide)
        buttons = FlowLayout()  # on more lines where the page is narrow (a large text size)
        for button in (self.export_button, self.delete_button, self.later_button):
            buttons.addWidget(button)
        title = QLabel(self.tr("<b>⚠ Gesloten zaken wachten op export</b>"))
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.policy)
        self.hide()

    def show_held(self, held: list[Case], keep_days: int) -> None:
        """The held cases, or nothing (the notice hides) when there are none."""
        self.list.clear()
        for case in held:
            closed = f"{case.closed_on:%d-%m-%Y}" if case.closed_on else "—"
            text = self.tr("{0} — gesloten op {1}").format(case.label, closed)
            item = QListWidgetItem(text)
            item.setData(CASE_ID_ROLE, case.id)
            self.list.addItem(item)
        if held:
            self.list.setCurrentRow(0)
        self.heading.setText(held_notice(len(held), keep_days))
        self.policy.setText(retention_policy(keep_days))
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * min(max(len(held), 1), 4) + 8)
        self._update_buttons()
        self.setVisible(bool(held))

    def held_ids(self) -> list[str]:
        return [str(self.list.item(row).data(CASE_ID_ROLE)) for row in range(self.list.count())]

    def _chosen(self) -> list[str]:
        return [str(item.data(CASE_ID_ROLE)) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        self.export_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))

    def _export(self) -> None:
        chosen = self._chosen()
        if len(chosen) == 1:
            self.exportRequested.emit(chosen[0])

    def _delete(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.deleteRequested.emit(chosen)
