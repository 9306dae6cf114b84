"""Readable at any text size: no number cut off, the chart follows the text size and zooms, it
opens at its top, one box looks chosen at a time, the status line never hides its end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop import settings
from desktop.routekaart.contacts_model import Column
from desktop.settings import Settings
from desktop.shell.text_size import LARGEST, TextSize, platform_font


@pytest.fixture(autouse=True)
def platform_text_size(qapp) -> Iterator[None]:
    """Every test here may change the application font; the next test gets the platform's back."""
    yield
    QApplication.setFont(platform_font())


@pytest.fixture
def largest_text(data_dir) -> None:
    Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)


def _box_on_screen_width(chart, box_id: str) -> int:
    item = chart.items_by_id[box_id]
    return chart.mapFromScene(item.sceneBoundingRect()).boundingRect().width()


@pytest.mark.parametrize("how", ["chosen before the start", "Ctrl++ while the list is shown"])
def test_every_number_is_whole_at_the_largest_text_size(data_dir, make_window, qtbot, how):
    if how == "chosen before the start":
        Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)
    window = make_window()
    for _ in range(LARGEST if how.startswith("Ctrl") else 0):
        qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    panel = window.routekaart.contacts
    qtbot.waitUntil(lambda: panel.table.font().pointSize() == LARGEST)
    table = panel.table
    assert QApplication.font().pointSize() == LARGEST
    phones = panel.visible_phones()
    assert len(phones) > 20  # all areas: every number of the region

    metrics = table.fontMetrics()
    column = table.columnWidth(Column.PHONE)
    for row, phone in enumerate(phones):
        assert column >= metrics.horizontalAdvance(phone) + panel.cell_margin(), phone
        option = QStyleOptionViewItem()
        option.initFrom(table)
        index = panel.proxy.index(row, Column.PHONE)
        assert table.itemDelegate().sizeHint(option, index).width() <= column, phone
    # and the column is on screen, not scrolled away to the right
    right = table.horizontalHeader().sectionViewportPosition(Column.PHONE) + column
    assert 0 <= right <= table.viewport().width()


@pytest.mark.parametrize("how", ["chosen before the start", "Ctrl++ while the list is shown"])
def test_every_title_and_word_of_the_list_is_whole_at_the_largest_size(data_dir, make_window, qtbot, how):
    """A word cannot wrap ("Vertrouwensarts", "Bereikbaarheid"): the list asks for the room, the
    chart beside it gives way."""
    if how == "chosen before the start":
        Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)
    window = make_window()
    for _ in range(LARGEST if how.startswith("Ctrl") else 0):
        qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    panel = window.routekaart.contacts
    table, header = panel.table, panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.font().pointSize() == LARGEST)
    metrics, titles = table.fontMetrics(), header.fontMetrics()

    def whole() -> list[str]:
        cut = []
        for column in Column:
            title = str(panel.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [str(panel.proxy.index(row, column).data()) for row in range(panel.proxy.rowCount())]
            for word in [title, *(word for text in texts for word in text.split())]:
                font = titles if word is title else metrics
                if font.horizontalAdvance(word) + panel.cell_margin() > header.sectionSize(column):
                    cut.append(word)
        right = header.sectionViewportPosition(Column.REASON) + header.sectionSize(Column.REASON)
        if right > table.viewport().width():
            cut.append("(the last column runs past the list's right edge)")
        return cut

    qtbot.waitUntil(lambda: not whole(), timeout=2000)


def test_region_area_and_step_are_whole_at_every_text_size(data_dir, make_window, qtbot):
    """They flow onto a second row rather than cut their text, and come back to one."""
    Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)
    window = make_window()
    page = window.routekaart
    boxes = (page.region_box, page.area_box, page.step_box)

    def whole() -> bool:
        return all(
            box.width() >= box.sizeHint().width() and box.height() <= box.sizeHint().height() for box in boxes
        ) and page.search_field.width() >= page.search_field.minimumWidth()

    qtbot.waitUntil(whole)
    assert len(page.choice_rows()) > 1
    assert all(box.fontMetrics().horizontalAdvance(box.currentText()) < box.width() for box in boxes)

    window.resize(1280, 800)  # a 1280-wide screen: the window fits it, the choices flow
    qtbot.waitUntil(lambda: window.width() == 1280 and whole())
    assert all(box.visibleRegion().boundingRect().width() == box.width() for box in boxes)

    TextSize(Settings(data_dir)).reset()  # Ctrl+0, in the same window
    qtbot.waitUntil(lambda: page.region_box.font().pointSizeF() == platform_font().pointSizeF())
    qtbot.waitUntil(lambda: whole() and len(page.choice_rows()) == 1)


def test_the_number_column_fits_its_numbers_at_the_normal_size_too(make_window):
    panel = make_window().routekaart.contacts
    metrics = panel.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(phone) for phone in panel.visible_phones())

    assert widest + panel.cell_margin() <= panel.table.columnWidth(Column.PHONE) <= widest * 2


def test_the_chart_opens_at_its_top_with_the_lane_headers_and_step_0(data_dir, make_window):
    Settings(data_dir).set(settings.STEP, 2)  # a remembered step is marked, not scrolled to
    chart = make_window().routekaart.chart

    assert chart.verticalScrollBar().value() == chart.verticalScrollBar().minimum()
    assert chart.horizontalScrollBar().value() == chart.horizontalScrollBar().minimum()
    step_0 = chart.mapFromScene(chart._step_bands[0].sceneBoundingRect().topLeft())
    assert chart.viewport().rect().contains(step_0)
    assert chart.mapToScene(QPoint(0, 0)).y() <= 8  # the lane headers' top (desktop/routekaart/chart_view.py)


