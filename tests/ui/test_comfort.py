"""Settings for comfort: language and text size survive a restart, F1 lists the shortcuts, dark mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop import settings
from desktop.settings import Settings
from desktop.shell.text_size import platform_font
from tests.ui.helpers import unnamed


@pytest.fixture(autouse=True)
def platform_text_size(qapp) -> Iterator[None]:
    """Every test here may change the application font; the next test gets the platform's back."""
    yield
    QApplication.setFont(platform_font())


def _language_action(window, code: str):
    return next(a for a in window.menu.language_group.actions() if a.data() == code)


def test_the_chosen_language_is_kept_for_the_next_start(make_window, data_dir):
    window = make_window()
    assert _language_action(window, "nl").isChecked()

    _language_action(window, "en").trigger()

    assert "herstart" in window.statusBar().currentMessage()
    assert Settings(data_dir).get(settings.LANGUAGE) == "en"
    window.close()
    again = make_window()
    assert _language_action(again, "en").isChecked()
    assert not _language_action(again, "nl").isChecked()


def test_ctrl_plus_enlarges_the_text_and_the_size_survives_a_restart(make_window, data_dir, qtbot):
    window = make_window()
    start = QApplication.font().pointSize()

    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)

    assert QApplication.font().pointSize() == start + 2
    qtbot.waitUntil(lambda: window.routekaart.search_field.font().pointSize() == start + 2)  # a posted event
    window.close()
    QApplication.setFont(platform_font())
    make_window()
    assert Settings(data_dir).get(settings.FONT_POINT_SIZE) == start + 2
    assert QApplication.font().pointSize() == start + 2


def test_ctrl_minus_and_ctrl_0_make_the_text_smaller_and_back_to_the_platform_size(make_window, qtbot):
    window = make_window()
    start = QApplication.font().pointSize()

    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == start - 1

    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == start
    assert window.prefs.get(settings.FONT_POINT_SIZE) == 0


def test_a_damaged_text_size_falls_back_to_a_readable_one(make_window, data_dir):
    prefs = Settings(data_dir)
    prefs.set(settings.FONT_POINT_SIZE, 400)
    prefs.sync()

    make_window()

    assert QApplication.font().pointSize() == 28


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_opens_the_list_of_shortcuts(make_window, qtbot):
    window = make_window()

    qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_F1)

    help_window = window.menu.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    assert not help_window.isModal()
    keys = [keys for keys, _ in help_window.texts()]
    assert "Ctrl+K" in keys
    assert "F1" in keys
    assert ("Ctrl+K", "Naar het zoekveld") in help_window.texts()
    assert unnamed(help_window) == []


def test_the_chart_follows_a_dark_palette(make_window, qapp, qtbot):
    window = make_window()
    box = next(iter(window.routekaart.chart.items_by_id.values()))
    window.routekaart.chart.select_box(box.box.id)
    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(30, 30, 30)),
        (QPalette.ColorRole.Base, QColor(20, 20, 20)),
        (QPalette.ColorRole.Text, QColor(230, 230, 230)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
    ):
        dark.setColor(role, colour)
    try:
        QApplication.setPalette(dark)  # what Qt does when the system switches to dark mode

        def redrawn() -> bool:
            item = window.routekaart.chart.items_by_id[box.box.id]
            return item._text.defaultTextColor() == QColor(230, 230, 230)

        qtbot.waitUntil(redrawn)  # the palette change arrives as a posted event
        assert window.routekaart.chart.selected_box_id() == box.box.id  # the choice is kept
    finally:
        QApplication.setPalette(light)
        qtbot.wait(10)
