"""Exports, unencrypted on purpose: a case's summary or meldingsformulier for the official file,
and the anonymous counts (Bouwblok 6) for the region.

PDF or text by the file's extension; the text is made by the domain (``case_export``,
``counts_export``) and written atomically. Where to write is asked unless the caller says.

A write that fails (a read-only folder, a full disk) is said in a warning that stays until the
user closes it, with the reason (``desktop.failure_warning``): a status line that goes away after
some seconds could be missed, and the user would think the dossier has its file. The folder of a
failed export is not remembered for the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.cases.case_editor import SUMMARY
from desktop.cases.profile_dialog import sender_from
from desktop.failure_warning import FailureWarning
from desktop.file_dialogs import remember_folder, save_file_name
from desktop.settings import Settings
from routekaarten import case_export
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.clock import day_of
from routekaarten.counts_export import counts_csv
from routekaarten.errors import RoutekaartError
from routekaarten.files import write_export
from routekaarten.vault import CaseVault


class CaseExports(QObject):
    message = Signal(str)

    def __init__(
        self, cases: CaseStore, prefs: Settings, now: Callable[[], datetime], dialog_parent: QWidget
    ) -> None:
        super().__init__(dialog_parent)
        self.cases = cases
        self.prefs = prefs
        self.now = now  # aware: the summary marks a deadline in hours late once its moment passed
        self.dialog_parent = dialog_parent
        self.warning = FailureWarning(dialog_parent)

    def export(
        self, case: Case, vault: CaseVault, what: str, *, with_notes: bool, target: Path | None = None
    ) -> Path | None:
        """The summary (``SUMMARY``) or the meldingsformulier of ``case``; None when not written."""
        chosen = target is None
        if target is None:
            name, _ = save_file_name(
                self.prefs, what, self.dialog_parent,
                self.tr("Exporteren (niet versleuteld)"),
                f"{case.label}-{what}.pdf",
                self.tr("PDF (*.pdf);;Tekst (*.txt)"),
            )
            if not name:
                return None
            target = Path(name)
        html = target.suffix.lower() == ".pdf"
        if what == SUMMARY:
            content = case_export.summary(
                self.cases, vault, case, self.now(), with_notes=with_notes, html=html
            )
        else:
            today = day_of(self.now())
            answers = case_export.filled_form(self.cases, vault, case, today, sender_from(self.prefs))
            content = case_export.meldingsformulier(case, today, html=html, answers=answers)
        try:
            if html:
                from desktop.cases.pdf_export import write_pdf

                write_pdf(content, target)
            else:
                write_export(target, content.encode("utf-8"))
        except RoutekaartError as error:
            self.show_failure(error)
            return None
        if chosen:
            remember_folder(self.prefs, what, target)
        try:
            if what == SUMMARY and with_notes:
                self.cases.mark_notes_exported(case.id)  # the purge may then take it without asking
        except RoutekaartError as error:
            self.message.emit(str(error))
            return None
        self.message.emit(self.tr("Geëxporteerd (niet versleuteld): {0}").format(target))
        return target

    def export_counts_csv(self, target: Path | None = None) -> Path | None:
        """Bouwblok 6: counts by vermoeden, step and status; no labels, notes or dates."""
        chosen = target is None
        if target is None:
            title, filters = self.tr("Anonieme telling exporteren"), self.tr("CSV (*.csv)")
            name, _ = save_file_name(self.prefs, "telling", self.dialog_parent, title, "telling.csv", filters)
            if not name:
                return None
            target = Path(name)
        try:
            write_export(target, counts_csv(self.cases.counts()).encode("utf-8"))
        except RoutekaartError as error:
            self.show_failure(error)
            return None
        if chosen:
            remember_folder(self.prefs, "telling", target)
        return target

    @property
    def failure(self) -> QMessageBox | None:
        """The warning of the last failed export, while open."""
        return self.warning.box

    def show_failure(self, error: RoutekaartError) -> QMessageBox:
        """The reason a write failed, in a warning the user closes (window-modal, not waited for)."""
        return self.warning.show(self.tr("Exporteren mislukt"), str(error))
