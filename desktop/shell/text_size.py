"""The text size the user chose (Ctrl++ / Ctrl+- / Ctrl+0), applied to the whole application.

The choice is stored as a point size in the settings; 0 means the platform's own size, so a user
who never touched it follows the system (and its accessibility settings) as before.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from desktop import settings
from desktop.settings import Settings

SMALLEST = 7
LARGEST = 28


@functools.cache
def platform_font() -> QFont:
    """The font the platform gave the application, taken before the first change made here."""
    return QFont(QApplication.font())


def text_scale(widget: QWidget) -> float:
    """``widget``'s text size relative to the platform's: 1.0 unless the user changed it."""
    platform = platform_font().pointSizeF()
    return widget.font().pointSizeF() / platform if platform > 0 else 1.0


class TextSize:
    def __init__(self, prefs: Settings) -> None:
        self.prefs = prefs

    def point_size(self) -> int:
        """The size in use: the stored one, or the platform's."""
        stored = self.prefs.get(settings.FONT_POINT_SIZE)
        return stored if stored > 0 else round(platform_font().pointSizeF())

    def apply(self) -> None:
        font = QFont(platform_font())
        stored = self.prefs.get(settings.FONT_POINT_SIZE)
        if stored > 0:
            font.setPointSize(min(max(stored, SMALLEST), LARGEST))
        QApplication.setFont(font)

    def step(self, points: int) -> None:
        """Larger (positive) or smaller (negative), within a readable range."""
        size = min(max(self.point_size() + points, SMALLEST), LARGEST)
        self.prefs.set(settings.FONT_POINT_SIZE, size)
        self.apply()

    def reset(self) -> None:
        self.prefs.set(settings.FONT_POINT_SIZE, 0)
        self.apply()
