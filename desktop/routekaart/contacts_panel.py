"""The "Nu bereikbaar" list: contacts of the chosen area, ranked by who answers now.

A number is never cut off, at any text size: its column is as wide as the widest number in the
current font, and the role and reachability columns share the rest and wrap their text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
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
from desktop.safe_text import plain_label
from desktop.shortcuts import bind_action
from routekaarten.reachability import RankedContact
from routekaarten.search_terms import Glossary
from routekaarten.status_marks import STATUS_MARK

_FIRST_PAINT_MARGIN = 8


class ContactsTable(QTableView):
    """The contacts' table; it says when it has first been painted: the numbers are on screen.

    (Without asking for the viewport: the first wrapper Python makes of Qt's private viewport
    class builds the types of every widget class in QtWidgets, some 70 enums, at start-up.)
    """

    firstPainted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons, not from cell to cell
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def painted(self) -> bool:
        return self._painted

    def viewport_width(self) -> int:
        """The viewport's width, as Qt lays it out: inside the frame, beside a vertical scroll bar."""
        bar = self.verticalScrollBar()
        return self.contentsRect().width() - (bar.width() if bar.isVisibleTo(self) else 0)


class ContactsPanel(QWidget):
    contactActivated = Signal(str)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(self)
        self.proxy = ContactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = plain_label(QLabel(self))  # it names an area: data, shown as text
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Kop nu bereikbaar"))
        self.table = ContactsTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacten, gerangschikt op wie nu opneemt"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Widths from the font and the numbers (fit_columns), not ResizeToContents: that asks every
        # row, at every layout.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.PHONE, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrap, never "088 …"
        header.setMinimumSectionSize(self.table.fontMetrics().averageCharWidth() * 3)
        self.table.installEventFilter(self)
        # After a resize the viewport has its new width only once the table handled the event.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_columns)
        # Rows grow to their wrapped text once the widths settle, not on every intermediate resize.
        self._row_heights = QTimer(self)
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(0)
        self._row_heights.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_heights.start())
        self.table.firstPainted.connect(self._refit.start)  # with the style's own margin (cell_margin)
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

    def cell_margin(self) -> int:
        """What a cell adds to its text's width (the item view's text margins, both sides).

        Until the numbers are first on screen, a generous 8 px (the styles' own are 4 to 8): asking
        the style builds QStyle's Python type with its many enums, which costs start-up some 5 ms.
        The columns are fitted again with the style's own margin right after that first paint.
        """
        if not self.table.painted():
            return _FIRST_PAINT_MARGIN
        from PySide6.QtWidgets import QStyle

        style = self.table.style()
        return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)

    def fit_columns(self) -> None:
        """The status and number columns as wide as their content in the current font; the role
        column takes 45% of what is left (it wraps), the reachability column the rest.

        No text is cut at any text size: a column is never narrower than its title or its longest
        word (which cannot wrap: "Vertrouwensarts"), and the table asks for the width of all four
        at their narrowest, so the splitter beside it gives way (the chart) rather than the list.
        """
        metrics, header_metrics = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        slack = self.cell_margin() + metrics.averageCharWidth()

        def title(column: Column) -> int:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return header_metrics.horizontalAdvance(text)

        def width(column: Column, texts: list[str]) -> int:
            content = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            return max(content, title(column)) + slack

        def narrowest(column: Column) -> int:
            """Its title or its longest word, whichever is wider."""
            words = {word for text in self.model.column_texts(column) for word in text.split()}
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            return max(title(column), longest) + slack

        rows = [self.model.entry(row) for row in range(self.model.rowCount())]
        status = width(Column.STATUS, list(STATUS_MARK.values()))
        phone = width(Column.PHONE, [entry.contact.phone for entry in rows] or ["088-9637356"])
        role_least, reason_least = narrowest(Column.ROLE), narrowest(Column.REASON)
        bar = self.table.verticalScrollBar().sizeHint().width()
        frame = self.table.width() - self.table.contentsRect().width()
        self.table.setMinimumWidth(status + phone + role_least + reason_least + bar + frame)
        header = self.table.horizontalHeader()
        header.resizeSection(Column.STATUS, status)
        header.resizeSection(Column.PHONE, phone)
        rest = self.table.viewport_width() - status - phone
        header.setMinimumSectionSize(metrics.averageCharWidth() * 3)
        role = min(max(int(rest * 0.45), role_least), max(int(rest * 0.6), role_least), rest - reason_least)
        header.resizeSection(Column.ROLE, max(role, role_least, header.minimumSectionSize()))
        self.table.horizontalScrollBar().setValue(0)  # all columns fit: nothing is scrolled aside

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._refit.start()
        return super().eventFilter(watched, event)

    def set_contacts(self, rows: list[RankedContact], area_names: dict[str, str], heading: str) -> None:
        selected = self.selected_entry()
        self.model.set_contacts(rows, area_names)
        self.heading.setText(heading)
        self.fit_columns()
        self._row_heights.start()
        if selected is not None:
            self.select_contact(selected.contact.id)

    def set_filter(self, text: str, glossary: Glossary | None = None) -> None:
        self.proxy.set_text(text, glossary)

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
