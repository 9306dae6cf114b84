"""Write an export (``routekaarten.export``'s HTML) as a PDF for the official dossier.

Qt's own ``QTextDocument`` and ``QPdfWriter`` do the layout, so no other PDF library is needed.
The PDF is rendered in memory and written with ``routekaarten.files.write_export``: an
interrupted export leaves either the previous file or none, never half a PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.safe_text import SafeTextDocument
from routekaarten.errors import RoutekaartError
from routekaarten.files import write_export

RESOLUTION_DPI = 300
MARGIN_MM = 20.0


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
    document.setHtml(html)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    document.print_(writer)
    del writer  # the paint engine finishes the PDF when the writer goes
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, path: Path) -> None:
    """Render ``html`` on A4 pages into ``path``, atomically; RoutekaartError when it cannot."""
    pdf = render_pdf(html)
    if not pdf:
        raise RoutekaartError(f"De PDF voor {path} kon niet worden gemaakt.")
    write_export(path, pdf)
