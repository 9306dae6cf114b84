"""The deadlines of a case: the dates it records, and a timeline with countdowns.

Overdue deadlines say so in words ("2 dagen te laat") and with a symbol, not colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_text import plain_label, tooltip
from routekaarten.termijnen import (
    ZITTING_SOORT,
    ZITTING_SOORTEN,
    Needed,
    Overview,
    Termijn,
    anchor_label,
    countdown,
    status,
)

# The events a case can record beside its melding at Veilig Thuis; each is the anchor of a
# deadline (Bijlage 7, Handelingsprotocol) or counted for bouwblok 6.
EDITABLE_ANCHORS = (
    "melding_politie",
    "aangifte",
    "veiligheidsbeoordeling",
    "vooronderzoek",
    "monitoren",
    "aanhouding",
    "verhoor_verdachte",
    "ontvangst_plan_politie",
    "ontvangst_pv_politie",
    "huisverbod",
    "voorgeleiding",
    "raadkamer",
    "zitting",
    "anoniem_overleg",
    "onderzoek_afgerond",
)
SOORT_LABELS = {
    "": QT_TRANSLATE_NOOP("TermijnenPanel", "soort onbekend"),
    "supersnel": QT_TRANSLATE_NOOP("TermijnenPanel", "supersnelrecht"),
    "snel": QT_TRANSLATE_NOOP("TermijnenPanel", "snelrecht"),
    "om": QT_TRANSLATE_NOOP("TermijnenPanel", "OM-zitting"),
    "regulier": QT_TRANSLATE_NOOP("TermijnenPanel", "reguliere zitting"),
}


class TermijnenPanel(QWidget):
    eventChanged = Signal(str, object)  # anchor, date | None; or "zitting_soort", str | None

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
            if anchor == "zitting":
                form.addRow(self.tr("Soort zitting:"), self._soort_combo())
        self.error = plain_label(QLabel())
        self.error.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Termijnen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Wanneer"),
                self.tr("Nog"),
                self.tr("Organisatie"),
                self.tr("Wat"),
                self.tr("Hoe geteld"),
                self.tr("Bron en voetnoot"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def _soort_combo(self) -> QComboBox:
        self.soort = QComboBox()
        self.soort.setAccessibleName(self.tr("Soort zitting"))
        for key in ("", *ZITTING_SOORTEN):
            self.soort.addItem(self.tr(SOORT_LABELS[key]), key)
        self.soort.currentIndexChanged.connect(self._soort_changed)
        return self.soort

    def load_events(self, events: Mapping[str, object]) -> None:
        self._loading = True
        for anchor, edit in self.editors.items():
            value = events.get(anchor)
            day = value.date() if isinstance(value, datetime) else value
            edit.setDate(QDate(day.year, day.month, day.day) if isinstance(day, date) else edit.minimumDate())
        self.soort.setCurrentIndex(max(self.soort.findData(events.get(ZITTING_SOORT) or ""), 0))
        self._loading = False

    def _source_text(self, row: Termijn | Needed) -> str:
        parts = [row.source]
        if row.footnote:
            number = f" {row.footnote_number}" if row.footnote_number else ""
            parts.append(self.tr("voetnoot{0}: {1}").format(number, row.footnote))
        if row.applies_to == "zedenzaken":
            parts.append(self.tr("geldt nu alleen in zedenzaken"))
        if not row.binding:
            parts.append(self.tr("niet bindend, ter vergelijking"))
        if row.note:
            parts.append(row.note)
        return "; ".join(parts)

    def show_termijnen(self, termijnen: list[Termijn], today: date) -> None:
        self.show_overview(Overview(termijnen, []), today)

    def show_overview(self, found: Overview, today: date) -> None:
        """Counted deadlines first, then the ones that say which date they still need."""
        self.table.setRowCount(len(found.termijnen) + len(found.needed))
        rows: list[list[str]] = []
        for termijn in found.termijnen:
            _, overdue = status(termijn, today)
            left = countdown(termijn, today)
            rows.append(
                [
                    termijn.due_day.strftime("%d-%m-%Y"),
                    ("⚠ " if overdue else "") + left,
                    termijn.organisation,
                    termijn.what,
                    termijn.how,
                    self._source_text(termijn),
                ]
            )
        for needed in found.needed:
            rows.append(
                ["—", "", needed.organisation, needed.what, needed.needs, self._source_text(needed)]
            )
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def show_error(self, text: str) -> None:
        """Why a date was refused ("" when the dates are fine)."""
        self.error.setText(f"⚠ {text}" if text else "")

    def rows(self) -> list[list[str]]:
        cells = (
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        )
        return [[item.text() if item else "" for item in row] for row in cells]

    def _soort_changed(self) -> None:
        if not self._loading:
            self.eventChanged.emit(ZITTING_SOORT, self.soort.currentData() or None)

    def _changed(self, anchor: str, value: QDate) -> None:
        if self._loading:
            return
        day = (
            None
            if value == self.editors[anchor].minimumDate()
            else date(value.year(), value.month(), value.day())
        )
        self.eventChanged.emit(anchor, day)
