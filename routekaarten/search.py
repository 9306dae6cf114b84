"""Search as you type over contacts, the routekaart and the national reference text (FTS5).

Every word typed is a prefix query, so "ov" finds "OvJ" and "0653" finds "06 53217902"; a word
of the region's legenda also finds its other form ("officier" finds "OvJ", "VA" finds
"vertrouwensarts": ``routekaarten.search_terms``).
Hits are ranked by bm25 with the title weighing more than the body, and a contact weighing
more than a box, a box more than reference text: during a call, the number comes first.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from routekaarten.search_index import HitKind
from routekaarten.search_terms import Glossary
from routekaarten.store import region_key

KIND_WEIGHT = {HitKind.CONTACT: 4.0, HitKind.BOX: 2.0, HitKind.STEP: 2.0, HitKind.ROUTEKAART: 1.5,
               HitKind.REFERENCE: 1.0}
_WORD = re.compile(r"\w+", re.UNICODE)

_SQL = """
SELECT d.kind, d.ref, d.area, d.section, d.title,
       snippet(search_fts, 1, '', '', '…', 14) AS snippet,
       bm25(search_fts, 10.0, 1.0) * CASE d.kind {weights} END AS score
FROM search_fts
JOIN search_docs AS d ON d.id = search_fts.rowid
WHERE search_fts MATCH :query
  AND (d.bundle = :region OR d.bundle = 'national')
  AND (d.kind != 'contact' OR :area IS NULL OR d.area IS NULL OR d.area = :area)
ORDER BY score
LIMIT :limit
""".format(weights=" ".join(f"WHEN '{k}' THEN {w}" for k, w in KIND_WEIGHT.items()) + " ELSE 1.0")


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    ref: str  # contact id, box id, step number, or "<section>/<id>"
    area: str | None
    section: str
    title: str
    snippet: str


def fts_query(text: str, glossary: Glossary | None = None) -> str | None:
    """User text -> an FTS5 query of prefix terms, or None when there is nothing to search.

    Every word must match (an explicit AND: FTS5 allows the implicit one only between phrases);
    a word the glossary knows matches in either of its forms: ``officier`` -> ``("officier"* OR "ovj")``.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return None
    glossary = glossary or Glossary()
    terms = []
    for word in words:
        forms = [f'"{word}"*', *(f'"{" ".join(phrase)}"' for phrase in glossary.alternatives(word))]
        terms.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(terms)


def region_glossary(conn: sqlite3.Connection, region_id: str) -> Glossary:
    """The legenda of the stored region (empty for an unknown region)."""
    sql = "SELECT json_extract(json, '$.routekaart.legenda') FROM bundles WHERE key = ?"
    row = conn.execute(sql, (region_key(region_id),)).fetchone()
    entries = json.loads(row[0]) if row and row[0] else []
    return Glossary.from_legenda((entry["abbr"], entry["meaning"]) for entry in entries)


def search(
    conn: sqlite3.Connection,
    text: str,
    region_id: str,
    area_id: str | None = None,
    limit: int = 40,
    *,
    glossary: Glossary | None = None,
) -> list[SearchHit]:
    """Hits for ``text`` in the region (and the national text); ``glossary`` defaults to the
    stored region's legenda."""
    query = fts_query(text, region_glossary(conn, region_id) if glossary is None else glossary)
    if query is None:
        return []
    rows = conn.execute(
        _SQL,
        {"query": query, "region": region_key(region_id), "area": area_id, "limit": limit},
    ).fetchall()
    return [SearchHit(HitKind(row[0]), *row[1:6]) for row in rows]
