"""Write an export (``routekaarten.export``'s HTML) as a PDF for the official dossier.

Qt's own ``QTextDocument`` and ``QPdfWriter`` do the layout, so no other PDF library is needed.
The pages are laid out here rather than by ``QTextDocument.print_``: that adds its own 2 cm
margin inside the page's 20 mm one (text 13 cm wide on A4) and would split a table row over a
page break. Here the text uses the page inside the 20 mm margins, in a fixed 10 pt (a dossier
page does not follow the screen's text size), a table that fits on a page is kept on one page
(``routekaarten.export`` writes each row of "wie doet wat wanneer" as a table of its own), a
heading stays with what follows it, and each page names the case and says "1 / 2" at the foot.

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
    QTextLayout,
    QTextLine,
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
    _split_at_page_breaks(document, page.height())
    _paint_pages(document, writer, page, footer)
    del writer  # the paint engine finishes the PDF when the writer goes
    buffer.close()
    return bytes(data.data())


def _paint_pages(document: QTextDocument, writer: QPdfWriter, page: QSizeF, footer: float) -> None:
    """Each page's strip of the document and, at its foot, the export's title (which names the
    case, so a loose page still says whose it is) and "2 / 5"."""
    count = document.pageCount()
    running_head = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    metrics = QFontMetricsF(document.defaultFont(), writer)
    painter = QPainter(writer)
    for number in range(count):
        if number:
            writer.newPage()
        painter.save()
        painter.setClipRect(QRectF(0, 0, page.width(), page.height()))  # not the next page's first line
        painter.translate(0, -number * page.height())
        document.drawContents(painter, _inside(number, page))
        painter.restore()
        painter.setFont(document.defaultFont())
        foot = QRectF(0, page.height(), page.width(), footer)
        pages = f"{number + 1} / {count}"
        corner = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.drawText(foot, int(corner), pages)
        room = page.width() - metrics.horizontalAdvance(pages) - metrics.averageCharWidth() * 4
        head = metrics.elidedText(running_head, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), head)
    painter.end()


def _inside(number: int, page: QSizeF) -> QRectF:
    """Page ``number``'s strip of the document, a pixel short at both ends. The layout puts a
    page's last line so that it ends on the page's edge and the next page's first line so that it
    starts there; Qt draws every line that touches the rectangle it is given, so with the whole
    page it would also draw those two lines of the neighbouring pages. The clip hides them, but
    their text would still be in the PDF (found twice when searched, copied or read aloud)."""
    return QRectF(0, number * page.height() + 1, page.width(), page.height() - 2)


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Move to the next page each table that would be split but fits on a page, and each heading
    that would end a page (or be parted from its table by an intro), until nothing is left to move."""
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
            content = _first_content(following)
            top = _top_of(document, content)
            heading = layout.blockBoundingRect(block)
            if page_of(top) > page_of(heading.top()) and not block.blockFormat().pageBreakPolicy():
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                table = QTextCursor(content).currentTable()
                if table is not None:  # moved on its own before: now it follows its heading
                    table_format = table.format()
                    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
                    table.setFormat(table_format)
                _relayout(document)
                return True
        block = following
    return False


def _split_at_page_breaks(document: QTextDocument, page_height: float) -> None:
    """Split each paragraph that runs on to the next page into two, one on each page. Qt draws a
    paragraph whole wherever any of it is on the page, so without this the lines of the page
    before would be in the PDF again, hidden under the next page's clip but found when the PDF is
    searched, copied or read aloud."""
    for _ in range(_MAX_PASSES):
        if not _split_one(document, page_height):
            return


def _split_one(document: QTextDocument, page_height: float) -> bool:
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1 and QTextCursor(block).currentTable() is None:
            first_page = _page_of(lines, lines.lineAt(0), page_height)
            for index in range(1, lines.lineCount()):
                line = lines.lineAt(index)
                if _page_of(lines, line, page_height) != first_page:
                    _split(block, line.textStart())
                    return True
        block = block.next()
    return False


def _page_of(lines: QTextLayout, line: QTextLine, page_height: float) -> int:
    """The page a line is on, by its middle: the layout ends a page between two lines."""
    return int((lines.position().y() + line.y() + line.height() / 2) // page_height)


def _split(block: QTextBlock, at: int) -> None:
    """Break ``block`` before its character ``at`` into two blocks that together take the room it
    took: no margin between them, the second at the top of the next page (so nothing of it is
    drawn on the page before, in its bottom margin), and a line break (``<br>``)
    where it was split is replaced by the block break instead of leaving an empty line."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + at)
    if at and block.text()[at - 1] == "\u2028":
        cursor.deletePreviousChar()
    first = block.blockFormat()
    second = block.blockFormat()
    first.setBottomMargin(0)
    second.setTopMargin(0)
    second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(first)
    cursor.insertBlock(second)
    _relayout(block.document())


def _first_content(block: QTextBlock) -> QTextBlock:
    """What a heading must not be parted from: the block after it, or, when that is a section's
    one-line intro ("8 van de 29 bespreekpunten besproken") before a table, the table."""
    following = block.next()
    intro = QTextCursor(block).currentTable() is None and following.isValid()
    if intro and QTextCursor(following).currentTable() is not None:
        return following
    return block


def _top_of(document: QTextDocument, block: QTextBlock) -> float:
    """Where ``block`` starts on the long strip of pages: a block in a table starts with its table,
    another with its first line (which the layout moves to the next page when it does not fit,
    leaving the block's own top on the page before)."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        return document.documentLayout().frameBoundingRect(table).top()
    lines = block.layout()
    if lines.lineCount():
        return lines.position().y() + lines.lineAt(0).y()
    return document.documentLayout().blockBoundingRect(block).top()


def _break_before(table: QTextTable) -> bool:
    table_format = table.format()
    if table_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False  # already at the top of a page: it does not fit, let it split
    table_format.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(table_format)
    _relayout(table.document())
    return True


def _relayout(document: QTextDocument) -> None:
    """Lay the whole document out again after a page break was added. Qt's own relayout starts
    at the changed block from where that block used to be; a block that was already at the top of
    a page then goes one page further, leaving an empty page."""
    document.markContentsDirty(0, document.characterCount())


def write_pdf(html: str, path: Path) -> None:
    """Render ``html`` on A4 pages into ``path``, atomically; RoutekaartError when it cannot."""
    pdf = render_pdf(html)
    if not pdf:
        raise not_made(path)  # the routekaart print's wording, so it is in the UI's language too
    write_export(path, pdf)
