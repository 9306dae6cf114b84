"""A tab bar that, when its tabs do not fit, shortens the longest ones first.

Qt's own, told to elide, leaves a long name ("Discussion points (bespreekpunten)") almost whole
and cuts the others to one letter ("O…", "D…", "N…") at a large text size. This one gives every
tab its whole name where there is room, and otherwise caps the widest tabs at one width so that
together they fit: the short names stay whole, the long ones end with "…". The tab widget shows
each name whole in the tab's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QTabBar, QWidget


class FairTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setExpanding(False)
        self._holder: QWidget | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:  # set into its tab widget: watch its width
            if self._holder is not None:
                self._holder.removeEventFilter(self)
            self._holder = self.parentWidget()
            if self._holder is not None:
                self._holder.installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._holder and event.type() == QEvent.Type.Resize:
            self.setElideMode(self.elideMode())  # lays the tabs out again for the new width
        return super().eventFilter(watched, event)

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        cap = self._cap()
        if cap is None:
            return hint
        return QSize(max(min(hint.width(), cap), self._least(index, hint)), hint.height())

    def _least(self, index: int, hint: QSize) -> int:
        """Three letters and "…" (as Qt's own minimum; that one asks ``tabSizeHint`` again)."""
        text = self.tabText(index)
        metrics = self.fontMetrics()
        padding = hint.width() - metrics.horizontalAdvance(text)
        return min(hint.width(), padding + metrics.horizontalAdvance(text[:3] + "…"))

    def _room(self) -> int:
        """The width the tabs may take: that of the tab widget around them (not the bar's own,
        which follows the tabs)."""
        return self._holder.width() if self._holder is not None else self.width()

    def _cap(self) -> int | None:
        """The one width the widest tabs are cut to so that all fit; None when they fit whole."""
        widths = sorted(super(FairTabBar, self).tabSizeHint(i).width() for i in range(self.count()))
        room = self._room()
        if not widths or sum(widths) <= room:
            return None
        # Water filling: the narrow tabs keep their width, the rest share what is left.
        used = 0
        for taken, width in enumerate(widths):
            share = (room - used) // (len(widths) - taken)
            if width > share:
                return max(share, 1)
            used += width
        return None
