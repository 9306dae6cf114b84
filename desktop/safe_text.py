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
- rich text is shown in a ``SafeTextBrowser``, drawn by a ``SafeTextDocument``, or laid out in
  one (the PDF export): documents that refuse every resource, so that even markup that slipped
  through unescaped can open no file, share or URL. They are in ``desktop/safe_documents.py``,
  imported where a document is shown: start-up builds none (issue 12 item 9), and the
  first use of Qt's text-document classes costs a few milliseconds.

Escaping stays the first defence: ``desktop/safe_documents.py`` says why the documents' refusal
is not enough on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def plain_label(label: QLabel) -> QLabel:
    """``label`` shows its text as typed, never as markup; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally.

    Qt guesses whether a tooltip is rich text; this one is always rich text with the data
    escaped, so the guess cannot turn data into markup (and long text wraps).
    """
    from html import escape  # html builds its table of entities on import: not at start-up

    return "<p>" + escape(text).replace("\n", "<br/>") + "</p>" if text else ""


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box whose text is shown as plain text (it may quote a file name or bundle)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
