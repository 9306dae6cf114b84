"""What start-up builds before "Nu bereikbaar" is on screen, and what only after (issue 12 item 9).

The number for now comes first: at the first paint of the list its rows are there, while the
chart (a QGraphicsView with its own module), the region's overview in the detail pane, the cases
page and the search results are not built yet, and sync has not started. The chart and the
overview follow on the next turn of the event loop, the chart drawn for the region shown, at its
top, with the remembered step marked; then sync starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from desktop import app, settings
from desktop.settings import Settings


class _AtFirstPaint(QObject):
    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            page = self.window.routekaart
            self.seen = {
                "rows": page.contacts.proxy.rowCount(),
                "left pane": page.splitter.widget(0),
                "cases page": self.window.cases_page,
                "results": page.results_built(),
                "detail built": page.detail_built(),
                "sync timer": self.window.sync._timer.isActive(),
            }
        return False


def test_the_numbers_are_painted_before_the_chart_cases_and_search_are_built(data_dir: Path, qtbot):
    Settings(data_dir).set(settings.STEP, 2)
    window = app.create_window(data_dir)
    qtbot.addWidget(window)
    page = window.routekaart
    watch = _AtFirstPaint(window)
    page.contacts.table.viewport().installEventFilter(watch)

    window.show()
    qtbot.waitUntil(lambda: watch.seen is not None)

    assert watch.seen is not None
    assert watch.seen["rows"] > 0
    assert watch.seen["cases page"] is None
    assert watch.seen["results"] is False
    assert watch.seen["detail built"] is False
    assert watch.seen["sync timer"] is False  # sync is not needed for whom to call now
    # the chart comes after, by itself, in the place that was kept for it
    qtbot.waitUntil(lambda: page.splitter.widget(0) is not watch.seen["left pane"])
    chart = page.splitter.widget(0)
    assert chart is page.chart
    assert chart.is_drawn()
    assert "vt-ovj" in chart.items_by_id
    assert chart._highlighted == 2
    assert chart.verticalScrollBar().value() == chart.verticalScrollBar().minimum()
    assert page.bundle is not None and page.bundle.routekaart.title in page.detail.toPlainText()
    qtbot.waitUntil(window.sync._timer.isActive)  # and sync starts once the page has settled


def test_a_search_before_the_chart_is_drawn_still_selects_the_box(data_dir: Path, qtbot):
    """Asking for the chart builds it at once: a hit that selects a box never finds it missing."""
    window = app.create_window(data_dir)
    qtbot.addWidget(window)
    page = window.routekaart  # not shown: nothing has been painted, no chart built

    page.search_field.setText("zeden")
    hits = page.results.hits()
    box_hit = next(hit for hit in hits if hit.kind == "box")
    page.show_hit(box_hit)

    assert page.chart.selected_box_id() == box_hit.ref
    assert page.splitter.widget(0) is page.chart
