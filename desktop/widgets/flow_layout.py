"""A row of buttons that wraps: what does not fit on a line goes to the next one.

For the button rows of the cases page: at the normal text size they stand on one line; at a
large text size (Ctrl++) a row of four buttons is wider than the window, and instead of making
the whole page scroll sideways the buttons continue on a second line. Items keep their size
hint where it fits on a line; one wider than the whole line gets the line's width (never less
than its minimum), so a button that shortens its text (``FittingButton``) can do so.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # QLayout's list of items ---------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    # sizes -----------------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """The widest single item: every item on a line of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """All items on one line."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items)
        width += self.horizontal_spacing() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def horizontal_spacing(self) -> int:
        return self._spacing_for(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def vertical_spacing(self) -> int:
        return self._spacing_for(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def lines(self) -> int:
        """How many lines the items take now (for tests and for the eye)."""
        tops = {item.geometry().top() for item in self._visible()}
        return len(tops)

    # the arrangement ---------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing_for(self, metric: QStyle.PixelMetric) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.style().pixelMetric(metric, None, parent)
        if isinstance(parent, QLayout):
            return parent.spacing()
        return 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lays the items out in ``rect`` (when ``move``); the height they need."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y = area.x(), area.y()
        line_height = 0
        h_space, v_space = self.horizontal_spacing(), self.vertical_spacing()
        for item in self._visible():
            hint, least = item.sizeHint(), item.minimumSize()
            width = max(min(hint.width(), area.width()), least.width())
            if x > area.x() and x + width > area.x() + area.width():
                x = area.x()
                y += line_height + v_space
                line_height = 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            height = max(height, least.height())
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + h_space
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()
