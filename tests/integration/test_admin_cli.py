"""The whole flow through the ``routekaart`` command, unattended, as the README describes it:
LNZS initialises and delegates, ``routekaart serve`` runs as its own process, the regional admin
publishes a changed number with two commands, a workstation syncs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.launcher import main
from routekaarten.bootstrap import open_store
from tests.integration.bundles import CONTACT, NATIONAL_FILE, NEW_NUMBER, ZWB, region_bundle
from tests.integration.live_server import closed_port_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "ROUTEKAART_OFFLINE_PASSPHRASE": "landelijk-geheim-123",
        "ROUTEKAART_ONLINE_PASSPHRASE": "online-geheim-4567",
        "PYTHON_KEYRING_BACKEND": "sync.admin.file_keyring.EncryptedFileKeyring",
        "ROUTEKAART_KEYRING_FILE": str(tmp_path / "sleutelbos.json"),
        "ROUTEKAART_KEYRING_PASSPHRASE": "regio-geheim-89",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def run(*args: str | Path) -> int:
    return main([str(arg) for arg in args])


@pytest.fixture
def national_repo(tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> Path:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert run("admin", "init", "--repo", repo, "--keys", keys) == 0
    assert run("admin", "keygen", "--region", ZWB, "--out", tmp_path / "zwb.pub.json") == 0
    assert run("admin", "delegate", "--repo", repo, "--keys", keys, "--region", ZWB,
               "--pubkey", tmp_path / "zwb.pub.json") == 0
    assert run("admin", "national", "--repo", repo, "--keys", keys, NATIONAL_FILE) == 0
    capsys.readouterr()
    return repo


@pytest.fixture
def service(national_repo: Path, tmp_path: Path, env: dict[str, str]) -> Iterator[str]:
    url = closed_port_url()
    port = url.rsplit(":", 1)[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.launcher", "serve", "--repo", str(national_repo), "--keys",
         str(tmp_path / "keys"), "--port", port],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/metadata/timestamp.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "routekaart serve did not start"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def test_regional_admin_publishes_with_two_commands_and_the_workstation_shows_it(
        service: str, national_repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, root = tmp_path / "werkplek", national_repo / "metadata" / "1.root.json"
    bundle = tmp_path / "zwb.json"
    bundle.write_bytes(region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}))
    assert run("--data-dir", data_dir, "sync", "--url", service, "--root", root) == 3  # national = embedded
    capsys.readouterr()

    assert run("admin", "validate", bundle) == 0
    assert run("admin", "publish", "--url", service, "--root", root, bundle) == 0
    published = capsys.readouterr().out
    exit_code = run("--data-dir", data_dir, "sync", "--url", service, "--root", root, "--json")

    assert "geldig (regio 'zeeland-west-brabant', revisie 2)" in published
    assert "Gepubliceerd: regio 'zeeland-west-brabant' versie 1" in published
    assert "Gepubliceerd en gecontroleerd: versie 1, geldig tot " in published
    assert exit_code == 0
    answer = json.loads(capsys.readouterr().out)
    assert sorted(answer) == ["files", "reason", "status", "updated"]  # English keys, as in every --json
    assert (answer["status"], answer["updated"]) == ("updated", [f"regions/{ZWB}/bundle.json"])
    store = open_store(data_dir)
    try:
        contact = next(c for c in store.region(ZWB).contacts if c.id == CONTACT)
        assert contact.phone == NEW_NUMBER
    finally:
        store.close()
    assert run("--data-dir", data_dir, "sync", "--url", service, "--root", root) == 3
    assert run("admin", "status", "--repo", national_repo) == 0
    assert "region-zeeland-west-brabant" in capsys.readouterr().out


def test_sync_exit_codes_for_unreachable_and_rejected(national_repo: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from tests.integration.live_server import LiveServer, failing_app

    root = national_repo / "metadata" / "1.root.json"
    assert run("--data-dir", tmp_path / "a", "sync", "--url", closed_port_url(), "--root", root,
               "--timeout", "1") == 5
    other_root = tmp_path / "other-root.json"  # a root the source's metadata was not signed under
    assert run("admin", "init", "--repo", tmp_path / "other", "--keys", tmp_path / "other-keys") == 0
    other_root.write_bytes((tmp_path / "other" / "metadata" / "1.root.json").read_bytes())
    with LiveServer(failing_app()) as failing:
        assert run("--data-dir", tmp_path / "b", "sync", "--url", failing.url, "--root", root) == 5
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    app = Starlette(routes=[Mount("/", StaticFiles(directory=national_repo))])
    with LiveServer(app) as static:
        assert run("--data-dir", tmp_path / "c", "sync", "--url", static.url, "--root", other_root) == 4
        # Served by a plain static file server (as nginx or a CDN would): the same files verify.
        assert run("--data-dir", tmp_path / "d", "sync", "--url", static.url, "--root", root) == 3
    assert "handtekening" in capsys.readouterr().out


def test_wrong_passphrase_and_missing_key_are_dutch_errors(national_repo: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ROUTEKAART_OFFLINE_PASSPHRASE", "fout-wachtwoord-000")
    assert run("admin", "revoke", "--repo", national_repo, "--keys", tmp_path / "keys", "--region", ZWB,
               "--keyid", "abc") == 2
    assert "wachtwoordzin voor targets.pem klopt niet" in capsys.readouterr().err
    bundle = tmp_path / "ob.json"
    bundle.write_bytes(region_bundle("oost-brabant", revision=1))
    assert run("admin", "publish", "--url", "http://127.0.0.1:9", bundle) == 2
    assert "Geen sleutel voor regio 'oost-brabant'" in capsys.readouterr().err
    monkeypatch.setenv("ROUTEKAART_KEYRING_PASSPHRASE", "verkeerd")
    bundle.write_bytes(region_bundle(revision=2))
    assert run("admin", "publish", "--url", "http://127.0.0.1:9", bundle) == 2
    assert "wachtwoordzin van het sleutelbosbestand klopt niet" in capsys.readouterr().err


def test_sync_trusts_the_root_json_in_the_data_folder_as_the_app_does(
        service: str, national_repo: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "werkplek"
    data_dir.mkdir()
    (data_dir / "root.json").write_bytes((national_repo / "metadata" / "1.root.json").read_bytes())
    assert run("--data-dir", data_dir, "sync", "--url", service) == 3  # verified: nothing new
