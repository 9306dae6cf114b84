"""The keyboard shortcuts of the app, in one table: the key bindings are made from it, and the F1
window (``desktop/shell/shortcuts_help.py``) lists it.

A row names what the keys do (``name``, looked up by the code that binds them), how the F1 list
writes the keys, the description, and the sequences bound. Rows with no bindings describe keys
that Qt or a widget handles itself (Tab, Alt+letter, the chart's arrow keys, Enter in a list):
they are listed for the user, and nothing here binds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ShortcutsHelp"  # for translate() at run time; lupdate needs the literal in every mark

Key = QKeySequence.StandardKey | str


class Shortcut(NamedTuple):
    name: str
    # QKeySequence portable text is shown in the platform's notation (Ctrl on Windows and Linux,
    # ⌘ on macOS); other text is words and is translated.
    keys: str
    what: str
    bindings: tuple[Key, ...] = ()


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("focus_search", "Ctrl+K", QT_TRANSLATE_NOOP("ShortcutsHelp", "Naar het zoekveld"), ("Ctrl+K",)),
    Shortcut(
        "clear_search",
        "Esc",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Zoekveld leegmaken (in het zoekveld)"),
        ("Esc",),
    ),
    Shortcut(
        "to_results",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Pijl omlaag"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Van het zoekveld naar de zoekresultaten"),
        ("Down",),
    ),
    # Return in the search field and activation in a list are the widgets' own keys.
    Shortcut("open", "Enter", QT_TRANSLATE_NOOP("ShortcutsHelp", "Gekozen zoekresultaat of contact openen")),
    Shortcut(
        "routekaart_tab", "Ctrl+1", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tabblad Routekaart"), ("Ctrl+1",)
    ),
    Shortcut("cases_tab", "Ctrl+2", QT_TRANSLATE_NOOP("ShortcutsHelp", "Tabblad Zaken"), ("Ctrl+2",)),
    Shortcut(
        "update_now",
        "F5",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Gegevens nu bijwerken bij de centrale bron (ook Ctrl+R)"),
        ("Ctrl+R", QKeySequence.StandardKey.Refresh, "F5"),
    ),
    Shortcut(  # the chart view's own keys
        "walk_boxes",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Pijltjestoetsen"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Vakken van de routekaart na elkaar kiezen"),
    ),
    Shortcut(
        "next_field",
        "Tab",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Naar het volgende veld, de volgende lijst of knop"),
    ),
    Shortcut(
        "copy_number",
        "Ctrl+C",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Nummer van het gekozen contact kopiëren (in de lijst)"),
        (QKeySequence.StandardKey.Copy,),
    ),
    Shortcut(
        "call_contact",
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Gekozen contact bellen (in de lijst)"),
        ("Ctrl+Return",),
    ),
    Shortcut(
        "mnemonic",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Alt+onderstreepte letter"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Het veld of de knop met die letter"),
    ),
    Shortcut(  # Ctrl+= is Ctrl++ without Shift on most keyboards
        "larger_text",
        "Ctrl++",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Tekst groter"),
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
    ),
    Shortcut(
        "smaller_text",
        "Ctrl+-",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Tekst kleiner"),
        (QKeySequence.StandardKey.ZoomOut,),
    ),
    Shortcut(
        "normal_text", "Ctrl+0", QT_TRANSLATE_NOOP("ShortcutsHelp", "Standaard tekstgrootte"), ("Ctrl+0",)
    ),
    Shortcut(  # the chart view's own: the text-size keys above, read from this table (chart_view.py)
        "zoom_chart",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Ctrl++ / Ctrl+- / Ctrl+0, Ctrl+scrollwiel"),
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Routekaart in- en uitzoomen (in de routekaart)"),
    ),
    Shortcut("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsHelp", "Routekaart afsluiten"), ("Ctrl+Q",)),
    Shortcut(
        "shortcuts_help",
        "F1",
        QT_TRANSLATE_NOOP("ShortcutsHelp", "Deze lijst met sneltoetsen"),
        (QKeySequence.StandardKey.HelpContents, "F1"),
    ),
)

_BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}


def sequences(name: str) -> list[QKeySequence]:
    """The sequences bound for ``name``: the platform's for standard keys, the written ones, each once."""
    found: list[QKeySequence] = []
    for key in _BY_NAME[name].bindings:
        if isinstance(key, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(key)
        else:
            keys = [QKeySequence(key)]
        found += [sequence for sequence in keys if sequence not in found]
    return found


def bind(
    name: str,
    widget: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """Calls ``slot`` when one of the keys of ``name`` is pressed in ``widget`` (by ``context``)."""
    made = []
    for sequence in sequences(name):
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def bind_action(name: str, action: QAction) -> QAction:
    """Gives ``action`` (a menu item, a context-menu entry) the keys of ``name``."""
    action.setShortcuts(sequences(name))
    return action
