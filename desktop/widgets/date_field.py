"""One date field for the whole app: typed as people type dates, a calendar, and "no date".

The rules (what may be typed, which dates are impossible) live in ``routekaarten.dates``; this
widget only shows them. Typed text is never lost: invalid input stays in the field with the
reason beside it, and the last valid value is kept until the input is corrected. A field may be
given a domain rule for its value (``check``: an incident or an aangifte cannot lie after now);
a value the rule refuses is shown the same way, inline, with the rule's message. A valid date the
caller refuses after ``valueChanged`` (a rule of the case, ``refuse``) stays in the field the same
way. ``valueChanged``
fires only for a valid value (``None`` when emptied), on Enter, on leaving the field, on a day
picked in the calendar, and on the clear button or Delete on an empty or fully selected field.

The typing field is never narrower than its longest valid text ("29-11-2026 23:59") in the font
it has now, so a date stays whole at every text size (Ctrl++); a hint that does not fit ("niet
gebeurd / onbekend (dd-mm-jjjj)") Qt ends with "…". A refused value is marked by a red border
drawn on the field, not by a style sheet: a widget with its own style sheet keeps the font it had
when the text size changes. The calendar button's arrow is a character in the button's font, so
it grows with the text as the clear button's "✕" does (``CalendarButton``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionFrame,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from routekaarten.dates import EARLIEST, format_moment, parse_date, parse_moment
from routekaarten.errors import RoutekaartError

Moment = date | datetime

INVALID_BORDER = QColor("#b00020")
INVALID_BORDER_WIDTH = 2
# The longest text a field shows for a valid value, in the domain's own format.
LONGEST_DATE = format_moment(date(2026, 11, 29))
LONGEST_MOMENT = format_moment(datetime(2026, 11, 29, 23, 59))
# The calendar button's arrow: in every UI font (WGL4), so no emoji font is needed.
CALENDAR_ARROW = "▼"
# QLineEdit's own inner margin (QLineEditPrivate::horizontalMargin), left and right of the text.
LINE_EDIT_MARGIN = 2


class DateEdit(QLineEdit):
    """The typing part of a ``DateField``: its size follows its font, and it can be marked invalid."""

    def __init__(self, longest: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._longest = longest

    def longest_text(self) -> str:
        """The widest valid text in this font: the example with every digit the widest digit."""
        metrics = self.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        return re.sub(r"[0-9]", widest, self._longest)

    def width_for(self, text: str) -> int:
        """The field's width at which ``text`` shows whole, with the cursor after it (as
        ``QLineEdit.sizeHint`` adds frame and margins to its room for 17 x's)."""
        margins = self.textMargins()
        contents = self.contentsMargins()
        cursor = self.style().pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, None, self)
        inner = (
            self.fontMetrics().horizontalAdvance(text)
            + max(cursor, 1)
            + 2 * LINE_EDIT_MARGIN
            + margins.left()
            + margins.right()
            + contents.left()
            + contents.right()
        )
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        room = QSize(inner, super().sizeHint().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, room, self).width()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_for(self.longest_text()), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        # No more than a date: beside a label, the label is given its room first; the field
        # grows into what is left, and Qt ends a hint that does not fit with "…".
        return QSize(self.width_for(self.longest_text()), super().sizeHint().height())

    def set_invalid(self, invalid: bool) -> None:
        self.setProperty("invalid", invalid)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.property("invalid"):
            painter = QPainter(self)
            pen = QPen(INVALID_BORDER, INVALID_BORDER_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = INVALID_BORDER_WIDTH // 2
            painter.drawRect(self.rect().adjusted(half, half, -half, -half))


class CalendarButton(QToolButton):
    """The button that opens the calendar. Its arrow is a character, drawn in the button's font
    like the clear button's "✕", so it grows with the text size (Ctrl++); Qt's own arrow and the
    menu indicator beside it stay a few pixels at every size. The button opens its menu at once
    (``InstantPopup``), so the indicator is left out: the arrow says it already."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(CALENDAR_ARROW)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.features &= ~QStyleOptionToolButton.ToolButtonFeature.HasMenu
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class DateField(QWidget):
    """A date (``with_time=False``) or a date with an optional time (``with_time=True``)."""

    valueChanged = Signal(object)  # date | datetime | None

    def __init__(
        self,
        accessible_name: str,
        *,
        with_time: bool = False,
        today: Callable[[], date] = date.today,
        empty_text: str = "",
        check: Callable[[Moment], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._check = check  # raises RoutekaartError (Dutch message) for a value it refuses
        self._with_time = with_time
        self._value: Moment | None = None
        self.edit = DateEdit(LONGEST_MOMENT if with_time else LONGEST_DATE)
        self.edit.setAccessibleName(accessible_name)
        example = self.tr("dd-mm-jjjj uu:mm") if with_time else self.tr("dd-mm-jjjj")
        self.edit.setPlaceholderText(f"{empty_text} ({example})" if empty_text else example)
        self.edit.setToolTip(
            self.tr("Typ bijvoorbeeld 29-11-2026, 29112026 of ‘vandaag’; leeg is: geen datum.")
            + (self.tr(" Een tijd erachter: 29-11-2026 14:30.") if with_time else "")
        )
        self.edit.installEventFilter(self)
        self.calendar_button = CalendarButton()
        self.calendar_button.setAccessibleName(self.tr("Kalender openen"))
        self.calendar_button.setToolTip(self.tr("Kalender openen"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Kalender"))
        self.calendar.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self._menu = QMenu(self.calendar_button)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(self._menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAccessibleName(self.tr("Datum wissen"))
        self.clear_button.setToolTip(self.tr("Datum wissen (geen datum)"))
        self.clear_button.clicked.connect(self.clear)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Fout in de datum"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        # A label's mnemonic (Alt+C for "In&cident") gives focus only to a buddy that takes focus;
        # the proxy then hands it to the typing field, not to the calendar button.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.editingFinished.connect(self.commit)

    # the value -------------------------------------------------------------------------------------

    def value(self) -> Moment | None:
        """The last valid value (what the rest of the app uses), even while the text is invalid."""
        return self._value

    def setValue(self, value: Moment | None) -> None:
        """Show ``value`` without emitting ``valueChanged`` (loading a case is not an edit)."""
        if value is not None and not self._with_time and isinstance(value, datetime):
            value = value.date()
        self._value = value
        self.edit.setText(format_moment(value))
        self._show_error("")

    def refuse(self, reason: str, kept: Moment | None) -> None:
        """The caller did not save the typed value (it breaks a rule of the case): the text stays as
        typed with ``reason`` beside it, and ``value()`` is again ``kept``, the value that is stored;
        so committing the same text later (when the other date was corrected) is tried again."""
        self._value = kept
        self._show_error(reason)

    def is_refused(self) -> bool:
        """The text differs from the value: invalid input, or a value the caller refused."""
        return bool(self.error_text())

    def text(self) -> str:
        return self.edit.text()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def clear(self) -> None:
        self.edit.clear()
        self.commit()

    def commit(self) -> None:
        """Read the typed text; a valid change is shown in standard form and emitted."""
        try:
            if self._with_time:
                value = parse_moment(self.edit.text(), self._today())
            else:
                value = parse_date(self.edit.text(), self._today())
            if value is not None and self._check is not None:
                self._check(value)
        except RoutekaartError as error:
            self._show_error(str(error))
            return
        self._show_error("")
        self.edit.setText(format_moment(value))
        if value != self._value or type(value) is not type(self._value):
            self._value = value
            self.valueChanged.emit(value)

    # the calendar ----------------------------------------------------------------------------------

    def _prepare_calendar(self) -> None:
        """Open at the field's day, or at today when it has none (never at januari 2000)."""
        shown = self._value or self._today()
        day = shown.date() if isinstance(shown, datetime) else shown
        qday = QDate(day.year, day.month, day.day)
        self.calendar.setSelectedDate(qday)
        self.calendar.setCurrentPage(day.year, day.month)

    def _picked(self, qday: QDate) -> None:
        day = date(qday.year(), qday.month(), qday.day())
        kept = self._value.time() if isinstance(self._value, datetime) else None
        value: Moment = datetime.combine(day, kept) if kept and kept != time(0) else day
        self._menu.hide()
        self.edit.setText(format_moment(value))
        self.commit()
        self.edit.setFocus()

    # keys and errors -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            whole = not self.edit.text() or self.edit.selectedText() == self.edit.text()
            if event.key() == Qt.Key.Key_Delete and whole:
                self.clear()
                return True
            if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                self.calendar_button.showMenu()
                return True
        return super().eventFilter(watched, event)

    def _show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}" if text else "")
        self.error.setVisible(bool(text))
        self.edit.set_invalid(bool(text))
