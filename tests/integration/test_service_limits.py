"""The service under hostile requests and on a full disk: bounded audit log, clear answers, nothing lost."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync.errors import RepositoryStateError
from sync.repository import audit
from sync.repository.service import create_app
from tests.integration.bundles import CONTACT, ZWB, region_bundle
from tests.integration.conftest import Keys, World, make_repository
from tests.integration.live_server import LiveServer

NEW = "0800-1234567"


def _audit_lines(world: World) -> list[dict[str, object]]:
    path = world.repo.path / audit.AUDIT_FILE
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_deeply_nested_body_gets_400_and_an_audit_line(world: World) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    response = httpx.post(f"{world.url}/publish/{ZWB}", content=body, timeout=10)
    assert response.status_code == 400
    assert "geen geldig JSON-object" in response.json()["fout"]
    assert _audit_lines(world)[-1]["status"] == 400


def test_an_invalid_region_id_from_the_url_is_logged_bounded(world: World) -> None:
    region = "x" * 5000
    response = httpx.post(f"{world.url}/publish/{region}", content=b"{}", timeout=10)
    assert response.status_code == 400
    line = _audit_lines(world)[-1]
    assert line["region"] == "<ongeldig, 5000 tekens>"
    assert len(json.dumps(line)) < 1000


def test_refused_requests_of_one_client_are_counted_not_all_written(tmp_path: Path) -> None:
    now = [0.0]
    limiter = audit.RejectionLimiter(tmp_path, per_window=3, window=60.0, clock=lambda: now[0])
    for _ in range(50):
        limiter.record("198.51.100.7", {"result": "rejected", "region": ZWB})
    limiter.record("203.0.113.9", {"result": "rejected", "region": ZWB})  # another client is heard
    now[0] = 61.0
    limiter.record("198.51.100.7", {"result": "rejected", "region": ZWB})
    lines = [json.loads(line) for line in (tmp_path / audit.AUDIT_FILE).read_text().splitlines()]
    assert [line["result"] for line in lines] == ["rejected"] * 4 + ["rejected-suppressed", "rejected"]
    assert lines[4] == {**lines[4], "client": "198.51.100.7", "count": 47}


def test_the_audit_log_rotates_at_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "MAX_BYTES", 2000)
    for number in range(200):
        audit.append(tmp_path, {"result": "rejected", "n": number})
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["audit.log", *(f"audit.log.{n}" for n in range(1, audit.KEEP + 1))]
    assert all(p.stat().st_size < 2200 for p in tmp_path.iterdir())
    assert json.loads((tmp_path / "audit.log").read_text().splitlines()[-1])["n"] == 199


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 40 MB file system of its own (tmpfs), so the test can fill it."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a small file system for the full-disk test: {done.stderr}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until about ``leave`` bytes are free."""
    import shutil

    filler = disk / "filler"
    with filler.open("wb") as out:
        while (free := shutil.disk_usage(disk).free) > leave:
            out.write(b"\0" * min(1024 * 1024, max(free - leave, 4096)))
            out.flush()
    return filler


def test_a_full_disk_refuses_publishes_with_503_and_recovers(small_disk: Path, tmp_path: Path) -> None:
    keys = Keys()
    repo = make_repository(small_disk / "repo", keys)
    with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as server:
        world = World(repo, keys, server.url, tmp_path)
        station = world.workstation()
        station.sync()
        before = (repo.metadata_dir / "timestamp.json").read_bytes()
        filler = _fill(small_disk, 1024 * 1024)
        response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW}), keys.zwb_admin)
        assert response.status_code == 503
        assert "vol" in response.json()["fout"]
        assert (repo.metadata_dir / "timestamp.json").read_bytes() == before  # nothing committed
        assert station.sync().status.value == "nothing-new"

        _fill(small_disk, 0)
        with pytest.raises(RepositoryStateError, match="kon niet worden geschreven"):
            repo.resign_online(keys.online, force=True)
        assert (repo.metadata_dir / "timestamp.json").read_bytes() == before
        assert not [p for p in repo.metadata_dir.iterdir() if p.name.endswith(".tmp")]

        filler.unlink()  # space returns
        response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW}), keys.zwb_admin)
        assert response.status_code == 200, response.text
        assert station.sync().status.value == "updated"
        assert station.phone(CONTACT) == NEW
        station.close()


def test_a_repository_made_before_served_modes_is_brought_into_line(world: World) -> None:
    for path in (*world.repo.metadata_dir.rglob("*"), *world.repo.targets_dir.rglob("*")):
        path.chmod(0o700 if path.is_dir() else 0o600)  # as version 0.1 wrote them
    assert world.repo.make_servable() > 0
    for path in (*world.repo.metadata_dir.rglob("*"), *world.repo.targets_dir.rglob("*")):
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644)
    assert world.repo.make_servable() == 0


def test_an_upload_cut_off_by_its_sender_is_refused_in_the_audit_log_without_a_traceback(
        world: World, caplog: pytest.LogCaptureFixture) -> None:
    import socket
    import time
    from urllib.parse import urlsplit

    address = urlsplit(world.url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as sender:
        head = f"POST /publish/{ZWB} HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"
        sender.sendall(head.encode() + b"{")
        time.sleep(0.2)
    for _ in range(50):  # the service notices the closed connection on its own schedule
        lines = _audit_lines(world) if (world.repo.path / audit.AUDIT_FILE).exists() else []
        if any(line.get("code") == "upload-aborted" for line in lines):
            break
        time.sleep(0.1)
    assert any(line.get("code") == "upload-aborted" for line in lines)
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
