""" "Regio beheren": the regional admin's workbench, a window of its own (issue 13).

The admin opens the region (the copy this workstation synced, the version published now, or a
file), edits a draft that is saved after every change (``routekaarten.region_drafts``) and
restored after a crash, sees every problem next to its field while typing, reads what changes
for workstations, and signs and publishes in one step. Editing needs no key; signing does.

Slots only call the domain (``routekaarten``) and the adapters (``desktop.admin.backend``); the
network and the key derivation run off the GUI thread (``desktop.worker``).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.admin import backend
from desktop.admin.chart_tab import ChartTab
from desktop.admin.document import DraftDocument
from desktop.admin.document import Path as DocPath
from desktop.admin.editors import (
    GeneralForm,
    areas_editor,
    bespreekpunten_editor,
    contacts_editor,
    footnotes_editor,
)
from desktop.admin.expiry_banner import ExpiryBanner
from desktop.admin.key_page import KeyPage
from desktop.admin.notice import Notice
from desktop.admin.problems_panel import ProblemsPanel
from desktop.admin.publish_panel import PublishPanel
from desktop.admin.undo_keys import UndoKeys
from desktop.failure_warning import FailureWarning
from desktop.file_dialogs import open_file_name, remember_folder, save_file_name
from desktop.settings import Settings
from desktop.worker import run_in_background
from routekaarten.errors import RoutekaartError
from routekaarten.issue_labels import IssueLabel, label_issues
from routekaarten.region_drafts import Draft, DraftConflictError, DraftError, DraftFolder, region_id_of
from routekaarten.store import Store, region_key

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from securesystemslib.signer import Signer

    from sync.admin.publish_verify import PublishOutcome
    from sync.admin.pull import PulledRegion
    from sync.admin.region_expiry import RegionExpiry
    from sync.client.source import SyncSource

VALIDATE_DELAY_MS = 250
# Kinds of file whose folder the file dialogs remember (desktop.file_dialogs): a bundle is opened
# from and saved to the same place, the print that is handed out goes elsewhere.
BUNDLE_FILES = "regiobundel"
PRINTS = "routekaart_pdf"
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _default_keyring() -> KeyringBackend:
    from sync.admin.region_keys import default_backend

    return default_backend()


class _Progress(QObject):
    """Carries the upload's progress (bytes sent, of) from the worker to the GUI thread (queued)."""

    sent = Signal(int, int)


