"""The deadlines of a case: the dates it records, and a timeline with countdowns.

Overdue deadlines say so in words ("2 dagen te laat") and with a symbol, not colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.safe_text import plain_label, tooltip
from routekaarten.termijnen import Termijn, anchor_label, countdown, status

# The events a case can record beside its melding date; each is an anchor in Bijlage 7.
EDITABLE_ANCHORS = (
    "aangifte",
    "aanhouding",
    "verhoor_verdachte",
    "ontvangst_plan_politie",
    "ontvangst_pv_politie",
    "huisverbod",
    "zitting",
)


class TermijnenPanel(QWidget):
    eventChanged = Signal(str, object)  # anchor, date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.editors: dict[str, QDateEdit] = {}
        form = QFormLayout()
        for anchor in EDITABLE_ANCHORS:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("niet gebeurd / onbekend"))
            edit.setAccessibleName(self.tr("Datum {0}").format(anchor_label(anchor)))
            edit.dateChanged.connect(lambda value, a=anchor: self._changed(a, value))
            self.editors[anchor] = edit
            form.addRow(anchor_label(anchor).capitalize() + ":", edit)
        self.error = plain_label(QLabel())
        self.error.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Termijnen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Wanneer"),
                self.tr("Nog"),
                self.tr("Organisatie"),
                self.tr("Wat"),
                self.tr("Hoe geteld"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def load_events(self, events: Mapping[str, date | datetime]) -> None:
        self._loading = True
        for anchor, edit in self.editors.items():
            value = events.get(anchor)
            day = value.date() if isinstance(value, datetime) else value
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
        self._loading = False

    def show_termijnen(self, termijnen: list[Termijn], today: date) -> None:
        self.table.setRowCount(len(termijnen))
        for row, termijn in enumerate(termijnen):
            _, overdue = status(termijn, today)
            left = countdown(termijn, today)
            cells = [
                termijn.due_day.strftime("%d-%m-%Y"),
                ("⚠ " if overdue else "") + left,
                termijn.organisation,
                termijn.what,
                termijn.how,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        cells = (
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        )
        return [[item.text() if item else "" for item in row] for row in cells]

    def _changed(self, anchor: str, value: QDate) -> None:
        if self._loading:
            return
        day = (
            None
            if value == self.editors[anchor].minimumDate()
            else date(value.year(), value.month(), value.day())
        )
        self.eventChanged.emit(anchor, day)
