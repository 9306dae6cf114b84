"""The window folds the WAL into the database while idle, not only on close (issue 10, item 5):
a damaged WAL then costs as little as possible."""

from __future__ import annotations

from pathlib import Path

from desktop.shell.main_window import CHECKPOINT_MS


def _wal(data_dir: Path) -> Path:
    return data_dir / "routekaart.sqlite3-wal"


def _write_something(window) -> None:
    with window.store.transaction() as conn:
        conn.execute("UPDATE bundles SET imported_at = imported_at")


def test_the_idle_timer_folds_the_wal_into_the_database(make_window, data_dir: Path):
    window = make_window()
    _write_something(window)
    assert _wal(data_dir).stat().st_size > 0
    assert window.checkpoint_timer.isActive() and window.checkpoint_timer.interval() == CHECKPOINT_MS

    window.checkpoint_timer.timeout.emit()

    assert _wal(data_dir).stat().st_size == 0


def test_the_end_of_a_sync_folds_the_wal_but_not_while_one_runs(make_window, data_dir: Path):
    window = make_window()
    _write_something(window)
    window.sync._busy = True  # a sync writing on its own connection: the GUI thread must not wait for it
    window.checkpoint()
    assert _wal(data_dir).stat().st_size > 0
    window.sync._busy = False
    window.sync.finished.emit()
    assert _wal(data_dir).stat().st_size == 0
