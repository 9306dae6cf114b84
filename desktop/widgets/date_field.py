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
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from routekaarten.dates import EARLIEST, format_moment, parse_date, parse_moment
from routekaarten.errors import RoutekaartError

Moment = date | datetime


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
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        example = self.tr("dd-mm-jjjj uu:mm") if with_time else self.tr("dd-mm-jjjj")
        self.edit.setPlaceholderText(f"{empty_text} ({example})" if empty_text else example)
        self.edit.setToolTip(
            self.tr("Typ bijvoorbeeld 29-11-2026, 29112026 of ‘vandaag’; leeg is: geen datum.")
            + (self.tr(" Een tijd erachter: 29-11-2026 14:30.") if with_time else "")
        )
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)  # no emoji font needed
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
        self.edit.setProperty("invalid", bool(text))
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if text else "")
