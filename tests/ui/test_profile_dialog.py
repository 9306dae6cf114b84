"""Instellingen → "Mijn gegevens" at the largest text size: every label and every field whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame

from desktop import settings
from desktop.cases import profile_dialog
from desktop.cases.profile_dialog import ProfileDialog
from desktop.shell.text_size import LARGEST, platform_font

ORGANISATION = "Veilig Thuis Zeeland-West-Brabant"
FUNCTION = "aandachtsfunctionaris kindermishandeling"
# QLineEdit keeps this much room between its frame and the text on either side (qlineedit_p.h).
LINE_EDIT_MARGIN = 2


@pytest.fixture
def largest_text(qapp) -> Iterator[None]:
    font = QFont(platform_font())
    font.setPointSize(LARGEST)
    QApplication.setFont(font)
    yield
    QApplication.setFont(platform_font())


@pytest.fixture
def prefs(data_dir):
    prefs = settings.Settings(data_dir)
    prefs.set(settings.PROFILE_ORGANISATION, ORGANISATION)
    prefs.set(settings.PROFILE_FUNCTION, FUNCTION)
    return prefs


def _room_for_text(field: QLineEdit) -> int:
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    return contents.width() - 2 * LINE_EDIT_MARGIN


def _shown(qtbot, prefs) -> ProfileDialog:
    dialog = ProfileDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_at_the_largest_text_size_every_label_and_field_is_whole(largest_text, prefs, qtbot, monkeypatch):
    """On an office screen (1920 wide; the offscreen platform's is 800) nothing has to give."""
    monkeypatch.setattr(profile_dialog, "screen_width", lambda _widget: int(1920 * 0.9))
    dialog = _shown(qtbot, prefs)

    assert dialog.font().pointSize() == LARGEST
    metrics = dialog.fontMetrics()
    for label in dialog.labels:
        assert label.width() >= label.sizeHint().width(), label.text()
    for field in dialog.fields():
        assert field.height() >= field.sizeHint().height(), field.accessibleName()
        for text in (field.text(), field.placeholderText()):
            assert metrics.horizontalAdvance(text) <= _room_for_text(field), text
    assert dialog.organisation.text() == ORGANISATION and dialog.function.text() == FUNCTION
    assert dialog.minimumWidth() <= 1920 * 0.9


def test_on_a_small_screen_the_dialog_stays_on_it_with_its_labels_and_lines_whole(
    largest_text, prefs, qtbot
):
    """The offscreen screen (800 by 800): the dialog takes the width it may and no more, no label
    is cut, and no field is squeezed to part of a line (Qt opens a window at most 2/3 of the
    screen high, less than the wrapped introduction and five fields need at this size). A name
    longer than the field then scrolls in it."""
    dialog = _shown(qtbot, prefs)
    screen = dialog.screen().availableGeometry()

    assert dialog.minimumWidth() == profile_dialog.screen_width(dialog) < screen.width()
    assert dialog.width() <= screen.width()
    for label in dialog.labels:
        assert label.width() >= label.sizeHint().width(), label.text()
    for field in dialog.fields():
        assert field.height() >= field.sizeHint().height(), field.accessibleName()


def metrics_fit(field: QLineEdit, text: str) -> bool:
    return field.fontMetrics().horizontalAdvance(text) <= _room_for_text(field)


def test_at_the_platforms_text_size_the_fields_still_hold_a_long_name(prefs, qtbot):
    dialog = _shown(qtbot, prefs)

    assert metrics_fit(dialog.organisation, ORGANISATION)
    assert metrics_fit(dialog.function, FUNCTION)
