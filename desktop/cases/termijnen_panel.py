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

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
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
TABLE_ROWS_SHOWN = 3
# The table's columns: Wanneer (a date, never wrapped), then Nog, Organisatie, Wat, Hoe geteld and
# Bron en voetnoot, which wrap. The short ones get their whole line first; the long three share
# the rest in these proportions (the work is short, a counting or a note can be a paragraph).
DATE_COLUMN = 0
SHORT_COLUMNS = (1, 2)
LONG_COLUMNS = {3: 2, 4: 3, 5: 3}
SOORT_LABELS = {
    "": QT_TRANSLATE_NOOP("TermijnenPanel", "soort onbekend"),
    "supersnel": QT_TRANSLATE_NOOP("TermijnenPanel", "supersnelrecht"),
    "snel": QT_TRANSLATE_NOOP("TermijnenPanel", "snelrecht"),
    "om": QT_TRANSLATE_NOOP("TermijnenPanel", "OM-zitting"),
    "regulier": QT_TRANSLATE_NOOP("TermijnenPanel", "reguliere zitting"),
}


class RowLabel(QLabel):
    """A row's label: on one line where there is room, wrapped where there is not, never cut.

    A word-wrapped ``QLabel`` asks for a quarter of 80 characters and so wraps even beside an
    empty half of the page; this one asks for its whole line."""

    def __init__(self, text: str, buddy: QWidget) -> None:
        super().__init__(text)
        plain_label(self)
        self.setWordWrap(True)
        self.setBuddy(buddy)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 1
        return QSize(width, self.heightForWidth(width))


