"""The overview of one case: its facts (anonymous by design) and what the guidance says.

A date the case's rules refuse (a melding in the future, a melding before the incident) is not
saved and not lost: the reason stands at the field that was typed, after "Niet opgeslagen:", with
the typed text, and the field's value is again the stored one; once the other date is corrected
the refused one is tried again (``retry_refused``), as in the Termijnen tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.safe_documents import SafeTextBrowser
from desktop.widgets.date_field import DateField
from desktop.widgets.elided_combo import ElidedComboBox
from desktop.widgets.fitting_button import FittingCheckBox
from routekaarten import clock
from routekaarten.cases import Case, label_warnings
from routekaarten.guidance import Advice, Uitlating, Vermoeden
from routekaarten.termijnen import check_incident

GUIDANCE_MIN_LINES = 8

# Marked for pyside6-lupdate; CaseForm translates them with self.tr.
VERMOEDEN_LABELS = {
    Vermoeden.LETSEL: QT_TRANSLATE_NOOP("CaseForm", "1. Letsel/symptoom"),
    Vermoeden.UITLATING: QT_TRANSLATE_NOOP("CaseForm", "2. Gedrag of uitlatingen van een kind"),
    Vermoeden.DERDE: QT_TRANSLATE_NOOP("CaseForm", "3. Waarneming door een derde"),
    Vermoeden.DADER: QT_TRANSLATE_NOOP("CaseForm", "4. De dader meldt"),
}
UITLATING_LABELS = {
    None: "—",
    Uitlating.GEDRAGSVERANDERING: QT_TRANSLATE_NOOP("CaseForm", "Gedragsverandering"),
    Uitlating.HELDER: QT_TRANSLATE_NOOP("CaseForm", "Heldere uitspraak"),
    Uitlating.VAAG: QT_TRANSLATE_NOOP("CaseForm", "Vage uitspraak"),
}


class CaseForm(QWidget):
    """Emits ``edited`` with the case as the form now shows it; the page saves it."""

    edited = Signal(object)

    def __init__(
        self,
        nfi_categories: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = clock.now,
        confirm_label: Callable[[QWidget, list[str]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        if confirm_label is None:
            from desktop.cases.case_actions import confirm_label as ask

            confirm_label = ask
        self._confirm_label = confirm_label
        self._case: Case | None = None
        self._confirmed_label = ""
        self._case_id = ""
        self._loading = False
        self._typed: DateField | None = None  # the date field whose edit is being saved
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Label van de zaak"))
        self.label.setPlaceholderText(self.tr("initialen of eigen code, geen naam of BSN"))
        self.label_warning = QLabel()
        self.label_warning.setTextFormat(Qt.TextFormat.RichText)  # markup by design; data escaped
        self.label_warning.setWordWrap(True)
        self.label_warning.setAccessibleName(self.tr("Waarschuwing bij het label"))
        self.vermoeden = ElidedComboBox()
        self.vermoeden.setAccessibleName(self.tr("Soort vermoeden"))
        for kind, text in VERMOEDEN_LABELS.items():
            self.vermoeden.addItem(self.tr(text), int(kind))
        self.uitlating = ElidedComboBox()
        self.uitlating.setAccessibleName(self.tr("Soort uitlating"))
        for uitlating, text in UITLATING_LABELS.items():
            self.uitlating.addItem(self.tr(text), uitlating.value if uitlating else "")
        self.zeden = FittingCheckBox(self.tr("Zedenzaak (seksueel misbruik)"), self.tr("Zedenzaak", "kort"))
        self.zeden.setAccessibleName(self.tr("Zedenzaak"))

        def today() -> date:  # the fields' "vandaag"
            return clock.day_of(now())

        # An incident has happened: one later than now (a date, or today at a later hour) is
        # refused in the field, as the Termijnen fields refuse an aangifte in the future.
        self.incident = DateField(
            self.tr("Datum en tijd incident"),
            with_time=True,
            today=today,
            empty_text=self.tr("onbekend"),
            check=lambda moment: check_incident(moment, now()),
        )
        self.nfi = ElidedComboBox()
        self.nfi.setAccessibleName(self.tr("NFI-categorie"))
        self.nfi.addItem(self.tr("geen NFI-zaak"), "")
        for category_id, title in nfi_categories:
            self.nfi.addItem(title, category_id)
        self.age = QSpinBox()
        self.age.setAccessibleName(self.tr("Leeftijd kind"))
        self.age.setRange(-1, 17)
        self.age.setSpecialValueText(self.tr("onbekend"))
        self.melding = DateField(self.tr("Datum melding"), today=today)
        self.step = ElidedComboBox()
        self.step.setAccessibleName(self.tr("Huidige stap"))
        for number in range(4):
            self.step.addItem(self.tr("Stap {0}").format(number), number)
        self.status = ElidedComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("open"), "open")
        self.status.addItem(self.tr("gesloten"), "closed")
        # Bouwblok 2: the case owner per organisation (a function or team, never a name).
        self.owners = {}
        owners = (("eigenaar_vt", "Veilig Thuis"), ("eigenaar_politie", "politie"), ("eigenaar_om", "OM"))
        for key, name in owners:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Eigenaar van de zaak bij {0}").format(name))
            edit.setPlaceholderText(self.tr("functie of team, geen naam"))
            edit.editingFinished.connect(self._emit)
            self.owners[key] = edit
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.RichText)  # markup by design; its data is escaped
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.guidance = SafeTextBrowser()
        self.guidance.setAccessibleName(self.tr("Wat te doen"))
        self._fit_guidance()

        form = QFormLayout()
        # Where a field does not fit beside its label (a large text size), it goes below it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow("", self.label_warning)
        form.addRow(self.tr("&Vermoeden:"), self.vermoeden)
        form.addRow(self.tr("&Uitlating:"), self.uitlating)
        form.addRow("", self.zeden)
        form.addRow(self.tr("In&cident:"), self.incident)
        form.addRow(self.tr("N&FI:"), self.nfi)
        form.addRow(self.tr("Leef&tijd kind:"), self.age)
        form.addRow(self.tr("Mel&ding:"), self.melding)
        form.addRow(self.tr("Sta&p:"), self.step)
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("Eigenaar VT:"), self.owners["eigenaar_vt"])
        form.addRow(self.tr("Eigenaar politie:"), self.owners["eigenaar_politie"])
        form.addRow(self.tr("Eigenaar OM:"), self.owners["eigenaar_om"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        heading = QLabel(self.tr("<b>Wat zeggen de handreiking en de routekaart?</b>"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.guidance, 1)

        self.label.editingFinished.connect(self._label_finished)
        self.label.textChanged.connect(self._warn)
        for combo in (self.vermoeden, self.uitlating, self.nfi, self.step, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.zeden.toggled.connect(self._emit)
        for date_edit in (self.incident, self.melding):
            date_edit.valueChanged.connect(lambda _value, field=date_edit: self._date_typed(field))
        self.age.valueChanged.connect(self._emit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_guidance()

    def _fit_guidance(self) -> None:
        """A few lines of what to do stay in view at every text size; below the form fields at a
        large size the page scrolls rather than squeeze them to a sliver."""
        self.guidance.setMinimumHeight(self.guidance.fontMetrics().lineSpacing() * GUIDANCE_MIN_LINES)

    def load(self, case: Case) -> None:
        self._loading = True
        self._case = case
        self._confirmed_label = case.label
        self.label.setText(case.label)
        self.vermoeden.setCurrentIndex(self.vermoeden.findData(int(case.vermoeden)))
        self.uitlating.setCurrentIndex(
            self.uitlating.findData(case.uitlating.value if case.uitlating else "")
        )
        self.zeden.setChecked(case.zeden)
        same_case = self._case_id == case.id
        self._case_id = case.id
        for field, value in ((self.incident, case.incident_moment), (self.melding, case.melding_date)):
            if not (same_case and field.error_text()):  # a reload after another edit keeps typed text
                field.setValue(value)
        self.nfi.setCurrentIndex(max(self.nfi.findData(case.nfi_category or ""), 0))
        self.age.setValue(case.child_age if case.child_age is not None else -1)
        self.step.setCurrentIndex(case.step)
        self.status.setCurrentIndex(self.status.findData(case.status))
        for key, edit in self.owners.items():
            edit.setText(getattr(case, key))
        self.error.clear()
        self._warn(case.label)
        self._loading = False

    def current(self) -> Case | None:
        if self._case is None:
            return None
        melding = self.melding.value()
        uitlating = self.uitlating.currentData()
        status = self.status.currentData()
        case = replace(
            self._case,
            label=self.label.text().strip() or self._case.label,
            vermoeden=Vermoeden(self.vermoeden.currentData()),
            uitlating=Uitlating(uitlating) if uitlating else None,
            zeden=self.zeden.isChecked(),
            nfi_category=self.nfi.currentData() or None,
            child_age=None if self.age.value() < 0 else self.age.value(),
            melding_date=melding if isinstance(melding, date) else self._case.melding_date,
            step=int(self.step.currentData()),
            status=status,
            closed_on=self._case.closed_on,
            eigenaar_vt=self.owners["eigenaar_vt"].text().strip(),
            eigenaar_politie=self.owners["eigenaar_politie"].text().strip(),
            eigenaar_om=self.owners["eigenaar_om"].text().strip(),
        )
        return case.with_incident(self.incident.value())

    def show_error(self, text: str) -> None:
        """Why an edit that is not a date was refused ("" when it is fine)."""
        self.error.setText(f"<span>⚠ {escape(text)}</span>" if text else "")

    def refuse(self, reason: str) -> None:
        """The case was not saved: the reason at the date field just typed, whose text stays and
        whose value is again the stored one; a refusal of another edit is said under the form."""
        field = self._typed
        if field is None or self._case is None:
            self.show_error(reason)
            return
        kept = self._case.incident_moment if field is self.incident else self._case.melding_date
        field.refuse(self.tr("Niet opgeslagen: {0}").format(reason), kept)

    def saved(self, case: Case) -> None:
        """The case as stored: what a later refusal keeps; any reason under the form is gone."""
        self._case = case
        self.show_error("")

    def retry_refused(self) -> None:
        """The case was saved: a refused date may fit the rules now (the other date changed)."""
        for field in (self.incident, self.melding):
            if field.is_refused():
                field.commit()

    def show_guidance(self, advice: list[Advice]) -> None:
        """The advice in its order; a ``warning`` (facts that do not fit together, such as an NFI
        category that does not fit the child's age) is marked "⚠ Let op:" in the text, not by
        colour alone, and comes first."""
        parts = []
        for entry in advice:
            mark = self.tr("Met spoed: ") if entry.urgent else ""
            if entry.warning:
                mark = self.tr("⚠ Let op: ") + mark
            step = self.tr("stap {0}").format(entry.step) if entry.step is not None else ""
            step_text = f" <i>({escape(step)})</i>" if step else ""
            source = self.tr("Bron: {0}").format(escape(entry.source))
            note = f"<br/><i>{escape(entry.note)}</i>" if entry.note else ""
            body = (
                f"<b>{mark}{escape(entry.title)}</b>{step_text}<br/>{escape(entry.text)}"
                f"{note}<br/><small>{source}</small>"
            )
            if entry.warning:  # framed as well, so it stands out above the rest
                parts.append(
                    '<table width="100%" border="1" cellspacing="0" cellpadding="6" '
                    f'style="border-color: #b00020; border-style: solid;"><tr><td>{body}</td></tr></table>'
                )
            else:
                parts.append(f"<p>{body}</p>")
        self.guidance.setHtml("".join(parts) or self.tr("<p>Geen bijzonderheden.</p>"))

    def _warn(self, text: str) -> None:
        warnings = label_warnings(text)
        self.label_warning.setText("<br/>".join(f"⚠ {escape(w)}" for w in warnings))

    def _label_finished(self) -> None:
        """The name/BSN check asks before the label is saved; "no" puts the saved label back."""
        if self._loading or self._case is None:
            return
        text = self.label.text().strip()
        if text == self._confirmed_label:
            return
        warnings = label_warnings(text)
        if warnings and not self._confirm_label(self, warnings):
            self.label.setText(self._confirmed_label)
            self.label.setFocus()
            self.label.selectAll()
            return
        self._confirmed_label = text
        self._emit()

    def _date_typed(self, field: DateField) -> None:
        previous, self._typed = self._typed, field
        try:
            self._emit()
        finally:
            self._typed = previous

    def _emit(self) -> None:
        if self.melding.value() is None and self._case is not None:
            self.refuse(self.tr("Een zaak heeft een datum van melding; vul die in."))
            return
        if not self._loading and self._case is not None:
            case = self.current()
            if case is not None:
                self.edited.emit(case)
