"""A contact's availability as rules, in a small form, with the rules said back in plain words.

The rules are the bundle's (``region.schema.json``, ``$defs/rule``): always (24/7) or days with a
from and to time; for consult, crisis or any call; closed on feestdagen, open, or not stated
(``reachability``: a window the source says nothing about on feestdagen is "tijden niet vermeld"
on those days, never guessed). The preview is ``routekaarten.availability_wording``'s, the same
function the tests check, so the admin reads "ma-vr 08:30-12:30 consult; crisis 24/7".
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.document import MISSING, DraftDocument, Path, touches
from desktop.admin.fields import FieldForm, FieldSpec
from desktop.widgets.tints import PROBLEM, tint_text
from routekaarten.availability_wording import describe_availability, describe_rule
from routekaarten.issue_labels import IssueLabel
from routekaarten.model import WEEKDAYS

WORKING_DAYS = ["ma", "di", "wo", "do", "vr"]


class AvailabilityEditor(QGroupBox):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bereikbaarheid"))
        self.document = document
        self.base: Path | None = None  # the contact
        self.loading = False
        self.known = QCheckBox(self.tr("Tijden bekend uit de bron"))
        self.known.toggled.connect(self._toggle_known)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de bereikbaarheid"))
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Bereikbaarheidsregels"))
        self.rules.setMaximumHeight(self.rules.fontMetrics().lineSpacing() * 5 + 12)
        self.rules.currentRowChanged.connect(self._show_rule)
        self.add_rule = QPushButton(self.tr("Regel toevoegen"))
        self.add_rule.clicked.connect(self._add_rule)
        self.remove_rule = QPushButton(self.tr("Regel verwijderen"))
        self.remove_rule.clicked.connect(self._remove_rule)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("altijd (24/7)"), "always")
        self.kind.addItem(self.tr("op dagen en uren"), "hours")
        self.kind.activated.connect(lambda _index: self._write_rule())
        self.day_boxes: list[QCheckBox] = []
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        for day in WEEKDAYS:
            box = QCheckBox(day)
            box.setAccessibleName(self.tr("Dag {0}").format(day))
            box.toggled.connect(lambda _on: self._write_rule())
            days_row.addWidget(box)
            self.day_boxes.append(box)
        self.opens = QLineEdit()
        self.opens.setPlaceholderText("08:30")
        self.closes = QLineEdit()
        self.closes.setPlaceholderText("17:00")
        for edit in (self.opens, self.closes):
            edit.setMaxLength(5)
            edit.textEdited.connect(lambda _text: self._write_rule(merge=True))
            edit.editingFinished.connect(document.seal)
        hours = QWidget()
        hours_row = QHBoxLayout(hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        hours_row.addWidget(self.opens)
        until = QLabel(self.tr("tot"))
        until.setBuddy(self.closes)
        hours_row.addWidget(until)
        hours_row.addWidget(self.closes)
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("elk gesprek"), None)
        self.purpose.addItem(self.tr("consult"), "consult")
        self.purpose.addItem(self.tr("crisis"), "crisis")
        self.purpose.activated.connect(lambda _index: self._write_rule())
        self.holidays = QComboBox()
        self.holidays.addItem(self.tr("niet vermeld in de bron"), None)
        self.holidays.addItem(self.tr("gesloten op feestdagen"), True)
        self.holidays.addItem(self.tr("ook op feestdagen"), False)
        self.holidays.activated.connect(lambda _index: self._write_rule())
        self.rule_problem = QLabel()
        self.rule_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_problem.setWordWrap(True)
        tint_text(self.rule_problem, PROBLEM)
        self.rule_problem.hide()

        rule_form = QFormLayout()
        for label, widget, buddy in (
            (self.tr("Soort:"), self.kind, self.kind),
            (self.tr("Dagen:"), days, self.day_boxes[0]),
            (self.tr("Van:"), hours, self.opens),
            (self.tr("Doel:"), self.purpose, self.purpose),
            (self.tr("Feestdagen:"), self.holidays, self.holidays),
        ):
            caption = QLabel(label)
            caption.setBuddy(buddy)
            rule_form.addRow(caption, widget)
        self.kind.setAccessibleName(self.tr("Soort regel"))
        self.opens.setAccessibleName(self.tr("Van"))
        self.closes.setAccessibleName(self.tr("Tot"))
        self.purpose.setAccessibleName(self.tr("Doel"))
        self.holidays.setAccessibleName(self.tr("Feestdagen"))
        self.rule_widgets = QWidget()
        self.rule_widgets.setLayout(rule_form)

        self.about = FieldForm(document, [
            FieldSpec("source", self.tr("Bron (zoals in de routekaart):"), optional=True),
            FieldSpec("assumption", self.tr("Aanname:"), optional=True),
        ], self.tr("Bereikbaarheid"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rule)
        buttons.addWidget(self.remove_rule)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.known)
        layout.addWidget(self.preview)
        layout.addWidget(self.rules)
        layout.addLayout(buttons)
        layout.addWidget(self.rule_widgets)
        layout.addWidget(self.rule_problem)
        layout.addWidget(self.about)
        document.changed.connect(self._on_changed)
        self.setEnabled(False)

    # reading ------------------------------------------------------------------------------------

    def _availability(self) -> Any:
        return MISSING if self.base is None else self.document.get((*self.base, "availability"), MISSING)

    def _rule_list(self) -> list[Any]:
        availability = self._availability()
        rules = availability.get("rules") if isinstance(availability, dict) else None
        return rules if isinstance(rules, list) else []

    def set_base(self, base: Path | None) -> None:
        self.base = base
        self.setEnabled(base is not None)
        self.refresh()

    def _on_changed(self, path: Path) -> None:
        if self.base is not None and touches(path, self.base):
            self.refresh()

    def refresh(self) -> None:
        self.loading = True
        try:
            availability = self._availability()
            known = isinstance(availability, dict)
            self.known.setChecked(known)
            self.preview.setText(self.tr("Voorbeeld: {0}").format(
                describe_availability(availability if known else None)))
            rules = self._rule_list()
            row = self.rules.currentRow()
            texts = [describe_rule(rule) if isinstance(rule, dict) else "?" for rule in rules]
            if [self.rules.item(i).text() for i in range(self.rules.count())] != texts:
                self.rules.clear()
                self.rules.addItems(texts)
            self.rules.setCurrentRow(min(max(row, 0), len(rules) - 1) if rules else -1)
            for widget in (self.rules, self.add_rule, self.remove_rule, self.rule_widgets, self.about):
                widget.setVisible(known)  # no hours in the source: nothing to fill in but the box above
            self.remove_rule.setEnabled(known and len(rules) > 1)
            self.about.set_base((*self.base, "availability") if known and self.base is not None else None)
        finally:
            self.loading = False
        self._show_rule(self.rules.currentRow())

    def _show_rule(self, row: int) -> None:
        rules = self._rule_list()
        rule = rules[row] if 0 <= row < len(rules) and isinstance(rules[row], dict) else None
        self.rule_widgets.setEnabled(rule is not None)
        if rule is None:
            return
        self.loading = True
        try:
            always = bool(rule.get("always"))
            self.kind.setCurrentIndex(0 if always else 1)
            days = rule.get("days") or []
            for box, day in zip(self.day_boxes, WEEKDAYS, strict=True):
                box.setChecked(day in days)
                box.setEnabled(not always)
            for edit, key in ((self.opens, "from"), (self.closes, "to")):
                text = str(rule.get(key, ""))
                if edit.text() != text:
                    edit.setText(text)
                edit.setEnabled(not always)
            self.purpose.setCurrentIndex(max(self.purpose.findData(rule.get("purpose")), 0))
            self.holidays.setCurrentIndex(max(self.holidays.findData(rule.get("closed_on_holidays")), 0))
            self.holidays.setEnabled(not always)
        finally:
            self.loading = False

    # writing ------------------------------------------------------------------------------------

    def _contact_name(self) -> str:
        if self.base is None:
            return ""
        role = self.document.get((*self.base, "role"), "")
        return str(role) if role else self.tr("contact")

    def _toggle_known(self, on: bool) -> None:
        if self.loading or self.base is None:
            return
        value: Any = {"rules": [{"always": True}]} if on else MISSING
        text = self.tr("Bereikbaarheid van '{0}' gewijzigd").format(self._contact_name())
        self.document.set((*self.base, "availability"), value, text)

    def _write_rule(self, merge: bool = False) -> None:
        row = self.rules.currentRow()
        if self.loading or self.base is None or row < 0:
            return
        rule: dict[str, Any] = {}
        purpose = self.purpose.currentData()
        if purpose:
            rule["purpose"] = purpose
        if self.kind.currentData() == "always":
            rule["always"] = True
        else:
            previous = self._rule_list()[row]  # switched from 24/7 just now: start from office hours
            was_always = isinstance(previous, dict) and bool(previous.get("always"))
            days = [day for box, day in zip(self.day_boxes, WEEKDAYS, strict=True) if box.isChecked()]
            rule["days"] = list(WORKING_DAYS) if was_always else days
            rule["from"] = "09:00" if was_always else self.opens.text()
            rule["to"] = "17:00" if was_always else self.closes.text()
            holidays = self.holidays.currentData()
            if holidays is not None:
                rule["closed_on_holidays"] = holidays
        text = self.tr("Bereikbaarheid van '{0}' gewijzigd").format(self._contact_name())
        self.document.set((*self.base, "availability", "rules", row), rule, text, merge=merge)

    def _add_rule(self) -> None:
        if self.base is None:
            return
        rules = copy.deepcopy(self._rule_list())
        rules.append({"days": list(WORKING_DAYS), "from": "09:00", "to": "17:00"})
        text = self.tr("Regel toegevoegd bij '{0}'").format(self._contact_name())
        self.document.set((*self.base, "availability", "rules"), rules, text)
        self.rules.setCurrentRow(len(rules) - 1)

    def _remove_rule(self) -> None:
        row = self.rules.currentRow()
        rules = copy.deepcopy(self._rule_list())
        if self.base is None or not 0 <= row < len(rules):
            return
        del rules[row]
        text = self.tr("Regel verwijderd bij '{0}'").format(self._contact_name())
        self.document.set((*self.base, "availability", "rules"), rules, text)

    # problems -----------------------------------------------------------------------------------

    def set_problems(self, labels: Sequence[IssueLabel]) -> None:
        if self.base is None:
            self.rule_problem.hide()
            return
        prefix = (*self.base, "availability")
        mine = [label for label in labels if label.path[: len(prefix)] == prefix]
        self.rule_problem.setText("\n".join(str(label) for label in mine))
        self.rule_problem.setVisible(bool(mine))
        self.about.set_problems({str(label.path[len(prefix)]): [label.message] for label in mine
                                 if len(label.path) == len(prefix) + 1})

    def focus_path(self, path: Path) -> bool:
        if self.base is None:
            return False
        prefix = (*self.base, "availability")
        if path[: len(prefix)] != prefix:
            return False
        rest = path[len(prefix):]
        if len(rest) >= 2 and rest[0] == "rules" and isinstance(rest[1], int):
            self.rules.setCurrentRow(rest[1])
            key = rest[2] if len(rest) > 2 else ""
            target = {"from": self.opens, "to": self.closes, "days": self.day_boxes[0],
                      "purpose": self.purpose}.get(str(key), self.kind)
            target.setFocus()
            return True
        self.known.setFocus()
        return True