class EventRows(QWidget):
    """The event fields as rows of a label and its field, in two columns side by side where the
    labels and the whole dates fit, else in one (the largest text sizes, a narrow window). A
    label wraps rather than being cut when even one column is narrower than it; where a label
    cannot stand beside its whole field even wrapped ("Afronding veiligheidsbeoordeling:" at the
    largest size on a 1280-wide screen), each label stands above its field, so the fields are
    never pushed out of sight sideways. A row is as high as its field with its reason below it,
    so rows never overlap."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLabel, QWidget]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addStretch(1)  # rows at the top, not spread over the height
        self.columns = 0
        self.stacked = False  # each label above its field
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._refit_now)

    def add_row(self, text: str, field: QWidget) -> QLabel:
        label = RowLabel(text, field)
        self.rows.append((label, field))
        self._align(label, field)
        self.columns = 0
        self.arrange(self.width())
        return label

    def two_columns_width(self) -> int:
        """The width two columns need: each label whole beside a whole date."""
        spacing = self.grid.horizontalSpacing()
        per_column = (len(self.rows) + 1) // self.COLUMNS
        widths = [
            max(label.sizeHint().width() for label, _ in part)
            + spacing
            + max(field.minimumSizeHint().width() for _, field in part)
            for part in (self.rows[i : i + per_column] for i in range(0, len(self.rows), per_column))
        ]
        return sum(widths) + spacing * (len(widths) - 1)

    def beside_width(self) -> int:
        """The least width one column of labels beside their fields needs: each label wrapped."""
        return (
            max(label.minimumSizeHint().width() for label, _ in self.rows)
            + self.grid.horizontalSpacing()
            + max(field.minimumSizeHint().width() for _, field in self.rows)
        )

    def minimumSizeHint(self) -> QSize:
        """The least of all arrangements: each label above its field (``arrange`` chooses it)."""
        hint = super().minimumSizeHint()
        if not self.rows:
            return hint
        stacked = max(max(label.minimumSizeHint().width(), field.minimumSizeHint().width())
                      for label, field in self.rows)
        return QSize(min(hint.width(), stacked), hint.height())

    def arrange(self, width: int) -> None:
        """Place the rows in as many columns as ``width`` holds (Qt layouts then size them)."""
        if not self.rows:
            return
        columns = self.COLUMNS if width >= self.two_columns_width() else 1
        stacked = columns == 1 and width < self.beside_width()
        if (columns, stacked) == (self.columns, self.stacked):
            return
        self.columns, self.stacked = columns, stacked
        per_column = (len(self.rows) + columns - 1) // columns
        for label, field in self.rows:
            self.grid.removeWidget(label)
            self.grid.removeWidget(field)
        for index, (label, field) in enumerate(self.rows):
            if stacked:
                self.grid.addWidget(label, 2 * index, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(field, 2 * index + 1, 0, Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 0, 0, 0)
                continue
            column = 2 * (index // per_column)
            self.grid.addWidget(label, index % per_column, column, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(field, index % per_column, column + 1, Qt.AlignmentFlag.AlignTop)
            self._align(label, field)
        for column in range(2 * self.COLUMNS):
            wide = column == 0 if stacked else column % 2 and column < 2 * columns
            self.grid.setColumnStretch(column, 1 if wide else 0)

    @staticmethod
    def _align(label: QLabel, field: QWidget) -> None:
        """The label's first line level with the field's typing line, also above a reason."""
        line = field.edit if isinstance(field, DateField) else field
        offset = max(0, (line.sizeHint().height() - label.fontMetrics().height()) // 2)
        label.setContentsMargins(0, offset, 0, 0)

    def _refit_now(self) -> None:
        self.columns = 0
        self.arrange(self.width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit.start()  # the labels and fields get the new font after this widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())


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
        # The fields in a scroll area, above the deadlines in a splitter: fifteen fields in one
        # column left the table two rows high (seen under Xvfb at 1400x900), so two columns
        # where they fit (``EventRows``).
        self.fields = EventRows()
        for anchor in EDITABLE_ANCHORS:
            edit = DateField(
                self.tr("Datum {0}").format(anchor_label(anchor)),
                with_time=anchor in CUSTODY_ANCHORS,
                today=today,
                empty_text=self.tr("niet gebeurd / onbekend"),
                check=self._not_after_now(anchor),
            )
            edit.valueChanged.connect(lambda value, a=anchor: self._changed(a, value))
            self.editors[anchor] = edit
            self.fields.add_row(anchor_label(anchor).capitalize() + ":", edit)
            if anchor == "zitting":
                self.fields.add_row(self.tr("Soort zitting:"), self._soort_combo())
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
        # Computed deadlines, not a form: nothing to type in, and Tab goes on to the next control
        # rather than through some 180 cells.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # The text wraps at word boundaries in columns that share the table's width, in rows as
        # high as their lines (``fit_columns``, as the contacts list does); never "…" or half a word.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # A row of many lines at the largest size can be higher than the table: it scrolls by the
        # pixel, not by the row, so its every line can be brought into view.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # and sideways
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.installEventFilter(self)
        self.field_scroll = QScrollArea()
        self.field_scroll.setWidget(self.fields)
        self.field_scroll.setWidgetResizable(True)
        self.field_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.field_scroll.viewport().setAutoFillBackground(False)  # the tab's own background, not a grey box
        self.fields.setAutoFillBackground(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.field_scroll, 1)
        top_layout.addWidget(self.error)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_table)
        self._fit_table()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The rows were sized for the old text size: they would overlap. The table has its
            # new font only after this panel (a font reaches the children after their parent).
            self._refit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._refit.start()  # the viewport has its new width once the table handled the event
        return super().eventFilter(watched, event)

    def _cell_slack(self) -> int:
        """What a cell adds to its text's width: the style's text margin on both sides
        (QCommonStyle's viewItemDrawText), the grid line, and a pixel for rounding."""
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return 2 * margin + 2

    def _column_widths(self) -> tuple[list[int], list[int]]:
        """(narrowest, whole line) per column in the current font. The narrowest is the title or
        the longest word, whichever is wider: a word cannot wrap, so a column narrower than it
        would cut it; the date column is always whole."""
        table, header = self.table, self.table.horizontalHeader()
        metrics, slack = table.fontMetrics(), self._cell_slack()
        least, whole = [], []
        for column in range(table.columnCount()):
            texts = [item.text() for row in range(table.rowCount()) if (item := table.item(row, column))]
            line = max((metrics.horizontalAdvance(text) for text in texts), default=0) + slack
            words = [word for text in texts for word in text.split()]
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0) + slack
            title = header.sectionSizeFromContents(column).width()
            whole.append(max(line, title))
            least.append(whole[-1] if column == DATE_COLUMN else max(longest, title))
        return least, whole

    def fit_columns(self) -> None:
        """Every column at least its narrowest; what the viewport has beyond that goes first to
        Nog and Organisatie (whole on one line where they can be), then to Wat, Hoe geteld and
        Bron en voetnoot in proportion (``LONG_COLUMNS``), none wider than its longest line. The rows
        then take the height of their wrapped text.

        At the largest text size all columns at their narrowest are wider than a window
        ("veiligheidsbeoordeling" three times): the table then scrolls sideways inside itself,
        rather than a word being cut or the whole page scrolling away from the case's fields."""
        table = self.table
        least, whole = self._column_widths()
        bar = table.verticalScrollBar().sizeHint().width()  # kept free: no refit when it comes
        spare = table.contentsRect().width() - bar - sum(least)
        widths = list(least)
        for column in SHORT_COLUMNS:
            grow = max(0, min(spare, whole[column] - widths[column]))
            widths[column] += grow
            spare -= grow
        growing = [column for column in LONG_COLUMNS if widths[column] < whole[column]]
        while spare > 0 and growing:
            shares = sum(LONG_COLUMNS[column] for column in growing)
            given = 0
            for column in growing:
                grow = min(spare * LONG_COLUMNS[column] // shares, whole[column] - widths[column])
                widths[column] += grow
                given += grow
            spare -= given
            growing = [column for column in growing if widths[column] < whole[column]]
            if given == 0:  # less than a pixel per share left: the first column takes it
                widths[growing[0]] += spare
                spare = 0
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        table.resizeRowsToContents()

    def _fit_table(self) -> None:
        table = self.table
        self.fit_columns()
        # The splitter may give the fields nearly all the height at a large text size: the
        # deadlines keep their header and a few rows in view.
        line = table.fontMetrics().lineSpacing() + 8
        rows = sum(table.rowHeight(row) for row in range(min(table.rowCount(), TABLE_ROWS_SHOWN)))
        rows += line * max(0, TABLE_ROWS_SHOWN - table.rowCount())
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height()
            + rows
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )

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
        return " · ".join(parts)  # as the other lists of the app; a footnote may end in a full stop

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
                # The first line of every cell at the top of its row: read from there, also where
                # a row is higher than the table.
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self._fit_table()

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
