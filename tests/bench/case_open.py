"""Benchmark (not a test): open a case with 500 encrypted notes.

Compared, in the same run, with the floor: a plain SQLite read of the same rows plus a raw
AESGCM decrypt of each (docs/architecture.md, "Performance budgets": at most 1.5x). Run:

    .venv/bin/python tests/bench/case_open.py [--notes 500] [--repeat 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.guidance import Vermoeden
from routekaarten.keys import ScryptParams
from routekaarten.store import DB_NAME, Store
from routekaarten.vault import CaseVault, note_aad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        cases = CaseStore(store)
        vault, wrapped = CaseVault.create_with_passphrase("bench", ScryptParams(n=2**10))
        cases.save_wrapped_key(wrapped)
        case = Case("c1", "BENCH", "zeeland-west-brabant", None, Vermoeden.LETSEL, date(2026, 11, 30))
        cases.save_case(case)
        for index in range(options.notes):
            cases.add_note(vault, "c1", f"Notitie {index}: " + "tekst van een consult " * 20)
        key = bytes(vault._key())  # the floor needs the same key the vault uses

        def ours() -> int:
            return len(cases.notes(vault, "c1"))

        raw = sqlite3.connect(Path(folder) / DB_NAME)  # kept open, as the app keeps its connection

        def floor() -> int:
            aead = AESGCM(key)
            rows = raw.execute("SELECT id, blob FROM notes WHERE case_id = ? ORDER BY rowid", ("c1",))
            texts = [aead.decrypt(blob[1:13], blob[13:], note_aad("c1", nid)).decode() for nid, blob in rows]
            return len(texts)

        assert ours() == floor() == options.notes
        timings: dict[str, list[float]] = {"ours": [], "floor": []}
        for _ in range(options.repeat):  # interleaved, so machine noise hits both alike
            for name, run in (("floor", floor), ("ours", ours)):
                start = time.perf_counter()
                run()
                timings[name].append(time.perf_counter() - start)
        raw.close()
        store.close()
    ours_ms = statistics.median(timings["ours"]) * 1000
    floor_ms = statistics.median(timings["floor"]) * 1000
    print(f"open case, {options.notes} notes : median {ours_ms:.2f} ms")
    print(f"raw SQLite + AESGCM floor  : median {floor_ms:.2f} ms")
    print(f"ratio                      : {ours_ms / floor_ms:.2f}x  (budget 1.5x)")


if __name__ == "__main__":
    main()
