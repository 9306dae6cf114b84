"""sync/atomic_write.py: whole or absent, and on Windows a reader holding the file open for a
moment does not make the write fail (simulated: Linux renames over open files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync import atomic_write
from sync.atomic_write import write_atomic


def _flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[Path]:
    """Path.replace refuses ``failures`` times with PermissionError, as Windows does while a reader has
    the target open; returns the targets it was asked for."""
    real = Path.replace
    calls: list[Path] = []

    def replace(self: Path, target: Path) -> Path:
        calls.append(Path(target))
        if len(calls) <= failures:
            raise PermissionError(13, "Toegang geweigerd", str(target))
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(atomic_write, "_RETRY_DELAYS", (0.0,) * 5)
    return calls


def test_on_windows_a_reader_holding_the_file_for_a_moment_is_waited_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "timestamp.json"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_write, "_RETRY_WHILE_OPEN", True)
    calls = _flaky_replace(monkeypatch, failures=2)

    write_atomic(target, b"new")

    assert target.read_bytes() == b"new" and len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timestamp.json"]  # no temp file left


def test_a_file_held_open_for_too_long_fails_and_keeps_the_old_content(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "timestamp.json"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_write, "_RETRY_WHILE_OPEN", True)
    _flaky_replace(monkeypatch, failures=100)

    with pytest.raises(PermissionError):
        write_atomic(target, b"new")

    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timestamp.json"]


def test_elsewhere_a_refused_rename_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic_write, "_RETRY_WHILE_OPEN", False)
    calls = _flaky_replace(monkeypatch, failures=1)

    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "state.json", b"x")

    assert len(calls) == 1
