"""Buttons with a long and a short label: the long one where it fits, the short one where not.

At a large text size (Ctrl++) "Bijlage 3: wie mag wat onderzoeken…" is wider than the column
it stands in; rather than cut it, or make the page scroll sideways, the button shows its short
label ("Bijlage 3…") and the long one in its tooltip. Both labels carry the same Alt letter, so
the keyboard works the same at every size. The size hint is that of the long label (what the
button would like), the minimum that of the short one (what a layout may squeeze it to).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from desktop.safe_text import tooltip


def without_mnemonic(text: str) -> str:
    """``text`` as read: "Bijlage &3…" is "Bijlage 3…", "&&" is "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Fitting:
    """Shared by the push button and the check box below (``QAbstractButton`` subclasses)."""

    _contents: QStyle.ContentsType
    _long: str
    _short: str

    def _start(self, long: str, short: str) -> None:
        self._long, self._short = long, short
        button = self._button()
        policy = button.sizePolicy()  # a push button's own (Minimum) would never go below its hint
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        button.setSizePolicy(policy)
        self._choose()

    def long_text(self) -> str:
        return self._long

    def short_text(self) -> str:
        return self._short

    def set_texts(self, long: str, short: str) -> None:
        self._long, self._short = long, short
        self._button().updateGeometry()
        self._choose()

    def hint_for(self, text: str) -> QSize:
        """The size the button needs to show ``text`` whole (as Qt's own size hint counts it)."""
        button = self._button()
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        option.text = text
        contents = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return button.style().sizeFromContents(self._contents, option, contents, button)

    def _button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def _choose(self) -> None:
        """The long label when the button is wide enough for it, else the short one."""
        button = self._button()
        fits = button.width() >= self.hint_for(self._long).width()
        text = self._long if fits else self._short
        if button.text() != text:
            QAbstractButton.setText(button, text)
        button.setToolTip("" if fits else tooltip(without_mnemonic(self._long)))


class FittingButton(_Fitting, QPushButton):
    _contents = QStyle.ContentsType.CT_PushButton

    def __init__(self, long: str, short: str, parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, long, parent)
        self._start(long, short)

    def sizeHint(self) -> QSize:
        return self.hint_for(self._long)

    def minimumSizeHint(self) -> QSize:
        return self.hint_for(self._short)

    def resizeEvent(self, event: QResizeEvent) -> None:
        QPushButton.resizeEvent(self, event)
        self._choose()

    def showEvent(self, event: QShowEvent) -> None:
        QPushButton.showEvent(self, event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        QPushButton.changeEvent(self, event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._choose()


class FittingCheckBox(_Fitting, QCheckBox):
    _contents = QStyle.ContentsType.CT_CheckBox

    def __init__(self, long: str, short: str, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, long, parent)
        self._start(long, short)

    def sizeHint(self) -> QSize:
        return self.hint_for(self._long)

    def minimumSizeHint(self) -> QSize:
        return self.hint_for(self._short)

    def resizeEvent(self, event: QResizeEvent) -> None:
        QCheckBox.resizeEvent(self, event)
        self._choose()

    def showEvent(self, event: QShowEvent) -> None:
        QCheckBox.showEvent(self, event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        QCheckBox.changeEvent(self, event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._choose()
