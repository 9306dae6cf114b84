"""routekaarten/atomic_write.py, the project's one atomic write: whole or absent, and on Windows a
reader holding the file open for a moment does not make the write fail (simulated: Linux renames
over open files). routekaarten/files.py's export wrapper only words its failures in Dutch."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from routekaarten import atomic_write
from routekaarten.atomic_write import write_atomic
from routekaarten.errors import RoutekaartError
from routekaarten.files import write_export, write_failure


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


def test_an_export_shares_the_windows_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "casus.txt"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_write, "_RETRY_WHILE_OPEN", True)
    calls = _flaky_replace(monkeypatch, failures=2)

    write_export(target, b"new")

    assert target.read_bytes() == b"new" and len(calls) == 3


def test_an_export_that_cannot_be_written_says_so_in_dutch_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "casus.txt"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_write, "_RETRY_WHILE_OPEN", False)
    _flaky_replace(monkeypatch, failures=1)

    with pytest.raises(RoutekaartError, match=r"Het bestand kon niet worden opgeslagen als .*casus\.txt"):
        write_export(target, b"new")

    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["casus.txt"]


def test_an_export_to_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    with pytest.raises(RoutekaartError, match=r"casus\.txt\.\nDe map bestaat niet"):
        write_export(tmp_path / "weg" / "casus.txt", b"x")

    assert not (tmp_path / "weg").exists()


def test_an_export_under_a_file_says_the_path_holds_a_file(tmp_path: Path) -> None:
    (tmp_path / "notities").write_bytes(b"old")

    with pytest.raises(RoutekaartError, match="Een deel van het pad is een bestand, geen map"):
        write_export(tmp_path / "notities" / "casus.txt", b"x")

    assert (tmp_path / "notities").read_bytes() == b"old"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "Schijf vol"),
        (errno.EDQUOT, "Schijf vol"),
        (errno.EROFS, "De schijf is alleen-lezen"),
        (errno.EACCES, "De map is alleen-lezen"),
        (errno.EPERM, "De map is alleen-lezen"),
        (errno.EISDIR, "al een map met die naam"),
        (errno.ENAMETOOLONG, "De naam is te lang"),
        (errno.EIO, "De schijf gaf een schrijffout"),
    ],
)
def test_a_failed_write_says_why_from_its_errno(code: int, words: str) -> None:
    assert words in write_failure(OSError(code, os.strerror(code)))


def test_a_failure_without_its_own_words_quotes_the_system() -> None:
    assert write_failure(OSError(errno.EMFILE, "Too many open files")) == (
        "Het systeem meldt: Too many open files. Kies zo nodig een andere map."
    )


def test_a_cache_write_creates_its_folder(tmp_path: Path) -> None:
    write_atomic(tmp_path / "tuf" / "sync-state.json", b"{}", durable=False)

    assert (tmp_path / "tuf" / "sync-state.json").read_bytes() == b"{}"
