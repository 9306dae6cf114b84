"""The "Routekaart" page: region, area and step, the chart, the detail pane, search, and the
"Nu bereikbaar" list.

Slots only call domain functions (``routekaarten``) and show what they return. Who answers now
is ranked once per refresh, in ``refresh_contacts`` (the one call of ``reachability.rank``):
the list, a box's contacts and a contact's details all read that one ranking, so they agree
with each other and with the time in the list's heading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.routekaart.contacts_panel import ContactsPanel
from desktop.routekaart.phone_actions import call_number, copy_number
from desktop.settings import Settings
from desktop.shell.text_size import text_scale
from desktop.shortcuts import bind
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.model import RegionBundle
from routekaarten.reachability import (
    HolidayCheck,
    RankedContact,
    contacts_for_actors,
    contacts_for_area,
    rank,
)
from routekaarten.search_terms import Glossary
from routekaarten.store import Store
from routekaarten.werkdagen import dutch_day

if TYPE_CHECKING:
    from desktop.routekaart.chart_view import ChartView
    from desktop.routekaart.search_results import SearchResults
    from desktop.safe_documents import SafeTextBrowser
    from routekaarten.search import SearchHit

Clock = Callable[[], datetime]
REFRESH_MS = 30_000


class ChoiceBox(QComboBox):
    """A combo box as wide as its longest choice in the current font, also after a text size change.

    (QComboBox forgets its size hint on a font change but keeps its minimum size hint, the same
    measure, so a box made at a large text size stayed that large at the normal one.) It is
    measured when first shown; ``follow_contents`` makes it follow later changes of its choices
    and font too, after the first paint of "Nu bereikbaar": that policy builds the box's popup
    list at once, some milliseconds start-up does not need.
    """

    def follow_contents(self) -> None:
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class RoutekaartPage(QWidget):
    message = Signal(str)  # for the status line
    regionShown = Signal(object)  # the RegionBundle now on screen
    settled = Signal()  # once, after the first paint of "Nu bereikbaar": the chart is built too

    def __init__(
        self,
        store: Store,
        prefs: Settings,
        clock: Clock,
        is_holiday: HolidayCheck,
        *,
        header: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``header`` (the sync banner) is shown above the page's fields."""
        super().__init__(parent)
        self.store = store
        self.prefs = prefs
        self.clock = clock
        self.is_holiday = is_holiday
        self.bundle: RegionBundle | None = None
        self._ranked: list[RankedContact] = []
        self._shown_contact: str | None = None  # the contact the detail pane shows, if it shows one

        self.region_box = ChoiceBox()
        self.region_box.setAccessibleName(self.tr("Regio"))
        self.area_box = ChoiceBox()
        self.area_box.setAccessibleName(self.tr("Gebied"))
        self.step_box = ChoiceBox()
        self.step_box.setAccessibleName(self.tr("Stap"))
        self.step_box.addItem(self.tr("Alle stappen"), -1)
        for number in range(4):
            self.step_box.addItem(self.tr("Stap {0}").format(number), number)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Zoek contact, stap of tekst (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Zoeken"))
        self.search_field.setClearButtonEnabled(True)

        # The choices (a caption and its field, kept together) and the search field stand in one
        # row while they fit whole, else they flow onto more (a large text size, a narrow window).
        self._choices: list[QWidget] = []
        for label, widget in (
            (self.tr("&Regio:"), self.region_box),
            (self.tr("&Gebied:"), self.area_box),
            (self.tr("S&tap:"), self.step_box),
        ):
            choice = QWidget()
            pair = QHBoxLayout(choice)
            pair.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label)
            caption.setBuddy(widget)
            pair.addWidget(caption)
            pair.addWidget(widget)
            self._choices.append(choice)
        # Their bar asks for no more width than its widest pair: the window can then be made
        # narrower (a 1280-wide screen at the largest size), and the rows flow to fit it.
        # (An explicit minimum width: the bar's layout then leaves it, and the page's layout takes
        # it instead of the rows' sum.)
        self._choices_bar = QWidget()
        self._rows = QVBoxLayout(self._choices_bar)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._arrangement: list[list[QWidget]] = []

        # The chart (QGraphicsView, its module and its drawing) is built once "Nu bereikbaar" has
        # been painted: the numbers come first (the ``chart`` property, issue 12 item 9).
        self._chart: ChartView | None = None
        self._chart_place = QWidget()
        # The detail pane likewise (the ``detail`` property): it is empty until then, and Qt's
        # rich-text classes cost a few milliseconds on first use.
        self._detail: SafeTextBrowser | None = None
        self._results: SearchResults | None = None  # built at the first search (``results``)
        self.right_stack = QStackedWidget()
        self._detail_place = QWidget()
        self.right_stack.addWidget(self._detail_place)
        self.contacts = ContactsPanel()

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.right_stack)
        right.addWidget(self.contacts)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._chart_place)
        self.splitter.addWidget(right)
        # Larger text, more room for whom to call: the list grows with the text size.
        larger = min(max(text_scale(self), 1.0), 1.6)
        right.setSizes([round(380 / larger), round(420 * larger)])
        self.splitter.setSizes([round(800 / larger), round(600 * larger)])

        layout = QVBoxLayout(self)
        if header is not None:
            layout.addWidget(header)
        layout.addWidget(self._choices_bar)
        self._layout_rows([[*self._choices, self.search_field]])  # measured when the page is sized
        layout.addWidget(self.splitter, 1)

        in_field = Qt.ShortcutContext.WidgetShortcut
        bind("clear_search", self.search_field, self.search_field.clear, in_field)
        bind("to_results", self.search_field, self._focus_hits, in_field)
        self.search_field.textChanged.connect(self._on_search)
        self.search_field.returnPressed.connect(self._activate_first_hit)
        self.contacts.contactActivated.connect(self.show_contact)
        self.contacts.message.connect(self.message)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_contacts)
        # The chart and the region's overview come once "Nu bereikbaar" has been painted, on the
        # next turn: the numbers first (issue 12).
        self.contacts.table.firstPainted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))

    def _arrange_choices(self) -> None:
        """The choices and the search field in as few rows as hold each of them whole."""
        self.search_field.setMinimumWidth(self.search_field.fontMetrics().averageCharWidth() * 12)
        widest = max(unit.sizeHint().width() for unit in self._choices)
        self._choices_bar.setMinimumWidth(max(widest, self.search_field.minimumWidth()))
        room = self._choices_bar.width() or self.width()
        spacing = max(self._rows.spacing(), 0)
        rows: list[list[QWidget]] = [[]]
        used = 0
        for unit in (*self._choices, self.search_field):
            need = self.search_field.minimumWidth() if unit is self.search_field else unit.sizeHint().width()
            if rows[-1] and used + need > room:
                rows.append([])
                used = 0
            rows[-1].append(unit)
            used += need + spacing
        if rows != self._arrangement:
            self._layout_rows(rows)

    def _layout_rows(self, rows: list[list[QWidget]]) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            old_row = item.layout()
            while old_row is not None and old_row.takeAt(0) is not None:
                pass
        for units in rows:
            row = QHBoxLayout()
            for unit in units:
                row.addWidget(unit, 1 if unit is self.search_field else 0)
            if self.search_field not in units:
                row.addStretch(1)
            self._rows.addLayout(row)
        self._arrangement = rows

    def choice_rows(self) -> list[list[QWidget]]:
        """The rows as they stand: caption-and-field pairs, and the search field."""
        return [list(units) for units in self._arrangement]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_choices()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # once the fields have taken the new font's size
            QTimer.singleShot(0, self._arrange_choices)

    def _after_first_paint(self) -> None:
        from desktop.routekaart import detail_html  # loaded with the detail pane, after the first paint

        for box in (self.region_box, self.area_box, self.step_box):
            box.follow_contents()
        self.chart  # noqa: B018 -- built, and drawn for the region shown
        if self.bundle is not None and self.detail.document().isEmpty():
            self.detail.setHtml(detail_html.overview_html(self.bundle))
        self.settled.emit()

    @property
    def chart(self) -> ChartView:
        """The routekaart's view, built on first use: at start on the turn after the first paint
        of "Nu bereikbaar", or sooner where something asks for it (a search hit, a case's step)."""
        if self._chart is None:
            from desktop.routekaart.chart_view import ChartView

            chart = ChartView()
            chart.boxSelected.connect(self.show_box)
            self.splitter.replaceWidget(self.splitter.indexOf(self._chart_place), chart)
            QWidget.setTabOrder(self.search_field, chart)  # Tab: the choices, search, the chart, the rest
            self._chart_place.deleteLater()
            self._chart = chart
            if self.bundle is not None:
                chart.show_routekaart(self.bundle.routekaart)
                chart.highlight_step(self.step(), reveal=False)
        return self._chart

    @property
    def detail(self) -> SafeTextBrowser:
        """The detail pane, built on first use: at start on the turn after the first paint of
        "Nu bereikbaar" (with the region's overview), or sooner where something is to be shown."""
        if self._detail is None:
            from desktop.safe_documents import SafeTextBrowser

            detail = SafeTextBrowser()
            detail.setAccessibleName(self.tr("Details"))
            detail.setOpenLinks(False)
            detail.anchorClicked.connect(self._on_link)
            showing_place = self.right_stack.currentWidget() is self._detail_place
            self.right_stack.insertWidget(self.right_stack.indexOf(self._detail_place), detail)
            if showing_place:
                self.right_stack.setCurrentWidget(detail)
            self.right_stack.removeWidget(self._detail_place)
            self._detail_place.deleteLater()
            self._detail = detail
        return self._detail

    def detail_built(self) -> bool:
        return self._detail is not None

    @property
    def results(self) -> SearchResults:
        """The list of search hits, built at the first search (start-up pays nothing for it)."""
        if self._results is None:
            from desktop.routekaart.search_results import SearchResults

            self._results = SearchResults()
            self._results.hitActivated.connect(self.show_hit)
            self.right_stack.addWidget(self._results)
        return self._results

    def chart_built(self) -> bool:
        return self._chart is not None

    def results_built(self) -> bool:
        return self._results is not None

    def _showing_results(self) -> bool:
        return self._results is not None and self.right_stack.currentWidget() is self._results

    def start(self) -> None:
        """Shows the remembered region, area and step, and keeps "Nu bereikbaar" current.

        Separate from the constructor so the window can connect ``regionShown`` first.
        """
        self._load_regions()
        self.region_box.currentIndexChanged.connect(self._on_region)
        self.area_box.currentIndexChanged.connect(self._on_area)
        self.step_box.currentIndexChanged.connect(self._on_step)
        self._timer.start(REFRESH_MS)

    # selection ---------------------------------------------------------------------------------

    def region_id(self) -> str | None:
        value = self.region_box.currentData()
        return str(value) if value else None

    def area_id(self) -> str | None:
        return self.area_box.currentData() or None

    def step(self) -> int | None:
        value = self.step_box.currentData()
        return None if value is None or value < 0 else int(value)

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
            from desktop.routekaart import detail_html

            self.detail.setHtml(detail_html.message_html(str(error)))
            return
        self._ranked = []
        self._shown_contact = None
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("Alle gebieden"), "")
        for area in self.bundle.areas:
            self.area_box.addItem(area.name, area.id)
        self.area_box.setCurrentIndex(max(self.area_box.findData(self.prefs.get(settings.AREA)), 0))
        self.area_box.blockSignals(False)
        if self._chart is not None:  # else it is drawn with this bundle when it is built
            self._chart.show_routekaart(self.bundle.routekaart)
        if self.contacts.table.painted():  # else once it is (_after_first_paint)
            from desktop.routekaart import detail_html

            self.detail.setHtml(detail_html.overview_html(self.bundle))
        self.regionShown.emit(self.bundle)
        self.refresh_contacts()  # before the step is applied: a box it selects reads the ranking
        self._apply_step(reveal=False)  # the chart opens at its top; the step's band is marked

    def reload_regions(self, changed: tuple[str, ...]) -> None:
        """A sync (on its own store connection) changed these regions: show the new data.

        The page's store caches parsed bundles; the changed ones are dropped from that cache, the
        region list is read again (a sync may add one), and the shown region is redrawn if it
        changed.
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

    def _on_region(self) -> None:
        self.prefs.set(settings.REGION, self.region_box.currentData())
        self._show_region(self.region_box.currentData())

    def _on_area(self) -> None:
        self.prefs.set(settings.AREA, self.area_box.currentData() or "")
        self.refresh_contacts()
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        """After a change of area or step, the detail pane shows nothing of the choice before: a
        contact of the chosen area again with its reachability now, else the chosen box (its
        numbers in this area), else the region's overview."""
        if self.bundle is None or not self.detail_built():
            return
        shown = self._shown_contact
        box_id = self._chart.selected_box_id() if self._chart is not None else None
        model = self.contacts.model
        listed = {model.entry(row).contact.id for row in range(model.rowCount())}
        if shown is not None and shown in listed:
            self.show_contact(shown)
        elif box_id:
            self.show_box(box_id)
        elif shown is not None:
            from desktop.routekaart import detail_html

            self.show_detail(detail_html.overview_html(self.bundle))

    def _on_step(self) -> None:
        self.prefs.set(settings.STEP, self.step_box.currentData())
        self._apply_step()
        self.refresh_contacts()
        self._refresh_detail()

    def _apply_step(self, *, reveal: bool = True) -> None:
        if self._chart is not None:  # else it is marked when the chart is built
            self._chart.highlight_step(self.step(), reveal=reveal)

    def show_case_step(self, step: int, boxes: tuple[str, ...]) -> None:
        """A case's step and a box its advice names (one in the case's step where there is one);
        the band marked is the step of the box shown. The step filter the user chose and that is
        remembered (``settings.STEP``) is not overwritten: this shows a case, it is no choice."""
        known = {box.id: box for box in self.bundle.routekaart.boxes} if self.bundle else {}
        named = [known[box_id] for box_id in boxes if box_id in known]
        box = next((b for b in named if b.step == step), named[0] if named else None)
        shown = box.step if box is not None else step
        self.step_box.blockSignals(True)
        self.step_box.setCurrentIndex(max(self.step_box.findData(shown), 0))
        self.step_box.blockSignals(False)
        self._apply_step()
        self.refresh_contacts()
        if box is not None:
            self.chart.select_box(box.id)
            self.show_box(box.id)

    # contacts ------------------------------------------------------------------------------------

    def refresh_contacts(self) -> None:
        """Ranks the region's contacts for now, and lists the chosen area's.

        The area's contacts go first, in their order, and the rest of the region after them, so
        the area's list is the ranking with the others left out, and a contact from elsewhere
        (a search hit, a backup) still has its reachability for the detail pane.
        """
        if self.bundle is None:
            return
        now = self.clock()
        area_contacts = contacts_for_area(self.bundle, self.area_id())
        listed = {contact.id for contact in area_contacts}
        others = [contact for contact in self.bundle.contacts if contact.id not in listed]
        self._ranked = rank(self.bundle, area_contacts + others, now, self.step(), self.is_holiday)
        area = self.area_box.currentText()  # data: the heading is plain text
        step = self.step()
        here = now.astimezone(AMSTERDAM)  # the day too: at night and on a holiday it decides who answers
        heading = self.tr("Nu bereikbaar — {0}, {1} {2:%H:%M}").format(area, dutch_day(here.date()), here)
        if step is not None:
            heading += self.tr(" — stap {0}").format(step)
        names = {a.id: a.name for a in self.bundle.areas}
        self.contacts.set_contacts(self._ranked_of(listed), names, heading)

    def _ranked_of(self, contact_ids: set[str]) -> list[RankedContact]:
        """The ranking's entries of these contacts, in the ranking's order."""
        return [entry for entry in self._ranked if entry.contact.id in contact_ids]

    # detail pane ---------------------------------------------------------------------------------

    def show_detail(self, html: str) -> None:
        """Rich text made by ``detail_html`` or ``changes_html`` (they escape what comes from data)."""
        self._shown_contact = None
        self.right_stack.setCurrentWidget(self.detail)
        self.detail.setHtml(html)

    def show_box(self, box_id: str) -> None:
        if self.bundle is None:
            return
        from desktop.routekaart import detail_html  # loaded with the detail pane, after the first paint

        box = self.bundle.routekaart.box(box_id)
        wanted = {contact.id for contact in contacts_for_actors(self.bundle, self.area_id(), box.actors)}
        self.show_detail(detail_html.box_html(self.bundle, box, self._ranked_of(wanted)))

    def show_contact(self, contact_id: str) -> None:
        if self.bundle is None:
            return
        contact = self.bundle.contact(contact_id)
        if contact is None:
            return
        from desktop.routekaart import detail_html  # loaded with the detail pane, after the first paint

        self.detail.setHtml(detail_html.contact_html(self.bundle, contact, self._ranked_of({contact_id})))
        self.contacts.select_contact(contact_id)
        self._shown_contact = contact_id

    def show_hit(self, hit: SearchHit) -> None:
        from desktop.routekaart import detail_html  # loaded with the detail pane, after the first paint

        if self.bundle is None:
            return
        self._shown_contact = None
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
            from routekaarten.search_index import NATIONAL_SECTIONS

            self.detail.setHtml(detail_html.reference_html(NATIONAL_SECTIONS.get(section, section), entry))
        else:
            self.detail.setHtml(detail_html.overview_html(self.bundle))

    def shown(self) -> dict[str, int]:
        """How many boxes and contacts are on screen (the frozen app's smoke test reports it)."""
        return {"boxes": len(self.chart.items_by_id), "contacts": len(self.contacts.visible_phones())}

    # search --------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_search(self, text: str) -> None:
        glossary = None if self.bundle is None else Glossary.from_legenda(self.bundle.routekaart.legenda)
        self.contacts.set_filter(text, glossary)
        if not text.strip() or self.bundle is None:
            self.right_stack.setCurrentWidget(self.detail)
            return
        hits = self.store.search(text, self.bundle.id, self.area_id())
        phones = {c.id: c.phone for c in self.bundle.contacts}
        self.results.show_hits(hits, phones)
        self.right_stack.setCurrentWidget(self.results)

    def _activate_first_hit(self) -> None:
        if self._showing_results() and (hits := self.results.hits()):
            self.show_hit(hits[max(self.results.currentRow(), 0)])

    def _focus_hits(self) -> None:
        if self._showing_results():
            self.results.setFocus()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "tel":
            call_number(url.path())
        elif url.scheme() == "copy":
            number = url.toString().removeprefix("copy:")
            copy_number(number)
            self.message.emit(self.tr("Gekopieerd: {0}").format(number))
