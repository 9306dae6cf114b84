"""A table model over ranked contacts, and the proxy that filters it as the user types."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_text import tooltip
from routekaarten.model import contact_label
from routekaarten.reachability import RankedContact, Status
from routekaarten.search_terms import Glossary, fold
from routekaarten.status_marks import STATUS_MARK

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class Role(enum.IntEnum):
    CONTACT_ID = Qt.ItemDataRole.UserRole + 1
    PHONE_E164 = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4


class Column(enum.IntEnum):
    STATUS = 0
    ROLE = 1
    PHONE = 2
    REASON = 3


# A symbol and a word for every status: the list never relies on colour alone. The words are
# marked for pyside6-lupdate in the "Status" context; status_word() translates them.
# The symbols are the CLI's too (routekaarten/status_marks.py).
STATUS_TEXT = {
    Status.JA: (STATUS_MARK[Status.JA], QT_TRANSLATE_NOOP("Status", "Nu bereikbaar")),
    Status.DEELS: (STATUS_MARK[Status.DEELS], QT_TRANSLATE_NOOP("Status", "Deels bereikbaar")),
    Status.ONBEKEND: (STATUS_MARK[Status.ONBEKEND], QT_TRANSLATE_NOOP("Status", "Tijden niet vermeld")),
    Status.NEE: (STATUS_MARK[Status.NEE], QT_TRANSLATE_NOOP("Status", "Nu niet bereikbaar")),
}


def status_word(status: Status) -> str:
    """The status in words, in the user's language."""
    return QCoreApplication.translate("Status", STATUS_TEXT[status][1])


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RankedContact] = []
        self._area_names: dict[str, str] = {}

    def set_contacts(self, rows: list[RankedContact], area_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._area_names = area_names
        self.endResetModel()

    def entry(self, row: int) -> RankedContact:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.STATUS: self.tr("Nu"),
            Column.ROLE: self.tr("Functie"),
            Column.PHONE: self.tr("Nummer"),
            Column.REASON: self.tr("Bereikbaarheid"),
        }[Column(section)]

    def column_texts(self, column: Column) -> list[str]:
        """What every row shows in ``column`` (for fitting the columns to it)."""
        return [self._display(entry, column) for entry in self._rows]

    def _display(self, entry: RankedContact, column: Column) -> str:
        contact = entry.contact
        if column == Column.STATUS:
            return STATUS_TEXT[entry.reachability.status][0]
        if column == Column.ROLE:
            return contact_label(contact, self._area_names)
        if column == Column.PHONE:
            return contact.phone
        reason = entry.reachability.reason
        if entry.backup is not None:
            reason += " · " + self.tr("achtervang: {0} {1}").format(entry.backup.role, entry.backup.phone)
        return reason

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        contact, status = entry.contact, entry.reachability.status
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.tr("{0}: {1}").format(status_word(status), entry.reachability.reason))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            word = status_word(status)
            return f"{word}, {contact.role}, {contact.phone}, {entry.reachability.reason}"
        if role == Qt.ItemDataRole.ForegroundRole and status == Status.NEE:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Role.CONTACT_ID:
            return contact.id
        if role == Role.PHONE_E164:
            return contact.phone_e164
        if role == Role.STATUS:
            return int(status)
        if role == Role.SEARCH_TEXT:
            digits = "".join(ch for ch in contact.phone if ch.isdigit())
            return f"{contact.role} {contact.organisation} {contact.actor} {contact.phone} {digits}"
        return None


class ContactsFilter(QSortFilterProxyModel):
    """Keeps the rows whose role, organisation or number contains every typed word, in either
    form the region's legenda gives it ("officier" keeps the OvJ rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._glossary = Glossary()
        self.setFilterRole(Role.SEARCH_TEXT)

    def set_text(self, text: str, glossary: Glossary | None = None) -> None:
        self.beginFilterChange()
        self._words = [fold(word) for word in text.split()]
        self._glossary = glossary or Glossary()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = fold(str(model.data(model.index(source_row, 0, source_parent), Role.SEARCH_TEXT)))
        return all(self._glossary.matches(word, haystack) for word in self._words)
