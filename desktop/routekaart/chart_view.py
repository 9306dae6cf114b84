"""The routekaart drawn as an interactive chart: steps as rows, the three lanes as columns.

Each box is a focusable, selectable item; a click, Tab or the arrow keys select it and the
view emits ``boxSelected`` with the box id. The layout follows the PDF's reading order
(Veilig Thuis left, joint boxes in the middle, police right) but is computed, not a picture.
All text is the bundle's and is escaped before it meets the items' HTML (``desktop.safe_text``).

The chart follows the text size the user chose (Ctrl++ in the window): its fonts and its geometry
grow with the application font, and the view's scale stays the one that fits the chart's width
at the platform's own size, so larger text is larger on screen (the lanes may then need
scrolling). With the chart focused, the text-size keys and Ctrl+wheel zoom the chart alone; the
selected box stays in view. It opens at the top: the lane headers and STAP 0 first.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QWheelEvent,
)
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

from desktop.safe_documents import safe_document
from desktop.safe_text import tooltip
from desktop.shell.text_size import text_scale
from desktop.shortcuts import sequences
from routekaarten.chart import Box, Routekaart

# At the platform's text size (scale 1); every length and font size is multiplied by the scale.
BOX_WIDTH = 250.0
GAP = 18.0
STEP_LABEL_WIDTH = 175.0
HEADER_HEIGHT = 44.0
BOX_POINTS, STEP_POINTS, STEP_TITLE_POINTS, CAPTION_POINTS = 9.0, 11.0, 8.0, 7.5
# Fitting the width never shrinks a chart the user asked to read larger below this share of its size.
READABLE_AT_LARGER_TEXT = 0.8
ZOOM_STEP = 1.2
ZOOM_RANGE = (0.3, 4.0)
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

    def __init__(self, box: Box, scale: float = 1.0) -> None:
        super().__init__()
        self.box = box
        self._width = BOX_WIDTH * scale
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._text = _safe_text_item(self)
        self._text.setTextWidth(self._width - 16 * scale)
        self._text.setPos(8 * scale, 6 * scale)
        self._text.setDefaultTextColor(QApplication.palette().color(QPalette.ColorRole.Text))
        bullets = "".join(f"<li>{escape(item)}</li>" for item in box.items)
        title_html = f"<b>{escape(box.title)}</b>"
        body = f"<br/>{escape(box.text)}" if box.text else ""
        items = f"<ul style='margin-left:-24px'>{bullets}</ul>" if bullets else ""
        points = f"{BOX_POINTS * scale:.1f}pt"
        self._text.setHtml(f"<div style='font-size:{points}'>{title_html}{body}{items}</div>")
        self._height = self._text.boundingRect().height() + 12 * scale
        self.setToolTip(tooltip(box.title))
        self.setAccessibleName(box.title)

    def setAccessibleName(self, name: str) -> None:  # QGraphicsItems have no accessibility API
        self.setData(0, name)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

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
        if selected:  # focus without selection (another box chosen by search) shows nothing
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
        self._items: dict[str, BoxItem] = {}
        self._bands: dict[int, QGraphicsRectItem] = {}
        self._routekaart: Routekaart | None = None
        self._highlighted: int | None = None
        self._zoom = 1.0  # the user's, on top of the fit at the platform's text size
        self._at_top = True  # until the user moves in the chart, a resize keeps the top in view
        self._scale = self.text_scale()
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scene().selectionChanged.connect(self._on_selection)

    def text_scale(self) -> float:
        """The chosen text size relative to the platform's: 1.0 unless the user changed it."""
        return text_scale(self)

    def zoom(self) -> float:
        return self._zoom

    @property
    def items_by_id(self) -> dict[str, BoxItem]:
        return self._items

    @property
    def _step_bands(self) -> dict[int, QGraphicsRectItem]:
        return self._bands

    def show_routekaart(self, chart: Routekaart) -> None:
        """Draws ``chart``, at the top of the view, with the step marked before kept marked."""
        self._routekaart = chart
        self._at_top = True
        self._build(chart)
        self._fit_width()
        self.highlight_step(self._highlighted, reveal=False)

    def is_drawn(self) -> bool:
        """Whether a routekaart is drawn."""
        return self._routekaart is not None

    def _build(self, chart: Routekaart) -> None:
        scene = self.scene()
        scene.clear()
        self._items = {}
        self._bands = {}
        self._scale = k = self.text_scale()
        box_width, gap, label_width = BOX_WIDTH * k, GAP * k, STEP_LABEL_WIDTH * k
        text_colour = QApplication.palette().color(QPalette.ColorRole.Text)
        lane_x = {lane.id: label_width + i * (box_width + 3 * gap) for i, lane in enumerate(chart.lanes)}
        width = label_width + len(chart.lanes) * (box_width + 3 * gap)
        header_bottom = HEADER_HEIGHT * k
        for lane in chart.lanes:
            header = _safe_text_item()
            header.setHtml(f"<b style='font-size:{BOX_POINTS * k:.1f}pt'>{escape(lane.name)}</b>")
            header.setDefaultTextColor(LANE_TINT[lane.id])
            header.setTextWidth(box_width)
            header.setPos(lane_x[lane.id], 8 * k)
            scene.addItem(header)
            header_bottom = max(header_bottom, 8 * k + header.boundingRect().height() + 4 * k)
        y = header_bottom
        for step in sorted(chart.steps, key=lambda s: s.number):
            boxes_by_lane: dict[str, list[BoxItem]] = {}
            for box in chart.boxes:
                if box.step == step.number:
                    item = BoxItem(box, k)
                    self._items[box.id] = item
                    boxes_by_lane.setdefault(box.lane, []).append(item)
            heights = [
                sum(i.boundingRect().height() + gap for i in items) for items in boxes_by_lane.values()
            ]
            label = _safe_text_item()
            label.setDefaultTextColor(text_colour)
            label.setTextWidth(label_width - 16 * k)
            heading = self.tr("STAP {0}").format(step.number)
            label.setHtml(
                f"<div style='font-size:{STEP_POINTS * k:.1f}pt'><b>{escape(heading)}</b></div>"
                f"<div style='font-size:{STEP_TITLE_POINTS * k:.1f}pt'>{escape(step.title)}</div>"
            )
            label.setPos(8 * k, y + 8 * k)
            scene.addItem(label)
            row_height = max([*heights, 90.0 * k, label.boundingRect().height() + 8 * k]) + gap
            band = scene.addRect(QRectF(0, y, width, row_height), QPen(Qt.PenStyle.NoPen))
            shade = QColor(text_colour)
            shade.setAlpha(14 if step.number % 2 == 0 else 6)
            band.setBrush(shade)
            band.setZValue(-2)
            self._bands[step.number] = band
            for lane_id, items in boxes_by_lane.items():
                box_y = y + gap
                for item in items:
                    item.setPos(lane_x[lane_id], box_y)
                    scene.addItem(item)
                    box_y += item.boundingRect().height() + gap
            y += row_height
        pen = QPen(text_colour, 1.2)
        for arrow in chart.arrows:
            source, target = self._items.get(arrow.source), self._items.get(arrow.target)
            if source is None or target is None:
                continue
            a, b = source.sceneBoundingRect(), target.sceneBoundingRect()
            start, end = _edge_points(a, b)
            between = [
                other
                for other in self._items.values()
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
                font.setPointSizeF(CAPTION_POINTS * k)
                font.setItalic(True)
                caption.setFont(font)
                caption.setPos((start + end) / 2 + QPointF(4 * k, -6 * k))
                scene.addItem(caption)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))

    def resizeEvent(self, event: Any) -> None:
        """Scale the chart to the width of the view, so all three lanes are visible at the
        platform's text size."""
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """The fit at the platform's text size, times the user's zoom: a larger text size makes
        the chart larger on screen instead of being scaled away."""
        rect = self.sceneRect()
        if rect.width() <= 0:
            return
        smallest = READABLE_AT_LARGER_TEXT if self._scale > 1.05 else 0.45
        fit = min(max(self.viewport().width() * self._scale / rect.width(), smallest), 1.4)
        self.resetTransform()
        self.scale(fit * self._zoom, fit * self._zoom)
        if self._at_top:
            self.scroll_to_top()
        else:
            self._keep_selection_in_view()

    def scroll_to_top(self) -> None:
        """The lane headers and STAP 0 in view (the scene's top left corner)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self._at_top = self._at_top and self.selected_box_id() is None
        self._fit_width()

    def _keep_selection_in_view(self) -> None:
        box_id = self.selected_box_id()
        if box_id is not None:
            self._reveal(self.items_by_id[box_id])

    def _reveal(self, item: QGraphicsItem) -> None:
        """Scrolls ``item`` into view; one larger than the view shows its top left (where its
        title is), not whichever edge the scroll happened to reach."""
        rect = item.sceneBoundingRect()
        view = self.mapToScene(self.viewport().rect()).boundingRect()
        rect.setWidth(min(rect.width(), view.width() * 0.9))
        rect.setHeight(min(rect.height(), view.height() * 0.9))
        self.ensureVisible(rect)

    def select_box(self, box_id: str) -> None:
        """Chooses the box (the only one that looks chosen) and scrolls it into view."""
        item = self.items_by_id.get(box_id)
        if item is None:
            return
        self._at_top = False
        scene = self.scene()
        scene.clearSelection()
        item.setSelected(True)
        scene.setFocusItem(item)  # the keyboard continues from here; no other box keeps a ring
        self._reveal(item)

    def highlight_step(self, step: int | None, *, reveal: bool = True) -> None:
        """Marks the case's or the chosen step's band; None clears the mark. ``reveal`` scrolls
        the band into view (not at start: the chart opens at its top)."""
        self._highlighted = step
        for number, band in self._step_bands.items():
            pen = QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), 3.0)
            band.setPen(pen if number == step else QPen(Qt.PenStyle.NoPen))
        if reveal and step is not None and step in self._step_bands:
            self._at_top = False
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
        """Dark mode follows the system, the chart the text size: redraw in the new colours or
        at the new size, with the same box chosen and the same place in view."""
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if changed and self._routekaart is not None:
            selected, step, at_top = self.selected_box_id(), self._highlighted, self._at_top
            self.blockSignals(True)  # the same box stays chosen; nothing for the window to redo
            self._build(self._routekaart)
            self._at_top = at_top
            self._fit_width()
            if selected is not None:
                self.select_box(selected)
            self.highlight_step(step, reveal=False)
            self.blockSignals(False)

    def _zoom_key(self, event: QKeyEvent) -> str | None:
        """Which text-size key of the shortcut table ``event`` is: in the chart they zoom it."""
        pressed = QKeySequence(event.keyCombination())
        for name in ("larger_text", "smaller_text", "normal_text"):
            if pressed in sequences(name):
                return name
        return None

    def event(self, event: QEvent) -> bool:
        """The text-size keys are the window's shortcuts; with the chart focused they are its own."""
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and self._zoom_key(event) is not None:  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms, as in a browser; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        self._at_top = False
        super().wheelEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        self._at_top = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys walk the boxes in reading order; Tab moves focus as usual; the text-size
        keys zoom the chart."""
        zoom = self._zoom_key(event)
        if zoom is not None:
            factor = {"larger_text": ZOOM_STEP, "smaller_text": 1 / ZOOM_STEP}.get(zoom)
            self.set_zoom(self._zoom * factor if factor else 1.0)
            return
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
