"""The routekaart of the draft: its texts, legenda, steps, boxes, arrows and footnotes, with the chart
drawn beside them as workstations will draw it, redrawn as the admin types.

The preview is the routekaart page's own ``ChartView`` (used read-only, as it is), so what the
admin sees is what workstations show. It is redrawn only from a chart the validator accepts: a
half-typed draft keeps the last good drawing, and a note says why it is not up to date.
A box chosen in the drawing is chosen in the list of boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.admin import choices
from desktop.admin.document import DraftDocument, Path, touches
from desktop.admin.editors import footnotes_editor, free_id
from desktop.admin.fields import FieldForm, FieldSpec
from desktop.admin.records import Column, RecordEditor
from desktop.routekaart.chart_view import LANE_TINT, ChartView
from routekaarten.issue_labels import IssueLabel

CHART = ("routekaart",)


def _box_name(row: int, box: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication

    title = box.get("title")
    if title:
        return QCoreApplication.translate("ChartTab", "Vak '{0}'").format(title)
    return QCoreApplication.translate("ChartTab", "Vak {0}").format(row + 1)


class ChartTab(QWidget):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.problems: list[IssueLabel] = []
        self.general = FieldForm(
            document,
            [
                FieldSpec("title", self.tr("Titel:")),
                FieldSpec("intro", self.tr("Inleiding:"), kind="text", optional=True),
                FieldSpec(
                    "uitgangspunten", self.tr("Uitgangspunten (één per regel):"), kind="lines", optional=True
                ),
                FieldSpec("vermoedens", self.tr("Vermoedens (één per regel):"), kind="lines", optional=True),
                FieldSpec("meerwaarde", self.tr("Meerwaarde:"), kind="text", optional=True),
                FieldSpec(
                    "gezamenlijk_uitgangspunt",
                    self.tr("Gezamenlijk uitgangspunt:"),
                    kind="text",
                    optional=True,
                ),
            ],
            self.tr("Routekaart"),
        )
        self.legenda = RecordEditor(
            document,
            (*CHART, "legenda"),
            [Column("abbr", self.tr("Afkorting")), Column("meaning", self.tr("Betekenis"))],
            name=self.tr("Legenda"),
            record_name=lambda row, e: self.tr("Legenda '{0}'").format(e.get("abbr", "")),
            new_record=lambda _records, _row: {"abbr": "", "meaning": ""},
        )
        self.steps = RecordEditor(
            document,
            (*CHART, "steps"),
            [
                Column("number", self.tr("Stap"), choices=choices.step_numbers),
                Column("title", self.tr("Titel")),
            ],
            name=self.tr("Stappen"),
            record_name=lambda row, s: self.tr("Stap {0}").format(s.get("number", row)),
            new_record=lambda records, _row: {"number": min(len(records), 3), "title": ""},
            detail=[
                FieldSpec("description", self.tr("Beschrijving:"), kind="text", optional=True),
                FieldSpec("items", self.tr("Punten (één per regel):"), kind="lines", optional=True),
                FieldSpec(
                    "attention", self.tr("Aandachtspunten (één per regel):"), kind="lines", optional=True
                ),
            ],
        )
        self.boxes = RecordEditor(
            document,
            (*CHART, "boxes"),
            [
                Column("title", self.tr("Titel")),
                Column("step", self.tr("Stap"), choices=choices.steps(document)),
                Column("lane", self.tr("Baan"), choices=choices.lanes(document)),
            ],
            name=self.tr("Vakken"),
            record_name=_box_name,
            new_record=self._new_box,
            detail=[
                FieldSpec("id", self.tr("Id:")),
                FieldSpec("kind", self.tr("Soort:"), kind="choice", choices=choices.box_kinds, optional=True),
                FieldSpec("text", self.tr("Tekst:"), kind="text", optional=True),
                FieldSpec("items", self.tr("Punten (één per regel):"), kind="lines", optional=True),
                FieldSpec("actors", self.tr("Actoren:"), kind="checks", choices=choices.actors),
                FieldSpec(
                    "footnotes",
                    self.tr("Voetnoten:"),
                    kind="checks",
                    optional=True,
                    choices=choices.marks(document, *CHART, "footnotes"),
                ),
            ],
        )
        self.arrows = RecordEditor(
            document,
            (*CHART, "arrows"),
            [
                Column("from", self.tr("Van vak"), choices=choices.boxes(document)),
                Column("to", self.tr("Naar vak"), choices=choices.boxes(document)),
                Column("label", self.tr("Label")),
            ],
            name=self.tr("Pijlen"),
            record_name=lambda row, _a: self.tr("Pijl {0}").format(row + 1),
            new_record=self._new_arrow,
        )
        self.footnotes = footnotes_editor(
            document, (*CHART, "footnotes"), self.tr("Voetnoten van de routekaart")
        )
        self.sections = QTabWidget()
        self.sections.setAccessibleName(self.tr("Onderdelen van de routekaart"))
        for widget, title in (
            (self.general, self.tr("Teksten")),
            (self.legenda, self.tr("Legenda")),
            (self.steps, self.tr("Stappen")),
            (self.boxes, self.tr("Vakken")),
            (self.arrows, self.tr("Pijlen")),
            (self.footnotes, self.tr("Voetnoten")),
        ):
            self.sections.addTab(widget, title)
        self.editors: list[RecordEditor] = [self.legenda, self.steps, self.boxes, self.arrows, self.footnotes]

        self.chart = ChartView()
        self.chart.setAccessibleName(self.tr("Voorbeeld van de routekaart"))
        self.chart.boxSelected.connect(self._box_chosen)
        self.preview_note = QLabel()
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setWordWrap(True)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sections)
        splitter.addWidget(preview)
        splitter.setSizes([440, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.redraws = 0
        self._dirty = True
        document.changed.connect(self._on_changed)

    def _new_box(self, records: list[Any], row: int) -> dict[str, Any]:
        beside = records[row] if 0 <= row < len(records) and isinstance(records[row], dict) else {}
        return {
            "id": free_id(records, "nieuw-vak"),
            "step": beside.get("step", 0),
            "lane": beside.get("lane", "joint"),
            "title": self.tr("Nieuw vak"),
            "actors": [],
        }

    def _new_arrow(self, _records: list[Any], _row: int) -> dict[str, Any]:
        boxes = [box_id for box_id, _title in choices.boxes(self.document)()]
        return {"from": boxes[0] if boxes else "", "to": boxes[-1] if boxes else ""}

    def load(self) -> None:
        self.general.set_base(CHART)
        self._dirty = True

    def _on_changed(self, path: Path) -> None:
        if touches(path, CHART):
            self._dirty = True

    def set_problems(self, labels: Sequence[IssueLabel]) -> None:
        """The validator's verdict on the draft (debounced by the window): show it, and redraw the
        chart if it changed since the last drawing -- so the preview follows the typing."""
        self.problems = [label for label in labels if label.path[:1] == CHART]
        general = {str(label.path[1]): [label.message] for label in self.problems if len(label.path) == 2}
        self.general.set_problems(general)
        for editor in self.editors:
            editor.set_problems(labels)
        if self._dirty:
            self.redraw()

    def redraw(self) -> bool:
        """Draw the chart of the draft, when it is one the validator accepts; else keep the last one."""
        from routekaarten.model import RegionBundle

        chart = self.document.get(CHART)
        self._dirty = False
        if self.problems:
            self.preview_note.setText(
                self.tr("Het voorbeeld is niet bijgewerkt: los eerst de problemen in de routekaart op.")
            )
            return False
        try:
            lanes_ok = all(box["lane"] in LANE_TINT for box in chart["boxes"])
            routekaart = RegionBundle.from_dict(
                {
                    "region": {"id": "voorbeeld", "name": ""},
                    "version": "",
                    "revision": 1,
                    "valid_from": "",
                    "publisher": "",
                    "routekaart": chart,
                    "areas": [],
                    "contacts": [],
                }
            ).routekaart
        except (KeyError, TypeError, ValueError, AttributeError):
            lanes_ok = False
        if not lanes_ok:
            self.preview_note.setText(
                self.tr("Het voorbeeld is niet bijgewerkt: de routekaart is nog onvolledig.")
            )
            return False
        chosen = self.chart.selected_box_id()
        self.chart.blockSignals(True)
        self.chart.show_routekaart(routekaart)
        if chosen is not None:
            self.chart.select_box(chosen)
        self.chart.blockSignals(False)
        self.preview_note.setText(self.tr("Voorbeeld, zoals werkplekken de routekaart tonen:"))
        self.redraws += 1
        return True

    def _box_chosen(self, box_id: str) -> None:
        ids = [box.get("id") for box in self.boxes.model.records() if isinstance(box, dict)]
        if box_id in ids:
            self.sections.setCurrentWidget(self.boxes)
            self.boxes.select(ids.index(box_id))

    def focus_path(self, path: Path) -> bool:
        if path[:1] != CHART:
            return False
        for editor in self.editors:
            if editor.focus_path(path):
                self.sections.setCurrentWidget(editor)
                editor.focus_path(path)  # again, now that it is visible
                return True
        self.sections.setCurrentWidget(self.general)
        return self.general.focus_field(str(path[1])) if len(path) > 1 else False