def test_the_chart_opens_at_its_top_at_the_largest_text_size(largest_text, make_window, qtbot):
    chart = make_window().routekaart.chart

    # larger than the view: there is somewhere to be
    qtbot.waitUntil(lambda: chart.verticalScrollBar().maximum() > 0, timeout=5000)
    assert chart.verticalScrollBar().value() == chart.verticalScrollBar().minimum()


def test_the_chart_follows_the_text_size(make_window, qtbot):
    window = make_window()
    chart = window.routekaart.chart
    normal = _box_on_screen_width(chart, "vt-ovj")

    for _ in range(6):
        qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    ratio = QApplication.font().pointSizeF() / platform_font().pointSizeF()
    qtbot.waitUntil(lambda: chart.text_scale() == pytest.approx(ratio))

    assert ratio > 1.5
    assert _box_on_screen_width(chart, "vt-ovj") >= normal * ratio * 0.95  # at least as much larger


def test_ctrl_wheel_zooms_the_chart_and_keeps_the_chosen_box_in_view(make_window, qtbot):
    chart = make_window().routekaart.chart
    chart.select_box("vt-ovj")
    before = _box_on_screen_width(chart, "vt-ovj")
    centre = QPointF(chart.viewport().rect().center())
    for _ in range(4):
        wheel = QWheelEvent(
            centre,
            chart.viewport().mapToGlobal(centre),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(chart.viewport(), wheel)

    assert chart.zoom() == pytest.approx(1.2**4)
    assert _box_on_screen_width(chart, "vt-ovj") == pytest.approx(before * 1.2**4, rel=0.05)
    box = chart.mapFromScene(chart.items_by_id["vt-ovj"].sceneBoundingRect()).boundingRect()
    assert chart.viewport().rect().intersects(box)


def test_the_text_size_keys_zoom_the_focused_chart_and_leave_the_text_size(make_window, qtbot):
    window = make_window()
    chart = window.routekaart.chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    size = QApplication.font().pointSize()

    qtbot.keyClick(chart, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chart, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom() == pytest.approx(1.44)
    qtbot.keyClick(chart, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom() == pytest.approx(1.2)
    qtbot.keyClick(chart, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom() == 1.0
    assert QApplication.font().pointSize() == size
    assert window.prefs.get(settings.FONT_POINT_SIZE) == 0


def test_only_one_box_looks_chosen(make_window, qtbot):
    chart = make_window().routekaart.chart
    first, second = chart.items_by_id["vt-melding"], chart.items_by_id["vt-ovj"]
    qtbot.mouseClick(
        chart.viewport(),
        Qt.MouseButton.LeftButton,
        pos=chart.mapFromScene(first.sceneBoundingRect().center()),
    )
    assert first.isSelected() and first.hasFocus()

    chart.select_box("vt-ovj")  # as a search hit does

    assert [item.box.id for item in chart.items_by_id.values() if item.isSelected()] == ["vt-ovj"]
    assert chart.scene().focusItem() is second
    assert not first.hasFocus()


def test_a_long_status_message_is_elided_with_its_full_text_in_the_tooltip(largest_text, make_window, qtbot):
    window = make_window()
    text = "Geëxporteerd (niet versleuteld): " + "/home/gebruiker/Documenten/dossiers/" * 6 + "AB-01.pdf"

    window.show_message(text)

    line = window.statusBar()
    assert line.currentMessage() == text
    qtbot.waitUntil(lambda: len(line.shown_message()) > 20)  # the permanent parts made room
    assert line.shown_message().endswith("…")
    assert line.fontMetrics().horizontalAdvance(line.shown_message()) <= line.message_rect().width()
    assert "AB-01.pdf" in line.toolTip()
    for label in (window.data_label, window.sync_indicator.label):  # they make room, elided
        assert label.shown_text() == label.text() or label.shown_text().endswith("…")
        assert label.text() in label.toolTip() or not label.text()


def test_typing_officier_keeps_the_ovj_contacts_in_the_list(make_window, qtbot):
    page = make_window().routekaart

    qtbot.keyClicks(page.search_field, "officier")

    assert "06 11442199" in page.contacts.visible_phones()  # OvJ Zeeland
    assert "088 6997414" in page.contacts.visible_phones()  # Piketdienst OvJ
    assert any(hit.ref == "zeeland-ovj" for hit in page.results.hits())


def test_at_the_largest_text_the_window_still_fits_a_screen(make_window, qtbot):
    """A reviewer's window grew to 1694 px on a 1600 px screen at the largest text: the cases page
    needed 2600 px. Pages scroll instead, so the window's minimum fits an ordinary screen."""
    from desktop.shell.text_size import TextSize
    from tests.ui.helpers import open_cases

    window = make_window()
    size = TextSize(window.prefs)
    size.step(LARGEST)
    try:
        open_cases(window, qtbot, creating=True).new_case()
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            needed = window.minimumSizeHint()
            assert needed.width() <= 1280 and needed.height() <= 800, (tab, needed)
        assert window.prefs.get(settings.FONT_POINT_SIZE) == LARGEST
    finally:
        size.reset()  # the application's font is shared with the tests that follow
