"""Spreadsheet files as rows of cells: ``.xlsx`` (openpyxl) and ``.csv``, for the contact lists.

Regional admins keep their contact lists in Excel (issue 13 item 8). This module only moves
cells in and out of files; what the cells mean is ``routekaarten.contacts_sheet``. Cells keep the
type the file gives them (text, number, date, boolean) so that the importer can say "a date
where a number belongs" instead of importing what Excel made of a number.

CSV is written the way Dutch Excel opens it without asking: UTF-8 with a byte order mark, and
``;`` between fields (Excel in a Dutch locale uses the comma as decimal sign). Reading accepts
``;``, ``,`` or tab, found from the header line, and a leading BOM; any other BOM is reported.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _

MAX_SHEET_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
SUFFIXES = (".xlsx", ".csv")
Cell = str | int | float | bool | datetime | date | time | None


class SheetFileError(RoutekaartError):
    """The file is not a spreadsheet this app reads (format, size, encoding)."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number as the spreadsheet program shows it (1 = the first row)
    cells: tuple[Cell, ...]

    @property
    def is_empty(self) -> bool:
        return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in self.cells)


def sheet_kind(path: Path) -> str:
    """``'xlsx'`` or ``'csv'`` from the file name; a Dutch error for anything else."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SheetFileError(_("{name} is een oud Excel-bestand (.xls); sla het op als Excel-werkmap (.xlsx) "
                               "of als CSV UTF-8.", name=path.name))
    if suffix not in SUFFIXES:
        raise SheetFileError(_("{name}: alleen .xlsx- en .csv-bestanden worden gelezen.", name=path.name))
    return suffix.removeprefix(".")


# A cell starting with one of these is a formula to Excel, LibreOffice and Numbers (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell that a spreadsheet shows as text: a leading ``'`` before a formula start."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def from_csv_safe(text: str) -> str:
    """The value ``csv_safe`` wrote: its ``'`` taken off again (only before a formula start)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def write_sheet(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
                title: str, notes: Sequence[tuple[str, str]] = ()) -> bytes:
    """The file's bytes for ``path``'s kind; every cell is text (Excel keeps a leading 0).

    ``notes`` (header, explanation) go to a second sheet of an ``.xlsx``; a CSV has one table only.
    """
    if sheet_kind(path) == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([[csv_safe(cell) for cell in row] for row in rows])
        return buffer.getvalue().encode("utf-8-sig")
    return _xlsx(headers, rows, title, notes)


def _xlsx(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str,
          notes: Sequence[tuple[str, str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, never a formula: openpyxl would store "=..." as one
    # Text format on the filled rows and some empty ones: a number typed there stays as typed.
    for column in range(1, len(headers) + 1):
        for row_number in range(2, len(rows) + 202):
            sheet.cell(row=row_number, column=column).number_format = "@"
        letter = sheet.cell(row=1, column=column).column_letter
        width = max([len(headers[column - 1]), *(len(row[column - 1]) for row in rows)], default=8)
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if notes:
        explained = book.create_sheet("Toelichting")
        for header, text in notes:
            explained.append([header, text])
        explained.column_dimensions["A"].width = 16
        explained.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def read_sheet(path: Path) -> list[SheetRow]:
    """The rows of the first sheet (``.xlsx``) or of the file (``.csv``), empty rows included."""
    kind = sheet_kind(path)
    try:
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:
            raise SheetFileError(_("{name} is te groot ({size} bytes; hoogstens {limit}).", name=path.name,
                                   size=size, limit=MAX_SHEET_BYTES))
        raw = path.read_bytes()
    except OSError as error:
        raise SheetFileError(_("{name} is niet leesbaar ({reason}).", name=path.name,
                               reason=error.strerror)) from error
    rows = _csv_rows(raw, path.name) if kind == "csv" else _xlsx_rows(raw, path.name)
    if len(rows) > MAX_ROWS:
        raise SheetFileError(_("{name} heeft meer dan {limit} rijen.", name=path.name, limit=MAX_ROWS))
    return rows


def _csv_rows(raw: bytes, name: str) -> list[SheetRow]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetFileError(_("{name} is als UTF-16 opgeslagen (Unicode-tekst); sla het op als 'CSV UTF-8'.",
                               name=name))
    try:
        text = raw.decode("utf-8-sig")  # the BOM Excel writes before "CSV UTF-8" is expected
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise SheetFileError(_("{name} is geen UTF-8-tekst (rij {row}); sla het op als 'CSV UTF-8'.",
                               name=name, row=line)) from error
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise SheetFileError(_("{name} is geen geldig CSV-bestand: {reason}", name=name,
                               reason=error)) from error
    return [SheetRow(number, tuple(from_csv_safe(cell) for cell in record))
            for number, record in enumerate(records, 1)]


def _xlsx_rows(raw: bytes, name: str) -> list[SheetRow]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it does not read (data validation, styles); not ours.
            warnings.simplefilter("ignore", UserWarning)
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as error:
        raise SheetFileError(_("{name} is geen geldige Excel-werkmap (.xlsx).", name=name)) from error
    try:
        sheet = book.worksheets[0]
        rows = [SheetRow(number, tuple(values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), 1)]
    finally:
        book.close()
    return rows
