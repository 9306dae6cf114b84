"""The central source behind a real nginx, configured with the server block from README.md.

The block is read from the README itself, so the documentation cannot drift from what is
tested. Two things are changed for a test machine, and only these: TLS is left out (``listen``
on a loopback port instead of 443, no certificate lines) and the paths and port are this test's.
nginx runs as it does on Debian: a root master with ``www-data`` workers, which must be able to
read every file a workstation fetches.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from sync.repository.service import create_app
from tests.integration.bundles import CONTACT, ZWB, region_bundle
from tests.integration.conftest import Keys, World, make_repository
from tests.integration.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
# Guards against a hung CI job only.
STARTUP_GUARD_SECONDS = 20.0


def readme_server_block() -> str:
    """The ```nginx block of README.md (the operator's section)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```nginx\n(.*?)```", text, re.S)
    assert len(blocks) == 1, "README.md must hold exactly one ```nginx block"
    return blocks[0]


def for_this_machine(block: str, repo: Path, service_url: str, port: int) -> str:
    lines = []
    for line in block.splitlines():
        if re.match(r"\s*ssl_", line):
            continue
        adapted_line = line.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
        adapted_line = adapted_line.replace("root /srv/routekaart/repo;", f"root {repo};")
        lines.append(adapted_line.replace("http://127.0.0.1:8080", service_url))
    adapted = "\n".join(lines)
    assert f"listen 127.0.0.1:{port};" in adapted and f"root {repo};" in adapted
    return adapted


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Nginx:
    url: str
    access_log: Path

    def statuses(self, path: str) -> list[int]:
        found = []
        for line in self.access_log.read_text(encoding="utf-8").splitlines():
            match = re.search(r'"GET (\S+) HTTP/[\d.]+" (\d{3})', line)
            if match and match.group(1) == path:
                found.append(int(match.group(2)))
        return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[World, Nginx]]:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        pytest.fail("nginx is not installed: .ci/run installs it with apt-get (nginx-light)")
    # Folders www-data can traverse: pytest's tmp_path lies below a 0700 folder.
    base = Path(tempfile.mkdtemp(prefix="routekaart-nginx-", dir="/tmp"))
    base.chmod(0o755)
    try:
        keys = Keys()
        repo = make_repository(base / "repo", keys)
        with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as service:
            port = _free_port()
            conf = base / "nginx"
            conf.mkdir()
            for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
                (conf / temp).mkdir(mode=0o777)
                (conf / temp).chmod(0o777)
            server = for_this_machine(readme_server_block(), repo.path, service.url, port)
            (conf / "nginx.conf").write_text(f"""
user www-data;
worker_processes 1;
pid {conf}/nginx.pid;
error_log {conf}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log {conf}/access.log;
    client_body_temp_path {conf}/body;
    proxy_temp_path {conf}/proxy;
    fastcgi_temp_path {conf}/fastcgi;
    uwsgi_temp_path {conf}/uwsgi;
    scgi_temp_path {conf}/scgi;
    {server}
}}
""", encoding="utf-8")
            process = subprocess.Popen([binary, "-p", str(conf), "-c", str(conf / "nginx.conf"),
                                        "-g", "daemon off;"], stderr=subprocess.DEVNULL)
            url = f"http://127.0.0.1:{port}"
            try:
                _wait_until_answering(process, url, conf / "error.log")
                world = World(repo, keys, url, tmp_path)
                yield world, Nginx(url, conf / "access.log")
            finally:
                process.terminate()
                process.wait(timeout=10)
                for station in world.stations if "world" in locals() else ():
                    station.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _wait_until_answering(process: subprocess.Popen[bytes], url: str, error_log: Path) -> None:
    deadline = time.monotonic() + STARTUP_GUARD_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = error_log.read_text(encoding="utf-8") if error_log.exists() else ""
            pytest.fail(f"nginx stopped at start: {error}")
        try:
            httpx.get(f"{url}/", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    pytest.fail("nginx did not answer")


def test_a_region_publishes_and_a_workstation_syncs_through_nginx(served: tuple[World, Nginx]) -> None:
    world, nginx = served
    station = world.workstation()
    assert station.sync().status.value == "updated"
    changed = region_bundle(revision=2, phones={CONTACT: "0800-1234567"})
    response = world.post(ZWB, changed, world.keys.zwb_admin)
    assert response.status_code == 200, response.text
    assert station.sync().status.value == "updated"
    assert station.phone(CONTACT) == "0800-1234567"
    assert any(status == 200 for path in _target_paths(nginx) for status in nginx.statuses(path))


def _target_paths(nginx: Nginx) -> set[str]:
    text = nginx.access_log.read_text(encoding="utf-8")
    return set(re.findall(r'"GET (/targets/\S+) HTTP', text))


def test_the_next_sync_asks_and_hears_not_modified(served: tuple[World, Nginx]) -> None:
    world, nginx = served
    station = world.workstation()
    station.sync()
    served = (world.repo.metadata_dir / "timestamp.json").read_bytes()
    assert station.sync().status.value == "nothing-new"
    # A 304, unless the timestamp was re-signed in between (then a 200 is right and says so).
    changed = (world.repo.metadata_dir / "timestamp.json").read_bytes() != served
    assert nginx.statuses("/metadata/timestamp.json")[-1] == (200 if changed else 304)


def test_two_commits_within_one_second_never_give_a_stale_not_modified(served: tuple[World, Nginx]) -> None:
    world, _ = served
    station = world.workstation()
    station.sync()
    for revision in (2, 3):  # both within the same second, the timestamp the same size
        changed = region_bundle(revision=revision, phones={CONTACT: f"0800-123456{revision}"})
        response = world.post(ZWB, changed, world.keys.zwb_admin)
        assert response.status_code == 200, response.text
    assert station.sync().status.value == "updated"
    assert station.revision() == 3


@pytest.mark.parametrize("path", ["/audit.log", "/repository.json", "/.lock", "/metadata/../audit.log",
                                  "/targets/../repository.json", "/targets/../.lock"])
def test_private_files_are_never_served(served: tuple[World, Nginx], path: str) -> None:
    _, nginx = served
    response = httpx.get(f"{nginx.url}{path}", timeout=5)
    assert response.status_code in (400, 404)
    assert b"result" not in response.content


def test_served_files_are_world_readable_and_private_files_are_not(served: tuple[World, Nginx]) -> None:
    world, _ = served
    for path in (*world.repo.metadata_dir.rglob("*"), *world.repo.targets_dir.rglob("*")):
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644), path
    for name in ("repository.json", "audit.log", ".lock"):
        assert (world.repo.path / name).stat().st_mode & 0o077 == 0, name
    assert world.repo.path.stat().st_mode & 0o777 == 0o755
