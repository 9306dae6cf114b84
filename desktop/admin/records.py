"""A list in the draft (contacts, areas, boxes, footnotes ...) as a table, with add, remove, reorder,
and a form for the chosen row.

``RecordModel`` is a ``QAbstractTableModel`` over the list at a path of the document: each cell
is one key of one record; editing a cell is an undoable command. Problems the validator finds in
a record colour its cell (with a ⚠ and the message as tooltip and accessible description: never
colour alone). ``RecordEditor`` puts the table, its buttons and the row's ``FieldForm`` together.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.document import MISSING, DraftDocument, Path, touches
from desktop.admin.fields import Choices, FieldForm, FieldSpec
from routekaarten.issue_labels import IssueLabel

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor(255, 220, 220)
MAX_COLUMN_WIDTH = 320


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    choices: Choices | None = None  # edited with a combo box of these
    compute: Callable[[dict[str, Any]], str] | None = None  # read-only, derived from the record
    problem_keys: tuple[str, ...] = ()  # problems of these keys are shown in this column too


class RecordModel(QAbstractTableModel):
    def __init__(self, document: DraftDocument, list_path: Path, columns: Sequence[Column],
                 name: Callable[[int, dict[str, Any]], str], optional_list: bool = False) -> None:
        super().__init__()
        self.document = document
        self.list_path = list_path
        self.optional_list = optional_list  # the last record removed: the key goes (the schema wants one)
        self.columns = list(columns)
        self.name = name  # the record in words, for undo texts: "Contact 'OvJ'"
        self.problems: dict[tuple[int, str], list[str]] = {}
        self._count = len(self.records())
        document.changed.connect(self._on_changed)

    def records(self) -> list[Any]:
        value = self.document.get(self.list_path, [])
        return value if isinstance(value, list) else []

    def record(self, row: int) -> dict[str, Any]:
        records = self.records()
        item = records[row] if 0 <= row < len(records) else {}
        return item if isinstance(item, dict) else {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def _cell_problems(self, row: int, column: Column) -> list[str]:
        found = list(self.problems.get((row, column.key), []))
        for key in column.problem_keys:
            found += self.problems.get((row, key), [])
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return record.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.compute is not None:
                return column.compute(record)
            value = record.get(column.key)
            if column.choices is not None:
                return next((label for choice, label in column.choices() if choice == value),
                            "" if value is None else str(value))
            return "" if value is None else str(value)
        problems = self._cell_problems(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor("black"))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.DecorationRole and problems:
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].compute is None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.compute is not None:
            return False
        row = index.row()
        text = self.tr("{0}: {1} gewijzigd").format(self.name(row, self.record(row)), column.header)
        self.document.set((*self.list_path, row, column.key), value, text)
        self.document.seal()
        return True

    def set_problems(self, problems: dict[tuple[int, str], list[str]]) -> None:
        if problems == self.problems:
            return
        self.problems = problems
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _on_changed(self, path: Path) -> None:
        if not touches(path, self.list_path):
            if any(column.choices or column.compute for column in self.columns):
                self._redraw()  # choices come from elsewhere in the draft (area names, box titles)
            return
        count = len(self.records())
        depth = len(self.list_path)
        row = path[depth] if len(path) > depth + 1 else None
        if count == self._count and isinstance(row, int):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        if count == self._count and len(path) > depth:  # same rows, other content
            self._redraw()
            return
        self.beginResetModel()
        self._count = count
        self.endResetModel()

    def set_list_path(self, path: Path) -> None:
        self.beginResetModel()
        self.list_path = path
        self._count = len(self.records())
        self.endResetModel()

    def _redraw(self) -> None:
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.columnCount() - 1))

    # structural edits ---------------------------------------------------------------------------

    def insert(self, row: int, record: dict[str, Any], text: str) -> None:
        records = copy.deepcopy(self.records())
        records.insert(row, record)
        self.document.set(self.list_path, records, text)

    def remove(self, row: int, text: str) -> None:
        records = copy.deepcopy(self.records())
        if 0 <= row < len(records):
            del records[row]
            self.document.set(self.list_path, records or (MISSING if self.optional_list else []), text)

    def move(self, row: int, to: int, text: str) -> bool:
        records = copy.deepcopy(self.records())
        if not (0 <= row < len(records) and 0 <= to < len(records)) or row == to:
            return False
        records.insert(to, records.pop(row))
        self.document.set(self.list_path, records, text)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the column's choices as the cell's editor."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices():
            combo.addItem(label, value)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RecordEditor(QWidget):
    """The table of a list, its buttons, and the form of the chosen record."""

    rowChosen = Signal(int)  # -1: none

    def __init__(
        self,
        document: DraftDocument,
        list_path: Path,
        columns: Sequence[Column],
        *,
        name: str,
        record_name: Callable[[int, dict[str, Any]], str],
        new_record: Callable[[list[Any], int], dict[str, Any]],
        detail: Sequence[FieldSpec] = (),
        extra: Sequence[QWidget] = (),
        orientation: Qt.Orientation = Qt.Orientation.Vertical,
        optional_list: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.list_path = list_path
        self.new_record = new_record
        self.record_name = record_name
        self.model = RecordModel(document, list_path, columns, record_name, optional_list)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for number, column in enumerate(columns):
            if column.choices is not None:
                self.table.setItemDelegateForColumn(number, ChoiceDelegate(column.choices, self.table))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.up_button = QPushButton(self.tr("Omhoog"))
        self.down_button = QPushButton(self.tr("Omlaag"))
        for button, what in (
            (self.add_button, self.tr("toevoegen")),
            (self.remove_button, self.tr("verwijderen")),
            (self.up_button, self.tr("omhoog")),
            (self.down_button, self.tr("omlaag")),
        ):
            button.setAccessibleName(f"{name}: {what}")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.form = FieldForm(document, detail, name) if detail else None
        self.extra = list(extra)
        splitter = QSplitter(orientation)
        splitter.addWidget(top)
        if self.form is not None or self.extra:
            bottom = QWidget()
            bottom_layout = QVBoxLayout(bottom)
            bottom_layout.setContentsMargins(0, 0, 0, 0)
            if self.form is not None:
                bottom_layout.addWidget(self.form)
            for widget in self.extra:
                bottom_layout.addWidget(widget)
            bottom_layout.addStretch(1)
            scroller = QScrollArea()  # at the largest text size the form is taller than the window
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(bottom)
            splitter.addWidget(scroller)
            splitter.setStretchFactor(0, 3)  # the table wider: its columns are what the admin reads
            splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda current, _old: self._chosen(current.row()))
        self.model.modelReset.connect(self._after_reset)
        self._row = -1
        self._fitted: Path | None = None
        self._update_buttons()

    def current_row(self) -> int:
        return self._row

    def set_list_path(self, path: Path) -> None:
        """Show another list (the items of another bespreekpunt group)."""
        if path == self.list_path:
            return
        self.list_path = path
        self._row = -1
        self.model.set_list_path(path)

    def _chosen(self, row: int) -> None:
        self._row = row
        base = (*self.list_path, row) if row >= 0 else None
        if self.form is not None:
            self.form.name = self.record_name(row, self.model.record(row))
            self.form.set_base(base)
        for widget in self.extra:
            widget.set_base(base)  # type: ignore[attr-defined]
        self._update_buttons()
        self.rowChosen.emit(row)

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.select(min(max(self._row, 0), count - 1) if count else -1)
        if self._fitted != self.list_path[:1]:  # once per list: the texts set the width, within reason
            self._fitted = self.list_path[:1]
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def select(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._chosen(-1)
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, max(self.table.currentIndex().column(), 0)))
        if self._row != row:
            self._chosen(row)

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        self.remove_button.setEnabled(0 <= self._row < count)
        self.up_button.setEnabled(self._row > 0)
        self.down_button.setEnabled(0 <= self._row < count - 1)

    def add(self) -> None:
        records = self.model.records()
        row = self._row + 1 if self._row >= 0 else len(records)
        record = self.new_record(records, self._row)
        self._row = row
        self.model.insert(row, record, self.tr("{0} toegevoegd").format(self.record_name(row, record)))
        self.select(row)
        self.table.setFocus()

    def remove(self) -> None:
        row = self._row
        if row < 0:
            return
        name = self.record_name(row, self.model.record(row))
        self.model.remove(row, self.tr("{0} verwijderd").format(name))
        self.select(min(row, self.model.rowCount() - 1))

    def move_by(self, step: int) -> None:
        row = self._row
        name = self.record_name(row, self.model.record(row))
        self._row = row + step
        if self.model.move(row, row + step, self.tr("{0} verplaatst").format(name)):
            self.select(row + step)
        else:
            self._row = row

    # problems -----------------------------------------------------------------------------------

    def set_problems(self, labels: Sequence[IssueLabel]) -> None:
        """Show the validator's problems of this list: in the table's cells and next to the form's fields."""
        depth = len(self.list_path)
        cells: dict[tuple[int, str], list[str]] = {}
        for label in labels:
            path = label.path
            row = path[depth] if path[:depth] == self.list_path and len(path) > depth else None
            if not isinstance(row, int):
                continue
            key = str(path[depth + 1]) if len(path) > depth + 1 else ""
            cells.setdefault((row, key), []).append(label.message)
        self.model.set_problems(cells)
        if self.form is not None:
            row = self._row
            self.form.set_problems({key: messages for (r, key), messages in cells.items() if r == row})
        for widget in self.extra:
            if hasattr(widget, "set_problems"):
                widget.set_problems(labels)

    def focus_path(self, path: Path) -> bool:
        """Select the record ``path`` is in and put the focus on its field; False when not ours."""
        depth = len(self.list_path)
        if path[:depth] != self.list_path:
            return False
        row = path[depth] if len(path) > depth else None
        if not isinstance(row, int):
            self.table.setFocus()
            return True
        self.select(row)
        key = str(path[depth + 1]) if len(path) > depth + 1 else ""
        for widget in self.extra:
            if hasattr(widget, "focus_path") and widget.focus_path(path):
                return True
        if self.form is not None and self.form.focus_field(key):
            return True
        column = next((n for n, c in enumerate(self.model.columns) if c.key == key), 0)
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()
        return True
