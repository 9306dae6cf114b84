"""A form of fields, each bound to a key of one object in the draft, with its problems beside it.

``FieldForm`` shows the object at ``base`` (``('region',)``, or ``('contacts', 3)`` for the
contact chosen in the table) and writes each change back through the document, so it is
undoable. Under every field is a label for the validator's problems with that field, in Dutch,
and the label is the field's accessible description too, so a screen reader says it.

Everything from the bundle is shown as plain text: these are QLineEdits, QPlainTextEdits,
check boxes and combo boxes, never rich text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.document import MISSING, DraftDocument, Path, touches
from desktop.widgets.problem_outline import ProblemOutline
from desktop.widgets.tints import PROBLEM, tint_text

Choices = Callable[[], Sequence[tuple[Any, str]]]  # (value, label); value None: the key left out


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # with an & for the Alt key
    kind: str = "line"  # line, text, lines, choice, checks, bool, phone
    choices: Choices | None = None
    optional: bool = False  # empty (or unchecked) leaves the key out of the bundle
    all_is_missing: bool = False  # checks: every box ticked means "all", the key left out
    placeholder: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def kind_outlined(kind: str) -> bool:
    """A one-line field with a problem has a red line around it, besides the words under it."""
    return kind in {"line", "phone"}


class _Field:
    """One bound widget and its problem label."""

    def __init__(self, spec: FieldSpec, form: FieldForm) -> None:
        self.spec = spec
        self.form = form
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        tint_text(self.error, PROBLEM)
        self.error.hide()
        self.boxes: list[QCheckBox] = []
        self.live: QLabel | None = None
        self.widget = self._make()
        self.outline = ProblemOutline(self.editor) if kind_outlined(spec.kind) else None

    def _name(self) -> str:
        return self.spec.label.replace("&", "").rstrip(":")

    def _make(self) -> QWidget:
        kind = self.spec.kind
        if kind in ("line", "phone"):
            edit = QLineEdit()
            edit.setPlaceholderText(self.spec.placeholder)
            edit.textEdited.connect(lambda text: self.form.write(self.spec, text, merge=True))
            edit.editingFinished.connect(self.form.document.seal)
            if kind == "phone":
                self.live = QLabel()  # under the field: at a large text size beside it would not fit
                self.live.setTextFormat(Qt.TextFormat.PlainText)
                edit.textChanged.connect(self._check_phone)
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(edit)
                column.addWidget(self.live)
                self.editor: QWidget = edit
                return box
            self.editor = edit
            return edit
        if kind in ("text", "lines"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setPlaceholderText(self.spec.placeholder)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * (4 if kind == "lines" else 3) + 12)
            text.textChanged.connect(lambda: self._text_changed(text))
            self.editor = text
            return text
        if kind == "choice":
            combo = QComboBox()
            combo.activated.connect(lambda _index: self.form.write(self.spec, combo.currentData()))
            self.editor = combo
            return combo
        if kind == "bool":
            check = QCheckBox()
            check.toggled.connect(lambda on: self.form.write(self.spec, on))
            self.editor = check
            return check
        if kind == "checks":
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self._checks_row = row
            self.editor = box
            return box
        raise ValueError(f"unknown field kind {kind!r}")

    def _check_phone(self, text: str) -> None:
        """Live, as the admin types: the number as workstations will dial it, or why not."""
        from routekaarten.phones import to_e164

        assert self.live is not None
        if not text.strip():
            self.live.setText("")
            return
        e164 = to_e164(text)
        if e164 is None:
            self.live.setText(QCoreApplication.translate("FieldForm", "✗ geen geldig Nederlands nummer"))
        else:
            self.live.setText(QCoreApplication.translate("FieldForm", "✓ {0}").format(e164))
        self.live.setAccessibleName(self.live.text())

    def _text_changed(self, edit: QPlainTextEdit) -> None:
        if self.form.loading:
            return
        text = edit.toPlainText()
        if self.spec.kind == "lines":
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            self.form.write(self.spec, lines, merge=True)
        else:
            self.form.write(self.spec, text, merge=True)

    def _rebuild_checks(self, values: Sequence[tuple[Any, str]]) -> None:
        if [box.property("value") for box in self.boxes] == [value for value, _ in values]:
            return
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        for value, label in values:
            box = QCheckBox(label)
            box.setProperty("value", value)
            box.setAccessibleName(f"{self._name()}: {label}")
            box.toggled.connect(self._checks_toggled)
            self._checks_row.addWidget(box)
            self.boxes.append(box)

    def _checks_toggled(self) -> None:
        if self.form.loading:
            return
        chosen = [box.property("value") for box in self.boxes if box.isChecked()]
        if self.spec.all_is_missing and len(chosen) == len(self.boxes):
            self.form.write(self.spec, MISSING)
        else:
            self.form.write(self.spec, chosen)

    def show(self, value: Any) -> None:
        """Show ``value`` (MISSING when absent) without writing it back."""
        kind = self.spec.kind
        if kind in ("line", "phone"):
            assert isinstance(self.editor, QLineEdit)
            text = "" if value is MISSING or value is None else str(value)
            if self.editor.text() != text:
                self.editor.setText(text)
            if kind == "phone":
                self._check_phone(text)
        elif kind in ("text", "lines"):
            assert isinstance(self.editor, QPlainTextEdit)
            if value is MISSING or value is None:
                text = ""
            elif kind == "lines":
                text = "\n".join(str(line) for line in value) if isinstance(value, list) else str(value)
            else:
                text = str(value)
            current = self.editor.toPlainText()
            same = current == text or (kind == "lines" and [t.strip() for t in current.splitlines()
                                                            if t.strip()] == text.splitlines())
            if not same:
                self.editor.setPlainText(text)
        elif kind == "choice":
            assert isinstance(self.editor, QComboBox)
            choices = list(self.spec.choices() if self.spec.choices else [])
            wanted = None if value is MISSING else value
            if [self.editor.itemData(i) for i in range(self.editor.count())] != [c for c, _ in choices] or [
                self.editor.itemText(i) for i in range(self.editor.count())
            ] != [label for _, label in choices]:
                self.editor.clear()
                for choice, label in choices:
                    self.editor.addItem(label, choice)
            index = self.editor.findData(wanted)
            if index < 0 and wanted is not None:  # a value the choices do not know: show it as it is
                self.editor.addItem(str(wanted), wanted)
                index = self.editor.count() - 1
            self.editor.setCurrentIndex(index)
        elif kind == "bool":
            assert isinstance(self.editor, QCheckBox)
            self.editor.setChecked(bool(value) and value is not MISSING)
        elif kind == "checks":
            values = list(self.spec.choices() if self.spec.choices else [])
            self._rebuild_checks(values)
            chosen = [v for v, _ in values] if value is MISSING and self.spec.all_is_missing else (
                value if isinstance(value, list) else [])
            for box in self.boxes:
                box.setChecked(box.property("value") in chosen)

    def set_problems(self, messages: list[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        self.editor.setAccessibleDescription("\n".join(messages))
        if self.outline is not None:
            self.outline.set_shown(bool(messages))


class FieldForm(QWidget):
    """The fields of the object at ``base`` in the document; ``base`` None shows nothing."""

    edited = Signal()

    def __init__(self, document: DraftDocument, specs: Sequence[FieldSpec], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.base: Path | None = None
        self.loading = False
        self.name = name  # e.g. "Contact": part of the undo text
        self.fields: dict[str, _Field] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: field under label
        for spec in specs:
            bound = _Field(spec, self)
            self.fields[spec.key] = bound
            caption = QLabel(spec.label)
            caption.setBuddy(bound.editor)
            bound.editor.setAccessibleName(bound._name())
            column = QWidget()
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(1)
            stack.addWidget(bound.widget)
            stack.addWidget(bound.error)
            layout.addRow(caption, column)
        document.changed.connect(self._on_changed)
        self.setEnabled(False)

    def set_base(self, base: Path | None) -> None:
        self.base = base
        self.setEnabled(base is not None)
        self.refresh()

    def refresh(self) -> None:
        self.loading = True
        try:
            for key, bound in self.fields.items():
                value = MISSING if self.base is None else self.document.get((*self.base, key), MISSING)
                bound.show(value)
        finally:
            self.loading = False

    def _on_changed(self, path: Path) -> None:
        if self.base is not None and touches(path, self.base):
            self.refresh()

    def write(self, spec: FieldSpec, value: Any, *, merge: bool = False) -> None:
        if self.loading or self.base is None:
            return
        if spec.optional and (value is None or value is False or value in ("", [])):
            value = MISSING
        text = self.tr("{0}: {1} gewijzigd").format(self.name, spec.label.replace("&", "").rstrip(":"))
        self.document.set((*self.base, spec.key), value, text, merge=merge)
        self.edited.emit()

    def set_problems(self, problems: dict[str, list[str]]) -> None:
        """Problems by field key (the key the validator's path names inside ``base``)."""
        for key, bound in self.fields.items():
            bound.set_problems(problems.get(key, []))

    def focus_field(self, key: str) -> bool:
        bound = self.fields.get(key)
        if bound is None:
            return False
        bound.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
