"""The main window: routekaart chart, detail pane, search and the "Nu bereikbaar" list.

Slots only call domain functions (``routekaarten``) and show what they return.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.routekaart import detail_html
from desktop.routekaart.chart_view import ChartView
from desktop.routekaart.contacts_panel import ContactsPanel
from desktop.routekaart.phone_actions import call_number, copy_number
from desktop.routekaart.search_results import SearchResults
from desktop.safe_text import SafeTextBrowser, plain_label
from desktop.settings import Settings
from desktop.shell.app_menu import AppMenu
from desktop.shell.text_size import TextSize
from desktop.updates.sync_banner import SyncBanner
from desktop.updates.sync_controller import SyncController
from desktop.updates.sync_indicator import SyncIndicator
from routekaarten.errors import RoutekaartError
from routekaarten.model import RegionBundle
from routekaarten.reachability import (
    AMSTERDAM,
    HolidayCheck,
    contacts_for_actors,
    contacts_for_area,
    is_dutch_public_holiday,
    rank,
)
from routekaarten.search import SearchHit
from routekaarten.search_index import NATIONAL_SECTIONS
from routekaarten.store import Store

if TYPE_CHECKING:
    from desktop.cases.cases_page import CasesPage

Clock = Callable[[], datetime]
REFRESH_MS = 30_000


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
        self.is_holiday = is_holiday
        self.keyring_backend = keyring_backend
        self.bundle: RegionBundle | None = None
        TextSize(prefs).apply()  # before any widget measures its text
        self.setWindowTitle(self.tr("Routekaart — samenwerken bij strafbare kindermishandeling"))

        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Regio"))
        self.area_box = QComboBox()
        self.area_box.setAccessibleName(self.tr("Gebied"))
        self.step_box = QComboBox()
        self.step_box.setAccessibleName(self.tr("Stap"))
        self.step_box.addItem(self.tr("Alle stappen"), -1)
        for number in range(4):
            self.step_box.addItem(self.tr("Stap {0}").format(number), number)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Zoek contact, stap of tekst (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Zoeken"))
        self.search_field.setClearButtonEnabled(True)

        top = QHBoxLayout()
        for label, widget in (
            (self.tr("&Regio:"), self.region_box),
            (self.tr("&Gebied:"), self.area_box),
            (self.tr("S&tap:"), self.step_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(self.search_field, 1)

        self.chart = ChartView()
        self.detail = SafeTextBrowser()
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.results = SearchResults()
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.detail)
        self.right_stack.addWidget(self.results)
        self.contacts = ContactsPanel()

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.right_stack)
        right.addWidget(self.contacts)
        right.setSizes([380, 420])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(right)
        self.splitter.setSizes([800, 600])

        routekaart_tab = QWidget()
        layout = QVBoxLayout(routekaart_tab)
        self.banner = SyncBanner()
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.tabs.addTab(routekaart_tab, self.tr("Routekaart"))
        self.cases_page: CasesPage | None = None
        self._cases_placeholder = QWidget()  # the cases page is built when first opened
        self.tabs.addTab(self._cases_placeholder, self.tr("Zaken"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.setCentralWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))
        self.data_label = plain_label(QLabel())
        self.data_label.setAccessibleName(self.tr("Gegevensversie"))
        self.statusBar().addPermanentWidget(self.data_label)
        self.menu = AppMenu(self, prefs, lambda text: self.statusBar().showMessage(text, 8000))
        self.sync_indicator = SyncIndicator()
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.sync = SyncController(store, prefs, self.banner, self.sync_indicator,
                                   current_region=self.region_box.currentData, parent=self)
        self.sync.busyChanged.connect(lambda busy: self.menu.update_now.setEnabled(not busy))
        self.sync.dataChanged.connect(self.reload_regions)
        self.menu.updateRequested.connect(self.sync.sync_now)
        self.menu.changesRequested.connect(self.show_changes)
        self.banner.changesRequested.connect(self.show_changes)

        QShortcut(QKeySequence("Ctrl+K"), self, self.focus_search)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field, self.search_field.clear)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_field, self._focus_hits)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_field.textChanged.connect(self._on_search)
        self.search_field.returnPressed.connect(self._activate_first_hit)
        self.results.hitActivated.connect(self.show_hit)
        self.chart.boxSelected.connect(self.show_box)
        self.contacts.contactActivated.connect(self.show_contact)
        self.contacts.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self._load_regions()
        self.region_box.currentIndexChanged.connect(self._on_region)
        self.area_box.currentIndexChanged.connect(self._on_area)
        self.step_box.currentIndexChanged.connect(self._on_step)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_contacts)
        self._timer.start(REFRESH_MS)
        geometry = prefs.get(settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1400, 860)
        self._focused_once = False

    # cases -------------------------------------------------------------------------------------------

    def open_cases(self) -> CasesPage:
        """Builds the cases page on first use: start-up pays nothing for cases or crypto."""
        if self.cases_page is None:
            from desktop.cases.cases_page import CasesPage
            from routekaarten.case_store import CaseStore

            self.cases_page = CasesPage(
                CaseStore(self.store),
                self.prefs,
                today=lambda: self.clock().astimezone(AMSTERDAM).date(),
                keyring_backend=self.keyring_backend,
                keyring_user=str(self.store.path.parent),
                selection=lambda: (self.region_box.currentData() or "", self.area_id()),
            )
            self.cases_page.showInRoutekaart.connect(self._show_case_step)
            self.cases_page.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
            index = self.tabs.indexOf(self._cases_placeholder)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.cases_page, self.tr("Zaken"))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        return self.cases_page

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) in (self._cases_placeholder, self.cases_page):
            page = self.open_cases()
            page.ensure_unlocked()

    def _show_case_step(self, step: int, boxes: tuple[str, ...]) -> None:
        self.tabs.setCurrentIndex(0)
        self.step_box.setCurrentIndex(self.step_box.findData(step))
        if boxes:
            self.chart.select_box(boxes[0])
            self.show_box(boxes[0])

    # selection ---------------------------------------------------------------------------------

    def _load_regions(self) -> None:
        wanted = self.prefs.get(settings.REGION)
        for region_id, name in self.store.regions():
            self.region_box.addItem(name, region_id)
        index = max(self.region_box.findData(wanted), 0)
        self.region_box.setCurrentIndex(index)
        step_index = self.step_box.findData(self.prefs.get(settings.STEP))
        self.step_box.setCurrentIndex(max(step_index, 0))
        self._show_region(self.region_box.currentData())

    def _show_region(self, region_id: str | None) -> None:
        if region_id is None:
            self.detail.setHtml("<p>" + self.tr("Er zijn geen regiogegevens geladen.") + "</p>")
            return
        try:
            self.bundle = self.store.region(region_id)
        except RoutekaartError as error:
            self.detail.setHtml(f"<p>{escape(str(error))}</p>")
            return
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("Alle gebieden"), "")
        for area in self.bundle.areas:
            self.area_box.addItem(area.name, area.id)
        self.area_box.setCurrentIndex(max(self.area_box.findData(self.prefs.get(settings.AREA)), 0))
        self.area_box.blockSignals(False)
        self.chart.show_routekaart(self.bundle.routekaart)
        self.detail.setHtml(detail_html.overview_html(self.bundle))
        self.sync.show_status()
        self.data_label.setText(
            self.tr("{0}, versie {1} (geldig vanaf {2})").format(
                self.bundle.name, self.bundle.version, self.bundle.valid_from
            )
        )
        self._apply_step()
        self.refresh_contacts()

    def reload_regions(self, changed: tuple[str, ...]) -> None:
        """A sync (on its own store connection) changed these regions: show the new data.

        The window's store caches parsed bundles; the changed ones are dropped from that cache
        (Store offers no public way yet), the region list is read again (a sync may add one), and
        the shown region is redrawn if it changed.
        """
        for region_id in changed:
            self.store.forget_cached(region_id)
        current = self.region_box.currentData()
        self.region_box.blockSignals(True)
        self.region_box.clear()
        for region_id, name in self.store.regions():
            self.region_box.addItem(name, region_id)
        self.region_box.setCurrentIndex(max(self.region_box.findData(current), 0))
        self.region_box.blockSignals(False)
        if self.region_box.currentData() != current or current in changed:
            self._show_region(self.region_box.currentData())

    def show_changes(self) -> None:
        """The "Wat is er veranderd" list in the detail pane: non-modal, the numbers stay in view."""
        from desktop.updates.changes_html import changes_html

        self.right_stack.setCurrentWidget(self.detail)
        self.detail.setHtml(changes_html(self.sync.changes))

    def area_id(self) -> str | None:
        return self.area_box.currentData() or None

    def step(self) -> int | None:
        value = self.step_box.currentData()
        return None if value is None or value < 0 else int(value)

    def _on_region(self) -> None:
        self.prefs.set(settings.REGION, self.region_box.currentData())
        self._show_region(self.region_box.currentData())

    def _on_area(self) -> None:
        self.prefs.set(settings.AREA, self.area_box.currentData() or "")
        self.refresh_contacts()
        box_id = self.chart.selected_box_id()
        if box_id:
            self.show_box(box_id)

    def _on_step(self) -> None:
        self.prefs.set(settings.STEP, self.step_box.currentData())
        self._apply_step()
        self.refresh_contacts()

    def _apply_step(self) -> None:
        self.chart.highlight_step(self.step())

    # contacts ------------------------------------------------------------------------------------

    def refresh_contacts(self) -> None:
        if self.bundle is None:
            return
        now = self.clock()
        contacts = contacts_for_area(self.bundle, self.area_id())
        ranked = rank(self.bundle, contacts, now, self.step(), self.is_holiday)
        area = escape(self.area_box.currentText())
        step = self.step()
        heading = self.tr("<b>Nu bereikbaar</b> — {0}, {1:%H:%M}").format(area, now.astimezone(AMSTERDAM))
        if step is not None:
            heading += self.tr(" — stap {0}").format(step)
        names = {a.id: a.name for a in self.bundle.areas}
        self.contacts.set_contacts(ranked, names, heading)

    # detail pane ---------------------------------------------------------------------------------

    def show_box(self, box_id: str) -> None:
        if self.bundle is None:
            return
        box = self.bundle.routekaart.box(box_id)
        contacts = contacts_for_actors(self.bundle, self.area_id(), box.actors)
        ranked = rank(self.bundle, contacts, self.clock(), self.step(), self.is_holiday)
        self.detail.setHtml(detail_html.box_html(self.bundle, box, ranked))
        self.right_stack.setCurrentWidget(self.detail)

    def show_contact(self, contact_id: str) -> None:
        if self.bundle is None:
            return
        contact = self.bundle.contact(contact_id)
        if contact is None:
            return
        ranked = rank(self.bundle, [contact], self.clock(), self.step(), self.is_holiday)
        notes = [self.bundle.contact_footnote(mark) for mark in contact.footnotes]
        html = detail_html.contacts_html(ranked)
        if notes:
            html += "<p><small>" + "<br/>".join(escape(note) for note in notes) + "</small></p>"
        if contact.availability and contact.availability.assumption:
            html += f"<p><small>{escape(contact.availability.assumption)}</small></p>"
        self.detail.setHtml(html)
        self.contacts.select_contact(contact_id)

    def show_hit(self, hit: SearchHit) -> None:
        if self.bundle is None:
            return
        self.right_stack.setCurrentWidget(self.detail)
        if hit.kind == "contact":
            self.show_contact(hit.ref)
        elif hit.kind == "box":
            self.chart.select_box(hit.ref)
            self.show_box(hit.ref)
        elif hit.kind == "step":
            self.chart.highlight_step(int(hit.ref))
            self.detail.setHtml(detail_html.step_html(self.bundle.routekaart.step(int(hit.ref))))
        elif hit.kind == "reference":
            section, _, entry_id = hit.ref.partition("/")
            national = self.store.national()
            entry = next(e for e in national.get(section, ()) if e["id"] == entry_id)
            self.detail.setHtml(detail_html.reference_html(NATIONAL_SECTIONS.get(section, section), entry))
        else:
            self.detail.setHtml(detail_html.overview_html(self.bundle))

    # search --------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_search(self, text: str) -> None:
        self.contacts.set_filter(text)
        if not text.strip() or self.bundle is None:
            self.right_stack.setCurrentWidget(self.detail)
            return
        hits = self.store.search(text, self.bundle.id, self.area_id())
        phones = {c.id: c.phone for c in self.bundle.contacts}
        self.results.show_hits(hits, phones)
        self.right_stack.setCurrentWidget(self.results)

    def _activate_first_hit(self) -> None:
        hits = self.results.hits()
        if self.right_stack.currentWidget() is self.results and hits:
            self.show_hit(hits[max(self.results.currentRow(), 0)])

    def _focus_hits(self) -> None:
        if self.right_stack.currentWidget() is self.results:
            self.results.setFocus()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "tel":
            call_number(url.path())
        elif url.scheme() == "copy":
            number = url.toString().removeprefix("copy:")
            copy_number(number)
            self.statusBar().showMessage(self.tr("Gekopieerd: {0}").format(number), 8000)

    def showEvent(self, event: QShowEvent) -> None:
        """The search field has focus at start: the number is two keystrokes away."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.activateWindow()
            self.search_field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            QTimer.singleShot(0, self.sync.start)  # after the window is on screen, never before

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set(settings.GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode())
        self.prefs.sync()
        super().closeEvent(event)
