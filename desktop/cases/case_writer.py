"""Saving what the user changed in the open case, at once, by one domain call per edit.

Dates are checked by the domain before anything is written (a melding in the future is
refused, and the stored case stays as it was); a failing disk is said in the status line, and
the earlier state is kept. The page opens a case here and routes the outcomes to the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from desktop.cases.vault_session import VaultSession
from routekaarten.case_store import CaseStore, ChecklistEntry
from routekaarten.cases import Case
from routekaarten.clock import day_of
from routekaarten.errors import RoutekaartError
from routekaarten.termijnen import check_case_dates, check_events


class CaseWriter(QObject):
    caseSaved = Signal(object)  # the Case as stored
    caseRefused = Signal(str)  # why; nothing was saved
    eventSaved = Signal(str)  # the anchor
    eventRefused = Signal(str, str, object)  # the anchor, why, the value that stays stored
    noteAdded = Signal(str, str)  # the new note's id, its text
    failed = Signal(str)  # a store write failed

    def __init__(
        self,
        cases: CaseStore,
        session: VaultSession,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.session = session
        self.now = now  # aware; an incident or event later today than now is refused too
        self._case_id: str | None = None

    def open(self, case: Case | None) -> None:
        """The case the item, event and note edits belong to (None: no case is open)."""
        self._case_id = case.id if case else None

    def save_case(self, case: Case) -> None:
        now = self.now()
        try:
            check_case_dates(case.melding_date, case.incident_moment, now)
        except RoutekaartError as error:
            self.caseRefused.emit(str(error))
            return
        case = case.settled(day_of(now))
        self._write(lambda: self.cases.save_case(case))
        self._case_id = case.id
        self.caseSaved.emit(case)

    def save_item(self, item_id: str, entry: ChecklistEntry) -> None:
        vault, case_id = self.session.vault, self._case_id
        if case_id is None or vault is None:
            return
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

    def save_event(self, anchor: str, value: date | datetime | str | None) -> None:
        """An event's day (and time, for the custody events) or the hearing's kind; None removes it.

        Checked with the case's other events, so a voorgeleiding before the aanhouding or a
        veiligheidsbeoordeling before the melding is refused, not saved.
        """
        case_id = self._case_id
        if case_id is None:
            return
        if value is not None:
            stored = self.cases.events(case_id)
            try:
                events = {"melding": self.cases.case(case_id).melding_date, **stored}
                check_events({**events, anchor: value}, self.now())
            except RoutekaartError as error:
                self.eventRefused.emit(anchor, str(error), stored.get(anchor))
                return
        self._write(lambda: self.cases.set_event(case_id, anchor, value))
        self.eventSaved.emit(anchor)

    def save_note(self, note_id: str, text: str) -> None:
        vault, case_id = self.session.vault, self._case_id
        if case_id is None or vault is None:
            return
        if note_id:
            self._write(lambda: self.cases.update_note(vault, case_id, note_id, text))
            return
        saved: list[str] = []
        self._write(lambda: saved.append(self.cases.add_note(vault, case_id, text)))
        if saved:
            self.noteAdded.emit(saved[0], text)

    def delete_note(self, note_id: str) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._write(lambda: self.cases.delete_note(case_id, note_id))

    def write(self, action: Callable[[], object]) -> None:
        """Run a store change; a refusal (disk full, …) becomes ``failed`` with its Dutch message."""
        self._write(action)

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except RoutekaartError as error:
            self.failed.emit(str(error))
