"""A combo box that may be narrower than its longest item: the chosen text then ends with "…"
and stands whole in the tooltip (the open list shows every item whole).

Qt's own combo box either claims the width of its longest item (at a large text size "2. Gedrag
of uitlatingen van een kind" or an NFI category makes the whole page scroll sideways) or, told
to be smaller, cuts the text off mid-letter. This one asks for its longest item's width, but
gives way down to ``MIN_CHARACTERS`` characters, and elides what no longer fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from desktop.safe_text import tooltip

MIN_CHARACTERS = 10  # "Gedragsve…": enough to tell the items apart


class ElidedComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._update_tooltip)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        contents = QSize(metrics.averageCharWidth() * MIN_CHARACTERS, metrics.height())
        least = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, self)
        return QSize(min(hint.width(), least.width()), hint.height())

    def shown_text(self) -> str:
        """The chosen item's text as drawn: whole when it fits, else elided at the right."""
        text = self.currentText()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.text_width())

    def is_elided(self) -> bool:
        return self.shown_text() != self.currentText()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tooltip()

    def text_width(self) -> int:
        """The room for the chosen item's text, beside the arrow."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width() - 2  # CE_ComboBoxLabel draws the text one pixel in from each side

    def _update_tooltip(self) -> None:
        """The whole text in the tooltip while it is elided, no tooltip while it shows whole."""
        self.setToolTip(tooltip(self.currentText()) if self.is_elided() else "")
