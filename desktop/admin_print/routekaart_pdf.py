"""The routekaart a region hands out, printed from the bundle itself: chart, contact lists, footnotes.

Regions used to make this PDF by hand, so it and the app could disagree (issue 13, item 9). Here
the chart is the app's own: :class:`desktop.routekaart.chart_view.ChartView` lays out the scene
and ``QGraphicsScene.render`` paints it onto the PDF pages, so there is one layout, and its text
stays text (searchable, and read back by the tests with ``pdftotext``). The words and rows of the
contact pages come from ``routekaarten.print_contents`` (Qt-free); here they are only drawn.

Every string from the bundle is plain text: the chart escapes it (``chart_view``), the contact
pages put it into HTML through :func:`html.escape` and lay it out in a
:class:`desktop.safe_documents.SafeTextDocument`, which loads no resource; header and footer use
``QPainter.drawText``, which knows no markup.

The PDF is made in memory and written with ``routekaarten.files.write_export``: whole or absent.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from desktop.routekaart.chart_view import ChartView
from desktop.safe_documents import SafeTextDocument
from routekaarten.clock import today as clock_today
from routekaarten.files import write_export
from routekaarten.print_contents import (
    PrintContents,
    chart_footnotes_heading,
    check_paper,
    column_headings,
    contacts_heading,
    footnotes_heading,
    legenda_heading,
    not_made,
    page_label,
    print_contents,
    printed_on,
    read_for_print,
)

PAPER = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
RESOLUTION_DPI = 300
MARGIN_MM = 10.0
HEADER_MM = 11.0  # region, version and date above the line
FOOTER_MM = 8.0  # "afgedrukt op", page number below the line
MIN_CHART_SCALE = 0.72  # the boxes' 9 pt text printed at no less than 6.5 pt
MAX_CHART_SCALE = 1.6


def print_routekaart(bundle_raw: bytes, target: Path, paper: str = "A4", *,
                     source: str = "", printed: date | None = None) -> None:
    """Print the region bundle ``bundle_raw`` as a PDF at ``target`` (A4 or A3, landscape).

    The bundle is validated as ``admin validate`` does (``BundleError`` with every problem, in
    Dutch); ``RoutekaartError`` when the paper is unknown or ``target`` cannot be written. Needs
    a ``QApplication``. ``source`` names the bundle in messages; ``printed`` is the date in the
    footer (default: today in the Netherlands).
    """
    check_paper(paper, PAPER)
    data, bundle = read_for_print(bundle_raw, source)
    pdf = render_pdf(print_contents(data, bundle), paper, printed or clock_today())
    if not pdf:
        raise not_made(target)
    write_export(target, pdf)


@dataclass(frozen=True)
class _Frame:
    """A landscape page in device pixels: the header band, the body and the footer band."""

    width: float
    height: float
    dots_per_mm: float

    def mm(self, value: float) -> float:
        return value * self.dots_per_mm

    @property
    def body(self) -> QRectF:
        top = self.mm(HEADER_MM)
        return QRectF(0, top, self.width, self.height - top - self.mm(FOOTER_MM))


def render_pdf(contents: PrintContents, paper: str, printed: date) -> bytes:
    """The chart pages, then the contact pages, each with header and footer, as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Routekaart")
    writer.setTitle(f"{contents.title} · {contents.region_name}")
    writer.setResolution(RESOLUTION_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Landscape,
                                     margins, QPageLayout.Unit.Millimeter))
    frame = _Frame(writer.width(), writer.height(), RESOLUTION_DPI / 25.4)
    with _light_palette():  # paper is white, whatever the desktop's colours
        view = ChartView()
        view.show_routekaart(contents.bundle.routekaart)
        chart = _ChartPages(view, frame)
        contacts = _ContactPages(contents, writer, frame)
        total = len(chart.pages) + len(contacts.pages)
        painter = QPainter(writer)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for number in range(1, total + 1):
            if number > 1:
                writer.newPage()
            _draw_frame(painter, frame, contents, printed=printed, page=(number, total))
            if number <= len(chart.pages):
                chart.draw(painter, number - 1)
            else:
                contacts.draw(painter, frame, contacts.pages[number - len(chart.pages) - 1])
        painter.end()
    del view, writer  # the paint engine finishes the PDF when the writer goes
    buffer.close()
    return bytes(data.data())


