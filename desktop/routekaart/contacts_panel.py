"""The "Nu bereikbaar" list: contacts of the chosen area, ranked by who answers now."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.routekaart.contacts_model import Column, ContactsFilter, ContactsModel, Role
from desktop.routekaart.phone_actions import call_number, copy_number
from desktop.shortcuts import bind_action
from routekaarten.reachability import RankedContact


class ContactsPanel(QWidget):
    contactActivated = Signal(str)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(self)
        self.proxy = ContactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # markup by design; its data is escaped
        self.heading.setAccessibleName(self.tr("Kop nu bereikbaar"))
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacten, gerangschikt op wie nu opneemt"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents: that asks every row, at every layout.
        metrics = self.table.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.STATUS, metrics.horizontalAdvance("Nu") + 24)
        header.resizeSection(Column.ROLE, metrics.horizontalAdvance("Reclassering (ZSM-nummer) —") + 24)
        header.resizeSection(Column.PHONE, metrics.horizontalAdvance("088-9637356") + 24)
        header.setStretchLastSection(True)
        # Rows grow to their wrapped text once the widths settle, not on every intermediate resize.
        self._row_heights = QTimer(self)
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(0)
        self._row_heights.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_heights.start())
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_button = QPushButton(self.tr("Nummer kopiëren"), self)
        self.copy_button.setAccessibleName(self.tr("Nummer kopiëren"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.call_button = QPushButton(self.tr("Bellen"), self)
        self.call_button.setAccessibleName(self.tr("Bellen via tel:-koppeling"))
        self.call_button.clicked.connect(self.call_selected)
        copy_action = QAction(self.tr("Nummer kopiëren"), self.table)
        bind_action("copy_number", copy_action)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_selected)
        call_action = QAction(self.tr("Bellen"), self.table)
        bind_action("call_contact", call_action)
        call_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        call_action.triggered.connect(self.call_selected)
        self.table.addActions([copy_action, call_action])

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.call_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_contacts(self, rows: list[RankedContact], area_names: dict[str, str], heading: str) -> None:
        selected = self.selected_entry()
        self.model.set_contacts(rows, area_names)
        self.heading.setText(heading)
        self._row_heights.start()
        if selected is not None:
            self.select_contact(selected.contact.id)

    def set_filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def visible_phones(self) -> list[str]:
        """The numbers shown, top to bottom (what the user reads)."""
        return [str(self.proxy.index(row, Column.PHONE).data()) for row in range(self.proxy.rowCount())]

    def select_contact(self, contact_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, Column.ROLE)
            if index.data(Role.CONTACT_ID) == contact_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def selected_entry(self) -> RankedContact | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def copy_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.message.emit(self.tr("Kies eerst een contact."))
            return
        copy_number(entry.contact.phone)
        self.message.emit(self.tr("Gekopieerd: {0} ({1})").format(entry.contact.phone, entry.contact.role))

    def call_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.message.emit(self.tr("Kies eerst een contact."))
            return
        if not call_number(entry.contact.phone_e164):
            copy_number(entry.contact.phone)
            self.message.emit(
                self.tr("Geen programma voor tel:-koppelingen; nummer gekopieerd: {0}").format(
                    entry.contact.phone
                )
            )

    def _on_activated(self, index: QModelIndex) -> None:
        self.contactActivated.emit(str(index.data(Role.CONTACT_ID)))
