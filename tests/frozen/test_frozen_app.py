"""The one-folder bundle works without the source tree: window with data, CLI, no test files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.frozen.running import app_executable, run_bundle


def test_frozen_app_shows_its_window_with_the_routekaart_and_contacts(bundle: Path, tmp_path: Path):
    result = run_bundle(bundle, "--data-dir", str(tmp_path), env={"ROUTEKAART_SMOKE_TEST": "1"})
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {"boxes": 22, "contacts": 28}


def test_the_windowed_app_executable_sits_next_to_the_cli_and_starts_the_app(bundle: Path, tmp_path: Path):
    """build.spec's second executable: console=False (no console window on Windows), always the app."""
    app = app_executable(bundle)
    assert app.is_file() and bundle.is_file() and app != bundle
    result = run_bundle(app, "--data-dir", str(tmp_path), env={"ROUTEKAART_SMOKE_TEST": "1"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"boxes": 22, "contacts": 28}


def test_the_windowed_app_executable_runs_no_command_the_cli_does(bundle: Path, tmp_path: Path):
    refused = run_bundle(app_executable(bundle), "--data-dir", str(tmp_path), "regions")
    assert refused.returncode == 2
    assert "routekaart-app start alleen de app" in refused.stderr
    assert refused.stdout == ""
    printed = run_bundle(bundle, "--data-dir", str(tmp_path), "regions")
    assert printed.returncode == 0 and "zeeland-west-brabant" in printed.stdout, printed.stderr


def test_frozen_cli_prints_contacts_as_json(bundle: Path, tmp_path: Path):
    result = run_bundle(
        bundle,
        "--data-dir",
        str(tmp_path),
        "contacts",
        "--area",
        "Zeeland",
        "--at",
        "2026-11-30T13:00",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    rvdk = next(row for row in rows if row["role"].startswith("RvdK"))
    assert rvdk["phone"] == "076 525 5800"
    assert rvdk["reason"].startswith("alleen crisis")


def test_frozen_cli_says_a_bad_region_in_dutch_without_traceback(bundle: Path, tmp_path: Path):
    result = run_bundle(bundle, "--data-dir", str(tmp_path), "contacts", "--region", "atlantis")
    assert result.returncode == 2
    assert "Onbekende regio" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundle_holds_no_test_files(bundle: Path):
    folder = bundle.parent
    names = {path.name for path in folder.rglob("*")}
    assert "seed.txt" not in names
    assert not any(part == "tests" for path in folder.rglob("*") for part in path.relative_to(folder).parts)
    assert (folder / "_internal" / "resources" / "regions" / "zeeland-west-brabant.json").exists()


def test_bundle_writes_nothing_into_its_install_folder(bundle: Path, tmp_path: Path):
    """So a read-only install folder (Program Files, a managed share) works: every write goes to
    the data folder. (Making the folder read-only proves nothing here: CI runs as root.)"""
    folder = bundle.parent

    def snapshot() -> dict[str, tuple[int, int]]:
        return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}

    before = snapshot()
    assert run_bundle(bundle, "--data-dir", str(tmp_path), env={"ROUTEKAART_SMOKE_TEST": "1"}).returncode == 0
    assert run_bundle(bundle, "--data-dir", str(tmp_path), "contacts", "--json").returncode == 0
    assert snapshot() == before
    assert (tmp_path / "routekaart.sqlite3").exists()
