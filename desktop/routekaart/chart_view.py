"""The routekaart drawn as an interactive chart: steps as rows, the three lanes as columns.

Each box is a focusable, selectable item; a click, Tab or the arrow keys select it and the
view emits ``boxSelected`` with the box id. The layout follows the PDF's reading order
(Veilig Thuis left, joint boxes in the middle, police right) but is computed, not a picture.
All text is the bundle's and is escaped before it meets the items' HTML (``desktop.safe_text``).
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.safe_text import safe_document, tooltip
from routekaarten.model import Box, Routekaart

BOX_WIDTH = 250.0
GAP = 18.0
STEP_LABEL_WIDTH = 175.0
HEADER_HEIGHT = 44.0
LANE_TINT = {"vt": QColor(214, 69, 65), "joint": QColor(128, 90, 180), "politie": QColor(38, 110, 190)}


def _is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _safe_text_item(parent: QGraphicsItem | None = None) -> QGraphicsTextItem:
    """A text item whose rich text is laid out by a document that loads no resource.

    The markup is built here with the bundle's text escaped; the document is the second line.
    """
    item = QGraphicsTextItem(parent)
    item.setDocument(safe_document(item))
    return item


class BoxItem(QGraphicsObject):
    """One routekaart box: a tinted rounded rectangle with its title and bullets."""

    def __init__(self, box: Box) -> None:
        super().__init__()
        self.box = box
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._text = _safe_text_item(self)
        self._text.setTextWidth(BOX_WIDTH - 16)
        self._text.setPos(8, 6)
        self._text.setDefaultTextColor(QApplication.palette().color(QPalette.ColorRole.Text))
        bullets = "".join(f"<li>{escape(item)}</li>" for item in box.items)
        title_html = f"<b>{escape(box.title)}</b>"
        body = f"<br/>{escape(box.text)}" if box.text else ""
        items = f"<ul style='margin-left:-24px'>{bullets}</ul>" if bullets else ""
        self._text.setHtml(f"<div style='font-size:9pt'>{title_html}{body}{items}</div>")
        self._height = self._text.boundingRect().height() + 12
        self.setToolTip(tooltip(box.title))
        self.setAccessibleName(box.title)

    def setAccessibleName(self, name: str) -> None:  # QGraphicsItems have no accessibility API
        self.setData(0, name)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BOX_WIDTH, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        tint = QColor(LANE_TINT[self.box.lane])
        fill = QColor(tint)
        fill.setAlpha(70 if _is_dark() else 38)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        pen = QPen(tint, 3.0 if selected else 1.4)
        if self.box.kind == "decision":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 8, 8)
        if selected or self.hasFocus():
            focus = QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), 2.0, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.boundingRect().adjusted(-3, -3, 3, 3), 10, 10)

    def focusInEvent(self, event: Any) -> None:
        scene = self.scene()
        if scene is not None:
            scene.clearSelection()
        self.setSelected(True)
        super().focusInEvent(event)


def _arrow_path(start: QPointF, end: QPointF) -> QPainterPath:
    path = QPainterPath(start)
    path.lineTo(end)
    return path


def _arrow_head(previous: QPointF, end: QPointF) -> QPolygonF:
    angle = math.atan2(end.y() - previous.y(), end.x() - previous.x())
    size = 8.0
    left = QPointF(end.x() - size * math.cos(angle - 0.4), end.y() - size * math.sin(angle - 0.4))
    right = QPointF(end.x() - size * math.cos(angle + 0.4), end.y() - size * math.sin(angle + 0.4))
    return QPolygonF([end, left, right, end])


def _side_route(a: QRectF, b: QRectF) -> QPainterPath:
    """An arrow between boxes of one column with others in between: out right, down, back in."""
    out = max(a.right(), b.right()) + 12
    start, end = QPointF(a.right(), a.center().y()), QPointF(b.right(), b.center().y())
    path = QPainterPath(start)
    path.lineTo(out, start.y())
    path.lineTo(out, end.y())
    path.lineTo(end)
    return path


def _edge_points(a: QRectF, b: QRectF) -> tuple[QPointF, QPointF]:
    """Where an arrow from box ``a`` to box ``b`` leaves and arrives: facing sides."""
    if b.top() >= a.bottom() - 1:
        return QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top())
    if b.bottom() <= a.top() + 1:
        return QPointF(a.center().x(), a.top()), QPointF(b.center().x(), b.bottom())
    if b.left() >= a.right():
        return QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
    return QPointF(a.left(), a.center().y()), QPointF(b.right(), b.center().y())


class ChartView(QGraphicsView):
    """Shows one Routekaart; emits the id of the box the user selects."""

    boxSelected = Signal(str)
    stepSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Routekaart"))
        self.setAccessibleDescription(
            self.tr("Stappen 0 tot en met 3; kies een vak met Tab of de pijltjestoetsen.")
        )
        self.items_by_id: dict[str, BoxItem] = {}
        self._step_bands: dict[int, QGraphicsRectItem] = {}
        self._routekaart: Routekaart | None = None
        self._highlighted: int | None = None
        self.scene().selectionChanged.connect(self._on_selection)

    def show_routekaart(self, chart: Routekaart) -> None:
        self._routekaart = chart
        scene = self.scene()
        scene.clear()
        self.items_by_id = {}
        self._step_bands = {}
        text_colour = QApplication.palette().color(QPalette.ColorRole.Text)
        lane_x = {
            lane.id: STEP_LABEL_WIDTH + index * (BOX_WIDTH + 3 * GAP)
            for index, lane in enumerate(chart.lanes)
        }
        width = STEP_LABEL_WIDTH + len(chart.lanes) * (BOX_WIDTH + 3 * GAP)
        for lane in chart.lanes:
            header = _safe_text_item()
            header.setHtml(f"<b>{escape(lane.name)}</b>")
            header.setDefaultTextColor(LANE_TINT[lane.id])
            header.setTextWidth(BOX_WIDTH)
            header.setPos(lane_x[lane.id], 8)
            scene.addItem(header)
        y = HEADER_HEIGHT
        for step in sorted(chart.steps, key=lambda s: s.number):
            boxes_by_lane: dict[str, list[BoxItem]] = {}
            for box in chart.boxes:
                if box.step == step.number:
                    item = BoxItem(box)
                    self.items_by_id[box.id] = item
                    boxes_by_lane.setdefault(box.lane, []).append(item)
            heights = [
                sum(i.boundingRect().height() + GAP for i in items) for items in boxes_by_lane.values()
            ]
            row_height = max([*heights, 90.0]) + GAP
            band = scene.addRect(QRectF(0, y, width, row_height), QPen(Qt.PenStyle.NoPen))
            shade = QColor(text_colour)
            shade.setAlpha(14 if step.number % 2 == 0 else 6)
            band.setBrush(shade)
            band.setZValue(-2)
            self._step_bands[step.number] = band
            label = _safe_text_item()
            label.setDefaultTextColor(text_colour)
            label.setTextWidth(STEP_LABEL_WIDTH - 16)
            heading = self.tr("STAP {0}").format(step.number)
            label.setHtml(
                f"<div style='font-size:11pt'><b>{escape(heading)}</b></div>"
                f"<div style='font-size:8pt'>{escape(step.title)}</div>"
            )
            label.setPos(8, y + 8)
            scene.addItem(label)
            for lane_id, items in boxes_by_lane.items():
                box_y = y + GAP
                for item in items:
                    item.setPos(lane_x[lane_id], box_y)
                    scene.addItem(item)
                    box_y += item.boundingRect().height() + GAP
            y += row_height
        pen = QPen(text_colour, 1.2)
        for arrow in chart.arrows:
            source, target = self.items_by_id.get(arrow.source), self.items_by_id.get(arrow.target)
            if source is None or target is None:
                continue
            a, b = source.sceneBoundingRect(), target.sceneBoundingRect()
            start, end = _edge_points(a, b)
            between = [
                other
                for other in self.items_by_id.values()
                if other not in (source, target)
                and other.sceneBoundingRect().left() == a.left()
                and min(a.bottom(), b.bottom()) <= other.sceneBoundingRect().top() <= max(a.top(), b.top())
            ]
            same_column = a.left() == b.left()
            if same_column and between:
                route = _side_route(a, b)
                start, end = QPointF(a.right(), a.center().y()), QPointF(b.right(), b.center().y())
                head = _arrow_head(QPointF(end.x() + 12, end.y()), end)
            else:
                route = _arrow_path(start, end)
                head = _arrow_head(start, end)
            path = QGraphicsPathItem(route)
            path.setPen(pen)
            path.setZValue(-1)
            scene.addItem(path)
            tip = scene.addPolygon(head, pen, QBrush(text_colour))
            tip.setZValue(-1)
            if arrow.label:
                caption = QGraphicsSimpleTextItem(arrow.label)
                caption.setBrush(text_colour)
                font = QFont(caption.font())
                font.setPointSizeF(7.5)
                font.setItalic(True)
                caption.setFont(font)
                caption.setPos((start + end) / 2 + QPointF(4, -6))
                scene.addItem(caption)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._fit_width()

    def resizeEvent(self, event: Any) -> None:
        """Scale the chart to the width of the view, so all three lanes are always visible."""
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        rect = self.sceneRect()
        if rect.width() <= 0:
            return
        scale = min(max(self.viewport().width() / rect.width(), 0.45), 1.4)
        self.resetTransform()
        self.scale(scale, scale)

    def select_box(self, box_id: str) -> None:
        item = self.items_by_id.get(box_id)
        if item is None:
            return
        self.scene().clearSelection()
        item.setSelected(True)
        self.ensureVisible(item)

    def highlight_step(self, step: int | None) -> None:
        """Marks the case's or the chosen step's band; None clears the mark."""
        self._highlighted = step
        for number, band in self._step_bands.items():
            pen = QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), 3.0)
            band.setPen(pen if number == step else QPen(Qt.PenStyle.NoPen))
        if step is not None and step in self._step_bands:
            self.ensureVisible(self._step_bands[step], 0, 0)

    def step_rects(self) -> dict[int, QRectF]:
        """Each step's band in scene coordinates (the printed routekaart breaks pages between them)."""
        return {number: band.rect() for number, band in self._step_bands.items()}

    def selected_box_id(self) -> str | None:
        selected = [i for i in self.scene().selectedItems() if isinstance(i, BoxItem)]
        return selected[0].box.id if selected else None

    def _on_selection(self) -> None:
        box_id = self.selected_box_id()
        if box_id is not None:
            self.boxSelected.emit(box_id)

    def changeEvent(self, event: QEvent) -> None:
        """Dark mode follows the system: when the palette changes, redraw in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._routekaart is not None:
            selected, step = self.selected_box_id(), self._highlighted
            self.blockSignals(True)  # the same box stays chosen; nothing for the window to redo
            self.show_routekaart(self._routekaart)
            if selected is not None:
                self.select_box(selected)
            self.highlight_step(step)
            self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys walk the boxes in reading order; Tab moves focus as usual."""
        order = list(self.items_by_id)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and order:
            current = self.selected_box_id()
            index = order.index(current) if current in order else -1
            forward = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            index = (index + (1 if forward else -1)) % len(order)
            self.select_box(order[index])
            self.items_by_id[order[index]].setFocus()
            return
        super().keyPressEvent(event)
