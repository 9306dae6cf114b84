"""Fault test: kill a process that saves notes, at random moments, many times.

After every kill the database must pass ``PRAGMA integrity_check`` and every note whose save
had returned (its id was printed) must still decrypt.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.guidance import Vermoeden
from routekaarten.store import Store
from routekaarten.vault import CaseVault
from tests.faults.note_writer import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


def _start(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.note_writer", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_killing_the_writer_at_random_moments_loses_no_saved_note(tmp_path: Path):
    store = Store.open(tmp_path)
    CaseStore(store).save_case(
        Case("case-1", "KT-1", "zeeland-west-brabant", None, Vermoeden.DERDE, date(2026, 11, 30))
    )
    store.close()
    rng = random.Random(20261130)
    saved: list[str] = []
    for _ in range(KILLS):
        writer = _start(tmp_path)
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        # A line cut off by the kill is no proof of a save; a whole line is.
        saved.extend(line.strip() for line in out.splitlines(keepends=True) if line.endswith("\n"))

        check = Store.open(tmp_path)
        assert check.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()

    store = Store.open(tmp_path)
    cases = CaseStore(store)
    wrapped = cases.wrapped_key()
    assert wrapped is not None
    vault = CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE)
    notes = {note.id: note for note in cases.notes(vault, "case-1")}
    assert len(saved) > KILLS  # the writer got real work done between kills
    missing = [note_id for note_id in saved if note_id not in notes]
    assert not missing
    assert not any(note.unreadable for note in notes.values())
    store.close()