@contextmanager
def _light_palette() -> Iterator[None]:
    """The chart takes its colours from the application's palette; in dark mode, print it light."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "printing the routekaart needs a QApplication"
    current = app.palette()
    if current.color(QPalette.ColorRole.Window).lightness() >= 128:
        yield
        return
    light = QPalette(QColor(240, 240, 240))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        light.setColor(role, QColor(Qt.GlobalColor.white))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        light.setColor(role, QColor(Qt.GlobalColor.black))
    app.setPalette(light)
    try:
        yield
    finally:
        app.setPalette(current)


class _ChartPages:
    """The chart's scene cut between steps onto as few pages as its text allows, lane headers on each.

    The scale is the largest that needs no more pages than the smallest readable scale
    (``MIN_CHART_SCALE``) does, and never wider than the page; a step is cut in two only when
    it is taller than a whole page at that scale.
    """

    def __init__(self, view: ChartView, frame: _Frame) -> None:
        self._scene = view.scene()
        scene_rect = self._scene.sceneRect()
        bands = [rect for _number, rect in sorted(view.step_rects().items())]
        first = bands[0].top() if bands else scene_rect.bottom()
        left, width = scene_rect.left(), scene_rect.width()
        self._header = QRectF(left, scene_rect.top(), width, first - scene_rect.top())
        self._bands = [QRectF(left, band.top(), width, band.height()) for band in bands]
        if self._bands:  # the last band takes what hangs below it (an arrow caption, the margin)
            self._bands[-1].setBottom(scene_rect.bottom())
        self._keep_captions_whole()
        self._frame = frame
        body = frame.body
        # ChartView lays out text in pixels of the screen's logical dpi; at scale 1, its 9 pt print as 9 pt.
        screen = QGuiApplication.primaryScreen()
        scene_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        per_scene_pixel = frame.dots_per_mm * 25.4 / scene_dpi  # device dots per scene pixel at scale 1
        widest = body.width() / (scene_rect.width() * per_scene_pixel)
        tallest = max((b.height() for b in self._bands), default=0.0) + self._header.height()
        fits_one_step = body.height() / (tallest * per_scene_pixel) if tallest else widest
        # Readable text first: a step too tall for a page even at the smallest scale is cut in pieces.
        scale = min(widest, MAX_CHART_SCALE, max(fits_one_step, MIN_CHART_SCALE))
        fewest = len(self._paginate(min(scale, MIN_CHART_SCALE), per_scene_pixel))
        while scale > MIN_CHART_SCALE and len(self._paginate(scale, per_scene_pixel)) > fewest:
            scale -= 0.01
        self._dots = scale * per_scene_pixel  # device dots per scene pixel
        self.pages = self._paginate(scale, per_scene_pixel)

    def _keep_captions_whole(self) -> None:
        """An arrow's caption can sit across the line between two steps; the cut moves below it."""
        captions = [item.sceneBoundingRect() for item in self._scene.items()
                    if isinstance(item, QGraphicsSimpleTextItem)]
        for above, below in itertools.pairwise(self._bands):
            cut = below.top()
            cut = max([cut, *(rect.bottom() + 1 for rect in captions if rect.top() < cut < rect.bottom())])
            above.setBottom(cut)
            below.setTop(cut)

    def _paginate(self, scale: float, per_scene_pixel: float) -> list[list[QRectF]]:
        room = self._frame.body.height() / (scale * per_scene_pixel) - self._header.height()
        pages: list[list[QRectF]] = [[]]
        used = 0.0
        for band in self._bands:
            if pages[-1] and used + band.height() > room:
                pages.append([])
                used = 0.0
            top = band.top()
            while band.bottom() - top > room:  # taller than a page: one piece per page
                pages[-1].append(QRectF(band.left(), top, band.width(), room))
                pages.append([])
                top += room
            pages[-1].append(QRectF(band.left(), top, band.width(), band.bottom() - top))
            used += band.bottom() - top
        return pages

    def draw(self, painter: QPainter, index: int) -> None:
        body = self._frame.body
        width = self._header.width() * self._dots
        x = body.left() + (body.width() - width) / 2
        y = body.top()
        for source in [self._header, *self.pages[index]]:
            target = QRectF(x, y, width, source.height() * self._dots)
            self._scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            y += target.height()