class AdminWindow(QMainWindow):
    published = Signal(str)  # the region id, once workstations get the new version

    def __init__(
        self,
        store: Store,
        prefs: Settings,
        *,
        keyring_backend: Callable[[], KeyringBackend] = _default_keyring,
        clock: Clock = _utc_now,
        environ: Mapping[str, str] = os.environ,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prefs = prefs
        self.data_dir = store.path.parent
        self.keyring_backend = keyring_backend
        self.clock = clock
        self.environ = environ
        self.drafts = DraftFolder(self.data_dir, clock)
        self.document = DraftDocument(parent=self)
        self.draft: Draft | None = None
        self.labels: list[IssueLabel] = []
        self.expiry: RegionExpiry | None = None
        self.busy = False
        self.conflict = False
        self._lock: QLockFile | None = None
        self._held: list[QLockFile] = []  # freed when the window is destroyed, closed or not
        self.destroyed.connect(partial(_unlock_all, self._held))
        self._unlocked: KeyringBackend | None = None  # the keyring opened with a passphrase this session
        self.failure = FailureWarning(self)  # the warning of the last export that failed, while open
        self.setWindowTitle(self.tr("Regio beheren — Routekaart"))

        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Regio"))
        self.region_box.activated.connect(lambda _index: self.open_region(self.region_box.currentData()))
        self.pull_button = QPushButton(self.tr("Gepubliceerde versie ophalen"))
        self.pull_button.clicked.connect(self.pull_published)
        self.file_button = QPushButton(self.tr("Bestand openen…"))
        self.file_button.clicked.connect(self.choose_file)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Re&gio:"))
        caption.setBuddy(self.region_box)
        top.addWidget(caption)
        top.addWidget(self.region_box)
        top.addWidget(self.pull_button)
        top.addWidget(self.file_button)
        top.addStretch(1)

        self.notice = Notice()
        self.conflict_notice = Notice()
        self.keep_mine = self.conflict_notice.add_button(self.tr("Mijn versie bewaren"), self.keep_my_draft)
        self.take_theirs = self.conflict_notice.add_button(
            self.tr("De andere versie openen"), self.take_other_draft
        )
        self.expiry_banner = ExpiryBanner()
        self.expiry_banner.renewRequested.connect(self.renew)

        self.general = GeneralForm(self.document)
        self.areas = areas_editor(self.document)
        self.contacts = contacts_editor(self.document)
        self.footnotes = footnotes_editor(
            self.document, ("contact_footnotes",), self.tr("Voetnoten bij de contacten")
        )
        self.chart = ChartTab(self.document)
        self.bespreekpunten = bespreekpunten_editor(self.document)
        self.publish_panel = PublishPanel()
        self.publish_panel.publish_button.clicked.connect(self.publish)
        self.publish_panel.renew_button.clicked.connect(self.renew)
        self.publish_panel.compare_button.clicked.connect(self.pull_published)
        self.key_page = KeyPage(self._keyring, self.region_id, prefs, unlocked=self._remember_keyring)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de regio"))
        self._tab_titles: list[tuple[QWidget, str, DocPath]] = [
            (self.general, self.tr("&Algemeen"), ()),
            (self.areas, self.tr("G&ebieden"), ("areas",)),
            (self.contacts, self.tr("&Contacten"), ("contacts",)),
            (self.footnotes, self.tr("&Voetnoten"), ("contact_footnotes",)),
            (self.chart, self.tr("&Routekaart"), ("routekaart",)),
            (self.bespreekpunten, self.tr("&Bespreekpunten"), ("bespreekpunten",)),
            (self.publish_panel, self.tr("&Publiceren"), ("-",)),
            (self.key_page, self.tr("&Sleutel"), ("-",)),
        ]
        self._pages: dict[int, QScrollArea] = {}
        for widget, title, _path in self._tab_titles:
            page = QScrollArea()  # at the largest text size a page may be larger than the window
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(widget)
            self._pages[id(widget)] = page
            self.tabs.addTab(page, title)
        self.problems = ProblemsPanel()
        self.problems.problemChosen.connect(self.go_to)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.problems)
        splitter.setSizes([1160, 280])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.notice)
        layout.addWidget(self.conflict_notice)
        layout.addWidget(self.expiry_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.undo_keys = UndoKeys(self)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        self.document.changed.connect(lambda _path: self._validate_timer.start())
        self.document.undo_stack.indexChanged.connect(self._autosave)
        self._progress = _Progress(self)
        self._progress.sent.connect(self.publish_panel.show_upload)
        self.resize(1440, 900)
        self._fill_regions()
        self._set_editable(False)
        self.where.setText(self.tr("Kies een regio, haal de gepubliceerde versie op of open een bestand."))
        start = prefs.get(settings.ADMIN_REGION) or prefs.get(settings.REGION)
        if start and (start in self.drafts.region_ids() or self.store.bundle_info(region_key(start))):
            self.open_region(start)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(self._pages[id(widget)])

    def current_tab(self) -> QWidget | None:
        page = self.tabs.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page

    def tab_text(self, widget: QWidget) -> str:
        return self.tabs.tabText(self.tabs.indexOf(self._pages[id(widget)]))

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("Co&ncept"))
        self.open_file_action = menu.addAction(self.tr("Bestand openen…"))
        self.open_file_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_file_action.triggered.connect(self.choose_file)
        self.pull_action = menu.addAction(self.tr("Gepubliceerde versie ophalen"))
        self.pull_action.triggered.connect(self.pull_published)
        self.save_file_action = menu.addAction(self.tr("Opslaan als bestand…"))
        self.save_file_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_file_action.triggered.connect(self.choose_export)
        self.print_action = menu.addAction(self.tr("Routekaart afdrukken als PDF…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.choose_print)
        menu.addSeparator()
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
            self.addAction(action)
        menu.addSeparator()
        self.discard_action = menu.addAction(self.tr("Concept weggooien…"))
        self.discard_action.triggered.connect(self.discard_draft)
        close = menu.addAction(self.tr("Sluiten"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)

    # which region ---------------------------------------------------------------------------------

    def _fill_regions(self) -> None:
        names = dict(self.store.regions())
        for region_id in self.drafts.region_ids():
            names.setdefault(region_id, region_id)
        current = self.region_box.currentData()
        self.region_box.clear()
        for region_id, name in sorted(names.items(), key=lambda item: item[1]):
            self.region_box.addItem(name, region_id)
        self.region_box.setCurrentIndex(max(self.region_box.findData(current), -1))

    def region_id(self) -> str | None:
        return None if self.draft is None else self.draft.region_id

    def region_name(self) -> str:
        name = self.document.get(("region", "name"))
        return str(name) if name else (self.region_id() or "")

    def source(self) -> SyncSource | None:
        from sync.client.source import find_source

        return find_source(self.data_dir, self.prefs.get(settings.SYNC_URL), self.environ)

    # opening --------------------------------------------------------------------------------------

    def open_region(self, region_id: str | None) -> bool:
        """The saved draft of ``region_id`` (restored, with a message), else this workstation's copy."""
        if not region_id or region_id == self.region_id():
            return False
        try:
            saved = self.drafts.load(region_id)
        except DraftError as error:
            self.notice.show_text(str(error), problem=True)
            saved = None
        if saved is not None:
            return self._start(saved, restored=True)
        copy_of = backend.synced_copy(self.store, region_id)
        if copy_of is None:
            self.notice.show_text(
                self.tr(
                    "Deze werkplek heeft geen kopie van deze regio; haal de gepubliceerde "
                    "versie op of open een bestand."
                ),
                problem=True,
            )
            return False
        raw, what = copy_of
        bundle = _json(raw)
        return self._start(
            Draft(region_id, bundle, base=copy.deepcopy(bundle), origin="synced", origin_label=what)
        )

    def open_file(self, path: Path) -> bool:
        try:
            bundle = backend.read_bundle_file(path)
        except RoutekaartError as error:
            self.notice.show_text(str(error), problem=True)
            return False
        region_id = region_id_of(bundle)
        base = None
        copy_of = backend.synced_copy(self.store, region_id)
        if copy_of is not None:
            base = _json(copy_of[0])
        label = self.tr("bestand {0}").format(path.name)
        try:
            saved = self.drafts.load(region_id)
        except DraftError:
            saved = None
        if (
            saved is not None
            and not saved.unchanged
            and not self.ask(
                self.tr("Concept vervangen?"),
                self.tr(
                    "Er is een concept van {0} met wijzigingen die nog niet zijn gepubliceerd. Vervangen "
                    "door het bestand?"
                ).format(region_id),
            )
        ):
            return False
        if region_id == self.region_id():
            self._release()
        return self._start(
            Draft(region_id, bundle, base=base, origin="file", origin_label=label), changed=True
        )

    def choose_file(self) -> None:
        name, _filter = open_file_name(
            self.prefs, BUNDLE_FILES, self, self.tr("Regiobundel openen"), self.tr("Regiobundel (*.json)")
        )
        if name and self.open_file(Path(name)):
            remember_folder(self.prefs, BUNDLE_FILES, Path(name))

    def _lock_for(self, region_id: str) -> QLockFile | None:
        self.drafts.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = QLockFile(str(self.drafts.folder / f"{region_id}.lock"))
        lock.setStaleLockTime(0)  # only a lock of a process that is gone is stale: a crash frees it
        if not lock.tryLock(0):
            return None
        self._held.append(lock)
        return lock

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._held.remove(self._lock)
            self._lock = None
        if self.draft is not None and self.document.data == self.draft.base:
            self.drafts.discard(self.draft.region_id)  # nothing to keep: no draft to restore next time
        self.draft = None

    def _start(self, draft: Draft, *, restored: bool = False, changed: bool = False) -> bool:
        lock = self._lock_for(draft.region_id)
        if lock is None:
            self.notice.show_text(
                self.tr(
                    "Het concept van {0} is al geopend in een ander venster van Routekaart. Werk daar "
                    "verder, of sluit dat venster eerst: twee vensters zouden elkaars wijzigingen "
                    "overschrijven."
                ).format(draft.region_id),
                problem=True,
            )
            self.region_box.setCurrentIndex(self.region_box.findData(self.region_id()))
            return False
        self._release()
        self._lock = lock
        self.draft = draft
        self.conflict = False
        self.conflict_notice.hide()
        self.document.reset(draft.bundle)
        self.prefs.set(settings.ADMIN_REGION, draft.region_id)
        self._fill_regions()
        self.region_box.setCurrentIndex(self.region_box.findData(draft.region_id))
        self.general.load()
        self.chart.load()
        self._set_editable(True)
        self.expiry = backend.region_expiry(self.data_dir, draft.region_id, self.clock())
        self._show_where()
        if restored and not draft.unchanged:
            self.notice.show_text(
                self.tr(
                    "Uw concept van {0} is hersteld, met de wijzigingen die nog niet zijn gepubliceerd "
                    "(laatst opgeslagen {1}). Ongedaan maken gaat niet verder terug dan dit punt."
                ).format(self.region_name(), _local(draft.saved_at))
            )
        else:
            self.notice.hide()
        if changed:
            self._autosave()
        self.validate_now()
        return True

    def _set_editable(self, on: bool) -> None:
        for widget, _title, _path in self._tab_titles:
            widget.setEnabled(on)
        self.save_file_action.setEnabled(on)
        self.print_action.setEnabled(on)
        self.discard_action.setEnabled(on)

    def _show_where(self) -> None:
        if self.draft is None:
            return
        base = self.draft.origin_label or self.draft.origin
        saved = (
            self.tr(", concept opgeslagen {0}").format(_local(self.draft.saved_at))
            if self.draft.saved_at
            else ""
        )
        self.where.setText(self.tr("{0}: geopend uit {1}{2}.").format(self.region_name(), base, saved))

    # saving ---------------------------------------------------------------------------------------

    def _autosave(self) -> None:
        """After every change: the draft on disk is what the window shows, so a crash loses nothing."""
        if self.draft is None or self.conflict:
            return
        if self.document.data == self.draft.base:  # nothing unpublished (undone, or just published)
            self.drafts.discard(self.draft.region_id)
            self.draft = replace(self.draft, saved_at="")
            self._show_where()
            return
        try:
            self.draft = self.drafts.save(
                Draft(
                    self.draft.region_id,
                    copy.deepcopy(self.document.data),
                    self.draft.base,
                    self.draft.origin,
                    self.draft.origin_label,
                )
            )
        except DraftConflictError as error:
            self.conflict = True
            self.conflict_notice.show_text(str(error), problem=True)
            return
        except DraftError as error:
            self.notice.show_text(str(error), problem=True)
            return
        self._show_where()

    def keep_my_draft(self) -> None:
        if self.draft is None:
            return
        self.draft = self.drafts.save(
            Draft(
                self.draft.region_id,
                copy.deepcopy(self.document.data),
                self.draft.base,
                self.draft.origin,
                self.draft.origin_label,
            ),
            force=True,
        )
        self.conflict = False
        self.conflict_notice.hide()
        self._show_where()

    def take_other_draft(self) -> None:
        if self.draft is None:
            return
        other = self.drafts.load(self.draft.region_id)
        self.conflict = False
        self.conflict_notice.hide()
        if other is not None:
            self.draft = other
            self.document.reset(other.bundle)
            self.general.load()
            self.chart.load()
            self.validate_now()

    def discard_draft(self) -> None:
        if self.draft is None or not self.ask(
            self.tr("Concept weggooien?"),
            self.tr("Alle wijzigingen die nog niet zijn gepubliceerd gaan verloren."),
        ):
            return
        base = self.draft.base
        region_id = self.draft.region_id
        self.drafts.discard(region_id)
        if base is not None:
            self.document.reset(base)
            self.draft = Draft(
                region_id, copy.deepcopy(base), base, self.draft.origin, self.draft.origin_label
            )
            self.general.load()
            self.chart.load()
            self.validate_now()

    def choose_export(self) -> None:
        if self.draft is None:
            return
        name, _filter = save_file_name(
            self.prefs, BUNDLE_FILES, self,
            self.tr("Concept opslaan als bestand"),
            f"{self.draft.region_id}.json",
            self.tr("Regiobundel (*.json)"),
        )
        if name and self.export(Path(name)):
            remember_folder(self.prefs, BUNDLE_FILES, Path(name))

    def export(self, path: Path) -> bool:
        """The draft as a bundle file, e.g. for ``routekaart admin publish`` in a script; a file
        that cannot be written is said in a warning that stays (``desktop.failure_warning``)."""
        from routekaarten.files import write_export

        try:
            write_export(path, backend.bundle_bytes(self.document.data))
        except RoutekaartError as error:
            self.failure.show(self.tr("Opslaan mislukt"), str(error))
            return False
        self.statusBar().showMessage(self.tr("Opgeslagen als {0}").format(path), 8000)
        return True

    def choose_print(self) -> None:
        if self.draft is None:
            return
        name, _filter = save_file_name(
            self.prefs, PRINTS, self, self.tr("Routekaart afdrukken als PDF"),
            f"{self.draft.region_id}.pdf", self.tr("PDF (*.pdf)"))
        if name and self.print_pdf(Path(name)):
            remember_folder(self.prefs, PRINTS, Path(name))

    def print_pdf(self, path: Path, paper: str = "A4") -> bool:
        """The routekaart of the draft as the PDF a region hands out (``desktop.admin_print``): drawn
        from the same data, so it cannot differ from what workstations show once it is published.
        A draft that is not valid, or a file that cannot be written, is said in a warning that
        stays until the admin closes it (``desktop.failure_warning``)."""
        from desktop.admin_print.routekaart_pdf import print_routekaart

        try:
            print_routekaart(backend.bundle_bytes(self.document.data), path, paper,
                             source=self.tr("het concept"))
        except RoutekaartError as error:
            self.failure.show(self.tr("Afdrukken mislukt"), str(error))
            return False
        self.statusBar().showMessage(self.tr("Afgedrukt als {0}").format(path), 8000)
        return True

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # checking -------------------------------------------------------------------------------------

    def validate_now(self) -> list[IssueLabel]:
        """The validator of ``admin validate`` and the service, on the draft as it is now."""
        from routekaarten.bundles import validate

        self._validate_timer.stop()
        data = self.document.data
        self.labels = label_issues(data, validate(data, "region")) if self.draft is not None else []
        for widget in (
            self.general,
            self.areas,
            self.contacts,
            self.footnotes,
            self.chart,
            self.bespreekpunten,
        ):
            widget.set_problems(self.labels)
        self.problems.show_problems(self.labels)
        for index, (_widget, title, path) in enumerate(self._tab_titles):
            count = sum(1 for label in self.labels if _in_tab(label.path, path))
            self.tabs.setTabText(index, f"{title} ⚠{count}" if count else title)
        self._update_publish()
        self._show_where()
        return self.labels

    def go_to(self, path: DocPath) -> None:
        """Show the field ``path`` points to: its tab, its record, the focus in it."""
        for widget, _title, prefix in self._tab_titles:
            if _in_tab(path, prefix):
                self.show_tab(widget)
                focus = getattr(widget, "focus_path", None)
                if focus is not None:
                    focus(path)
                return

    # publishing -----------------------------------------------------------------------------------

    def changed(self) -> bool:
        return self.draft is not None and self.document.data != self.draft.base

    def to_publish(self) -> dict[str, Any]:
        """The draft as it will be signed: its revision raised past the published one when it changed."""
        data = copy.deepcopy(self.document.data)
        base = self.draft.base if self.draft is not None else None
        if base is not None and data != base:
            data["revision"] = max(_int(data.get("revision")), _int(base.get("revision")) + 1)
        return data

    def _update_publish(self) -> None:
        panel = self.publish_panel
        panel.show_expiry(self.expiry)
        self.expiry_banner.show_expiry(self.expiry, self.region_name())
        if self.draft is None:
            panel.set_readiness(self.tr("Open eerst een regio."), False, False)
            return
        base = self.draft.base
        if self.labels:
            panel.show_changes([], self.tr("Nog niet te vergelijken."))
            panel.set_readiness(
                self.tr("⚠ Er zijn nog {0} problemen; ondertekenen kan pas als ze zijn opgelost.").format(
                    len(self.labels)
                ),
                False,
                False,
            )
            return
        data = self.to_publish()
        lines = backend.describe_changes(
            None if base is None else backend.bundle_bytes(base), backend.bundle_bytes(data)
        )
        what = self.draft.origin_label or self.draft.origin
        panel.show_changes(
            lines,
            self.tr("Vergeleken met {0}.").format(what)
            if base is not None
            else self.tr("Er is geen gepubliceerde versie om mee te vergelijken."),
        )
        source = self.source() is not None
        if not source:
            panel.set_readiness(
                self.tr(
                    "Geen centrale bron ingesteld op deze werkplek (Instellingen → Centrale bron); "
                    "publiceren kan pas daarna."
                ),
                False,
                False,
            )
        elif not self.changed():
            panel.set_readiness(
                self.tr(
                    "Niets gewijzigd. 'Opnieuw ondertekenen' verlengt de handtekening van de gepubliceerde "
                    "versie."
                ),
                False,
                not self.busy,
            )
        else:
            panel.set_readiness(
                self.tr("Klaar om te ondertekenen en te publiceren als revisie {0}.").format(
                    data.get("revision")
                ),
                not self.busy,
                False,
            )

    def _keyring(self) -> KeyringBackend | None:
        """The keyring with the regional key, unlocked (a passphrase asked when needed); None: cancelled."""
        if self._unlocked is not None:
            return self._unlocked
        found = self.keyring_backend()
        if not backend.keyring_needs_passphrase(found):
            return found
        passphrase = self.ask_passphrase("")
        return None if passphrase is None else backend.keyring_with_passphrase(found, passphrase)

    def _remember_keyring(self, keyring: KeyringBackend) -> None:
        self._unlocked = keyring  # its passphrase was right: not asked again in this session

    def ask_passphrase(self, problem: str) -> str | None:
        from desktop.admin.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.region_name(), problem, self)
        return dialog.passphrase() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def publish(self) -> bool:
        """Sign and publish the draft, then check what workstations get; False when it cannot start."""
        if self.busy or self.draft is None:
            return False
        if self.validate_now():
            self.publish_panel.show_result(
                self.tr("Eerst de problemen oplossen; er is niets ondertekend."), False
            )
            return False
        if not self.changed():
            return False
        raw = backend.bundle_bytes(self.document.data)  # the library sets the revision (published + 1)
        base = self.draft.base
        based_on = _int(base.get("revision")) if base is not None else None

        def work(url: str, root: bytes, region_id: str, signer: Signer, progress: backend.Progress) -> Any:
            return backend.publish_and_verify(url, root, raw, region_id, signer, progress,
                                              based_on_revision=based_on)

        return self._run_publish(work)

    def renew(self) -> bool:
        """Sign the published version again, unchanged: its signature gets a new expiry."""
        if self.busy or self.draft is None:
            return False
        if self.changed():
            self.publish_panel.show_result(
                self.tr("Het concept heeft wijzigingen: publiceer die, dat verlengt de handtekening ook."),
                False,
            )
            self.show_tab(self.publish_panel)
            return False
        mine = backend.bundle_bytes(self.document.data)  # must still be what is published

        def work(url: str, root: bytes, region_id: str, signer: Signer, progress: backend.Progress) -> Any:
            return backend.renew_region(url, root, region_id, signer, expected_raw=mine, progress=progress)

        return self._run_publish(work)

    def _run_publish(self, work: Callable[[str, bytes, str, Signer, backend.Progress], Any]) -> bool:
        from sync.client.source import trusted_root

        source = self.source()
        assert self.draft is not None
        self.show_tab(self.publish_panel)
        if source is None:
            self.publish_panel.show_result(
                self.tr("Geen centrale bron ingesteld (Instellingen → Centrale bron)."), False
            )
            return False
        try:
            root = trusted_root(source.root_path)
            keyring = self._keyring()
        except RoutekaartError as error:
            self.publish_panel.show_result(str(error), False)
            return False
        if keyring is None:
            return False
        region_id, url, relay = self.draft.region_id, source.url, self._progress

        def job() -> Any:
            signer = backend.region_signer(keyring, region_id)  # a file keyring's scrypt: off the GUI thread
            return work(url, root, region_id, signer, relay.sent.emit)

        self._set_busy(True)
        self.publish_panel.show_activity(self.tr("Ondertekenen en versturen…"))
        run_in_background(job, lambda result, error: self._published(keyring, result, error))
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.publish_panel.set_busy(busy)
        for widget in (self.pull_button, self.file_button, self.region_box):
            widget.setEnabled(not busy)
        if not busy:
            self._update_publish()

    def _published(
        self, keyring: KeyringBackend, result: PublishOutcome | None, error: BaseException | None
    ) -> None:
        from sync.admin.errors import PublishConflictError

        self._set_busy(False)
        if error is not None:
            if not isinstance(error, RoutekaartError):
                raise error  # our bug: let it surface
            if backend.is_wrong_passphrase(error):
                self._unlocked = None
                self.publish_panel.show_result(
                    self.tr(
                        "De wachtwoordzin van het sleutelbosbestand klopt niet; er is niets ondertekend. "
                        "Probeer het opnieuw."
                    ),
                    False,
                )
                return
            self.publish_panel.show_result(str(error) + " " + self.tr("Uw concept is bewaard."), False)
            if isinstance(error, PublishConflictError) and self.draft is not None:
                self._compare_with(error.published)  # what is live now, so the admin sees what differs
            return
        assert result is not None and self.draft is not None
        self._unlocked = keyring  # the passphrase was right: not asked again in this session
        published = _json(result.raw)
        what = self.tr("de gepubliceerde versie (revisie {0})").format(result.revision)
        self.drafts.discard(self.draft.region_id)
        self.draft = Draft(self.draft.region_id, copy.deepcopy(published), published, "published", what)
        self.document.reset(published)
        self.general.load()
        self.chart.load()
        self.expiry = backend.expiry_at(result.expires, self.clock())
        self.validate_now()
        self.publish_panel.show_result(
            result.message() + " " + self.tr(
                "Werkplekken krijgen revisie {0} bij hun volgende synchronisatie."
            ).format(result.revision),
            True,
        )
        self.published.emit(result.region_id)

    def pull_published(self) -> bool:
        """Fetch the version published now, verified: an unchanged draft becomes it, a changed one is
        compared with it."""
        if self.busy:
            return False
        region_id = self.region_id() or self.region_box.currentData()
        source = self.source()
        if source is None or not region_id:
            self.notice.show_text(
                self.tr(
                    "Geen centrale bron ingesteld op deze werkplek: kies Instellingen → Centrale bron in het "
                    "hoofdvenster."
                ),
                problem=True,
            )
            return False
        try:
            root = source.root_path.read_bytes()
        except OSError as error:
            self.notice.show_text(
                self.tr("De vertrouwde root is niet leesbaar: {0}").format(error.strerror), True
            )
            return False
        url = source.url
        self._set_busy(True)
        self.publish_panel.show_activity(self.tr("Ophalen en controleren zoals een werkplek dat doet…"))
        run_in_background(lambda: backend.pull_region(url, root, region_id), self._pulled)
        return True

    def _what(self, pulled: PulledRegion) -> str:
        return self.tr("de gepubliceerde versie (revisie {0}, versie {1})").format(
            pulled.revision, pulled.version)

    def _compare_with(self, pulled: PulledRegion) -> None:
        """Keep the draft, and compare it with what is published now (and start from its revision)."""
        assert self.draft is not None
        what = self._what(pulled)
        self.expiry = backend.expiry_at(pulled.expires, self.clock())
        self.draft = Draft(self.draft.region_id, self.draft.bundle, _json(pulled.raw), "published", what,
                           self.draft.saved_at)
        self._autosave()
        message = self.tr("Uw concept blijft staan; het wordt nu vergeleken met {0}.")
        self.notice.show_text(message.format(what))
        self.show_tab(self.publish_panel)
        self.validate_now()

    def _pulled(self, pulled: PulledRegion | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None:
            if not isinstance(error, RoutekaartError):
                raise error
            self.publish_panel.show_result(str(error), False)
            self.notice.show_text(str(error), problem=True)
            return
        assert pulled is not None
        if self.draft is not None and self.draft.region_id == pulled.region_id and self.changed():
            self._compare_with(pulled)
            return
        published = _json(pulled.raw)
        what = self._what(pulled)
        if self.draft is not None and self.draft.region_id == pulled.region_id:
            self._release()
        self._start(Draft(pulled.region_id, copy.deepcopy(published), published, "published", what))
        self.expiry = backend.expiry_at(pulled.expires, self.clock())
        self._update_publish()
        self.publish_panel.show_result(self.tr("Opgehaald en gecontroleerd: {0}.").format(what), True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        self.prefs.sync()
        super().closeEvent(event)


def _unlock_all(locks: list[QLockFile]) -> None:
    for lock in locks:
        lock.unlock()
    locks.clear()


def _in_tab(path: DocPath, prefix: DocPath) -> bool:
    if prefix == ():
        return len(path) <= 1 or path[0] == "region"
    return path[: len(prefix)] == prefix


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _json(raw: bytes) -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads(raw)
    return data


def _local(iso: str) -> str:
    from routekaarten.clock import AMSTERDAM

    try:
        return datetime.fromisoformat(iso).astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso
