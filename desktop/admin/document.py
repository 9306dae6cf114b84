"""The draft being edited: the bundle's JSON, changed only through commands on a ``QUndoStack``.

Every edit is "put this value at this path" (``('contacts', 3, 'phone')``), and a structural edit
(add, remove, move a contact) puts a whole new list; so one command class undoes everything, and
undo after a crash-restore is as simple as before. Typing in one field merges into one step
until the field is left (``seal``), so Ctrl+Z takes back a word, not a letter.

``changed`` carries the path that changed; views refresh what lies on or under it.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

Path = tuple[str | int, ...]


class _Missing:
    """A key that is absent (an optional field left out), as opposed to a value."""

    def __repr__(self) -> str:
        return "MISSING"

    def __copy__(self) -> _Missing:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> _Missing:
        return self  # one sentinel: the commands deep-copy their values, and "is MISSING" must hold


MISSING: Any = _Missing()
_MERGE_ID = 1


def lookup(data: Any, path: Path, default: Any = None) -> Any:
    """The value at ``path``, or ``default`` where the path does not lead (a draft may be odd)."""
    node = data
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or not 0 <= part < len(node):
                return default
        elif not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


class _SetValue(QUndoCommand):
    def __init__(self, document: DraftDocument, path: Path, value: Any, text: str, merge: bool) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self.old = copy.deepcopy(lookup(document.data, path, MISSING))
        self.new = copy.deepcopy(value)
        self.merge = merge
        self.epoch = document.epoch

    def redo(self) -> None:
        self.document.put(self.path, self.new)

    def undo(self) -> None:
        self.document.put(self.path, self.old)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetValue) or other.path != self.path or other.epoch != self.epoch:
            return False
        self.new = other.new
        return True


class DraftDocument(QObject):
    changed = Signal(object)  # the Path that changed; () for the whole draft

    def __init__(self, data: dict[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = data or {}
        self.undo_stack = QUndoStack(self)
        self.epoch = 0

    def get(self, path: Path, default: Any = None) -> Any:
        return lookup(self.data, path, default)

    def reset(self, data: dict[str, Any]) -> None:
        """Another bundle altogether (opened, restored, published): no undo across it."""
        self.data = copy.deepcopy(data)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed.emit(())

    def set(self, path: Path, value: Any, text: str, *, merge: bool = False) -> None:
        """Put ``value`` (``MISSING``: remove the key) at ``path`` as one undoable step."""
        if lookup(self.data, path, MISSING) == value:
            return
        self.undo_stack.push(_SetValue(self, path, value, text, merge))

    def seal(self) -> None:
        """The field was left: the next edit is a new undo step, even in the same field."""
        self.epoch += 1

    def put(self, path: Path, value: Any) -> None:
        """Write without a command: only the commands (and tests of them) call this."""
        if not path:
            self.data = copy.deepcopy(value)
            self.changed.emit(path)
            return
        parent = lookup(self.data, path[:-1], MISSING)
        if parent is MISSING:  # the place is gone (a later edit removed it): create the dicts on the way
            parent = self._make_parents(path[:-1])
        key = path[-1]
        if value is MISSING:
            if isinstance(parent, dict):
                parent.pop(key, None)
            elif isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
                parent.pop(key)
        elif isinstance(parent, list) and isinstance(key, int):
            if key < len(parent):
                parent[key] = copy.deepcopy(value)
            else:
                parent.append(copy.deepcopy(value))
        elif isinstance(parent, dict):
            parent[key] = copy.deepcopy(value)
        self.changed.emit(path)

    def _make_parents(self, path: Path) -> Any:
        node: Any = self.data
        for part in path:
            if isinstance(node, dict):
                node = node.setdefault(part, {})
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                return {}
        return node


def touches(changed: Path, watched: Path) -> bool:
    """Does a change at ``changed`` affect what is shown from ``watched`` (one is a prefix of the other)?"""
    size = min(len(changed), len(watched))
    return changed[:size] == watched[:size]
