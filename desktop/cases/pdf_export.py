"""Write an export (``routekaarten.export``'s HTML) as a PDF for the official dossier.

Qt's own ``QTextDocument`` and ``QPdfWriter`` do the layout, so no other PDF library is needed.
The pages are laid out here rather than by ``QTextDocument.print_``: that adds its own 2 cm
margin inside the page's 20 mm one (text 13 cm wide on A4) and would split a table row over a
page break. Here the text uses the page inside the 20 mm margins, in a fixed 10 pt (a dossier
page does not follow the screen's text size), a table that fits on a page is kept on one page
(``routekaarten.export`` writes each row of "wie doet wat wanneer" as a table of its own), a
heading stays with what follows it, and each page says "1 / 2" at the foot.

The PDF is rendered in memory and written with ``routekaarten.files.write_export``: an
interrupted export leaves either the previous file or none, never half a PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from desktop.safe_documents import SafeTextDocument
from routekaarten.files import write_export
from routekaarten.print_contents import not_made

RESOLUTION_DPI = 300
MARGIN_MM = 20.0
TEXT_POINTS = 10.0
_MAX_PASSES = 200  # each pass moves one table or heading to the next page


def render_pdf(html: str) -> bytes:
    """``html`` laid out on A4 pages, as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Routekaart")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    document = SafeTextDocument()  # loads no image or style sheet the export's HTML might name
    font = QGuiApplication.font()
    font.setPointSizeF(TEXT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    document.documentLayout().setPaintDevice(writer)
    paint = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer = QFontMetricsF(font, writer).height() * 2
    root = document.rootFrame().frameFormat()
    root.setMargin(0)  # the page's own margins are the margins
    document.rootFrame().setFrameFormat(root)
    page = QSizeF(paint.width(), paint.height() - footer)
    document.setPageSize(page)
    _keep_together(document, page.height())
    _paint_pages(document, writer, page, footer)
    del writer  # the paint engine finishes the PDF when the writer goes
    buffer.close()
    return bytes(data.data())


def _paint_pages(document: QTextDocument, writer: QPdfWriter, page: QSizeF, footer: float) -> None:
    count = document.pageCount()
    painter = QPainter(writer)
    for number in range(count):
        if number:
            writer.newPage()
        painter.save()
        painter.setClipRect(QRectF(0, 0, page.width(), page.height()))  # not the next page's first line
        painter.translate(0, -number * page.height())
        document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
        painter.restore()
        painter.setFont(document.defaultFont())
        foot = QRectF(0, page.height(), page.width(), footer)
        corner = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.drawText(foot, int(corner), f"{number + 1} / {count}")
    painter.end()


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Move to the next page each table that would be split but fits on a page, and each heading
    that would end a page, until nothing is left to move."""
    for _ in range(_MAX_PASSES):
        if not _move_one(document, page_height):
            return


def _move_one(document: QTextDocument, page_height: float) -> bool:
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // page_height)

    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        rect = layout.frameBoundingRect(frame)
        split = page_of(rect.top()) != page_of(rect.bottom() - 1)
        if rect.height() < page_height and split and _break_before(frame):
            return True
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            top = _top_of(document, following)
            heading = layout.blockBoundingRect(block)
            if page_of(top) > page_of(heading.top()) and not block.blockFormat().pageBreakPolicy():
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                return True
        block = following
    return False


def _top_of(document: QTextDocument, block: QTextBlock) -> float:
    """Where ``block`` starts on the long strip of pages: a block in a table starts with its table."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        return document.documentLayout().frameBoundingRect(table).top()
    return document.documentLayout().blockBoundingRect(block).top()


def _break_before(table: QTextTable) -> bool:
    table_format = table.format()
    if table_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False  # already at the top of a page: it does not fit, let it split
    table_format.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(table_format)
    return True


def write_pdf(html: str, path: Path) -> None:
    """Render ``html`` on A4 pages into ``path``, atomically; RoutekaartError when it cannot."""
    pdf = render_pdf(html)
    if not pdf:
        raise not_made(path)  # the routekaart print's wording, so it is in the UI's language too
    write_export(path, pdf)
