"""The rich-text documents of the app, which load no resource: the classes the rules in
``desktop/safe_text.py`` name for showing, drawing and laying out rich text.

Qt falls back to reading the file itself when a loader returns nothing (QTextDocument) or a
null image (its image handler), so the refusal returns a blank image or empty bytes, never
``None``. Escaping stays the first defence: on a high-DPI screen Qt still asks the file system
whether an ``@2x`` variant of a named image exists before it asks the document.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The logger keeps the name of the module that states the rule: one name to watch for refusals.
log = logging.getLogger("desktop.safe_text")


def _refuse(kind: int, url: QUrl | str) -> QImage | QByteArray:
    """An empty resource for every request; logged without the URL (data might name someone).

    An image must be a real (blank) image: for a null one Qt's image handler loads the file
    named in the markup itself, past every loader.
    """
    log.warning("Rich text asked for a resource (type %s, scheme %r); refused.", kind, QUrl(url).scheme())
    if kind == QTextDocument.ResourceType.ImageResource:
        from PySide6.QtGui import QImage

        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return QByteArray()


class SafeTextDocument(QTextDocument):
    """A rich-text document that loads no image, style sheet or other resource, from anywhere."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _refuse(type, name)


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text pane whose links are signals only and which loads no resource.

    Links are never followed by Qt (``anchorClicked`` is emitted for the window to decide); the
    document is a :class:`SafeTextDocument`, and the browser's own loader refuses too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _refuse(type, name)


def safe_document(parent: QObject | None = None) -> SafeTextDocument:
    """A :class:`SafeTextDocument`, e.g. for a QGraphicsTextItem or the PDF export."""
    return SafeTextDocument(parent)
