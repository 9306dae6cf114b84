"""The main window: the "Routekaart" and "Zaken" tabs, the menu, the status line, the window's
size and place, the text size, and the keys that work in every tab.

The pages do the work: ``desktop/routekaart/page.py`` shows the routekaart and whom to call,
``desktop/cases/cases_page.py`` the cases (built when first opened). The window connects them
to each other, to the sync controller, and to the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop import settings
from desktop.routekaart.page import RoutekaartPage
from desktop.safe_text import plain_label
from desktop.settings import Settings
from desktop.shell.app_menu import AppMenu
from desktop.shell.status_line import StatusLine
from desktop.shell.text_size import TextSize
from desktop.shortcuts import bind
from desktop.updates.sync_banner import SyncBanner
from desktop.updates.sync_controller import SyncController
from desktop.updates.sync_indicator import SyncIndicator
from desktop.widgets.elided_label import ElidedLabel
from routekaarten.clock import AMSTERDAM
from routekaarten.model import RegionBundle
from routekaarten.reachability import HolidayCheck, is_dutch_public_holiday
from routekaarten.store import MEMORY, Store

if TYPE_CHECKING:
    from desktop.cases.cases_page import CasesPage

Clock = Callable[[], datetime]
MESSAGE_MS = 8000
CASES_MESSAGE_MS = 15_000
CHECKPOINT_MS = 5 * 60_000  # fold the WAL into the database while idle (Store.checkpoint)


def _now() -> datetime:
    return datetime.now(AMSTERDAM)


def _system_keyring() -> Any:
    import keyring

    return keyring.get_keyring()


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        prefs: Settings,
        clock: Clock = _now,
        is_holiday: HolidayCheck = is_dutch_public_holiday,
        keyring_backend: Callable[[], Any] = _system_keyring,
    ) -> None:
        super().__init__()
        self.store = store
        self.prefs = prefs
        self.clock = clock
        self.keyring_backend = keyring_backend
        TextSize(prefs).apply()  # before any widget measures its text
        self.setWindowTitle(self.tr("Routekaart — samenwerken bij strafbare kindermishandeling"))

        self.banner = SyncBanner()
        self.routekaart = RoutekaartPage(store, prefs, clock, is_holiday, header=self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.tabs.addTab(self.routekaart, self.tr("Routekaart"))
        self.cases_page: CasesPage | None = None
        # An in-memory copy (a damaged or read-only data folder, routekaarten/bootstrap.py): a case
        # made here would be lost at close, so the cases page is never built; the tab says why.
        self.read_only = store.path == MEMORY
        self._cases_placeholder = self._cases_unavailable() if self.read_only else QWidget()
        self.tabs.addTab(self._cases_placeholder, self.tr("Zaken"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.setCentralWidget(self.tabs)
        bind("routekaart_tab", self, lambda: self.tabs.setCurrentIndex(0))
        bind("cases_tab", self, lambda: self.tabs.setCurrentIndex(1))
        bind("focus_search", self, self.focus_search)

        self.setStatusBar(StatusLine(self))
        self.data_label = ElidedLabel()
        self.data_label.setAccessibleName(self.tr("Gegevensversie"))
        self.statusBar().addPermanentWidget(self.data_label)
        self.menu = AppMenu(self, prefs, self.show_message)
        self.sync_indicator = SyncIndicator()
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.sync = SyncController(store, prefs, self.banner, self.sync_indicator,
                                   current_region=self.routekaart.region_id, parent=self)
        self.sync.busyChanged.connect(self.menu.set_updating)
        self.sync.dataChanged.connect(self.routekaart.reload_regions)
        self.menu.updateRequested.connect(self.sync.sync_now)
        self.menu.changesRequested.connect(self.show_changes)
        self.banner.changesRequested.connect(self.show_changes)
        # The WAL is folded into the database when a sync ends and every few minutes, not only on
        # close: a damaged WAL (a disk error, a kill at the wrong moment) then costs little.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(CHECKPOINT_MS)
        self.checkpoint_timer.timeout.connect(self.checkpoint)
        self.checkpoint_timer.start()
        self.sync.finished.connect(self.checkpoint)

        self.routekaart.message.connect(self.show_message)
        # Sync (its status, the check of the saved state, the first sync) once the numbers are
        # painted and the chart is built: nothing of it is needed for whom to call now (issue 12).
        self.routekaart.settled.connect(self.sync.start)
        self.routekaart.regionShown.connect(self._on_region_shown)
        self.routekaart.start()
        geometry = prefs.get(settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1400, 860)
        self._focused_once = False

    def checkpoint(self) -> None:
        """Not while a sync writes: the checkpoint would wait for it on the GUI thread."""
        if not self.sync.is_busy():
            self.store.checkpoint()

    def show_message(self, text: str, milliseconds: int = MESSAGE_MS) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def focus_search(self) -> None:
        """Ctrl+K: to the search field, from whichever tab."""
        self.tabs.setCurrentWidget(self.routekaart)
        self.routekaart.focus_search()

    def show_changes(self) -> None:
        """The "Wat is er veranderd" list in the detail pane: non-modal, the numbers stay in view."""
        from desktop.updates.changes_html import changes_html

        self.routekaart.show_detail(changes_html(self.sync.changes))

    def _on_region_shown(self, bundle: RegionBundle) -> None:
        self.sync.show_status()
        text = self.tr("{0}, versie {1} (geldig vanaf {2})")
        self.data_label.setText(text.format(bundle.name, bundle.version, bundle.valid_from))

    # cases -------------------------------------------------------------------------------------------

    def open_cases(self) -> CasesPage:
        """Builds the cases page on first use: start-up pays nothing for cases or crypto."""
        if self.cases_page is None:
            from desktop.cases.cases_page import CasesPage
            from routekaarten.case_store import CaseStore

            self.cases_page = CasesPage(
                CaseStore(self.store),
                self.prefs,
                now=lambda: self.clock().astimezone(AMSTERDAM),
                keyring_backend=self.keyring_backend,
                keyring_user=str(self.store.path.parent),
                selection=lambda: (self.routekaart.region_id() or "", self.routekaart.area_id()),
            )
            self.cases_page.showInRoutekaart.connect(self._show_case_step)
            self.cases_page.message.connect(lambda text: self.show_message(text, CASES_MESSAGE_MS))
            index = self.tabs.indexOf(self._cases_placeholder)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.cases_page, self.tr("Zaken"))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        return self.cases_page

    def _cases_unavailable(self) -> QWidget:
        page = QWidget()
        self.cases_unavailable = plain_label(QLabel(self.tr(
            "Zaken zijn nu niet beschikbaar: de gegevensmap kan niet worden gebruikt (zie de melding "
            "bovenaan), dus een nieuwe zaak of notitie zou bij het sluiten verloren gaan. De "
            "contactgegevens en de routekaart zijn wel te gebruiken. Los het probleem op of kies een "
            "andere gegevensmap, en start Routekaart opnieuw; opgeslagen zaken zijn niet gewijzigd.")))
        self.cases_unavailable.setWordWrap(True)
        self.cases_unavailable.setAccessibleName(self.tr("Zaken niet beschikbaar"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.cases_unavailable)
        layout.addStretch(1)
        return page

    def _on_tab(self, index: int) -> None:
        if self.read_only:
            return  # the tab shows why there are no cases; nothing is built that could be lost
        if self.tabs.widget(index) in (self._cases_placeholder, self.cases_page):
            page = self.open_cases()
            page.ensure_unlocked()

    def _show_case_step(self, step: int, boxes: tuple[str, ...]) -> None:
        self.tabs.setCurrentWidget(self.routekaart)
        self.routekaart.show_case_step(step, boxes)

    # the window --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The search field has focus at start: the number is two keystrokes away. (Sync starts
        later, when the routekaart page has settled.)"""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.activateWindow()
            self.routekaart.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A running sync is cut off, so the process can exit at once (its data stays as it was)."""
        self.sync.cancel()
        self.checkpoint_timer.stop()
        self.prefs.set(settings.GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode())
        self.prefs.sync()
        super().closeEvent(event)
