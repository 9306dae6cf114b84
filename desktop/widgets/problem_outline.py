"""A dark red line around a field with a problem, painted over the field.

Painted, not a style sheet (``border: 1px solid``): a field with a style sheet of its own keeps its
old font when the text size changes (desktop/widgets/tints.py says why), so at Ctrl++ the field
with the problem stayed small and low while every other field grew. The line is a child widget
over the field that lets the mouse through, so the field keeps its platform look, its font and
its size; the problem's words are said under the field, this only adds to them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.widgets.tints import PROBLEM

WIDTH = 1


class ProblemOutline(QWidget):
    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(field.rect())
        field.installEventFilter(self)
        self.hide()

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(PROBLEM, WIDTH))
        painter.drawRect(self.rect().adjusted(0, 0, -WIDTH, -WIDTH))
        painter.end()
