"""A list model over the cases, with a filter proxy for the search-as-you-type box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.safe_text import tooltip
from routekaarten.cases import Case

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_INDEX = QModelIndex()


class CasesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[Case] = []
        self._purge_in: Callable[[Case], int | None] = lambda case: None
        self._held: frozenset[str] = frozenset()

    def set_cases(self, cases: list[Case]) -> None:
        self.beginResetModel()
        self._cases = cases
        self.endResetModel()

    def set_purge_in(self, purge_in: Callable[[Case], int | None]) -> None:
        """How many days a closed case has left before it is deleted (None: not counted)."""
        self._purge_in = purge_in
        if self._cases:
            self.dataChanged.emit(self.index(0), self.index(len(self._cases) - 1))

    def set_held(self, case_ids: frozenset[str]) -> None:
        """Closed cases past their keep time that the purge holds back: their notes wait for export."""
        self._held = case_ids
        if self._cases:
            self.dataChanged.emit(self.index(0), self.index(len(self._cases) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, where a narrow column elides it
            return tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if case.status == "closed":
                days = self._purge_in(case)
                state = self.tr("gesloten")
                if case.id in self._held:
                    state += self.tr(", wacht op export")
                elif days == 1:
                    state += self.tr(", wordt over 1 dag verwijderd")
                elif days == 0:
                    state += self.tr(", wordt bij het volgende ontgrendelen verwijderd")
                elif days is not None:
                    state += self.tr(", wordt over {0} dagen verwijderd").format(days)
            else:
                state = self.tr("stap {0}").format(case.step)
            return f"{case.label} — {case.melding_date:%d-%m-%Y} — {state}"
        if role == CASE_ID_ROLE:
            return case.id
        return None

    def row_of(self, case_id: str) -> int:
        return next((row for row, case in enumerate(self._cases) if case.id == case_id), -1)
