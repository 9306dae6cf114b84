"""Benchmark (not a test): search as you type, per keystroke, over 26 regions + the national text.

The store is a real one (``open_store``: the national HSSK text and the shipped region) plus 25
synthetic regions from ``sync_world.synthetic_region``, so the index holds 26 regions of contacts,
boxes and steps and all the reference text. Queries are typed one character at a time, as the
search field sends them (``textChanged``; blank text is not searched), in the user's region and
with and without an area chosen. Each keystroke times ``routekaarten.search.search``, the call the
window makes: prefix MATCH, join to the documents, region and area filter, weighted bm25, snippet
and the ``SearchHit`` objects.

Compared, per keystroke in the same run, with the raw SQLite FTS5 query (docs/architecture.md budget: at
most 2x, at p99): the same MATCH expression from ``fts_query`` on the same connection,

    SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?

with the same limit. "Raw" is taken as FTS5 finding *and ranking* the matches (its own bm25,
the top ``limit`` by FTS5's ``rank``), because a result list is the best hits: that is the least
any search field must ask of FTS5. It is not an exact twin of ``search``: FTS5 alone cannot
filter by region, so the raw query ranks the matches of all 26 regions where ``search`` ranks
and snippets only its region's and the national ones; ``search`` can therefore come out faster
at the median. Two cheaper queries are printed for reference, not as the budget's baseline:
every match counted without ranking (``count(*)``), and the first ``limit`` matches unranked
(FTS5 stops after them, in rowid order, which no search field could show). They show how much
of a keystroke is ranking and snippets rather than finding the matches. Run:

    .venv/bin/python tests/bench/search.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # before tests/bench, whose sync.py would shadow the sync package

from routekaarten.bootstrap import open_store  # noqa: E402
from routekaarten.search import fts_query, search  # noqa: E402
from tests.bench.sync_world import synthetic_region  # noqa: E402

SHIPPED_REGION = "zeeland-west-brabant"
LIMIT = 40  # what the window asks for (Store.search's default)

# What people at Veilig Thuis, the police and the OM look for during a call: roles, abbreviations,
# a number they half remember, areas, and the words of the HSSK.
QUERIES = (
    "ovj piket",
    "vertrouwensarts",
    "0653",
    "088 6997",
    "zeden",
    "raad voor de kinderbescherming",
    "spoed",
    "veilig thuis",
    "midden-brabant",
    "west brabant politie",
    "zeeland",
    "forensisch letsel",
    "seksueel misbruik",
    "reclassering",
    "multidisciplinair overleg",
    "aangifte",
)
# The user's region, without and with an area chosen, and a synthetic region as a second user.
PLACES = ((SHIPPED_REGION, None), (SHIPPED_REGION, "west-brabant"), ("regio-13", "zeeland"))

RAW_RANKED = f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT {LIMIT}"
RAW_COUNT = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
RAW_FIRST = f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT {LIMIT}"
LABELS = {
    "ours": "search()",
    "raw": "raw FTS5, ranked top 40",
    "count": "ref: every match, counted",
    "first": "ref: first 40, unranked",
}


def keystrokes() -> list[tuple[str, str, str | None]]:
    """(text in the field, region, area) after each character typed."""
    typed = []
    for region, area in PLACES:
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                if fts_query(query[:end]) is not None:
                    typed.append((query[:end], region, area))
    return typed


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95, p99 in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        for number in range(1, 26):
            _, raw = synthetic_region(number)
            store.import_bundle(raw, "region", "embedded", "bench")
        conn = store.conn
        regions = len(store.regions())
        docs = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        assert regions == 26, regions
        typed = keystrokes()
        assert search(conn, "ovj piket", SHIPPED_REGION), "the benchmark must search something"

        def ours(text: str, region: str, area: str | None) -> int:
            return len(search(conn, text, region, area, LIMIT))

        def raw_query(sql: str) -> Callable[[str, str, str | None], int]:
            def run(text: str, region: str, area: str | None) -> int:
                return len(conn.execute(sql, (fts_query(text),)).fetchall())

            return run

        contenders = {"ours": ours, "raw": raw_query(RAW_RANKED), "count": raw_query(RAW_COUNT),
                      "first": raw_query(RAW_FIRST)}
        for text, region, area in typed:  # warm up: page cache, statement cache
            for run in contenders.values():
                run(text, region, area)
        timings: dict[str, list[list[float]]] = {name: [] for name in contenders}
        order = list(contenders.items())
        for _ in range(options.repeat):
            for name in contenders:
                timings[name].append([])
            for text, region, area in typed:  # interleaved per keystroke, so noise hits all alike
                for name, run in order:
                    started = time.perf_counter()
                    run(text, region, area)
                    timings[name][-1].append(time.perf_counter() - started)
            order.reverse()  # and none always goes first
        store.close()

    pooled = {name: [t for rep in reps for t in rep] for name, reps in timings.items()}
    cuts = {name: percentiles(samples) for name, samples in pooled.items()}
    print(f"{docs} documents in 26 regions + national; {len(typed)} keystrokes x {options.repeat} "
          f"repetitions, limit {LIMIT}")
    for name, label in LABELS.items():
        p50, p95, p99 = cuts[name]
        print(f"{label:<26}: p50 {p50:6.3f} ms  p95 {p95:6.3f} ms  p99 {p99:6.3f} ms  "
              f"max {max(pooled[name]) * 1000:6.2f} ms")
    per_rep = [percentiles(ours)[2] / percentiles(raw)[2]
               for ours, raw in zip(timings["ours"], timings["raw"], strict=True)]
    ratio = cuts["ours"][2] / cuts["raw"][2]
    verdict = "ok" if ratio <= 2 else "OVER BUDGET (2x)"
    print(f"p50 ratio search() / raw         : {cuts['ours'][0] / cuts['raw'][0]:.2f}x")
    print(f"p99 ratio search() / raw         : {ratio:.2f}x  "
          f"(per repetition {min(per_rep):.2f}-{max(per_rep):.2f}x; budget 2.0x)  {verdict}")
    for name, short in (("count", "every match"), ("first", "first 40")):
        print(f"p99 ratio search() / {short:<12}: {cuts['ours'][2] / cuts[name][2]:.2f}x  (reference only)")

if __name__ == "__main__":
    main()
