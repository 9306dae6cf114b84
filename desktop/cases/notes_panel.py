"""Free notes of a case, encrypted at rest; saved as the user types (debounced), never lost.

The list shows each note as its time and a preview: the first line, cut at a word after
``PREVIEW_CHARACTERS`` characters. A preview that leaves anything out ends with "…", and the
note's whole text is in the item's tooltip (as plain text) and in the editor when it is chosen.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.safe_text import tooltip
from desktop.widgets.flow_layout import FlowLayout
from routekaarten.case_store import Note
from routekaarten.dates import local_stamp

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400
PREVIEW_CHARACTERS = 60
TOOLTIP_CHARACTERS = 2000  # a tooltip taller than the screen shows nothing; the editor has it all
ELLIPSIS = "…"


def preview(text: str) -> str:
    """The first line of ``text`` with its spacing made single, cut at a word; "…" at the end
    when the note holds more than is shown."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    first = lines[0]
    if len(first) > PREVIEW_CHARACTERS:
        head = first[: PREVIEW_CHARACTERS + 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else ""
        if len(cut) < PREVIEW_CHARACTERS // 2:  # one long word: cut inside it
            cut = first[:PREVIEW_CHARACTERS]
        return cut.rstrip() + ELLIPSIS
    return f"{first} {ELLIPSIS}" if len(lines) > 1 else first


def note_tooltip(text: str) -> str:
    """The note's whole text as a tooltip (plain text, escaped), or its start when very long."""
    shown = text.strip()
    if len(shown) > TOOLTIP_CHARACTERS:
        shown = shown[:TOOLTIP_CHARACTERS].rstrip() + ELLIPSIS
    return tooltip(shown)


class NotesPanel(QWidget):
    noteEdited = Signal(str, str)  # note id ("" for a new note), text
    noteDeleted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notities"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Notitie (versleuteld opgeslagen)"))
        self.editor.setPlaceholderText(self.tr("Typ een notitie; ze wordt versleuteld opgeslagen."))
        self.new_button = QPushButton(self.tr("Nieuwe notitie"))
        self.new_button.setAccessibleName(self.tr("Nieuwe notitie"))
        self.delete_button = QPushButton(self.tr("Notitie verwijderen"))
        self.delete_button.setAccessibleName(self.tr("Notitie verwijderen"))
        self.hint = QLabel(self.tr("Notities horen ook in het officiële dossier (Handelingsprotocol 15.7)."))
        self.hint.setWordWrap(True)
        buttons = FlowLayout()  # one below the other where the tab is narrow (a large text size)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.hint)
        self._current_id = ""
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._typed)
        self.list.currentItemChanged.connect(self._select)
        self.new_button.clicked.connect(self.new_note)
        self.delete_button.clicked.connect(self._delete)

    def load(self, notes: list[Note]) -> None:
        self.flush()
        self._loading = True
        self.list.clear()
        for note in notes:
            self.list.addItem(self._item(note.id, note.text, note.created_at))
        self._current_id = ""
        self.editor.clear()
        self._loading = False
        if notes:
            self.list.setCurrentRow(self.list.count() - 1)

    def new_note(self) -> None:
        self.flush()
        self._loading = True
        self.list.setCurrentRow(-1)
        self._current_id = ""
        self.editor.clear()
        self._loading = False
        self.editor.setFocus()

    def note_saved(self, note_id: str, text: str) -> None:
        """The page reports the id a new note got, so further typing updates it."""
        if not self._current_id:
            self._current_id = note_id
            self._loading = True
            item = self._item(note_id, text, datetime.now(UTC).isoformat(timespec="seconds"))
            self.list.addItem(item)
            self.list.setCurrentItem(item)
            self._loading = False
        else:
            current = self.list.currentItem()
            if current is not None:
                current.setData(NOTE_ROLE + 1, text)
                self._show(current)

    def flush(self) -> None:
        """Save what is typed now (on a timer, on switching notes, and before locking)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
        text = self.editor.toPlainText()
        if self._loading or (not text.strip() and not self._current_id):
            return
        self.noteEdited.emit(self._current_id, text)

    def _typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def _select(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        self.flush()
        self._loading = True
        if current is None:
            self._current_id = ""
            self.editor.setReadOnly(False)
            self.editor.clear()
        else:
            self._current_id = str(current.data(NOTE_ROLE))
            text = current.data(NOTE_ROLE + 1)
            self.editor.setReadOnly(text is None)
            self.editor.setPlainText(
                text
                if text is not None
                else self.tr("[Deze notitie is beschadigd en kan niet worden gelezen.]")
            )
        self._loading = False

    def _delete(self) -> None:
        current = self.list.currentItem()
        if current is None:
            return
        self._save_timer.stop()
        note_id = str(current.data(NOTE_ROLE))
        self.list.takeItem(self.list.row(current))
        self._current_id = ""
        self.noteDeleted.emit(note_id)

    def _show(self, item: QListWidgetItem) -> None:
        """The item's title and tooltip from the note it holds."""
        text = item.data(NOTE_ROLE + 1)
        if text is None:
            item.setText(self.tr("⚠ onleesbare notitie"))
            item.setToolTip(tooltip(self.tr("[Deze notitie is beschadigd en kan niet worden gelezen.]")))
            return
        created = str(item.data(NOTE_ROLE + 2) or "")
        item.setText(f"{local_stamp(created)}  {preview(text)}".strip())
        item.setToolTip(note_tooltip(text))

    def _item(self, note_id: str, text: str | None, created: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(NOTE_ROLE, note_id)
        item.setData(NOTE_ROLE + 1, text)
        item.setData(NOTE_ROLE + 2, created)
        self._show(item)
        return item
