"""Bijlage 3 of the Handreiking (onderzoeksbevoegdheden per organisatie) as a matrix.

Who may do which kind of research: one row per activity, one column per organisation, a mark
where the organisation may, and per row how sure the reading of the source is. The marks were
read back from the layout of the source text, which lost its columns (``routekaarten.bijlage3``
says how); "hoog", "middel" and "laag" are that reading's confidence, and the legend says what
each means. Model/view (``Bijlage3Model`` over ``bijlage3.Matrix``); every cell is plain text,
because the titles come from the bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_text import plain_label, tooltip
from routekaarten.bijlage3 import MARK, Matrix, MatrixRow, matrix

SOURCE = QT_TRANSLATE_NOOP("Bijlage3Model", "Handreiking, Bijlage 3 Onderzoeksbevoegdheden per organisatie")
CONFIDENCE_LABELS = {
    "hoog": QT_TRANSLATE_NOOP("Bijlage3Model", "hoog"),
    "middel": QT_TRANSLATE_NOOP("Bijlage3Model", "middel"),
    "laag": QT_TRANSLATE_NOOP("Bijlage3Model", "laag"),
    "": QT_TRANSLATE_NOOP("Bijlage3Model", "niet vermeld"),
}
FOOTNOTE_SIGNS = ("¹", "²", "³", "⁴", "⁵", "⁶")
_NO_INDEX = QModelIndex()


class Bijlage3Model(QAbstractTableModel):
    """Rows: the activities; columns: the activity, the organisations, the reading's confidence."""

    def __init__(self, table: Matrix, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        signs = iter(FOOTNOTE_SIGNS)
        self._signs = [next(signs, "*") if note else "" for note in table.column_notes]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.table.columns) + 2

    def footnote_sign(self, column: int) -> str:
        """The sign after an organisation's name that points to its footnote in the legend."""
        return self._signs[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        organisations = len(self.table.columns)
        if section == 0:
            return self.tr("Onderzoekshandeling")
        if section == organisations + 1:
            return self.tr("Zekerheid lezing")
        if 1 <= section <= organisations:
            title = self.table.columns[section - 1][1]
            note = self.table.column_notes[section - 1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(f"{title}: {note}" if note else title)
            return title + self._signs[section - 1]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = index.column()
        organisations = len(self.table.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.title
            if column == organisations + 1:
                return self.tr(CONFIDENCE_LABELS.get(row.confidence, row.confidence))
            return self._mark_text(row, column - 1)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                return row.title
            if column == organisations + 1:
                return self.tr("zekerheid {0}").format(self.tr(CONFIDENCE_LABELS.get(row.confidence, "")))
            return self._mark_words(row, column - 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 or column == organisations + 1:
                return tooltip(row.note) if row.note else None
            return tooltip(f"{self.table.columns[column - 1][1]}: {self._mark_words(row, column - 1)}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _mark_text(self, row: MatrixRow, column: int) -> str:
        mark = row.marks[column]
        if mark is True:
            return MARK
        if mark is None:
            return "?"
        return "" if mark is False else str(mark)

    def _mark_words(self, row: MatrixRow, column: int) -> str:
        mark = row.marks[column]
        if mark is True:
            return self.tr("bevoegd")
        if mark is None:
            return self.tr("niet leesbaar in de bron")
        return self.tr("niet bevoegd") if mark is False else str(mark)


class Bijlage3Table(QWidget):
    """The matrix with its title, source and legend; a window of its own when it has no parent."""

    def __init__(self, national: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Bijlage 3 – Onderzoeksbevoegdheden per organisatie"))
        self.model = Bijlage3Model(matrix(national), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Onderzoeksbevoegdheden per organisatie"))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # sized by _fit_columns
        header.sectionResized.connect(self._fit_later)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(
            self.tr(
                "Welke organisatie welk onderzoek mag doen bij een vermoeden van kindermishandeling. "
                "Bron: {0}."
            ).format(self.tr(SOURCE))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = plain_label(QLabel(self.legend_text()))
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legenda"))
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        legend_area = QScrollArea()  # at a large text size the legend scrolls, the table stays
        legend_area.setWidget(self.legend)
        legend_area.setWidgetResizable(True)
        legend_area.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(legend_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        self.resize(1000, 760)

    def _fit_later(self, section: int, _old: int, _new: int) -> None:
        if section != 0:
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        """The activity column takes the room the marks leave, but never less than about 28
        characters: at a large text size the table scrolls sideways instead of squeezing it."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        least = self.view.fontMetrics().averageCharWidth() * 28
        width = max(self.view.viewport().width() - others, least)
        if header.sectionSize(0) != width:
            header.resizeSection(0, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def legend_text(self) -> str:
        """What the columns, the marks and the confidence mean, and the columns' footnotes."""
        table = self.model.table
        organisations = ", ".join(title for _, title in table.columns)
        lines = [
            self.tr("Kolommen: de onderzoekshandeling, dan per organisatie of zij die mag doen: {0}.").format(
                organisations
            ),
            self.tr("{0} = bevoegd; leeg = niet bevoegd; ? = niet leesbaar in de bron.").format(MARK),
        ]
        for column, note in enumerate(table.column_notes):
            if note:
                title = table.columns[column][1]
                lines.append(f"{self.model.footnote_sign(column)} {title}: {note}")
        lines.append(
            self.tr(
                "Zekerheid lezing: de kolommen van de tabel zijn in de brontekst verloren gegaan; de "
                "kruisjes zijn teruggelezen uit de opmaak. Hoog: de lezing geeft vijf kolommen en het "
                "aantal kruisjes van de bron. Middel: daarvoor moest een extra witregelblok als lege cel "
                "worden gelezen; de plaats van de kruisjes is niet zeker. Laag: het einde van de rij is "
                "niet leesbaar; alleen het aantal kruisjes is zeker. Bij twijfel: zie de Handreiking zelf."
            )
        )
        return "\n".join(lines)


def show_bijlage3(national: dict[str, Any], parent: QWidget | None = None) -> Bijlage3Table:
    """Open Bijlage 3 in a window of its own (not modal), or bring the open one forward."""
    existing = parent.findChild(Bijlage3Table) if parent is not None else None
    if existing is None:
        window = Bijlage3Table(national, parent)
        window.show()
        return window
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing


def show_for_window(window: Any) -> Bijlage3Table:
    """The menu's entry: Bijlage 3 of the national bundle in ``window``'s store."""
    return show_bijlage3(window.store.national(), window)
