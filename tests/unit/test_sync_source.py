"""Which central source the app syncs from: the CLI's rule for URL and trusted root."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from routekaarten import environment
from sync import cli
from sync.client.source import SyncSource, find_source, sync_url, trusted_root_path


@pytest.fixture
def no_shipped_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    resources = tmp_path / "resources"
    (resources / "tuf").mkdir(parents=True)
    monkeypatch.setenv(environment.RESOURCES, str(resources))
    return resources


def test_the_app_reads_the_same_environment_variable_as_the_cli(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(environment.SYNC_URL, "https://env.example/")

    from_cli = cli._url(argparse.Namespace(url=None))

    assert from_cli == sync_url("") == "https://env.example"


def test_the_configured_url_wins_over_the_environment():
    assert sync_url("https://bron.example/", {environment.SYNC_URL: "https://env.example"}) == "https://bron.example"


def test_without_a_configured_url_the_environment_names_the_source():
    assert sync_url("  ", {environment.SYNC_URL: "https://env.example"}) == "https://env.example"
    assert sync_url("", {}) == ""


def test_no_url_means_no_central_source(tmp_path: Path, no_shipped_root: Path):
    (tmp_path / "root.json").write_text("{}")
    assert find_source(tmp_path, "", {}) is None


def test_no_trusted_root_means_no_central_source(tmp_path: Path, no_shipped_root: Path):
    assert trusted_root_path(tmp_path) is None
    assert find_source(tmp_path, "https://bron.example", {}) is None


def test_the_shipped_root_is_trusted_when_the_data_folder_has_none(tmp_path: Path, no_shipped_root: Path):
    shipped = no_shipped_root / "tuf" / "root.json"
    shipped.write_text("{}")
    assert find_source(tmp_path, "https://bron.example", {}) == SyncSource("https://bron.example", shipped)


def test_a_root_in_the_data_folder_wins_like_the_clis_root_flag(tmp_path: Path, no_shipped_root: Path):
    (no_shipped_root / "tuf" / "root.json").write_text("{}")
    own = tmp_path / "root.json"
    own.write_text("{}")
    assert trusted_root_path(tmp_path) == own
