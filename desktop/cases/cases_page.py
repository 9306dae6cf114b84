"""The "Zaken" page: the list of cases and one case's overview, checklist, deadlines, notes.

Locked until the notes key is in hand (``vault_gate.py``: keyring, else a passphrase typed in
an inline panel); every edit is saved at once (``case_writer.py``). This module puts the parts
together: the gate, the list (``case_list.py``), the editor (``case_editor.py``), the exports
(``case_exports.py``) and the key change (``key_change.py``), and opens a case in the editor
with what follows from it. Rules live in ``routekaarten``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from desktop import settings
from desktop.cases.case_actions import confirm_delete, confirm_purge
from desktop.cases.case_editor import SUMMARY, CaseEditor
from desktop.cases.case_exports import CaseExports
from desktop.cases.case_list import CaseList
from desktop.cases.case_writer import CaseWriter
from desktop.cases.key_change import KeyChange
from desktop.cases.key_panel import KeyPanel
from desktop.cases.melding_form_dialog import MeldingFormDialog
from desktop.cases.purge_notice import PurgeNotice
from desktop.cases.unlock_panel import UnlockPanel
from desktop.cases.vault_gate import VaultGate
from desktop.cases.vault_session import VaultSession
from desktop.settings import Settings
from desktop.widgets.columns import Columns
from desktop.widgets.fitting_button import FittingButton
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.checklist import Group, groups_for_region
from routekaarten.clock import day_of
from routekaarten.errors import RoutekaartError
from routekaarten.guidance import Vermoeden, advise
from routekaarten.termijnen import overview

Now = Callable[[], datetime]  # aware; read in Dutch local time
LIST_SHARE = 0.3  # of the page's width, at most, for the list while the case needs the room


class CasesPage(QWidget):
    showInRoutekaart = Signal(int, tuple)  # step, box ids
    message = Signal(str)

    def __init__(
        self,
        cases: CaseStore,
        prefs: Settings,
        *,
        now: Now,
        keyring_backend: Callable[[], Any],
        keyring_user: str,
        selection: Callable[[], tuple[str, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.now = now
        self.today: Callable[[], date] = lambda: day_of(now())
        today = self.today
        self.selection = selection  # (region id, area id) chosen in the routekaart tab
        self.national = cases.store.national()
        self.session = VaultSession(prefs.get(settings.IDLE_LOCK_MINUTES), self)
        self.case: Case | None = None
        self._resume: tuple[str, int] | None = None  # (case id, tab) to show again after unlocking
        # Dates typed in the Termijnen tab that the rules refused, by case: typed back when the
        # case is opened again (after a lock or another case), so nothing typed is lost. Only
        # dates, which the store keeps unencrypted too (events), never notes.
        self._refused: dict[str, dict[str, str]] = {}

        self.unlock_panel = UnlockPanel()
        self.gate = VaultGate(
            cases,
            self.session,
            self.unlock_panel,
            keyring_backend=keyring_backend,
            keyring_user=keyring_user,
            parent=self,
        )
        self.case_list = CaseList(prefs, today)
        self.case_list.caseChosen.connect(self.open_case)
        self.case_list.newCaseRequested.connect(self.new_case)
        self.case_list.deleteRequested.connect(self.delete_case)
        nfi = [(c["id"], c["title"]) for c in self.national.get("nfi_categories", ())]
        self.editor = CaseEditor(nfi, now)
        self.writer = CaseWriter(cases, self.session, now, self)
        self.prefs = prefs
        self.exports = CaseExports(cases, prefs, now, self)
        self.exports.message.connect(self.message)
        self._connect_editor()

        # Long labels where they fit, short ones (the long in the tooltip) in a narrow column.
        self.export_counts = FittingButton(
            self.tr("Telling e&xporteren…"), self.tr("Telling e&xporteren…", "kort")
        )
        self.export_counts.setAccessibleName(self.tr("Anonieme telling exporteren"))
        self.export_counts.clicked.connect(self._ask_counts_export)
        self.bijlage3_button = FittingButton(
            self.tr("Bijlage &3: wie mag wat onderzoeken…"), self.tr("Bijlage &3…", "kort")
        )
        self.bijlage3_button.setAccessibleName(self.tr("Onderzoeksbevoegdheden per organisatie (Bijlage 3)"))
        self.bijlage3_button.clicked.connect(self.show_bijlage3)
        self.lock_button = QPushButton(self.tr("Ver&grendelen"))
        self.lock_button.setAccessibleName(self.tr("Zaken vergrendelen"))
        self.lock_button.clicked.connect(self.lock)
        self.key_panel = KeyPanel()
        self.keys = KeyChange(cases, self.session, self.key_panel, self, limiter=self.gate.limiter)
        self.keys.aboutToChange.connect(self.editor.flush_notes)

        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.case_list, 1)
        left.addWidget(self.export_counts)
        left.addWidget(self.bijlage3_button)
        left.addWidget(self.lock_button)
        left.addWidget(self.key_panel)
        self.purge_notice = PurgeNotice()
        self.purge_notice.deleteRequested.connect(self.purge_held)
        self.purge_notice.exportRequested.connect(self.export_held)
        self.case_list.retentionChanged.connect(lambda _days: self._show_held())
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.purge_notice)
        # The list gives way to the case at a large text size, down to what its own widgets need
        # (case_list.py); the user may drag the line between them.
        self.columns = Columns(share=LIST_SHARE)
        self.columns.addWidget(left_column)
        self.columns.addWidget(self.editor)
        work_layout.addWidget(self.columns, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_panel)
        # At a large text size the page needs more height than a screen has: it scrolls, the window
        # stays on the screen. Sideways it fits a 1280-wide screen at the largest size: button
        # rows wrap, long labels shorten, the list column gives way (tests/ui/test_cases_readable.py).
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(work)
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.session.lockedChanged.connect(self._on_locked)
        self._on_locked(True)

    def _connect_editor(self) -> None:
        """Edits go to the writer; what it saved or refused comes back to the editor."""
        editor, writer = self.editor, self.writer
        editor.caseEdited.connect(writer.save_case)
        editor.itemChanged.connect(writer.save_item)
        editor.eventChanged.connect(writer.save_event)
        editor.noteEdited.connect(writer.save_note)
        editor.noteDeleted.connect(writer.delete_note)
        editor.showInRoutekaartRequested.connect(self._show_in_routekaart)
        editor.exportRequested.connect(self.export)
        editor.meldingFormRequested.connect(self.open_melding_form)
        writer.caseSaved.connect(self._on_case_saved)
        writer.caseRefused.connect(editor.show_case_error)
        writer.eventSaved.connect(self._on_event_saved)
        writer.eventRefused.connect(editor.show_event_refused)
        writer.noteAdded.connect(editor.note_saved)
        writer.failed.connect(self.message)

    # locking ---------------------------------------------------------------------------------------

    def ensure_unlocked(self) -> None:
        """Called when the page is shown: the keyring unlocks silently, else ask for a passphrase."""
        self.gate.ensure_unlocked()

    def lock(self) -> None:
        self.editor.flush_notes()
        self.session.lock()

    def _on_locked(self, locked: bool) -> None:
        """Locked: nothing of the cases stays on screen, but the page remembers which case and tab
        were open (their ids only, in memory), so after an idle lock the user is back where they
        were (issue 12 item 4)."""
        if locked:
            if self.case is not None:
                self._resume = (self.case.id, self.editor.tabs.currentIndex())
            self._keep_refused()
            self._set_case(None)
            self.case_list.clear()
            self.editor.clear()
            self.purge_notice.show_held([], self.case_list.retention_days())
            self.stack.setCurrentWidget(self.unlock_panel)
            if self.isVisible():
                self.ensure_unlocked()
        else:
            self.stack.setCurrentIndex(1)
            self.cases.purge_closed(self.today(), self.case_list.retention_days())
            resume, self._resume = self._resume, None
            self._show_held()
            self.reload_cases(select=resume[0] if resume else None)
            if resume is not None and self.case is not None and self.case.id == resume[0]:
                self.editor.tabs.setCurrentIndex(resume[1])

    # closed cases the purge holds back ---------------------------------------------------------

    def _show_held(self) -> None:
        """The closed cases past their keep time whose notes were never exported: in the notice,
        and as "wacht op export" in the list (issue 11 item 8)."""
        days = self.case_list.retention_days()
        held = self.cases.held_for_export(self.today(), days)
        self.case_list.set_held(frozenset(case.id for case in held))
        self.purge_notice.show_held(held, days)

    def purge_held(
        self, case_ids: list[str], confirm: Callable[[QWidget, list[str]], bool] | None = None
    ) -> int:
        """Purge these held cases after an explicit yes (``confirm_purge``); how many were deleted."""
        confirm = confirm or confirm_purge
        days = self.case_list.retention_days()
        held = [case for case in self.cases.held_for_export(self.today(), days) if case.id in case_ids]
        if not held or not confirm(self, [case.label for case in held]):
            return 0
        chosen = {case.id for case in held}
        if self.case is not None and self.case.id in chosen:
            self.editor.flush_notes()
            self._set_case(None)
            self.editor.show_empty()
        deleted: list[int] = []
        self.writer.write(
            lambda: deleted.append(self.cases.purge_closed(self.today(), days, confirmed=chosen))
        )
        self._show_held()
        self.reload_cases()
        count = deleted[0] if deleted else 0
        if count == 1:
            self.message.emit(self.tr("1 gesloten zaak verwijderd."))
        elif count:
            self.message.emit(self.tr("{0} gesloten zaken verwijderd.").format(count))
        return count

    def export_held(self, case_id: str, target: Path | None = None) -> Path | None:
        """"Eerst exporteren": open the held case and export its summary with the notes, for the
        official dossier; after that the purge takes it without asking."""
        self.reload_cases(select=case_id)
        if self.case is None or self.case.id != case_id:
            return None
        self.editor.with_notes.setChecked(True)
        written = self.export(SUMMARY, target)
        self._show_held()
        self.reload_cases(select=case_id)
        return written

    def show_bijlage3(self) -> QWidget:
        """Bijlage 3 (onderzoeksbevoegdheden per organisatie) in a window of its own."""
        from desktop.widgets.bijlage3_table import show_bijlage3  # lazy: only when asked for

        return show_bijlage3(self.national, self.window())

    # exports -------------------------------------------------------------------------------------

    def export(self, what: str, target: Path | None = None) -> Path | None:
        """The open case's summary or meldingsformulier, as PDF or text (by the file's extension)."""
        if self.case is None or self.session.vault is None:
            return None
        return self.exports.export(
            self.case,
            self.session.vault,
            what,
            with_notes=self.editor.with_notes_in_summary(),
            target=target,
        )

    def _ask_counts_export(self) -> None:
        """The button's ``checked`` must not reach ``export_counts_csv`` as its target."""
        self.exports.export_counts_csv()

    # the list and the open case ------------------------------------------------------------------

    def reload_cases(self, select: str | None = None) -> None:
        target = select or (self.case.id if self.case else None)
        if not self.case_list.show_cases(self.cases.cases(), select=target) and self.case is None:
            self.editor.show_empty()

    def open_melding_form(self) -> MeldingFormDialog | None:
        """The meldingsformulier (Bijlage 2) of the open case, to fill in and export."""
        if self.case is None or self.session.vault is None:
            return None
        dialog = MeldingFormDialog(
            self.cases, self.session.vault, self.case, self.prefs, today=self.today, parent=self
        )
        dialog.open()
        return dialog

    def delete_case(self, confirm: Callable[[QWidget, str], bool] = confirm_delete) -> bool:
        """Delete the open case after a question; overwritten as a purge (CaseStore.delete_case)."""
        if self.case is None or not confirm(self, self.case.label):
            return False
        self.editor.flush_notes()
        case_id = self.case.id
        self._set_case(None)
        self._refused.pop(case_id, None)
        self.writer.write(lambda: self.cases.delete_case(case_id))
        self.reload_cases()
        self.editor.show_empty()
        return True

    def new_case(self) -> None:
        region, area = self.selection()
        number = len(self.cases.cases()) + 1
        case = Case(
            id=CaseStore.new_id(),
            label=self.tr("Zaak {0}").format(number),
            region=region,
            area=area,
            vermoeden=Vermoeden.LETSEL,
            melding_date=self.today(),
        )
        self.cases.save_case(case)
        self.reload_cases(select=case.id)
        self.editor.start_new_case()

    def open_case(self, case_id: str) -> None:
        vault = self.session.vault
        if vault is None:
            return
        self.editor.flush_notes()
        self._keep_refused()
        case = self.cases.case(case_id)
        self._set_case(case)
        self.editor.load(
            case,
            self._groups_of(case),
            self.cases.checklist(vault, case_id),
            self.cases.events(case_id),
            self.cases.notes(vault, case_id),
        )
        self._refresh_derived()
        self.editor.termijnen.restore_refused(self._refused.pop(case_id, {}))

    def _keep_refused(self) -> None:
        """Remember the open case's refused dates before its fields are emptied or reloaded."""
        if self.case is not None:
            texts = self.editor.termijnen.refused_texts()
            if texts:
                self._refused[self.case.id] = texts
            else:
                self._refused.pop(self.case.id, None)

    def _set_case(self, case: Case | None) -> None:
        self.case = case
        self.writer.open(case)

    def _groups_of(self, case: Case) -> list[Group]:
        """The region's own bespreekpunten where its bundle has them, else Bijlage 4 of the HSSK."""
        try:
            region = self.cases.store.region(case.region)
        except RoutekaartError:
            region = None
        return groups_for_region(self.national, region)

    def _on_case_saved(self, case: Case) -> None:
        self.editor.case_saved(case)
        self._set_case(case)
        self.reload_cases(select=case.id)
        self._refresh_derived()
        self.editor.retry_refused()  # a corrected melding or incident date may make one fit

    def _on_event_saved(self, anchor: str) -> None:
        self.editor.event_saved(anchor)
        self._refresh_derived()
        self.editor.termijnen.retry_refused()

    # derived views -------------------------------------------------------------------------------

    def _refresh_derived(self) -> None:
        if self.case is None:
            return
        now = self.now()
        events: dict[str, Any] = {"melding": self.case.melding_date, **self.cases.events(self.case.id)}
        self.editor.show_derived(
            advise(self.case.facts(day_of(now))), overview(self.national.get("termijnen", ()), events), now
        )

    def _show_in_routekaart(self) -> None:
        if self.case is None:
            return
        advice = advise(self.case.facts(self.today()))
        boxes = tuple(box for entry in advice for box in entry.boxes)
        self.showInRoutekaart.emit(self.case.step, boxes)