def _draw_frame(painter: QPainter, frame: _Frame, contents: PrintContents, *, printed: date,
                page: tuple[int, int]) -> None:
    """Header (title and region; version and valid-from) and footer (printed on; page n of N)."""
    painter.save()
    painter.setPen(QColor(Qt.GlobalColor.black))
    gap = frame.mm(2)
    header = QRectF(0, 0, frame.width, frame.mm(HEADER_MM) - gap)
    footer = QRectF(0, frame.height - frame.mm(FOOTER_MM) + gap, frame.width, frame.mm(FOOTER_MM) - gap)
    bold = QFont(painter.font())
    bold.setPointSizeF(10.5)
    bold.setBold(True)
    small = QFont(painter.font())
    small.setPointSizeF(8.5)
    right = min(_text_width(small, painter, contents.header), frame.width * 0.45)
    left = QRectF(header.left(), header.top(), header.width() - right - gap, header.height())
    _draw_line(painter, bold, left, contents.title)
    _draw_line(painter, small, QRectF(header.right() - right, header.top(), right, header.height()),
               contents.header, align=Qt.AlignmentFlag.AlignRight)
    painter.drawLine(QPointF(0, header.bottom() + gap / 2), QPointF(frame.width, header.bottom() + gap / 2))
    painter.drawLine(QPointF(0, footer.top() - gap / 2), QPointF(frame.width, footer.top() - gap / 2))
    half = footer.width() / 2
    _draw_line(painter, small, QRectF(footer.left(), footer.top(), half, footer.height()),
               printed_on(printed), vertical=Qt.AlignmentFlag.AlignTop)
    _draw_line(painter, small, QRectF(footer.left() + half, footer.top(), half, footer.height()),
               page_label(*page), align=Qt.AlignmentFlag.AlignRight, vertical=Qt.AlignmentFlag.AlignTop)
    painter.restore()


def _text_width(font: QFont, painter: QPainter, text: str) -> float:
    return QFontMetricsF(font, painter.device()).horizontalAdvance(text) + 1


def _draw_line(painter: QPainter, font: QFont, rect: QRectF, text: str, *,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
               vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignBottom) -> None:
    """One line of plain text in ``rect``, elided (…) rather than running into its neighbour."""
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    shown = metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | vertical | Qt.TextFlag.TextSingleLine), shown)


@dataclass(frozen=True)
class _Slice:
    """Part of a laid-out document drawn at ``top`` of a page's body: its rect ``source``."""

    document: SafeTextDocument
    source: QRectF
    top: float


