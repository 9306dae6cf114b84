"""The menu bar: "Instellingen" (language, text size), "Gegevens" (update now, what changed) and
"Help" (the F1 list of shortcuts).

The language is read once, at start (desktop/app.py installs the translator), so a change
applies after a restart; the text size applies at once. Both are kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop import settings
from desktop.admin.menu_entry import AdminEntry
from desktop.settings import Settings
from desktop.shell.shortcuts_help import ShortcutsHelp
from desktop.shell.text_size import TextSize

# Each language in its own words, so a user who cannot read the current one still finds theirs.
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))

Key = QKeySequence.StandardKey | str


def _sequences(keys: list[Key]) -> list[QKeySequence]:
    """The platform's bindings of standard keys plus the written ones, each once."""
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(key)
        else:
            found = [QKeySequence(key)]
        sequences += [sequence for sequence in found if sequence not in sequences]
    return sequences


class AppMenu(QObject):
    updateRequested = Signal()  # "Nu bijwerken": the window's sync controller acts on it
    changesRequested = Signal()  # "Wat is er veranderd"

    def __init__(self, window: QMainWindow, prefs: Settings, message: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs
        self.message = message
        self.text_size = TextSize(prefs)
        self.help_window: ShortcutsHelp | None = None
        bar = window.menuBar()

        self.settings_menu = bar.addMenu(self.tr("&Instellingen"))
        self.language_menu = self.settings_menu.addMenu(self.tr("&Taal"))
        self.language_group = QActionGroup(self)
        current = prefs.get(settings.LANGUAGE)
        for code, name in LANGUAGES:
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_menu.addAction(action)
        self.language_menu.addSeparator()
        note = self.language_menu.addAction(self.tr("Geldt na een herstart van Routekaart"))
        note.setEnabled(False)

        size_menu = self.settings_menu.addMenu(self.tr("Tekst&grootte"))
        zoom_in, zoom_out = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut
        bigger: list[Key] = [zoom_in, "Ctrl+="]  # Ctrl+= is Ctrl++ without Shift on most keyboards
        self.larger = self._action(size_menu, self.tr("&Groter"), bigger, lambda: self.change_size(1))
        self.smaller = self._action(size_menu, self.tr("&Kleiner"), [zoom_out], lambda: self.change_size(-1))
        self.normal = self._action(size_menu, self.tr("&Standaard"), ["Ctrl+0"], self.reset_size)

        self.data_menu = bar.addMenu(self.tr("G&egevens"))  # Alt+G is the "Gebied" field
        refresh: list[Key] = ["Ctrl+R", QKeySequence.StandardKey.Refresh, "F5"]
        self.update_now = self._action(
            self.data_menu, self.tr("&Nu bijwerken"), refresh, self.updateRequested.emit
        )
        self.show_changes = self._action(
            self.data_menu, self.tr("Wat is er &veranderd"), [], self.changesRequested.emit
        )

        # "Regio beheren…", "Centrale bron…" and the expiry reminder at start (issue 13: desktop/admin)
        self.admin = AdminEntry(window, prefs, self.data_menu, self.settings_menu, self.updateRequested.emit)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts = self._action(
            help_menu, self.tr("&Sneltoetsen"), [QKeySequence.StandardKey.HelpContents, "F1"], self.show_help
        )

    def _action(self, menu: QMenu, text: str, keys: list[Key], slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setShortcuts(_sequences(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the keys work while the menu is closed, in every tab
        return action

    def choose_language(self, code: str) -> None:
        self.prefs.set(settings.LANGUAGE, code)
        self.prefs.sync()
        self.message(self.tr("De nieuwe taal geldt na een herstart van Routekaart."))

    def change_size(self, points: int) -> None:
        self.text_size.step(points)
        self.message(self.tr("Tekstgrootte: {0} punten").format(self.text_size.point_size()))

    def reset_size(self) -> None:
        self.text_size.reset()
        self.message(self.tr("Tekstgrootte: standaard"))

    def show_help(self) -> ShortcutsHelp:
        if self.help_window is None:
            self.help_window = ShortcutsHelp(self.window)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window
