"""Dutch public holidays for office hours, cached in the data folder.

The dates come from the ``holidays`` package (country NL). Importing it loads every country
it knows, which costs more than the rest of the app's start-up; the years already computed are
therefore kept in a small JSON file, and the package is imported only for a year not seen yet.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path


def _compute(year: int) -> list[str]:
    import holidays

    return sorted(day.isoformat() for day in holidays.country_holidays("NL", years=year))


class HolidayCalendar:
    """Callable as ``is_holiday(day)``; pass it to ``reachability.rank``."""

    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file
        self._years: dict[int, frozenset[date]] = {}
        self._stored: dict[str, list[str]] = {}
        if cache_file is not None:
            try:
                data = json.loads(cache_file.read_text(encoding="utf-8"))
                self._stored = {str(k): list(v) for k, v in data["years"].items()}
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self._stored = {}  # missing or damaged cache: recompute what is asked for

    def __call__(self, day: date) -> bool:
        return day in self._year(day.year)

    def _year(self, year: int) -> frozenset[date]:
        if year not in self._years:
            texts = self._stored.get(str(year))
            if texts is None:
                texts = _compute(year)
                self._stored[str(year)] = texts
                self._save()
            self._years[year] = frozenset(date.fromisoformat(text) for text in texts)
        return self._years[year]

    def _save(self) -> None:
        """Atomic: a temp file in the same folder, then a rename."""
        if self.cache_file is None:
            return
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=".feestdagen-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"source": "holidays (NL)", "years": self._stored}, handle)
            Path(temp).replace(self.cache_file)
        except OSError:
            pass  # a cache that cannot be written only costs time
