"""Colour for a problem's text and a banner's background, set in the widget's palette.

Not a per-widget style sheet: a widget with a style sheet of its own no longer follows the
application's font. ``QApplication.setFont`` (Ctrl++, ``desktop.shell.text_size``) reaches such a
widget only through a parent that has a style sheet too (``QWidgetPrivate::updateFont`` leaves it
to the style sheet's style, which its parents lack), so an error under a field, or a banner with
everything in it, kept the old small text while the rest of the window grew. A palette leaves the
font alone, and only the roles set here are the widget's own: the others (and every role of a
widget given ``None``) still come from the parent, a dark desktop's included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

PROBLEM = QColor("#a40000")  # dark red: with the ⚠ or the words, never the only sign of a problem
NOTICE = QColor("#fff3cd")  # a banner's background: something to act on
INFORMATION = QColor("#e7f1ff")  # a banner's background: news


def tint_text(widget: QWidget, colour: QColor | None) -> None:
    """``widget``'s text (a label's, a field's) in ``colour``; None: the parent's colours again."""
    palette = QPalette()  # no role of its own yet: everything else is inherited
    if colour is not None:
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, colour)
    widget.setPalette(palette)


def tint_banner(widget: QWidget, background: QColor) -> None:
    """A banner filled with ``background`` and its labels in black, which a light background needs
    also on a dark desktop. Buttons keep the style's own colours."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, background)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(Qt.GlobalColor.black))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