class _ContactPages:
    """The contact list of each area, then the footnotes and the legenda, packed onto pages.

    Each part is laid out on its own, so an area's list starts on a new page rather than being
    cut in two when it does not fit below the previous one; a part longer than a page is split
    by Qt between table rows (the column headings repeat).
    """

    def __init__(self, contents: PrintContents, writer: QPdfWriter, frame: _Frame) -> None:
        body = frame.body
        gap = frame.mm(4)
        self.pages: list[list[_Slice]] = [[]]
        used = 0.0
        for html in _contact_parts(contents):
            document = SafeTextDocument()
            document.documentLayout().setPaintDevice(writer)
            document.setDocumentMargin(0)
            document.setTextWidth(body.width())
            document.setHtml(f"<html><head><style>{_STYLE}</style></head><body>{html}</body></html>")
            height = document.size().height()
            if height > body.height():  # longer than a page: Qt paginates it
                document.setPageSize(QSizeF(body.width(), body.height()))
                if self.pages[-1]:
                    self.pages.append([])
                for index in range(document.pageCount()):
                    if index:
                        self.pages.append([])
                    source = QRectF(0, index * body.height(), body.width(), body.height())
                    self.pages[-1].append(_Slice(document, source, 0.0))
                self.pages.append([])
                used = 0.0
                continue
            if self.pages[-1] and used + height > body.height():
                self.pages.append([])
                used = 0.0
            self.pages[-1].append(_Slice(document, QRectF(0, 0, body.width(), height), used))
            used += height + gap
        if not self.pages[-1]:
            self.pages.pop()

    @staticmethod
    def draw(painter: QPainter, frame: _Frame, page: list[_Slice]) -> None:
        body = frame.body
        for part in page:
            painter.save()
            painter.translate(body.left(), body.top() + part.top - part.source.top())
            part.document.drawContents(painter, part.source)
            painter.restore()


_STYLE = """
body { font-size: 9pt; color: #000; }
h1 { font-size: 13pt; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
table { border-collapse: collapse; }
th { text-align: left; background-color: #e8e8e8; font-weight: bold; }
td { vertical-align: top; border-bottom: 1px solid #999999; }
.notes td { border-bottom: none; }
.phone { white-space: nowrap; font-weight: bold; }
.small { font-size: 8pt; }
"""
_TABLE = ("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
          "style='border-collapse: collapse; border-color: #999999'>")
_WIDTHS = ("17%", "20%", "14%", "20%", "29%")


def _contact_parts(contents: PrintContents) -> list[str]:
    """The HTML of each part of the contact pages, every bundle text escaped."""
    headings = "".join(f"<th width='{width}'>{escape(text)}</th>"
                       for width, text in zip(_WIDTHS, column_headings(), strict=True))
    parts = []
    for index, section in enumerate(contents.sections):
        html = [f"<h1>{escape(contacts_heading())}</h1>" if index == 0 else "",
                f"<h2>{escape(section.title)}</h2>",
                f"{_TABLE}<thead><tr>{headings}</tr></thead>"]
        for row in section.rows:
            marks = f" {escape(row.marks)}" if row.marks else ""
            phone = f"<span class='phone'>{escape(row.phone)}</span>{marks}"
            remarks = "<br/>".join(escape(remark) for remark in row.remarks)
            html.append(
                f"<tr><td>{escape(row.organisation)}</td><td>{escape(row.role)}</td>"
                f"<td>{phone}</td><td>{escape(row.hours)}</td>"
                f"<td class='small'>{remarks}</td></tr>")
        html.append("</table>")
        parts.append("".join(html))
    parts.append("".join(_footnotes(footnotes_heading(),
                                    [(f.mark, f.text, f.where) for f in contents.contact_footnotes])))
    parts.append("".join(_footnotes(chart_footnotes_heading(),
                                    [(f.mark, f.text, f.where) for f in contents.chart_footnotes])))
    if contents.legenda:
        rows = "".join(f"<tr><td width='8%'><b>{escape(abbr)}</b></td><td>{escape(meaning)}</td></tr>"
                       for abbr, meaning in contents.legenda)
        parts.append(f"<h2>{escape(legenda_heading())}</h2>"
                     f"<table class='notes' width='100%' cellspacing='0' cellpadding='2'>{rows}</table>")
    return [part for part in parts if part]


def _footnotes(heading: str, notes: list[tuple[str, str, str]]) -> list[str]:
    if not notes:
        return []
    rows = [f"<h2>{escape(heading)}</h2><table class='notes' width='100%' cellspacing='0' cellpadding='2'>"]
    for mark, text, where in notes:
        place = f"<br/><span class='small'>{escape(where)}</span>" if where else ""
        rows.append(f"<tr><td width='5%'><b>{escape(mark)}</b></td>"
                    f"<td>{escape(text)}{place}</td></tr>")
    rows.append("</table>")
    return rows

