"""The F1 window: the keyboard shortcuts of the main actions, for users who work by keyboard.

Non-modal, so it can stay open beside the main window while the user tries the keys. The list
is kept here, beside the code that lists it; the shortcuts themselves are defined where they act
(main_window.py, contacts_panel.py, chart_view.py, app_menu.py).
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

from desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ShortcutsHelp"  # for translate() at run time; lupdate needs the literal in every mark

# (keys, what they do). Keys written as QKeySequence portable text are shown in the platform's
# notation (Ctrl on Windows and Linux, ⌘ on macOS); the others are words and are translated.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+K", QT_TRANSLATE_NOOP("ShortcutsHelp", "Naar het zoekveld")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsHelp", "Zoekveld leegmaken (in het zoekveld)")),
    (
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Pijl omlaag"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Van het zoekveld naar de zoekresultaten"),
    ),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsHelp", "Gekozen zoekresultaat of contact openen")),
    ("Ctrl+1", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tabblad Routekaart")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tabblad Zaken")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsHelp", "Gegevens nu bijwerken bij de centrale bron (ook Ctrl+R)")),
    (
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Pijltjestoetsen"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Vakken van de routekaart na elkaar kiezen"),
    ),
    ("Tab", QT_TRANSLATE_NOOP("ShortcutsHelp", "Naar het volgende veld, de volgende lijst of knop")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("ShortcutsHelp", "Nummer van het gekozen contact kopiëren (in de lijst)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsHelp", "Gekozen contact bellen (in de lijst)")),
    (
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Alt+onderstreepte letter"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Het veld of de knop met die letter"),
    ),
    ("Ctrl++", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tekst groter")),
    ("Ctrl+-", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tekst kleiner")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("ShortcutsHelp", "Standaard tekstgrootte")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsHelp", "Deze lijst met sneltoetsen")),
)


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
        for row, (keys, what) in enumerate(SHORTCUTS):
            key_item = QTableWidgetItem(key_text(keys))
            what_item = QTableWidgetItem(QCoreApplication.translate(CONTEXT, what))
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
