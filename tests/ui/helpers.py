"""Helpers shared by the desktop tests (not tests themselves): open the cases page as a user
does, and list the interactive widgets a screen reader could not name."""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from routekaarten import atomic_write

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "routekaart_en.ts"
PASSPHRASE = "een lange wachtwoordzin"
MARKER = "QX-marker-7731-geheim-ZQ"  # case text that must never reach the disk in plaintext

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QGraphicsView,
)


def open_cases(window, qtbot, creating: bool):
    window.tabs.setCurrentIndex(1)
    page = window.cases_page
    assert page is not None
    assert page.stack.currentWidget() is page.unlock_panel
    assert page.unlock_panel.repeat.isVisible() is creating  # first start: choose and repeat
    note = page.unlock_panel.note.text()  # why a passphrase: no keyring on this machine
    assert "sleutelbos" in note or "keyring" in note or not creating
    qtbot.keyClicks(page.unlock_panel.passphrase, PASSPHRASE)
    if creating:
        qtbot.keyClicks(page.unlock_panel.repeat, PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    return page


def inside_interactive(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.parent() is None:
            continue
        if inside_interactive(widget, root) or (
            type(widget).__name__ == "QToolButton" and not widget.isVisible()
        ):
            continue  # parts of a compound widget (a spin box's editor, a combo's popup), tab scrollers
        if widget.accessibleName() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", ""):
            continue  # a button's own text is its accessible name
        missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def type_date(qtbot, field, text: str) -> None:
    """Type ``text`` into a date field as a user does, and press Enter."""
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def settled(qtbot, root: QWidget) -> None:
    """Wait until Qt has laid ``root`` out: it does so in posted events (a reason shown below a
    field moves the rows under it on a later turn of the event loop), so what a user sees is
    there once every visible widget stands still between two turns."""
    last: list[tuple[QWidget, object]] = []

    def still() -> bool:
        nonlocal last
        now = [(widget, widget.geometry()) for widget in root.findChildren(QWidget) if widget.isVisible()]
        same = now == last
        last = now
        return same

    qtbot.waitUntil(still)


def qt_tool(name: str) -> str:
    """A Qt tool of the venv (pyside6-lupdate, pyside6-lrelease), else from PATH."""
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} not found next to {sys.executable} nor on PATH")
        return found
    return str(tool)


def mnemonic(text: str) -> str | None:
    """The letter of ``text`` after its "&" (lower case); None when it has none ("&&" is a "&")."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def _alt_texts(window: QWidget) -> list[str]:
    """The texts that make an Alt+letter key in ``window`` as it is now: its visible buttons,
    labels with a buddy, group boxes, tabs and menu titles (Qt binds them all per window)."""

    def shown(widget: QWidget) -> bool:
        return widget.isVisible() and widget.window() is window  # not an open dialog's widgets

    texts = [w.text() for w in window.findChildren(QLabel) if shown(w) and w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if shown(w)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if shown(w)]
    for tabs in window.findChildren(QTabBar):
        if shown(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    for bar in window.findChildren(QMenuBar):
        if bar.window() is window:
            texts += [action.text() for action in bar.actions() if action.isVisible()]
    return texts


def _shared(texts: list[str]) -> list[str]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    shared = {key: found for key, found in by_key.items() if len(found) > 1}
    return sorted(f"Alt+{key.upper()}: {' | '.join(found)}" for key, found in shared.items())


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of ``window`` share, with their texts.

    A shared key does not reach the control the user expects: Qt moves the focus between them,
    or clicks the other one (a delete button instead of the field the user meant to type in).
    """
    return _shared(_alt_texts(window))


def menu_mnemonic_clashes(window: QWidget) -> list[str]:
    """Letters shared by two items of one menu of ``window``'s menu bar (or of a submenu)."""
    found = []
    menus = [action.menu() for bar in window.findChildren(QMenuBar) for action in bar.actions()]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        actions = [action for action in menu.actions() if action.isVisible() and not action.isSeparator()]
        found += [f"{menu.title()} {clash}" for clash in _shared([action.text() for action in actions])]
        menus += [action.menu() for action in actions if action.menu() is not None]
    return sorted(found)


def read_only_folder(path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder nobody may write in (0500). Root may write anywhere, and the tests may run as root:
    then creating a file in it fails as the kernel refuses it to everyone else."""
    path.mkdir()
    path.chmod(0o500)
    if os.geteuid() == 0:
        real = tempfile.mkstemp

        def refuse(*args, **kwargs):
            if Path(kwargs.get("dir", "")) == path:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real(*args, **kwargs)

        monkeypatch.setattr(atomic_write.tempfile, "mkstemp", refuse)
    return path
