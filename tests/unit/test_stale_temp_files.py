"""Temp files a killed write leaves behind (``.NAME.*.tmp``, holding an export's plaintext) are
removed next to the export target before the next export, and from the data folder at start
(issue 10, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from routekaarten.bootstrap import open_store
from routekaarten.files import write_export
from routekaarten.paths import STALE_TEMP_SECONDS

ROOT = Path(__file__).resolve().parents[2]
SECRET = "notitie met een naam die nergens mag blijven staan"

_EXPORT_KILLED_HALFWAY = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from routekaarten.files import write_export

    def stop_before_the_rename(fd):  # the temp file holds the data; the export is not done yet
        print("halfway", flush=True)
        time.sleep(600)

    os.fsync = stop_before_the_rename
    write_export(Path(sys.argv[1]), sys.argv[2].encode())
""")


def _temp_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob(".*.tmp"))


def test_a_kill_during_an_export_leaves_a_temp_file_that_the_next_export_removes(tmp_path: Path) -> None:
    target = tmp_path / "zaak-notities.txt"
    with subprocess.Popen([sys.executable, "-c", _EXPORT_KILLED_HALFWAY, str(target), SECRET],
                          cwd=ROOT, stdout=subprocess.PIPE, text=True) as writer:
        try:
            assert writer.stdout is not None and writer.stdout.readline() == "halfway\n"
        finally:
            writer.kill()  # SIGKILL: no cleanup code runs
            writer.wait()
    left = _temp_files(tmp_path)
    assert len(left) == 1 and left[0].startswith(".zaak-notities.txt.")
    assert SECRET in (tmp_path / left[0]).read_text()  # what a kill leaves: the plaintext
    assert not target.exists()

    write_export(target, b"de nieuwe export")

    assert _temp_files(tmp_path) == []
    assert target.read_bytes() == b"de nieuwe export"


def test_an_export_removes_only_the_leftovers_of_its_own_file(tmp_path: Path) -> None:
    (tmp_path / ".zaak.pdf.k1ll3d_x.tmp").write_text(SECRET)
    (tmp_path / ".andere-zaak.pdf.abcdefgh.tmp").write_text("een andere export")
    (tmp_path / "zaak.pdf.tmp").write_text("niet van Routekaart")
    write_export(tmp_path / "zaak.pdf", b"%PDF")
    assert _temp_files(tmp_path) == [".andere-zaak.pdf.abcdefgh.tmp"]
    assert (tmp_path / "zaak.pdf.tmp").exists()


def test_leftover_temp_files_in_the_data_folder_are_removed_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "tuf" / "metadata").mkdir(parents=True)
    stale = [folder / ".sync-state.json.a1b2c3d4.tmp", folder / "tuf" / "metadata" / ".timestamp.json.zz.tmp",
             folder / ".concept-regio.json.q9.tmp"]
    for path in stale:
        path.write_text(SECRET)
        old = time.time() - STALE_TEMP_SECONDS - 5
        os.utime(path, (old, old))
    running = folder / ".sync-state.json.now0now0.tmp"  # a sync in another process, writing right now
    running.write_text("{}")

    open_store(folder).close()

    assert [path for path in stale if path.exists()] == []
    assert running.exists()
