"""The F1 window: the keyboard shortcuts of the main actions, for users who work by keyboard.

Non-modal, so it can stay open beside the main window while the user tries the keys. The list
is ``desktop/shortcuts.py``'s table, the same one the key bindings are made from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shortcuts import CONTEXT, SHORTCUTS


def key_text(keys: str) -> str:
    """The keys as the platform writes them, or the translated words for a group of keys."""
    sequence = QKeySequence(keys)
    if sequence.isEmpty() or sequence.toString(QKeySequence.SequenceFormat.PortableText) != keys:
        return QCoreApplication.translate(CONTEXT, keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen — Routekaart"))
        self.setModal(False)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels([self.tr("Toetsen"), self.tr("Wat het doet")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, shortcut in enumerate(SHORTCUTS):
            key_item = QTableWidgetItem(key_text(shortcut.keys))
            what_item = QTableWidgetItem(QCoreApplication.translate(CONTEXT, shortcut.what))
            for item in (key_item, what_item):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, what_item)
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("De sneltoetsen werken in het hoofdvenster; dit venster mag open blijven."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def texts(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        rows = []
        for row in range(self.table.rowCount()):
            keys, what = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((keys.text() if keys else "", what.text() if what else ""))
        return rows
