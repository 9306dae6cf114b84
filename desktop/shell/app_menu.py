"""The menu bar: "Instellingen" (language, text size), "Gegevens" (update now, what changed) and
"Help" (the F1 list of shortcuts).

The language is read once, at start (desktop/app.py installs the translator), so a change
applies after a restart; the text size applies at once. Both are kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop import settings
from desktop.admin.menu_entry import AdminEntry
from desktop.settings import Settings
from desktop.shell.text_size import TextSize
from desktop.shortcuts import bind_action

if TYPE_CHECKING:
    from desktop.shell.shortcuts_help import ShortcutsHelp

# Each language in its own words, so a user who cannot read the current one still finds theirs.
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


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
        self.larger = self._action(size_menu, self.tr("&Groter"), "larger_text", lambda: self.change_size(1))
        self.smaller = self._action(
            size_menu, self.tr("&Kleiner"), "smaller_text", lambda: self.change_size(-1)
        )
        self.normal = self._action(size_menu, self.tr("&Standaard"), "normal_text", self.reset_size)

        self.profile = self._action(self.settings_menu, self.tr("&Mijn gegevens…"), None, self.edit_profile)

        self.data_menu = bar.addMenu(self.tr("G&egevens"))  # Alt+G is the "Gebied" field
        self.update_now = self._action(
            self.data_menu, self.tr("&Nu bijwerken"), "update_now", self.updateRequested.emit
        )
        self.show_changes = self._action(
            self.data_menu, self.tr("Wat is er &veranderd"), None, self.changesRequested.emit
        )
        bijlage3 = self.tr("Bijlage &3: onderzoeksbevoegdheden…")  # B is "Regio beheren…" in this menu
        self.bijlage3 = self._action(self.data_menu, bijlage3, None, lambda: _show_bijlage3(window))

        # "Regio beheren…", "Centrale bron…" and the expiry reminder at start (issue 13: desktop/admin)
        self.admin = AdminEntry(window, prefs, self.data_menu, self.settings_menu, self.updateRequested.emit)
        self.settings_menu.addSeparator()
        self.quit = self._action(self.settings_menu, self.tr("&Afsluiten"), "quit", window.close)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts = self._action(help_menu, self.tr("&Sneltoetsen"), "shortcuts_help", self.show_help)

    def _action(
        self, menu: QMenu, text: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QAction:
        """A menu item; ``shortcut`` names its row in the shortcut table (``desktop/shortcuts.py``)."""
        action = menu.addAction(text)
        if shortcut is not None:
            bind_action(shortcut, action)
        action.triggered.connect(slot)
        self.window.addAction(action)  # the keys work while the menu is closed, in every tab
        return action

    def set_updating(self, busy: bool) -> None:
        """A sync runs: "Nu bijwerken" waits until it ends (one sync at a time)."""
        self.update_now.setEnabled(not busy)

    def edit_profile(self) -> None:
        from desktop.cases.profile_dialog import edit_profile  # lazy: not needed at start

        edit_profile(self.prefs, self.window)

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
            from desktop.shell.shortcuts_help import ShortcutsHelp

            self.help_window = ShortcutsHelp(self.window)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window


def _show_bijlage3(window: QMainWindow) -> None:
    """The Bijlage 3 table, its module loaded when it is first asked for."""
    from desktop.widgets.bijlage3_table import show_for_window

    show_for_window(window)
