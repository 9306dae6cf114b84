"""The central source on bad ground (issue 14, "Bad input"): a repository on a read-only file
system, an online key file that cannot be read, and a server clock that cannot be right. Each
gets a clear Dutch message and leaves the repository as it was.

The tests run as root, where ``chmod`` stops nothing: the read-only file system is a real tmpfs
remounted read-only, and the unreadable key is a folder where the file should be or a damaged file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.launcher import main
from sync.admin.national_keys import save_key
from sync.repository.repository import Repository
from sync.repository.service import create_app
from sync.repository.status import repository_warnings
from tests.integration.bundles import CONTACT, ZWB, region_bundle
from tests.integration.conftest import Keys, World, make_repository
from tests.integration.live_server import LiveServer
from tests.integration.processes import routekaart

ONLINE_PASSPHRASE = "online-geheim-4567"
NEW = "0800-7654321"


def _tree(path: Path) -> dict[str, str]:
    return {str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (tmpfs), which a test can remount read-only."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a small file system for the read-only test: {done.stderr}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    with pytest.raises(OSError):
        (mount / "probe").write_bytes(b"")  # really read-only, even for root


def test_a_read_only_repository_is_reported_refuses_changes_and_stays_as_it_was(
        disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys = Keys()
    repo = make_repository(disk / "repo", keys)
    key_folder = tmp_path / "sleutels-online"
    key_folder.mkdir(mode=0o700)
    save_key(key_folder / "online.pem", keys.online, ONLINE_PASSPHRASE.encode())
    monkeypatch.setenv("ROUTEKAART_ONLINE_PASSPHRASE", ONLINE_PASSPHRASE)
    with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as server:
        world = World(repo, keys, server.url, tmp_path)
        station = world.workstation()
        assert station.sync().status.value == "updated"
        _read_only(disk)
        before = _tree(repo.path)

        assert main(["admin", "status", "--repo", str(repo.path)]) == 0
        shown = capsys.readouterr()
        assert "region-zeeland-west-brabant" in shown.out  # the state is still shown
        assert "niet beschrijfbaar (alleen-lezen bestandssysteem?)" in shown.err

        assert main(["admin", "resign", "--repo", str(repo.path), "--keys", str(key_folder), "--force"]) == 2
        refused = capsys.readouterr().err
        assert "niet beschrijfbaar" in refused and "er is niets gewijzigd" in refused
        assert "Traceback" not in refused

        response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW}), keys.zwb_admin)
        assert response.status_code == 503
        assert "niet" in response.json()["fout"] and "Probeer het later opnieuw" in response.json()["fout"]

        assert _tree(repo.path) == before  # nothing changed
        assert station.sync().status.value == "nothing-new"  # and it is still served
        station.close()


@pytest.mark.parametrize("damage", ["folder", "garbage", "empty"])
def test_serve_refuses_to_start_with_an_unreadable_online_key(tmp_path: Path, damage: str) -> None:
    keys = Keys()
    repo = make_repository(tmp_path / "repo", keys)
    key_folder = tmp_path / "sleutels-online"
    key_folder.mkdir(mode=0o700)
    key = key_folder / "online.pem"
    if damage == "folder":
        key.mkdir()  # unreadable as a file, even for root
    else:
        key.write_bytes(b"" if damage == "empty" else b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nkapot\n")
    before = _tree(repo.path)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("ROUTEKAART_")},
           "ROUTEKAART_ONLINE_PASSPHRASE": ONLINE_PASSPHRASE}
    done = subprocess.run([routekaart(), "serve", "--repo", str(repo.path), "--keys", str(key_folder),
                           "--port", "1"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    assert "online.pem" in done.stderr
    assert ("niet leesbaar" in done.stderr) if damage == "folder" else ("beschadigd" in done.stderr)
    assert "Traceback" not in done.stderr
    assert _tree(repo.path) == before


def test_status_warns_when_the_newest_timestamp_lies_in_the_future(tmp_path: Path) -> None:
    keys = Keys()
    repo = make_repository(tmp_path / "repo", keys)
    # Re-signed two days after the root was made (by a server whose clock was right then).
    repo.resign_online(keys.online, now=datetime.now(UTC) + timedelta(days=2), force=True)
    signed = repo.timestamp().signed.expires - repo.policy.lifetime("timestamp")

    assert repository_warnings(repo.path, signed + timedelta(minutes=1)) == []
    assert repository_warnings(repo.path, signed - timedelta(minutes=4)) == []  # drift, not a wrong clock
    warnings = repository_warnings(repo.path, signed - timedelta(days=1))  # the clock went back a day
    assert len(warnings) == 1
    assert "loopt achter" in warnings[0] and "in de toekomst" in warnings[0]


def test_status_warns_when_the_clock_is_before_the_root_was_made(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "repo", Keys())
    made = repo.root().signed.expires - repo.policy.lifetime("root")
    warnings = repository_warnings(repo.path, made - timedelta(days=400))
    assert any("vóór de aanmaak van de nieuwste root (versie 1" in warning for warning in warnings)
    assert any("loopt achter" in warning for warning in warnings)  # the timestamp too


def test_status_says_nothing_of_the_clock_far_ahead_but_shows_every_role_expired(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A clock far in the future makes everything look expired, which status already says per role."""
    repo = make_repository(tmp_path / "repo", Keys())
    far = datetime.now(UTC) + timedelta(days=3 * 365)
    assert repository_warnings(repo.path, far) == []

    class FarClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FarClock:  # type: ignore[override]
            return cls.fromtimestamp(far.timestamp(), UTC)

    monkeypatch.setattr("sync.admin.commands.datetime", FarClock)
    assert main(["admin", "status", "--repo", str(repo.path)]) == 0
    out = capsys.readouterr().out
    assert out.count("VERLOPEN") == len(out.strip().splitlines())


def test_the_repository_a_read_only_check_leaves_alone_is_unchanged(tmp_path: Path) -> None:
    """repository_warnings only reads."""
    repo = make_repository(tmp_path / "repo", Keys())
    before = _tree(repo.path)
    repository_warnings(repo.path, datetime.now(UTC))
    assert _tree(Repository.open(repo.path).path) == before
