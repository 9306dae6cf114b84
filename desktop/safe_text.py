"""Text from data is text: the one place that says how bundle, case and network strings meet Qt.

Qt renders any string that *looks like* HTML as rich text — in a QLabel in AutoText mode, in a
tooltip, in a message box — and a rich-text document loads the resources its markup names:
``<img src="file:///dev/zero">`` reads forever (the app aborts at start), ``<img src="…">``
opens local files, and on Windows ``//host/share/x.png`` is a UNC path (an SMB connection that
leaks the user's credentials). A signed bundle is trusted to be *authentic*, not to be markup.

So, everywhere in ``desktop/``:

- a label that shows data is plain text (:func:`plain_label`); where a label must show markup,
  the data parts go through :func:`html.escape`;
- a tooltip is made with :func:`tooltip` (escaped and wrapped, so it is always rich text and
  never *guessed* to be);
- rich text is shown in a :class:`SafeTextBrowser`, drawn by a :class:`SafeTextDocument`, or
  laid out in one (the PDF export): documents that refuse every resource, so that even markup
  that slipped through unescaped can open no file, share or URL.

Qt falls back to reading the file itself when a loader returns nothing (QTextDocument) or a
null image (its image handler), so the refusal returns a blank image or empty bytes, never
``None``. Escaping stays the first defence: on a high-DPI screen Qt still asks the file system
whether an ``@2x`` variant of a named image exists before it asks the document.
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


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


def plain_label(label: QLabel) -> QLabel:
    """``label`` shows its text as typed, never as markup; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally.

    Qt guesses whether a tooltip is rich text; this one is always rich text with the data
    escaped, so the guess cannot turn data into markup (and long text wraps).
    """
    return "<p>" + escape(text).replace("\n", "<br/>") + "</p>" if text else ""


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box whose text is shown as plain text (it may quote a file name or bundle)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
