"""The "Zaken" page: the list of cases and one case's overview, checklist, deadlines, notes.

Locked until the notes key is in hand (keyring, else a passphrase typed in an inline panel);
every edit is saved at once by a domain call. Rules live in ``routekaarten``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.cases.case_actions import confirm_delete
from desktop.cases.case_form import CaseForm
from desktop.cases.cases_model import CASE_ID_ROLE, CasesModel
from desktop.cases.checklist_panel import ChecklistPanel
from desktop.cases.key_panel import KeyPanel
from desktop.cases.melding_form_dialog import MeldingFormDialog
from desktop.cases.notes_panel import NotesPanel
from desktop.cases.profile_dialog import sender_from
from desktop.cases.termijnen_panel import TermijnenPanel
from desktop.cases.unlock_panel import UnlockPanel
from desktop.cases.vault_session import VaultSession
from desktop.settings import Settings
from desktop.worker import run_in_background
from routekaarten import case_export, unlock
from routekaarten.case_store import CaseStore, ChecklistEntry
from routekaarten.cases import Case, days_until_purge
from routekaarten.checklist import Group, groups_for_region
from routekaarten.counts_export import counts_csv
from routekaarten.errors import RoutekaartError
from routekaarten.files import write_atomic
from routekaarten.guidance import Vermoeden, advise
from routekaarten.keys import AttemptLimiter, KeyringUnavailableError
from routekaarten.termijnen import check_case_dates, check_events, compute

Today = Callable[[], date]


class CasesPage(QWidget):
    showInRoutekaart = Signal(int, tuple)  # step, box ids
    message = Signal(str)

    def __init__(
        self,
        cases: CaseStore,
        prefs: Settings,
        *,
        today: Today,
        keyring_backend: Callable[[], Any],
        keyring_user: str,
        selection: Callable[[], tuple[str, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.prefs = prefs
        self.today = today
        self.keyring_backend = keyring_backend
        self.keyring_user = keyring_user
        self.selection = selection  # (region id, area id) chosen in the routekaart tab
        self.national = cases.store.national()
        self.limiter = AttemptLimiter()
        self.session = VaultSession(prefs.get(settings.IDLE_LOCK_MINUTES), self)
        self.case: Case | None = None

        self.unlock_panel = UnlockPanel()
        self.unlock_panel.unlockRequested.connect(self._unlock_with_passphrase)

        self.model = CasesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek zaak op label"))
        self.filter.setAccessibleName(self.tr("Zoek zaak"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Zaken"))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button = QPushButton(self.tr("&Nieuwe zaak"))
        self.new_button.setAccessibleName(self.tr("Nieuwe zaak"))
        self.new_button.clicked.connect(self.new_case)
        self.delete_button = QPushButton(self.tr("Zaa&k verwijderen…"))
        self.delete_button.setAccessibleName(self.tr("Zaak verwijderen"))
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_case())
        self.lock_button = QPushButton(self.tr("Ver&grendelen"))
        self.lock_button.setAccessibleName(self.tr("Zaken vergrendelen"))
        self.lock_button.clicked.connect(self.lock)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" dagen"))
        self.retention.setValue(prefs.get(settings.RETENTION_DAYS))
        self.retention.setAccessibleName(self.tr("Gesloten zaken bewaren (dagen)"))
        self.retention.valueChanged.connect(self._on_retention)

        nfi = [(c["id"], c["title"]) for c in self.national.get("nfi_categories", ())]
        self.form = CaseForm(nfi, today=today)
        self.form.edited.connect(self._save_case)
        self.checklist = ChecklistPanel(today=today)
        self.checklist.changed.connect(self._save_item)
        self.termijnen = TermijnenPanel()
        self.termijnen.eventChanged.connect(self._save_event)
        self.notes = NotesPanel()
        self.notes.noteEdited.connect(self._save_note)
        self.notes.noteDeleted.connect(self._delete_note)
        self.show_button = QPushButton(self.tr("Toon stap in &routekaart"))
        self.show_button.setAccessibleName(self.tr("Toon stap in routekaart"))
        self.show_button.clicked.connect(self._show_in_routekaart)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de zaak"))
        self.tabs.addTab(self.form, self.tr("Overzicht"))
        self.tabs.addTab(self.checklist, self.tr("Bespreekpunten"))
        self.tabs.addTab(self.termijnen, self.tr("Termijnen"))
        self.tabs.addTab(self.notes, self.tr("Notities"))
        self.empty = QLabel(self.tr("Kies een zaak of maak een nieuwe zaak."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        case_area = QWidget()
        case_layout = QVBoxLayout(case_area)
        case_layout.setContentsMargins(0, 0, 0, 0)
        self.export_summary = QPushButton(self.tr("&Samenvatting exporteren…"))
        self.export_summary.setAccessibleName(self.tr("Samenvatting exporteren"))
        self.export_summary.clicked.connect(lambda: self.export("samenvatting"))
        self.export_form = QPushButton(self.tr("&Meldingsformulier invullen…"))
        self.export_form.setAccessibleName(self.tr("Meldingsformulier invullen en exporteren"))
        self.export_form.clicked.connect(self.open_melding_form)
        self.with_notes = QCheckBox(self.tr("met notities"))
        self.with_notes.setAccessibleName(self.tr("Notities meenemen in de samenvatting"))
        warning = QLabel(
            self.tr("⚠ Een export is <b>niet versleuteld</b>: alleen voor het officiële dossier.")
        )
        actions = QHBoxLayout()
        for widget in (self.show_button, self.export_summary, self.with_notes, self.export_form):
            actions.addWidget(widget)
        actions.addStretch(1)
        case_layout.addLayout(actions)
        case_layout.addWidget(warning)
        case_layout.addWidget(self.tabs, 1)
        self.case_stack = QStackedWidget()
        self.case_stack.addWidget(self.empty)
        self.case_stack.addWidget(case_area)

        left = QVBoxLayout()
        left.addWidget(self.new_button)
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Gesloten zaken bewaren:")))
        keep.addWidget(self.retention)
        left.addLayout(keep)
        self.export_counts = QPushButton(self.tr("Telling e&xporteren…"))
        self.export_counts.setAccessibleName(self.tr("Anonieme telling exporteren"))
        self.export_counts.clicked.connect(self.export_counts_csv)
        left.addWidget(self.export_counts)
        left.addWidget(self.delete_button)
        left.addWidget(self.lock_button)
        self.key_panel = KeyPanel()
        self.key_panel.changeRequested.connect(self._change_key)
        left.addWidget(self.key_panel)
        work = QWidget()
        work_layout = QHBoxLayout(work)
        work_layout.addLayout(left, 1)
        work_layout.addWidget(self.case_stack, 4)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_panel)
        self.stack.addWidget(work)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.session.lockedChanged.connect(self._on_locked)
        self._on_locked(True)

    # locking ---------------------------------------------------------------------------------------

    def ensure_unlocked(self) -> None:
        """Called when the page is shown: the keyring unlocks silently, else ask for a passphrase."""
        if not self.session.locked:
            return
        wrapped = self.cases.wrapped_key()
        if wrapped is not None and wrapped.method == "passphrase":
            self.unlock_panel.ask(creating=False)
            return
        try:
            vault = unlock.unlock_with_keyring(self.cases, self.keyring_backend(), self.keyring_user)
        except KeyringUnavailableError as error:
            if wrapped is None:
                note = self.tr("{0} Daarom wordt een wachtwoordzin gebruikt.").format(error)
                self.unlock_panel.ask(creating=True, note=note)
            else:
                self.unlock_panel.ask(creating=False, note=str(error))
                self.unlock_panel.button.setEnabled(False)
            return
        except RoutekaartError as error:
            self.unlock_panel.ask(creating=False, note=str(error))
            return
        self.session.unlocked(vault)

    def lock(self) -> None:
        self.notes.flush()
        self.session.lock()

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        self.unlock_panel.button.setEnabled(False)
        self.unlock_panel.message.setText(self.tr("Bezig met ontgrendelen…"))

        def work() -> Any:
            return unlock.unlock_with_passphrase(self.cases, passphrase, self.limiter)

        run_in_background(work, self._unlock_done)

    def _unlock_done(self, vault: Any, error: BaseException | None) -> None:
        self.unlock_panel.button.setEnabled(True)
        if error is not None:
            message = (
                str(error) if isinstance(error, RoutekaartError) else self.tr("Ontgrendelen is mislukt.")
            )
            self.unlock_panel.message.setText(message)
            self.unlock_panel.passphrase.selectAll()
            return
        self.unlock_panel.message.clear()
        self.session.unlocked(vault)

    def _change_key(self, passphrase: str, renew: bool) -> None:
        vault = self.session.vault
        if vault is None:
            return
        self.notes.flush()

        def work() -> Any:
            if renew:
                return unlock.rotate_data_key(self.cases, vault, passphrase)
            unlock.change_passphrase(self.cases, vault, passphrase)
            return vault

        def finished(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.key_panel.done(str(error) if isinstance(error, RoutekaartError) else self.tr("Mislukt."))
                return
            if renew:
                self.session.unlocked(result)
            self.key_panel.done(
                self.tr("Sleutel vernieuwd; alle notities zijn opnieuw versleuteld.")
                if renew
                else self.tr("Wachtwoordzin gewijzigd.")
            )

        run_in_background(work, finished)

    # exports -------------------------------------------------------------------------------------

    def export(self, what: str, target: Path | None = None) -> Path | None:
        """Write the summary or the meldingsformulier as PDF or text (by the file's extension)."""
        if self.case is None or self.session.vault is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporteren (niet versleuteld)"),
                f"{self.case.label}-{what}.pdf",
                self.tr("PDF (*.pdf);;Tekst (*.txt)"),
            )
            if not name:
                return None
            target = Path(name)
        html = target.suffix.lower() == ".pdf"
        if what == "samenvatting":
            content = case_export.summary(
                self.cases,
                self.session.vault,
                self.case,
                self.today(),
                with_notes=self.with_notes.isChecked(),
                html=html,
            )
        else:
            sender = sender_from(self.prefs)
            answers = case_export.filled_form(self.cases, self.session.vault, self.case, self.today(), sender)
            content = case_export.meldingsformulier(self.case, self.today(), html=html, answers=answers)
        try:
            if html:
                from desktop.cases.pdf_export import write_pdf

                write_pdf(content, target)
            else:
                write_atomic(target, content.encode("utf-8"))
        except RoutekaartError as error:
            self.message.emit(str(error))
            return None
        self.message.emit(self.tr("Geëxporteerd (niet versleuteld): {0}").format(target))
        return target

    def open_melding_form(self) -> MeldingFormDialog | None:
        if self.case is None or self.session.vault is None:
            return None
        dialog = MeldingFormDialog(
            self.cases, self.session.vault, self.case, self.prefs, today=self.today, parent=self
        )
        dialog.open()
        return dialog

    def export_counts_csv(self, target: Path | None = None) -> Path | None:
        """Bouwblok 6: counts by vermoeden, step and status; no labels, notes or dates."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Anonieme telling exporteren"), "telling.csv", self.tr("CSV (*.csv)")
            )
            if not name:
                return None
            target = Path(name)
        try:
            write_atomic(target, counts_csv(self.cases.counts()).encode("utf-8"))
        except RoutekaartError as error:
            self.message.emit(str(error))
            return None
        return target

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.case = None
            self.model.set_cases([])
            self.checklist.load([], {})
            self.notes.load([])
            self.stack.setCurrentWidget(self.unlock_panel)
            if self.isVisible():
                self.ensure_unlocked()
        else:
            self.stack.setCurrentIndex(1)
            self.cases.purge_closed(self.today(), self.retention.value())
            self.reload_cases()

    # the list --------------------------------------------------------------------------------------

    def reload_cases(self, select: str | None = None) -> None:
        self.model.purge_in = lambda case: days_until_purge(case, self.today(), self.retention.value())
        self.model.set_cases(self.cases.cases())
        target = select or (self.case.id if self.case else None)
        row = self.model.row_of(target) if target else -1
        if row >= 0:
            self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
        elif self.case is None:
            self.case_stack.setCurrentWidget(self.empty)

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
        self.tabs.setCurrentWidget(self.form)
        self.form.label.setFocus()
        self.form.label.selectAll()

    def delete_case(self, confirm: Callable[[QWidget, str], bool] = confirm_delete) -> bool:
        """Delete the selected case after a question; overwritten as a purge (CaseStore.delete_case)."""
        if self.case is None or not confirm(self, self.case.label):
            return False
        self.notes.flush()
        case_id, self.case = self.case.id, None
        self._write(lambda: self.cases.delete_case(case_id))
        self.reload_cases()
        self.case_stack.setCurrentWidget(self.empty)
        return True

    def _on_current(self, current: QModelIndex) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is None or self.session.vault is None:
            return
        self.notes.flush()
        self.case = self.cases.case(case_id)
        self.form.load(self.case)
        self.checklist.load(self._groups_of(self.case), self.cases.checklist(self.session.vault, case_id))
        self.termijnen.load_events(self.cases.events(case_id))
        self.notes.load(self.cases.notes(self.session.vault, case_id))
        self._refresh_derived()
        self.case_stack.setCurrentIndex(1)

    def _groups_of(self, case: Case) -> list[Group]:
        """The region's own bespreekpunten where its bundle has them, else Bijlage 4 of the HSSK."""
        try:
            region = self.cases.store.region(case.region)
        except RoutekaartError:
            region = None
        return groups_for_region(self.national, region)

    def _on_retention(self, days: int) -> None:
        self.prefs.set(settings.RETENTION_DAYS, days)
        self.model.layoutChanged.emit()

    # saving ------------------------------------------------------------------------------------------

    def _save_case(self, case: Case) -> None:
        today = self.today()
        try:
            check_case_dates(case.melding_date, case.incident_date, today)
        except RoutekaartError as error:
            self.form.show_error(str(error))  # nothing saved: the stored case stays as it was
            return
        case = case.settled(today)
        self.form.show_error("")
        self._write(lambda: self.cases.save_case(case))
        self.case = case
        self.reload_cases(select=case.id)
        self._refresh_derived()

    def _save_item(self, item_id: str, entry: ChecklistEntry) -> None:
        if self.case is None or self.session.vault is None:
            return
        vault, case_id = self.session.vault, self.case.id
        self._write(
            lambda: self.cases.set_checklist_item(
                vault,
                case_id,
                item_id,
                status=entry.status,
                owner=entry.owner,
                due=entry.due,
                answer=entry.answer,
            )
        )

    def _save_event(self, anchor: str, day: date | None) -> None:
        if self.case is None:
            return
        if day is not None:
            try:
                check_events({anchor: day}, self.today())
            except RoutekaartError as error:
                self.termijnen.error.setText(f"⚠ {error}")
                return
        self.termijnen.error.clear()
        case_id = self.case.id
        self._write(lambda: self.cases.set_event(case_id, anchor, day))
        self._refresh_derived()

    def _save_note(self, note_id: str, text: str) -> None:
        if self.case is None or self.session.vault is None:
            return
        vault, case_id = self.session.vault, self.case.id
        if note_id:
            self._write(lambda: self.cases.update_note(vault, case_id, note_id, text))
        else:
            saved: list[str] = []
            self._write(lambda: saved.append(self.cases.add_note(vault, case_id, text)))
            if saved:
                self.notes.note_saved(saved[0], text)

    def _delete_note(self, note_id: str) -> None:
        if self.case is not None:
            case_id = self.case.id
            self._write(lambda: self.cases.delete_note(case_id, note_id))

    def _write(self, action: Callable[[], None]) -> None:
        """A store write; a failing disk is said in the status line, the earlier state is kept."""
        try:
            action()
        except RoutekaartError as error:
            self.message.emit(str(error))

    # derived views -------------------------------------------------------------------------------

    def _refresh_derived(self) -> None:
        if self.case is None:
            return
        today = self.today()
        self.form.show_guidance(advise(self.case.facts(today)))
        events: dict[str, Any] = {"melding": self.case.melding_date, **self.cases.events(self.case.id)}
        self.termijnen.show_termijnen(compute(self.national.get("termijnen", ()), events), today)

    def _show_in_routekaart(self) -> None:
        if self.case is None:
            return
        advice = advise(self.case.facts(self.today()))
        boxes = tuple(box for entry in advice for box in entry.boxes)
        self.showInRoutekaart.emit(self.case.step, boxes)
