"""The bespreekpunten of a case: a tree of groups with progress, and an editor for one item.

Every change is saved at once through ``changed`` (no save button); the tree shows status in
words and symbols, not colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_text import plain_label, tooltip
from desktop.widgets.date_field import DateField
from desktop.widgets.elided_combo import ElidedComboBox
from routekaarten.case_store import ChecklistEntry
from routekaarten.cases import ChecklistStatus
from routekaarten.checklist import OWNERS, STATUS_LABELS, Group, progress, visible_items

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MARK = {"open": "○", "besproken": "✓", "nvt": "–"}
# The words of routekaarten.checklist.STATUS_LABELS, marked here for pyside6-lupdate (the domain
# has no Qt); tests/ui/test_translations.py checks the two lists agree.
STATUS_LABEL_SOURCES = (
    QT_TRANSLATE_NOOP("ChecklistPanel", "open"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "besproken"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "n.v.t."),
)


class ChecklistPanel(QWidget):
    changed = Signal(str, object)  # item id, ChecklistEntry

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.entries: dict[str, ChecklistEntry] = {}
        self._loading = False
        self.only_open = QCheckBox(self.tr("Alleen open punten"))
        self.only_open.setAccessibleName(self.tr("Alleen open punten tonen"))
        self.only_open.toggled.connect(self._rebuild)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Bespreekpunten"))
        self.tree.setHeaderLabels(
            [self.tr("Bespreekpunt"), self.tr("Status"), self.tr("Wie"), self.tr("Wanneer")]
        )
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._select)
        self.item_text = plain_label(QLabel())
        self.item_text.setWordWrap(True)
        self.status = ElidedComboBox()
        self.status.setAccessibleName(self.tr("Status van het bespreekpunt"))
        for key, label in STATUS_LABELS.items():
            self.status.addItem(self.tr(label), key)
        self.owner = ElidedComboBox()
        self.owner.setAccessibleName(self.tr("Wie doet het"))
        self.owner.addItem("—", "")
        for owner in OWNERS:
            self.owner.addItem(owner, owner)
        self.due = DateField(self.tr("Wanneer"), today=today, empty_text=self.tr("geen datum"))
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("Antwoord of afspraak (versleuteld opgeslagen)"))
        self.answer.setPlaceholderText(self.tr("Afspraak of antwoord; wordt versleuteld opgeslagen"))
        self.answer.setTabChangesFocus(True)
        editor = QFormLayout()
        editor.addRow(self.item_text)
        editor.addRow(self.tr("Stat&us:"), self.status)
        editor.addRow(self.tr("&Wie:"), self.owner)
        editor.addRow(self.tr("W&anneer:"), self.due)
        editor.addRow(self.tr("An&twoord:"), self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_open)
        layout.addWidget(self.tree, 3)
        layout.addLayout(editor, 2)
        self.status.currentIndexChanged.connect(self._save)
        self.owner.currentIndexChanged.connect(self._save)
        self.due.valueChanged.connect(self._save)
        self.answer.textChanged.connect(self._save)
        self._set_editor_enabled(False)

    def load(self, groups: list[Group], entries: dict[str, ChecklistEntry]) -> None:
        self.groups = groups
        self.entries = dict(entries)
        self._rebuild()

    def current_item_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ITEM_ROLE) if item else None
        return str(value) if value else None

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def select_item(self, item_id: str) -> None:
        for group in self._groups():
            for index in range(group.childCount()):
                child = group.child(index)
                if child is not None and child.data(0, ITEM_ROLE) == item_id:
                    self.tree.setCurrentItem(child)
                    return

    def group_texts(self) -> list[str]:
        return [group.text(0) for group in self._groups()]

    def _rebuild(self) -> None:
        selected = self.current_item_id()
        self.tree.clear()
        for group in self.groups:
            done, total = progress(group, self.entries)
            top = QTreeWidgetItem([f"{group.title}  ({done}/{total})"])
            top.setToolTip(0, tooltip(group.title))  # elided in a narrow tab (a large text size)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in visible_items(group, self.entries, self.only_open.isChecked()):
                top.addChild(self._row(item.id, item.text))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if selected:
            self.select_item(selected)

    def _row(self, item_id: str, text: str) -> QTreeWidgetItem:
        entry = self.entries.get(item_id) or ChecklistEntry(item_id)
        due = entry.due.strftime("%d-%m-%Y") if entry.due else ""
        word = self.tr(STATUS_LABELS[entry.status])
        status = f"{STATUS_MARK[entry.status]} {word}"
        row = QTreeWidgetItem([text, status, entry.owner, due])
        row.setData(0, ITEM_ROLE, item_id)
        row.setToolTip(0, tooltip(text))
        return row

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.status, self.owner, self.due, self.answer):
            widget.setEnabled(enabled)

    def _select(self, current: QTreeWidgetItem | None) -> None:
        item_id = current.data(0, ITEM_ROLE) if current else None
        self._set_editor_enabled(bool(item_id))
        if not item_id:
            self.item_text.clear()
            return
        entry = self.entries.get(item_id) or ChecklistEntry(item_id)
        self._loading = True
        self.item_text.setText(current.text(0) if current else "")
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.owner.setCurrentIndex(max(self.owner.findData(entry.owner), 0))
        self.due.setValue(entry.due)
        if entry.unreadable:
            self.answer.setPlainText("")
            self.answer.setPlaceholderText(self.tr("Dit antwoord is beschadigd en kan niet worden gelezen."))
        else:
            self.answer.setPlainText(entry.answer)
        self._loading = False

    def _save(self) -> None:
        item_id = self.current_item_id()
        if self._loading or item_id is None:
            return
        value = self.due.value()
        due = value.date() if isinstance(value, datetime) else value
        entry = ChecklistEntry(
            item_id,
            status=ChecklistStatus(str(self.status.currentData())),
            owner=str(self.owner.currentData() or ""),
            due=due,
            answer=self.answer.toPlainText(),
        )
        self.entries[item_id] = entry
        self.changed.emit(item_id, entry)
        current = self.tree.currentItem()
        if current is not None:
            refreshed = self._row(item_id, current.text(0))
            for column in range(1, 4):
                current.setText(column, refreshed.text(column))
            parent = current.parent()
            group = next((g for g in self.groups if any(i.id == item_id for i in g.items)), None)
            if parent is not None and group is not None:
                done, total = progress(group, self.entries)
                parent.setText(0, f"{group.title}  ({done}/{total})")
