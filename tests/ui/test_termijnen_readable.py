"""The Termijnen tab readable at every text size: every date whole in its field, rows that never
overlap, labels wrapped rather than cut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from desktop import settings
from desktop.cases.termijnen_panel import TermijnenPanel
from desktop.settings import Settings
from desktop.shell.text_size import LARGEST, platform_font
from desktop.widgets.date_field import DateField
from routekaarten.clock import AMSTERDAM
from routekaarten.termijnen import CUSTODY_ANCHORS
from tests.ui.helpers import open_cases, settled, type_date

NOW = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
LATEST_MOMENT = datetime(2026, 11, 29, 23, 59)  # "29-11-2026 23:59": the widest a field shows
LATEST_DAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def platform_text_size(qapp) -> Iterator[None]:
    """Every test here may change the application font; the next test gets the platform's back."""
    yield
    QApplication.setFont(platform_font())


def _text_is_whole(field: DateField) -> bool:
    """The field shows its whole text: the cursor moves from before the first character to after
    the last by the text's full width, so nothing was scrolled out of sight."""
    edit = field.edit
    edit.setCursorPosition(0)
    edit.repaint()
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len(edit.text()))
    edit.repaint()
    end = edit.cursorRect().center().x()
    return end - start >= edit.fontMetrics().horizontalAdvance(edit.text()) - 1


