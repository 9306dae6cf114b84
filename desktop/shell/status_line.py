"""The status line: a message that does not fit is elided ("…"), never cut off mid-word, and
its full text is the status line's tooltip and accessible description.

QStatusBar clips a long temporary message at its right edge; at a large text size that hides
the end of "Geëxporteerd (niet versleuteld): /home/…/AB-2026-01-samenvatting.pdf". While a
message is shown, the permanent parts (data version, sync status; elided labels themselves) give
it room: each is held to a share of the width.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop.safe_text import tooltip

PERMANENT_SHARE = 0.3  # of the width, for each permanent widget while a message is shown
NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._on_message)

    def addPermanentWidget(self, widget: QWidget, /, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def _on_message(self, text: str) -> None:
        self.setToolTip(tooltip(text) if text else "")
        self.setAccessibleDescription(text)
        self._share_width()
        self.update()

    def _share_width(self) -> None:
        limit = int(self.width() * PERMANENT_SHARE) if self.currentMessage() else NO_LIMIT
        for widget in self._permanent:
            widget.setMaximumWidth(limit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._share_width()
        super().resizeEvent(event)

    def message_rect(self) -> QRect:
        """Where the message is drawn: from the left edge to the first permanent widget."""
        right = self.width()
        for widget in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if widget.isVisible() and widget.x() > 0:
                right = min(right, widget.x())
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutLeftMargin, None, self) // 2 + 2
        return QRect(margin, 0, max(right - 2 * margin, 0), self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole when it fits, else elided at the right."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_rect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.drawText(self.message_rect(), int(flags), self.shown_message())
