"""The deadlines of a case: the dates it records, and a timeline with countdowns.

Every event is one typeable ``DateField`` (issue 12 item 1); the events of vrijheidsbeneming
(``CUSTODY_ANCHORS``: aanhouding, voorgeleiding, raadkamer) take a time as well, because their
terms count in hours (Bijlage 7, footnotes 32 and 35). An event that has happened cannot lie
after now (``termijnen.check_event``): the field says so inline and keeps what was typed. Overdue
deadlines say so in words ("2 dagen te laat", "vandaag om 17:00 verlopen") and with a symbol, not
colour alone; the countdowns are at the moment given (``now``), so a deadline in hours is late
once its hour has passed.

A date the case's rules refuse (a melding bij de politie before the melding at Veilig Thuis) is
not saved, and it is not lost either: the typed text stays in its field with the reason and
"niet opgeslagen" beside it, until the date or the other one is corrected (``retry_refused``);
the page keeps such texts while the cases are locked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_text import plain_label, tooltip
from desktop.widgets.date_field import DateField
from routekaarten import clock
from routekaarten.termijnen import (
    CUSTODY_ANCHORS,
    ZITTING_SOORT,
    ZITTING_SOORTEN,
    Needed,
    Overview,
    Termijn,
    anchor_label,
    check_event,
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
    # anchor, date | datetime | None; or "zitting_soort", str | None
    eventChanged = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now) -> None:
        super().__init__(parent)
        self._now = now

        def today() -> date:  # the fields' "vandaag"
            return clock.day_of(now())

        self._loading = False
        self.editors: dict[str, DateField] = {}
        # Two columns of fields in a scroll area, above the deadlines in a splitter: fifteen
        # fields in one column left the table two rows high (seen under Xvfb at 1400x900).
        columns = (QFormLayout(), QFormLayout())
        for form in columns:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        half = (len(EDITABLE_ANCHORS) + 1) // 2
        for index, anchor in enumerate(EDITABLE_ANCHORS):
            form = columns[0 if index < half else 1]
            edit = DateField(
                self.tr("Datum {0}").format(anchor_label(anchor)),
                with_time=anchor in CUSTODY_ANCHORS,
                today=today,
                empty_text=self.tr("niet gebeurd / onbekend"),
                check=self._not_after_now(anchor),
            )
            edit.valueChanged.connect(lambda value, a=anchor: self._changed(a, value))
            # room for a whole date and time at any text size; a long label goes above its field
            edit.edit.setMinimumWidth(edit.edit.fontMetrics().horizontalAdvance("00-00-0000 00:00") + 24)
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
        fields = QWidget()
        field_columns = QHBoxLayout(fields)
        field_columns.setContentsMargins(0, 0, 0, 0)
        for form in columns:
            field_columns.addLayout(form, 1)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background, not a grey box
        fields.setAutoFillBackground(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(scroll, 1)
        top_layout.addWidget(self.error)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _not_after_now(self, anchor: str) -> Callable[[date | datetime], None]:
        """The field's rule: an event that has happened cannot lie after now (a zitting may)."""
        return lambda moment: check_event(anchor, moment, self._now())

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
            edit.setValue(value if isinstance(value, date) else None)
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

    def show_termijnen(self, termijnen: list[Termijn], now: datetime) -> None:
        self.show_overview(Overview(termijnen, []), now)

    def show_overview(self, found: Overview, now: datetime) -> None:
        """Counted deadlines first, then the ones that say which date they still need; the
        countdowns at ``now`` (aware, read in Dutch local time)."""
        self.table.setRowCount(len(found.termijnen) + len(found.needed))
        rows: list[list[str]] = []
        for termijn in found.termijnen:
            _, overdue = status(termijn, now)
            left = countdown(termijn, now)
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
        """Why the hearing's kind was refused ("" when it is fine); a date's reason is at its field."""
        self.error.setText(f"⚠ {text}" if text else "")

    def refuse(self, anchor: str, reason: str, kept: object) -> None:
        """The event was not saved: the reason at its own field, whose typed text stays."""
        field = self.editors.get(anchor)
        if field is None:
            self.show_error(reason)
            return
        field.refuse(
            self.tr("Niet opgeslagen: {0}").format(reason), kept if isinstance(kept, date) else None
        )

    def saved(self, anchor: str) -> None:
        """The event was stored; any reason shown for it is gone."""
        if anchor not in self.editors:
            self.show_error("")

    def refused_texts(self) -> dict[str, str]:
        """What is typed in the fields that are not saved, by event (to keep over a lock)."""
        return {anchor: field.text() for anchor, field in self.editors.items() if field.is_refused()}

    def restore_refused(self, texts: Mapping[str, str]) -> None:
        """Type back texts that were not saved; each is checked again, so it is saved now if the
        other date was corrected meanwhile, else refused with its reason at the field."""
        for anchor, text in texts.items():
            field = self.editors.get(anchor)
            if field is not None:
                field.edit.setText(text)
                field.commit()

    def retry_refused(self) -> None:
        """Another date changed: try the refused ones again (one may fit the rules now)."""
        for field in list(self.editors.values()):
            if field.is_refused():
                field.commit()

    def rows(self) -> list[list[str]]:
        cells = (
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        )
        return [[item.text() if item else "" for item in row] for row in cells]

    def _soort_changed(self) -> None:
        if not self._loading:
            self.eventChanged.emit(ZITTING_SOORT, self.soort.currentData() or None)

    def _changed(self, anchor: str, value: date | datetime | None) -> None:
        if not self._loading:
            self.eventChanged.emit(anchor, value)
