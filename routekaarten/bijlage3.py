"""Bijlage 3 of the Handreiking (onderzoeksbevoegdheden per organisatie): its marks, read back.

The table's text (seed r. 1219-1736) lost its columns: each row is its title followed by the cells
of five columns (Politie, Veilig Thuis, Vertrouwensarts, Forensisch arts, RvdK), one below the other,
where a marked cell is a line "√" and an empty cell leaves only whitespace. Cells printed at the
same height were merged into one line, one space per cell. ``read_row`` reads a row back:

1. The title is the row's first run of text lines; the body runs until the next text line (the
   next row's title, a footnote, a page number). The single-space line just before that text
   opens the next cell, and a whitespace line longer than the five columns is a layout rule
   (the footnote separator); neither belongs to the row.
2. A mark line with ``k`` leading spaces is ``k`` empty cells, then a marked cell.
3. A whitespace line of ``n >= 2`` spaces before a mark is ``n - 1`` empty cells: the last
   space is the first line of the marked cell that follows (its vertical padding).
4. Single-space lines before a mark are padding of that mark's cell, not cells.
5. After the last mark, the longest whitespace line (``n`` spaces) is a run of ``n`` trailing
   empty cells.

The rows' mark counts (``marks_in_source`` in the bundle) and the five columns are the check: a
reading that gives five cells with rules 1-5 is "hoog". Where it gives fewer, two fall-backs
follow, each lowering the confidence: a block of three or more single-space lines standing
between empty lines before the first mark (not directly under the title) is one empty cell
("middel": the tall rows r. 1656-1723, whose padding is one block too long otherwise); and,
last, empty cells added at the end ("laag": the row's marks are still placed from the left,
but where the row ends was not readable, r. 1553-1561 and the row split by a page, r. 1728-1736).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

MARK = "\u221a"  # √
COLUMNS = 5
Confidence = Literal["hoog", "middel", "laag"]


class LayoutError(ValueError):
    """The text of a row cannot be read as five cells (more cells than columns, or no title)."""


@dataclass(frozen=True)
class RowReading:
    marks: tuple[bool, ...]
    confidence: Confidence


def _is_mark(line: str) -> bool:
    return line.strip() == MARK


def _is_text(line: str) -> bool:
    return bool(line.strip()) and not _is_mark(line)


def _body(lines: Sequence[str], start: int) -> list[str]:
    """The lines after the row's title (``start``: index of its first line), up to the next text."""
    index = start
    if not _is_text(lines[index]):
        raise LayoutError(f"regel {start + 1}: geen titel van een rij")
    while index < len(lines) and _is_text(lines[index]):
        index += 1
    body: list[str] = []
    while index < len(lines) and not _is_text(lines[index]):
        body.append(lines[index])
        index += 1
    if index < len(lines) and body and body[-1] == " ":
        body.pop()  # opens the next cell (rule 1)
    return [line for line in body if len(line.rstrip("\n")) <= COLUMNS or _is_mark(line)]


def _primary(body: list[str]) -> list[bool]:
    cells: list[bool] = []
    last_mark = max((i for i, line in enumerate(body) if _is_mark(line)), default=-1)
    for line in body[: last_mark + 1]:
        if _is_mark(line):
            cells.extend([False] * (len(line) - len(line.lstrip(" "))))
            cells.append(True)
        elif line and not line.strip():
            cells.extend([False] * (len(line) - 1))
    trailing = [len(line) for line in body[last_mark + 1 :] if line and not line.strip()]
    cells.extend([False] * max(trailing, default=0))
    return cells


def _has_padding_block(body: list[str]) -> bool:
    """A whitespace-only block of >= 3 single-space lines between empty lines, before any mark."""
    block: list[str] = []
    opened = False
    for line in body:
        if _is_mark(line):
            return False
        if line == "":
            if opened and len(block) >= 3 and all(part == " " for part in block):
                return True
            opened, block = True, []
        elif opened:
            block.append(line)
    return False


def read_row(lines: Sequence[str], start: int) -> RowReading:
    """The five cells of the Bijlage 3 row whose title starts at ``lines[start]``."""
    body = _body(lines, start)
    cells = _primary(body)
    confidence: Confidence = "hoog"
    if len(cells) < COLUMNS and _has_padding_block(body):
        cells.insert(0, False)
        confidence = "middel"
    if len(cells) < COLUMNS:
        cells.extend([False] * (COLUMNS - len(cells)))
        confidence = "laag"
    if len(cells) > COLUMNS:
        raise LayoutError(f"regel {start + 1}: {len(cells)} cellen, de tabel heeft er {COLUMNS}")
    return RowReading(tuple(cells), confidence)


@dataclass(frozen=True)
class MatrixRow:
    id: str
    title: str
    marks: tuple[bool | str | None, ...]  # per column: True, False, a short text, or None (unread)
    confidence: str  # "hoog", "middel", "laag" or "" when the source's reading is not given
    note: str


@dataclass(frozen=True)
class Matrix:
    columns: tuple[tuple[str, str], ...]  # (id, title)
    column_notes: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


def matrix(national: dict[str, Any]) -> Matrix:
    """Bijlage 3 of a national bundle as rows x columns, for display."""
    columns = tuple((c["id"], c["title"]) for c in national.get("onderzoeksbevoegdheden_kolommen", ()))
    notes = tuple(c.get("footnote", "") for c in national.get("onderzoeksbevoegdheden_kolommen", ()))
    rows = []
    for row in national.get("onderzoeksbevoegdheden", ()):
        organisations = row.get("organisations", {})
        rows.append(
            MatrixRow(
                id=row["id"],
                title=row["title"],
                marks=tuple(organisations.get(column_id) for column_id, _ in columns),
                confidence=row.get("confidence", ""),
                note=row.get("note", ""),
            )
        )
    return Matrix(columns, notes, tuple(rows))
