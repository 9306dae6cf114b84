"""Readable at every text size: a date field shows its whole date and time, whatever its font."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from desktop.shell.text_size import LARGEST, platform_font
from desktop.widgets.date_field import DateField

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
