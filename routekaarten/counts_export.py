"""Anonymous counts of cases as CSV (bouwblok 6), from ``CaseStore.counts()``.

The counts hold no labels, no notes and no dates, so they may leave the machine, e.g. for a
regional overview of how many cases are at which step.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

CSV_HEADER = ("soort", "sleutel", "aantal")


def counts_rows(counts: Mapping[str, Any]) -> list[tuple[str, str, int]]:
    """(kind, key, count) per number: ``("per_stap", "1", 4)``; a bare total has an empty key."""
    rows: list[tuple[str, str, int]] = []
    for kind, value in counts.items():
        if isinstance(value, Mapping):
            rows.extend((kind, str(key), int(count)) for key, count in value.items())
        else:
            rows.append((kind, "", int(value)))
    return rows


def counts_csv(counts: Mapping[str, Any]) -> str:
    """``soort,sleutel,aantal`` then one row per number, e.g. ``per_vermoeden,2,5``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(counts_rows(counts))
    return buffer.getvalue()
