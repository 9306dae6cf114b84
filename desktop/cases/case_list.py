"""The list of cases: "Nieuwe zaak", search by label, and how long closed cases are kept.

A model over the cases with a filter proxy (``cases_model.py``); choosing a row says which case
to open, the page opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.cases.cases_model import CASE_ID_ROLE, CasesModel
from desktop.safe_text import tooltip
from desktop.settings import Settings
from routekaarten.cases import Case, days_until_purge, retention_policy

LIST_MIN_CHARACTERS = 16  # "AB-01 — 30-11-2026": a label and its date, at any text size
LIST_MIN_LINES = 6  # two cases of three lines each in a narrow column


class CaseListView(QListView):
    """The list of cases; never narrower than a short label and its date, nor lower than a few
    lines, in the font it has now (a scrolling page would otherwise squeeze it to a sliver)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        frame = 2 * self.frameWidth()
        width = metrics.averageCharWidth() * LIST_MIN_CHARACTERS + frame
        height = metrics.lineSpacing() * LIST_MIN_LINES + frame
        return QSize(max(hint.width(), width), max(hint.height(), height))


class CaseList(QWidget):
    caseChosen = Signal(str)  # case id
    newCaseRequested = Signal()
    deleteRequested = Signal()  # delete the chosen case (after a question)
    retentionChanged = Signal(int)  # days closed cases are kept

    def __init__(self, prefs: Settings, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.today = today
        self.model = CasesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek zaak op label"))
        self.filter.setAccessibleName(self.tr("Zoek zaak"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = CaseListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Zaken"))
        # A narrow column: "gesloten, wordt over 80 dagen verwijderd" wraps (laid out again when
        # the column's width changes); a word longer than the column ends with "…", and the whole
        # line is in the row's tooltip.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button = QPushButton(self.tr("&Nieuwe zaak"))
        self.new_button.setAccessibleName(self.tr("Nieuwe zaak"))
        self.new_button.clicked.connect(self.newCaseRequested)
        self.delete_button = QPushButton(self.tr("Zaa&k verwijderen…"))
        self.delete_button.setAccessibleName(self.tr("Zaak verwijderen"))
        self.delete_button.clicked.connect(self.deleteRequested)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" dagen"))
        self.retention.setValue(prefs.get(settings.RETENTION_DAYS))
        self.retention.setAccessibleName(self.tr("Gesloten zaken bewaren (dagen)"))
        self.retention.valueChanged.connect(self._on_retention)
        self.model.set_purge_in(self._purge_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        keep = QHBoxLayout()
        keep_label = QLabel(self.tr("Gesloten zaken &bewaren:"))
        keep_label.setWordWrap(True)  # on two lines in a narrow column, beside the number
        keep_label.setBuddy(self.retention)
        keep.addWidget(keep_label)
        keep.addWidget(self.retention)
        layout.addLayout(keep)
        self.policy_note = QLabel(self.tr("eigen beleid van Routekaart; het dossier bewaart langer"))
        self.policy_note.setWordWrap(True)
        self.policy_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.policy_note)
        self._show_policy()

    def retention_days(self) -> int:
        return self.retention.value()

    def show_cases(self, cases: list[Case], select: str | None = None) -> bool:
        """Lists ``cases`` and chooses ``select``; False when it is not among them."""
        self.model.set_cases(cases)
        row = self.model.row_of(select) if select else -1
        if row < 0:
            return False
        self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
        return True

    def clear(self) -> None:
        self.model.set_cases([])

    def count(self) -> int:
        """How many cases are listed (filtered or not)."""
        return self.model.rowCount()

    def _purge_in(self, case: Case) -> int | None:
        return days_until_purge(case, self.today(), self.retention.value())

    def set_held(self, case_ids: frozenset[str]) -> None:
        """Which closed cases wait for their notes to be exported (shown as "wacht op export")."""
        self.model.set_held(case_ids)

    def _show_policy(self) -> None:
        """The keep time is the app's own policy; the tooltip says what the sources keep."""
        text = retention_policy(self.retention.value())
        self.policy_note.setToolTip(tooltip(text))
        self.retention.setToolTip(tooltip(text))

    def _on_retention(self, days: int) -> None:
        self.prefs.set(settings.RETENTION_DAYS, days)
        self.model.set_purge_in(self._purge_in)
        self._show_policy()
        self.retentionChanged.emit(days)

    def _on_current(self, current: QModelIndex) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is not None:
            self.caseChosen.emit(str(case_id))
