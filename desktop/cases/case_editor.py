"""One case on screen: its overview, bespreekpunten, deadlines and notes, in tabs, with the
actions on the case above them ("Toon stap in routekaart", the exports).

The editor shows what it is given and says what the user changed, by signals; the page saves
(``case_writer.py``) and exports (``case_exports.py``). Without a case it says how to get one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.case_form import CaseForm
from desktop.cases.checklist_panel import ChecklistPanel
from desktop.cases.notes_panel import NotesPanel
from desktop.cases.termijnen_panel import TermijnenPanel
from desktop.safe_text import tooltip
from desktop.widgets.fair_tab_bar import FairTabBar
from desktop.widgets.flow_layout import FlowLayout
from routekaarten.case_store import ChecklistEntry, Note
from routekaarten.cases import Case
from routekaarten.checklist import Group
from routekaarten.clock import day_of
from routekaarten.guidance import Advice
from routekaarten.termijnen import Overview

SUMMARY = "samenvatting"
MELDINGSFORMULIER = "meldingsformulier"


class CaseEditor(QWidget):
    caseEdited = Signal(object)  # Case, as the form now shows it
    itemChanged = Signal(str, object)  # bespreekpunt id, ChecklistEntry
    eventChanged = Signal(str, object)  # anchor, date | datetime | None (or the hearing's kind)
    noteEdited = Signal(str, str)  # note id ("" for a new note), text
    noteDeleted = Signal(str)
    showInRoutekaartRequested = Signal()
    exportRequested = Signal(str)  # SUMMARY
    meldingFormRequested = Signal()  # fill in (and export) the meldingsformulier

    def __init__(
        self,
        nfi_categories: list[tuple[str, str]],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = CaseForm(nfi_categories, now=now)
        self.form.edited.connect(self.caseEdited)
        self.checklist = ChecklistPanel(today=lambda: day_of(now()))
        self.checklist.changed.connect(self.itemChanged)
        self.termijnen = TermijnenPanel(now=now)
        self.termijnen.eventChanged.connect(self.eventChanged)
        self.notes = NotesPanel()
        self.notes.noteEdited.connect(self.noteEdited)
        self.notes.noteDeleted.connect(self.noteDeleted)
        self.show_button = QPushButton(self.tr("Toon stap in &routekaart"))
        self.show_button.setAccessibleName(self.tr("Toon stap in routekaart"))
        self.show_button.clicked.connect(self.showInRoutekaartRequested)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de zaak"))
        # Too narrow for the four names (a large text size): the longest end with "…", whole in
        # the tab's tooltip.
        self.tabs.setTabBar(FairTabBar())
        for page, name in (
            (self.form, self.tr("Overzicht")),
            (self.checklist, self.tr("Bespreekpunten")),
            (self.termijnen, self.tr("Termijnen")),
            (self.notes, self.tr("Notities")),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(page, name), tooltip(name))
        self.empty = QLabel(self.tr("Kies een zaak of maak een nieuwe zaak."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.export_summary = QPushButton(self.tr("&Samenvatting exporteren…"))
        self.export_summary.setAccessibleName(self.tr("Samenvatting exporteren"))
        self.export_summary.clicked.connect(lambda: self.exportRequested.emit(SUMMARY))
        self.export_form = QPushButton(self.tr("&Meldingsformulier invullen…"))
        self.export_form.setAccessibleName(self.tr("Meldingsformulier invullen en exporteren"))
        self.export_form.clicked.connect(self.meldingFormRequested)
        self.with_notes = QCheckBox(self.tr("met notities"))
        self.with_notes.setAccessibleName(self.tr("Notities meenemen in de samenvatting"))
        warning = QLabel(
            self.tr("⚠ Een export is <b>niet versleuteld</b>: alleen voor het officiële dossier.")
        )
        warning.setWordWrap(True)
        case_area = QWidget()
        case_layout = QVBoxLayout(case_area)
        case_layout.setContentsMargins(0, 0, 0, 0)
        # One line where it fits; at a large text size the buttons continue on the next line.
        self.action_row = FlowLayout()
        for widget in (self.show_button, self.export_summary, self.with_notes, self.export_form):
            self.action_row.addWidget(widget)
        case_layout.addLayout(self.action_row)
        case_layout.addWidget(warning)
        case_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(case_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def load(
        self,
        case: Case,
        groups: list[Group],
        entries: dict[str, ChecklistEntry],
        events: Mapping[str, date | datetime | str],
        notes: list[Note],
    ) -> None:
        self.form.load(case)
        self.checklist.load(groups, entries)
        self.termijnen.load_events(events)
        self.notes.load(notes)
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        """Nothing of a case stays on screen (the cases were locked)."""
        self.checklist.load([], {})
        self.notes.load([])
        self.show_empty()

    def show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)

    def show_derived(self, advice: list[Advice], termijnen: Overview, now: datetime) -> None:
        """What follows from the case: the guidance and the deadlines (and those still missing a
        date), their countdowns at ``now`` (aware)."""
        self.form.show_guidance(advice)
        self.termijnen.show_overview(termijnen, now)

    def show_case_error(self, text: str) -> None:
        """The case was not saved: why, at the date that was typed (or under the form)."""
        self.form.refuse(text)

    def case_saved(self, case: Case) -> None:
        self.form.saved(case)

    def retry_refused(self) -> None:
        """The case was saved: dates its rules refused, here or in Termijnen, are tried again."""
        self.form.retry_refused()
        self.termijnen.retry_refused()

    def show_event_refused(self, anchor: str, text: str, kept: object) -> None:
        self.termijnen.refuse(anchor, text, kept)

    def event_saved(self, anchor: str) -> None:
        self.termijnen.saved(anchor)

    def note_saved(self, note_id: str, text: str) -> None:
        self.notes.note_saved(note_id, text)

    def flush_notes(self) -> None:
        """Save the note being typed now, before the case changes or the key goes."""
        self.notes.flush()

    def with_notes_in_summary(self) -> bool:
        return self.with_notes.isChecked()

    def start_new_case(self) -> None:
        """A new case was made: its overview, with the label chosen for typing over."""
        self.tabs.setCurrentWidget(self.form)
        self.form.label.setFocus()  # case_form.py offers no method for it (yet)
        self.form.label.selectAll()
