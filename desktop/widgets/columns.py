"""Side-by-side columns the user can widen or narrow by dragging the line between them, that
ask for the height their contents need at the width they get.

Until the user drags the line, each column but the last is as wide as it asks (its size hint)
but no wider than ``share`` of the width, and never narrower than its minimum; the last takes the
rest. At the normal text size the list beside a case is as wide as it asks; at a large size it
gives way to the case, down to its minimum.

Qt's splitter knows no height-for-width: a column whose button row wraps onto more lines
(``FlowLayout``), or whose labels wrap, at a large text size needs more height the narrower it
is, and inside a scrolling page the splitter would squeeze it to the height its one-line
minimum asks for, so that rows overlap. This one answers ``heightForWidth`` from the widths its
columns would get, so the page scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class Columns(QSplitter):
    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.share = share
        self.setChildrenCollapsible(False)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.dragged = False  # the user moved the line: their widths stay (scaled with the window)
        self.splitterMoved.connect(self._moved)

    def _moved(self) -> None:
        self.dragged = True
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a column's size hint changed (the font)
            self._fit()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.dragged or self.count() < 2:
            return
        columns = [self.widget(index) for index in range(self.count())]
        shown = [column for column in columns if column is not None and not column.isHidden()]
        if len(shown) < 2:
            return
        room = self.width() - self.handleWidth() * (len(shown) - 1)
        last_least = shown[-1].minimumSizeHint().width()
        widths: dict[int, int] = {}
        for column in shown[:-1]:
            wanted = min(column.sizeHint().width(), round(room * self.share))
            widths[id(column)] = max(wanted, column.minimumSizeHint().width())
        widths[id(shown[-1])] = max(room - sum(widths.values()), last_least)
        sizes = [widths.get(id(column), 0) for column in columns]
        if sizes != self.sizes():
            self.setSizes(sizes)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        columns = [self.widget(index) for index in range(self.count())]
        shown = [column for column in columns if column is not None and not column.isHidden()]
        if not shown:
            return self.minimumSizeHint().height()
        room = width - self.handleWidth() * (len(shown) - 1)
        height = 0
        for column, column_width in zip(shown, self._widths(shown, room), strict=True):
            needed = column.heightForWidth(column_width) if column.hasHeightForWidth() else -1
            height = max(height, needed, column.minimumSizeHint().height())
        return height

    def _widths(self, shown: list[QWidget], room: int) -> list[int]:
        """The columns' widths in ``room``: as now, scaled to it; each at least its minimum."""
        now = [column.width() for column in shown]
        if not self.isVisible() or min(now) <= 0:  # not laid out yet: as their size hints ask
            now = [column.sizeHint().width() for column in shown]
        total = sum(now) or 1
        return [max(round(room * part / total), column.minimumSizeHint().width())
                for part, column in zip(now, shown, strict=True)]
