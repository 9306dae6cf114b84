"""The meldingsformulier (HSSK Bijlage 2) of one case, filled and finished in the app.

Every question of the form is a field, pre-filled from the case and "Mijn gegevens"; what the
professional writes is stored encrypted like notes (it can name witnesses) and exported as a PDF
that keeps the form's sections and questions. The rules (what is pre-filled, when to warn about
anonymity, how long an answer may be, that "Op:" is not a day still to come) live in
``routekaarten.melding_fill``. "Op:" is a date field like every date of the app: a day it refuses
says so at the field and keeps what was typed, and is neither stored nor exported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.profile_dialog import sender_from
from desktop.file_dialogs import remember_folder, save_file_name
from desktop.settings import Settings
from desktop.widgets.date_field import DateField, Moment
from routekaarten import case_export, melding_fill
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.dates import format_moment
from routekaarten.errors import RoutekaartError
from routekaarten.meldingsformulier import FORM_TITLE, SECTIONS
from routekaarten.vault import CaseVault

Field = QLineEdit | QPlainTextEdit | DateField
DATE_QUESTIONS = frozenset({"datum_melding"})  # answered by a day, typed as every date of the app


class MeldingFormDialog(QDialog):
    def __init__(
        self,
        cases: CaseStore,
        vault: CaseVault,
        case: Case,
        prefs: Settings,
        *,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases, self.vault, self.case, self.prefs, self.today = cases, vault, case, prefs, today
        self.setWindowTitle(self.tr("Meldingsformulier – {0}").format(case.label))
        self.resize(820, 760)
        self.fields: dict[str, Field] = {}
        self.problems: dict[str, QLabel] = {}
        answers = case_export.filled_form(cases, vault, case, today(), sender_from(prefs))
        self._saved = dict(answers)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for section in SECTIONS:
            box = QGroupBox(section.title)
            box_layout = QVBoxLayout(box)
            for question in section.questions:
                label = QLabel(question.text)
                label.setWordWrap(True)
                field: Field
                if question.id in DATE_QUESTIONS:
                    field = self._date_field(question.placeholder, answers.get(question.id, ""))
                elif question.placeholder:
                    field = QLineEdit(answers.get(question.id, ""))
                    field.setPlaceholderText(question.placeholder)
                else:
                    field = QPlainTextEdit(answers.get(question.id, ""))
                    field.setTabChangesFocus(True)
                    field.setMinimumHeight(70)
                if not isinstance(field, DateField):  # its name is its typing field's
                    field.setAccessibleName(question.text.splitlines()[0])
                label.setBuddy(field)
                if not isinstance(field, DateField):
                    field.textChanged.connect(self._check)
                problem = QLabel()
                problem.setWordWrap(True)
                problem.hide()
                box_layout.addWidget(label)
                box_layout.addWidget(field)
                box_layout.addWidget(problem)
                self.fields[question.id] = field
                self.problems[question.id] = problem
            body_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        appendix = self.tr("HSSK Bijlage 2")
        title = QLabel(f"<b>{appendix}</b> – {escape(FORM_TITLE)}")
        hint = QLabel(
            self.tr(
                "Wat de zaak en ‘Mijn gegevens’ weten is al ingevuld. De antwoorden worden versleuteld "
                "opgeslagen; de PDF is <b>niet versleuteld</b>: alleen voor de politie en het dossier."
            )
        )
        hint.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Waarschuwing over anonimiteit"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the file's path
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.export_button = QPushButton(self.tr("Opslaan en als &PDF exporteren…"))
        self.close_button = QPushButton(self.tr("Sl&uiten"))
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(lambda _checked=False: self.export_pdf(None))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._check()
        self._focus_first_open_question(scroll)

    def _focus_first_open_question(self, scroll: QScrollArea) -> None:
        """Typing starts in the form: at its first question without an answer (else its first)."""
        answers = self.answers()
        open_questions = [key for key in self.fields if not answers.get(key, "").strip()]
        field_id = open_questions[0] if open_questions else next(iter(self.fields))
        field = self.fields[field_id]
        target = field.edit if isinstance(field, DateField) else field
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll.ensureWidgetVisible(field)

    def _date_field(self, name: str, answer: str) -> DateField:
        """The stored (or pre-filled) answer is read as typed, so a day the rule refuses, or an
        answer that is not a date, is shown at the field at once; the answer itself is kept."""
        field = DateField(name, today=self.today, empty_text=name, check=self._not_to_come)
        field.edit.setText(answer)
        field.commit()
        return field

    def _not_to_come(self, day: Moment) -> None:
        melding_fill.check_sent_on(day, self.today())

    def refused_dates(self) -> list[DateField]:
        """The date fields whose text is not their answer (a day to come, or not a date)."""
        fields = self.fields.values()
        return [field for field in fields if isinstance(field, DateField) and field.is_refused()]

    def _answer(self, field_id: str, field: Field) -> str:
        if isinstance(field, DateField):  # a refused day is not an answer: the stored one stays
            return self._saved.get(field_id, "") if field.is_refused() else format_moment(field.value())
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def answers(self) -> dict[str, str]:
        return {field_id: self._answer(field_id, field) for field_id, field in self.fields.items()}

    def _check(self) -> bool:
        """Show the anonymity warning and every answer that is too long; True when all fit."""
        answers = self.answers()
        warning = melding_fill.anonymity_warning(answers)
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self.warning.setVisible(bool(warning))
        fits = True
        for field_id, label in self.problems.items():
            problem = melding_fill.answer_problem(answers[field_id])
            label.setText(f"⚠ {problem}" if problem else "")
            label.setVisible(bool(problem))
            fits = fits and problem is None
        return fits

    def save(self) -> bool:
        """Store the answers that changed (sealed); nothing typed is dropped when a write fails."""
        answers = self.answers()
        try:
            for field_id, text in answers.items():
                if text != self._saved.get(field_id, ""):
                    self.cases.set_form_answer(self.vault, self.case.id, field_id, text)
                    self._saved[field_id] = text
        except RoutekaartError as error:
            self.message.setText(f"⚠ {error}")
            return False
        if self.refused_dates():
            self.message.setText(
                self.tr("⚠ Opgeslagen (versleuteld), behalve een datum die niet klopt; zie hierboven.")
            )
        else:
            self.message.setText(self.tr("Opgeslagen (versleuteld)."))
        return True

    def export_pdf(self, target: Path | None = None) -> Path | None:
        if not self._check():
            self.message.setText(self.tr("⚠ Een antwoord is te lang voor het formulier; zie hierboven."))
            return None
        if self.refused_dates():
            self.message.setText(self.tr("⚠ Een datum in het formulier klopt niet; zie hierboven."))
            self.refused_dates()[0].setFocus()
            return None
        if not self.save():
            return None
        chosen = target is None
        if target is None:
            name, _filter = save_file_name(
                self.prefs, "meldingsformulier", self,
                self.tr("Meldingsformulier exporteren (niet versleuteld)"),
                f"{self.case.label}-meldingsformulier.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not name:
                return None
            target = Path(name)
        from desktop.cases.pdf_export import write_pdf

        html = case_export.meldingsformulier(self.case, self.today(), html=True, answers=self.answers())
        try:
            write_pdf(html, target)
        except RoutekaartError as error:
            # stays in the dialog, under the buttons, until the next save or export
            self.message.setText(f"⚠ {error}")
            return None
        if chosen:
            remember_folder(self.prefs, "meldingsformulier", target)
        self.message.setText(self.tr("Geëxporteerd (niet versleuteld): {0}").format(target))
        return target

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Esc and the window's close button keep what was typed, as "Sluiten" does: they are
        the usual ways to leave a dialog, and answers are hard to type again. When the answers
        cannot be stored the dialog stays open with the reason, so nothing is lost unseen."""
        if self.save():
            super().reject()
