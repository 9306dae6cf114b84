"""Helpers for ``test_repository_processes``: a national admin at a shell, a second service
process, regional admins publishing, readers watching the directory, and the consistency check
(points 1-4 of that module's docstring)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote

import httpx
from securesystemslib.signer import CryptoSigner
from tuf.api.exceptions import DownloadHTTPError, LengthOrHashMismatchError
from tuf.api.metadata import Metadata, MetaFile, Snapshot, Timestamp
from tuf.ngclient.fetcher import FetcherInterface

from routekaarten.bootstrap import open_store
from sync import layout
from sync.admin.national_keys import generate_signer
from sync.admin.publish import sign_region, upload_body
from sync.client.updater import SyncClient
from sync.repository.repository import Repository
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, region_bundle
from tests.integration.conftest import Workstation, World
from tests.integration.live_server import closed_port_url

OFFLINE_PASSPHRASE = "landelijk-geheim-123"
ONLINE_PASSPHRASE = "online-geheim-4567"
MIRROR_URL = "http://spiegel.invalid"
# Guards against a hung CI job only: how fast the service starts is not what is tested.
STARTUP_GUARD_SECONDS = 60.0
CONTESTED_ROUNDS = 4
ROUNDS_PER_REGION = 6
RESIGN_LOOPS = 3
RESIGNS_PER_LOOP = 8


def routekaart() -> str:
    """The ``routekaart`` console script of this environment (``[project.scripts]``)."""
    script = shutil.which("routekaart", path=str(Path(sys.executable).parent))
    assert script is not None, "routekaart is not installed next to this Python (pip install -e .)"
    return script


@dataclass(frozen=True)
class Operator:
    """A national admin at a shell: the repository, the key folder, passphrases in the environment."""

    repo: Path
    keys: Path
    env: dict[str, str]

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([routekaart(), *map(str, args)], env=self.env, capture_output=True, text=True,
                              check=False)

    def start(self, *args: str | Path) -> subprocess.Popen[str]:
        return subprocess.Popen([routekaart(), *map(str, args)], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def resign(self) -> subprocess.CompletedProcess[str]:
        return self.run("admin", "resign", "--force", "--repo", self.repo, "--keys", self.keys)


@contextmanager
def service_process(operator: Operator, log: Path) -> Iterator[str]:
    """``routekaart serve`` as its own process on the same directory; yields its URL once it answers."""
    url = closed_port_url()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [routekaart(), "serve", "--repo", str(operator.repo), "--keys", str(operator.keys),
             "--port", url.rsplit(":", 1)[1]],
            env=operator.env, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_answering(process, url, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_answering(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    guard = time.monotonic() + STARTUP_GUARD_SECONDS
    while True:
        try:
            if httpx.get(f"{url}/metadata/timestamp.json", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        try:
            process.wait(timeout=0.05)  # doubles as the poll interval
        except subprocess.TimeoutExpired:
            assert time.monotonic() < guard, f"routekaart serve does not answer:\n{log.read_text()}"
            continue
        raise AssertionError(f"routekaart serve stopped (exit {process.returncode}):\n{log.read_text()}")


# regional admins ----------------------------------------------------------------------------------


def publish(url: str, region_id: str, raw: bytes, key: CryptoSigner, version: int) -> httpx.Response:
    """Upload as ``routekaart admin publish`` does, to the service at ``url``."""
    metadata = sign_region(raw, region_id, key, version)
    return httpx.post(f"{url}/publish/{region_id}", content=upload_body(region_id, metadata, raw), timeout=60)


def phone_number(version: int, variant: int = 0) -> str:
    return f"06 2{variant}{version:06d}"


@dataclass
class RegionAdmin:
    """A regional admin publishing one revision after another; remembers what was acknowledged."""

    region_id: str
    key: CryptoSigner
    version: int = 0  # the last acknowledged version
    raw: bytes | None = None  # and its bundle
    accepted: int = 0
    refusals: list[str] = field(default_factory=list)

    def publish_next(self, url: str) -> None:
        version = self.version + 1
        raw = region_bundle(self.region_id, revision=version, phones={CONTACT: phone_number(version)})
        response = publish(url, self.region_id, raw, self.key, version)
        if response.status_code == 200:
            self.version, self.raw, self.accepted = version, raw, self.accepted + 1
        else:
            self.refusals.append(f"{url} v{version}: {response.status_code} {response.text}")

    def keep_publishing(self, urls: list[str], more: Callable[[int], bool]) -> None:
        """Publish while ``more(rounds done)``, at least once, taking the services in turn."""
        done = 0
        while True:
            self.publish_next(urls[done % len(urls)])
            done += 1
            if not more(done):
                return


def first_published(region_id: str, key: CryptoSigner) -> RegionAdmin:
    """The admin of a region the fixture published at version 1."""
    return RegionAdmin(region_id, key, 1, region_bundle(region_id))


def delegated_region(world: World, region_id: str) -> RegionAdmin:
    admin = RegionAdmin(region_id, generate_signer())
    world.repo.delegate(region_id, [admin.key.public_key], world.keys.targets, world.keys.online)
    return admin


# readers while the processes run --------------------------------------------------------------------


class RepositoryDirectoryFetcher(FetcherInterface):
    """Serves ngclient straight from the repository directory, as nginx or a CDN origin would.

    Each file is opened and then read, so a reader gets one whole version of ``timestamp.json``;
    the live workstation reads the directory itself, so that what it checks is the directory's
    history and not one service's view of it.
    """

    def __init__(self, root: Path) -> None:
        self._root = root

    def _fetch(self, url: str) -> Iterator[bytes]:
        try:
            data = (self._root / unquote(url.removeprefix(f"{MIRROR_URL}/"))).read_bytes()
        except FileNotFoundError as error:
            raise DownloadHTTPError(f"404 bij {url}", 404) from error
        return iter([data])

    def close(self) -> None:
        """Nothing to close; here so the Workstation can treat it as its fetcher."""


class Readers:
    """While the processes run: a watcher of ``timestamp.json`` and a workstation syncing again and again.

    The watcher keeps every distinct ``timestamp.json`` it reads, in order, so the history can
    be checked afterwards (point 3 of the module docstring); the workstation is ngclient's view
    of the same history (point 4).
    """

    def __init__(self, world: World) -> None:
        self.world = world
        self.timestamps: list[bytes] = []
        self.sync_problems: list[str] = []
        self.syncs = 0
        data_dir = world.tmp / "live-werkplek"
        fetcher = RepositoryDirectoryFetcher(world.repo.path)
        client = SyncClient(data_dir, MIRROR_URL, world.root_json, fetcher)
        self.station = Workstation(data_dir, open_store(data_dir), client, fetcher)  # type: ignore[arg-type]
        world.stations.append(self.station)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._watch), threading.Thread(target=self._sync)]
        self._errors: list[BaseException] = []

    def __enter__(self) -> Readers:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()
        self._record((self.world.repo.metadata_dir / "timestamp.json").read_bytes())
        if self._errors and error is None:
            raise self._errors[0]

    def _record(self, raw: bytes) -> None:
        if not self.timestamps or self.timestamps[-1] != raw:
            self.timestamps.append(raw)

    def _watch(self) -> None:
        path = self.world.repo.metadata_dir / "timestamp.json"
        try:
            while not self._stop.is_set():
                self._record(path.read_bytes())
                self._stop.wait(0.001)  # a poll interval, not a synchronisation
        except BaseException as error:
            self._errors.append(error)

    def _sync(self) -> None:
        try:
            while not self._stop.is_set():
                result = self.station.sync()
                self.syncs += 1
                if result.status not in (SyncStatus.UPDATED, SyncStatus.UNCHANGED):
                    self.sync_problems.append(f"{result.status.value}: {result.reason}")
                self._stop.wait(0.01)
        except BaseException as error:
            self._errors.append(error)

    def history_problems(self, repo: Repository) -> list[str]:
        """What is wrong with the sequence of committed states the watcher saw (empty: nothing)."""
        root = repo.root().signed
        problems: list[str] = []
        previous: Timestamp | None = None
        previous_roles: dict[str, MetaFile] = {}
        for raw in self.timestamps:
            md = Metadata[Timestamp].from_bytes(raw)
            root.verify_delegate(Timestamp.type, md.signed_bytes, md.signatures)
            timestamp, meta = md.signed, md.signed.snapshot_meta
            if previous is not None and not (timestamp.version > previous.version
                                             and meta.version > previous.snapshot_meta.version):
                problems.append(f"timestamp {previous.version} (snapshot {previous.snapshot_meta.version}) "
                                f"was followed by {timestamp.version} (snapshot {meta.version})")
            snapshot_raw = (repo.metadata_dir / f"{meta.version}.snapshot.json").read_bytes()
            try:
                meta.verify_length_and_hashes(snapshot_raw)
            except LengthOrHashMismatchError:
                problems.append(f"{meta.version}.snapshot.json was rewritten after timestamp "
                                f"{timestamp.version} committed it")
                continue
            snapshot = Metadata[Snapshot].from_bytes(snapshot_raw)
            root.verify_delegate(Snapshot.type, snapshot.signed_bytes, snapshot.signatures)
            problems.extend(
                f"snapshot {meta.version} took {name} back from version {file.version} "
                f"to {snapshot.signed.meta[name].version if name in snapshot.signed.meta else 'none'}"
                for name, file in previous_roles.items()
                if name not in snapshot.signed.meta or snapshot.signed.meta[name].version < file.version
            )
            previous, previous_roles = timestamp, snapshot.signed.meta
        return problems


# the consistency check ------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assert_consistent(world: World, readers: Readers, *, before: Timestamp, commits: int,
                      admins: list[RegionAdmin], urls: list[str]) -> None:
    """Points 1-4 of the module docstring, for the state after every process has finished."""
    after = world.repo.timestamp().signed
    assert (after.version - before.version, after.snapshot_meta.version - before.snapshot_meta.version) == (
        commits, commits), "some commits shared a version: one overwrote the other"
    snapshot = world.repo.snapshot().signed
    committed = {admin.region_id: world.repo.role_version(layout.region_role(admin.region_id), snapshot)
                 for admin in admins}
    assert committed == {admin.region_id: admin.version for admin in admins}
    assert len(readers.timestamps) > 1
    assert readers.history_problems(world.repo) == []
    assert readers.syncs > 0
    assert readers.sync_problems == []

    wanted = {admin.region_id: sha256(admin.raw or b"") for admin in admins}
    fresh = [world.workstation(f"nieuwe-werkplek-{index}", url=url) for index, url in enumerate(urls)]
    for station in [readers.station, *fresh]:
        result = station.sync()
        expected = (SyncStatus.UPDATED,) if station in fresh else (SyncStatus.UPDATED, SyncStatus.UNCHANGED)
        assert result.status in expected, result.reason
        assert {region: station.store.bundle_sha(f"region:{region}") for region in wanted} == wanted
        assert station.sync().status is SyncStatus.UNCHANGED


def results(futures: list[Future[None]]) -> None:
    """Re-raise what went wrong in a thread, in the test."""
    for future in futures:
        future.result()


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate()
    return process.returncode, out, err