@pytest.mark.parametrize("size", ["platform", LARGEST])
@pytest.mark.parametrize(("with_time", "value"), [(True, LATEST_MOMENT), (False, LATEST_DAY)])
def test_a_date_field_squeezed_to_its_smallest_still_shows_the_whole_date(qtbot, size, with_time, value):
    """The text size changes after the field was made (Ctrl++), and the window is narrow."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    field = DateField("Datum", with_time=with_time, empty_text="niet gebeurd / onbekend")
    layout.addWidget(field)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    if size == LARGEST:
        font = QApplication.font()
        font.setPointSize(LARGEST)
        QApplication.setFont(font)
        qtbot.waitUntil(lambda: field.edit.font().pointSize() == LARGEST)
    field.setValue(value)
    holder.resize(10, holder.height())
    qtbot.waitUntil(lambda: holder.width() == holder.minimumSizeHint().width())
    qtbot.waitUntil(lambda: field.edit.width() == field.edit.minimumSizeHint().width())

    assert field.text() == ("29-11-2026 23:59" if with_time else "28-11-2026")
    assert field.edit.width() >= field.edit.fontMetrics().horizontalAdvance(field.text())
    assert _text_is_whole(field)
    for digits in ("00-00-0000 00:00", "88-88-8888 88:88", "11-11-1111 11:11"):
        field.edit.setText(digits if with_time else digits[:10])
        assert _text_is_whole(field), digits


def _larger_until_the_end(qtbot, window) -> None:
    for _ in range(LARGEST):
        qtbot.keyClick(window.tabs, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.font().pointSize() == LARGEST)


def _fill_every_field(page, qtbot) -> None:
    """The widest date in every field, and two reasons shown below their field."""
    for anchor, field in page.editor.termijnen.editors.items():
        field.setValue(LATEST_MOMENT if anchor in CUSTODY_ANCHORS else LATEST_DAY)
    type_date(qtbot, page.editor.termijnen.editors["aangifte"], "12-12-2026")  # in the future
    type_date(qtbot, page.editor.termijnen.editors["melding_politie"], "01-11-2026")  # before melding


def _row_rects(panel: TermijnenPanel) -> list[tuple[str, QRect]]:
    fields = panel.fields
    rects = []
    for label, field in fields.rows:
        for widget in (label, field):
            rect = QRect(widget.mapTo(fields, widget.rect().topLeft()), widget.size())
            rects.append((f"{label.text()} {type(widget).__name__}", rect))
    return rects


@pytest.mark.parametrize("how", ["normal size", "chosen before the start", "Ctrl++ while the tab is shown"])
def test_every_date_is_whole_and_no_rows_overlap_at_any_text_size(data_dir, make_window, qtbot, how):
    if how == "chosen before the start":
        Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)
    window = make_window(NOW)
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    page.editor.tabs.setCurrentWidget(page.editor.termijnen)
    panel = page.editor.termijnen
    _fill_every_field(page, qtbot)
    if how.startswith("Ctrl++"):
        _larger_until_the_end(qtbot, window)
    size = platform_font().pointSize() if how == "normal size" else LARGEST
    fields = list(panel.editors.values())
    qtbot.waitUntil(lambda: all(field.edit.font().pointSize() == size for field in fields))
    qtbot.waitUntil(lambda: not panel.fields._refit.isActive() and not panel._refit.isActive())
    settled(qtbot, window)  # the reasons just typed move the rows below them on a later turn

    assert "Niet opgeslagen" in panel.editors["melding_politie"].error_text()
    assert "toekomst" in panel.editors["aangifte"].error_text()
    for field in fields:
        assert field.edit.font().pointSize() == size, field.edit.accessibleName()  # a refused one too
        assert field.edit.width() >= field.edit.fontMetrics().horizontalAdvance(field.text())
        assert _text_is_whole(field), (field.edit.accessibleName(), field.text(), field.edit.width())

    rects = _row_rects(panel)
    for index, (name, rect) in enumerate(rects):
        assert rect.isValid(), name
        for other_name, other in rects[index + 1 :]:
            assert not rect.intersects(other), (name, rect, other_name, other)
    for label, _ in panel.fields.rows:
        assert label.height() >= label.heightForWidth(label.width()), label.text()  # no line cut off
        assert label.width() >= label.minimumSizeHint().width(), label.text()  # no word cut off
    table = panel.table
    assert table.rowCount() > 10
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), (row, panel.rows()[row])


def test_two_columns_of_fields_where_they_fit_and_one_at_the_largest_size(qtbot):
    panel = TermijnenPanel(now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    first, last = panel.fields.rows[0][1], panel.fields.rows[-1][1]
    qtbot.waitUntil(lambda: last.x() > first.x() + first.width())  # side by side
    assert panel.fields.columns == 2

    font = QApplication.font()
    font.setPointSize(LARGEST)
    QApplication.setFont(font)
    qtbot.waitUntil(lambda: last.x() == first.x() and last.y() > first.y())  # one below the other
    assert panel.fields.columns == 1
    for label, field in panel.fields.rows:
        assert label.width() >= label.sizeHint().width(), label.text()  # room to stand on one line
        assert field.x() >= label.x() + label.width()

    QApplication.setFont(platform_font())
    qtbot.waitUntil(lambda: last.x() > first.x() + first.width())


TEXT_COLUMNS = (1, 2, 3, 4, 5)  # Nog, Organisatie, Wat, Hoe geteld, Bron en voetnoot: they may wrap


def _text_margin(table) -> int:
    """What a cell keeps free on each side of its text (QCommonStyle's viewItemDrawText)."""
    from PySide6.QtWidgets import QStyle

    return table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1


def _cut_cells(table) -> list[str]:
    """Cells whose text does not stand whole: a word wider than its column (so broken inside the
    word or elided), wrapped lines higher than the row, or a column beyond what the table can
    scroll to (at the largest size it scrolls sideways inside itself)."""
    metrics = table.fontMetrics()
    grid = 1 if table.showGrid() else 0
    inner = {c: table.columnWidth(c) - 2 * _text_margin(table) - grid for c in range(table.columnCount())}
    cut = []
    for column in range(table.columnCount()):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        bar = table.horizontalScrollBar()
        reach = table.viewport().width() + bar.maximum() - bar.value()
        if right > reach:
            cut.append(f"column {column} ends at {right}, beyond {reach}")
    for row in range(table.rowCount()):
        for column in TEXT_COLUMNS:
            text = table.item(row, column).text()
            wide = [w for w in text.split() if metrics.horizontalAdvance(w) > inner[column]]
            if wide:
                cut.append(f"{row},{column}: {wide} wider than {inner[column]}")
            lines = metrics.boundingRect(QRect(0, 0, inner[column], 10**6), Qt.TextFlag.TextWordWrap, text)
            if lines.height() > table.rowHeight(row):
                cut.append(f"{row},{column}: {lines.height()} px of text in a row of {table.rowHeight(row)}")
    return cut


@pytest.mark.parametrize("how", ["normal size", "chosen before the start", "Ctrl++ while the tab is shown"])
def test_the_deadlines_wrap_within_the_table_and_no_word_is_cut(data_dir, make_window, qtbot, how):
    """The reviewer, at the largest text size: "Wat" and "Hoe geteld" were cut off. They wrap in
    columns that share the table's width, each at least as wide as its longest word, in rows as
    high as their wrapped text (as the contacts list does)."""
    if how == "chosen before the start":
        Settings(data_dir).set(settings.FONT_POINT_SIZE, LARGEST)
    window = make_window(NOW)
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    page.editor.tabs.setCurrentWidget(page.editor.termijnen)
    panel = page.editor.termijnen
    _fill_every_field(page, qtbot)
    if how.startswith("Ctrl++"):
        _larger_until_the_end(qtbot, window)
    size = platform_font().pointSize() if how == "normal size" else LARGEST
    table = panel.table
    qtbot.waitUntil(lambda: table.font().pointSize() == size)
    qtbot.waitUntil(lambda: not panel._refit.isActive())

    assert table.rowCount() > 10
    qtbot.waitUntil(lambda: _cut_cells(table) == [], timeout=2000)  # once its scroll range follows
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    if how == "normal size":
        assert table.horizontalScrollBar().maximum() == 0  # nothing is scrolled aside
    else:  # wider than the window: the table scrolls sideways inside itself, the page does not
        assert page.editor.termijnen.width() <= window.width()
        line = table.fontMetrics().height()
        wrapped = [r for r in range(table.rowCount()) if table.rowHeight(r) > 2 * line]
        assert wrapped, "at the largest size some deadlines wrap onto more lines"

    window.resize(window.width() - 200, window.height())  # a narrower window: wrapped again, not cut
    qtbot.waitUntil(lambda: not panel._refit.isActive())
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not panel._refit.isActive())
    assert _cut_cells(table) == []

    if how.startswith("Ctrl++"):  # and back with Ctrl+0: every column fits the table again
        qtbot.keyClick(window.tabs, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: table.font().pointSize() == platform_font().pointSize())
        qtbot.waitUntil(lambda: not panel._refit.isActive())
        bar = table.horizontalScrollBar()
        qtbot.waitUntil(lambda: _cut_cells(table) == [] and bar.maximum() == 0, timeout=3000)
