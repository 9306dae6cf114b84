"""Helpers of the workbench tests: edit a cell of the contacts table as an admin does, find a
contact's row, list the Alt keys of a window (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from desktop.admin.admin_window import AdminWindow

ROOT = Path(__file__).resolve().parents[3]
ZWB = "zeeland-west-brabant"
MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PHONE = 1  # the contacts table's "Telefoonnummer (zoals geschreven)" column
AdminFactory = Callable[..., AdminWindow]


def row_of(window: AdminWindow, contact_id: str) -> int:
    records = window.contacts.model.records()
    return next(i for i, c in enumerate(records) if c["id"] == contact_id)


def type_in_cell(qtbot, window: AdminWindow, row: int, column: int, text: str) -> None:
    """As an admin does: choose the cell, start editing, type, press Enter."""
    table = window.contacts.table
    window.show_tab(window.contacts)
    index = window.contacts.model.index(row, column)
    table.setCurrentIndex(index)
    table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop (a queued call), as in the running app
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1)


def alt_keys(root: QWidget) -> list[str]:
    """Alt+letter keys of the visible labels, buttons, menus and tabs of a window."""
    from PySide6.QtWidgets import QMenuBar, QTabBar

    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    for bar in root.findChildren(QMenuBar):
        texts += [action.text() for action in bar.actions()]
    for tabs in root.findChildren(QTabBar):
        texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isVisible()]
    keys = []
    for text in (t.replace("&&", "") for t in texts):
        if (index := text.find("&")) >= 0:
            keys.append(text[index + 1].lower())
    return keys


def twice(keys: list[str]) -> list[str]:
    return sorted({key for key in keys if keys.count(key) > 1})
