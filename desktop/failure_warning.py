"""A write that failed, said in a warning that stays until the user closes it, with the reason
(``routekaarten.files.write_failure``): a status line that goes away after some seconds could be
missed, and the user would think the file is there.

Window-modal and not waited for, so a test (and the event loop) goes on; a second failure
replaces the warning of the first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.safe_text import message_box


class FailureWarning:
    """The warning of the last failed write of one window (``box``, None once closed)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.box: QMessageBox | None = None

    def show(self, title: str, text: str) -> QMessageBox:
        """``text`` is plain text: it quotes the path the user chose."""
        if self.box is not None:
            self.box.close()
        box = message_box(QMessageBox.Icon.Warning, title, text, self.parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._forget(box))
        self.box = box
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
