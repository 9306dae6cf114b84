"""Anonymous counts of cases as CSV (bouwblok 6), from ``CaseStore.counts()``.

The counts hold no labels, no notes and no dates of a case (lead times are medians per month), so
they may leave the machine, e.g. for a regional overview of how many cases are at which step.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

CSV_HEADER = ("soort", "sleutel", "aantal")


def counts_rows(counts: Mapping[str, Any]) -> list[tuple[str, str, int | float]]:
    """(kind, key, number) per number: ``("per_stap", "1", 4)``; a bare total has an empty key.

    Lead times per month give two rows a month: ``("doorlooptijd_melding_zitting", "2026-11
    aantal", 3)`` and ``(..., "2026-11 mediaan_dagen", 41.0)``.
    """
    rows: list[tuple[str, str, int | float]] = []
    for kind, value in counts.items():
        if not isinstance(value, Mapping):
            rows.append((kind, "", int(value)))
            continue
        for key, item in value.items():
            if isinstance(item, Mapping):
                rows.extend((kind, f"{key} {name}", number) for name, number in item.items())
            else:
                rows.append((kind, str(key), int(item)))
    return rows


def counts_csv(counts: Mapping[str, Any]) -> str:
    """``soort,sleutel,aantal`` then one row per number, e.g. ``per_vermoeden,2,5``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(counts_rows(counts))
    return buffer.getvalue()
