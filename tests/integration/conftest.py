"""The world of the integration tests: a real repository, the real service on 127.0.0.1, real
workstations (a SQLite store in tmp_path and the real TUF client).

Keys are generated per test (Ed25519 is fast), so no test can lean on another's state. The
repository starts with the national bundle, region Zeeland-West-Brabant (byte-identical to the
bundle shipped with the app) and region Oost-Brabant, each delegated to its own admin key.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata

from routekaarten.bootstrap import open_store
from routekaarten.store import Store
from sync import layout
from sync.admin.national_keys import generate_signer
from sync.admin.publish import sign_region, upload_body
from sync.client.fetcher import HttpxFetcher
from sync.client.updater import SyncClient, SyncResult
from sync.repository.expiry import ExpiryPolicy
from sync.repository.publishing import publish_region
from sync.repository.repository import Repository, init_repository
from sync.repository.service import create_app
from tests.integration.bundles import CONTACT, NATIONAL_FILE, NEW_NUMBER, OB, ZWB, region_bundle
from tests.integration.live_server import LiveServer


@dataclass
class Keys:
    root: CryptoSigner = field(default_factory=generate_signer)
    targets: CryptoSigner = field(default_factory=generate_signer)
    online: CryptoSigner = field(default_factory=generate_signer)
    zwb_admin: CryptoSigner = field(default_factory=generate_signer)
    ob_admin: CryptoSigner = field(default_factory=generate_signer)
    stranger: CryptoSigner = field(default_factory=generate_signer)


@dataclass
class Workstation:
    """One installation: its data folder, its store and its sync client."""

    data_dir: Path
    store: Store
    client: SyncClient
    fetcher: HttpxFetcher

    def close(self) -> None:
        self.fetcher.close()
        self.store.close()

    def sync(self) -> SyncResult:
        return self.client.sync(self.store)

    def phone(self, contact_id: str, region_id: str = ZWB) -> str:
        bundle = self.store.region(region_id)
        return next(c.phone for c in bundle.contacts if c.id == contact_id)

    def revision(self, region_id: str = ZWB) -> int | None:
        info = self.store.bundle_info(f"region:{region_id}")
        return None if info is None else int(info["revision"])


@dataclass
class World:
    repo: Repository
    keys: Keys
    url: str
    tmp: Path
    stations: list[Workstation] = field(default_factory=list)

    @property
    def root_json(self) -> bytes:
        return (self.repo.metadata_dir / "1.root.json").read_bytes()

    def workstation(self, name: str = "werkplek", timeout: float = 5.0,
                    url: str | None = None) -> Workstation:
        data_dir = self.tmp / name
        store = open_store(data_dir)
        fetcher = HttpxFetcher(timeout=timeout, deadline=timeout * 2)
        client = SyncClient(data_dir, url or self.url, self.root_json, fetcher)
        station = Workstation(data_dir, store, client, fetcher)
        self.stations.append(station)
        return station

    def next_version(self, region_id: str) -> int:
        return (self.repo.role_version(layout.region_role(region_id)) or 0) + 1

    def signed(self, region_id: str, raw: bytes, signer: CryptoSigner, version: int | None = None) -> bytes:
        return sign_region(raw, region_id, signer, version or self.next_version(region_id))

    def post(self, region_id: str, raw: bytes, signer: CryptoSigner, version: int | None = None,
             metadata: bytes | None = None) -> httpx.Response:
        """Upload as a regional admin would: the body ``admin publish`` sends."""
        metadata = metadata or self.signed(region_id, raw, signer, version)
        return httpx.post(f"{self.url}/publish/{region_id}", content=upload_body(region_id, metadata, raw),
                          timeout=10)

    # what an attacker who controls the server (and so its online key) can do ---------------------

    def serve_region(self, region_id: str, raw: bytes, signer: CryptoSigner) -> None:
        """Put region metadata signed by ``signer`` live, bypassing every check of the service."""
        metadata = Metadata.from_bytes(self.signed(region_id, raw, signer))
        with self.repo.locked():
            self.repo.write_target(layout.region_target(region_id), raw)
            self.repo.commit({layout.region_role(region_id): metadata}, self.keys.online)

    def metadata_file(self, role: str) -> Path:
        version = self.repo.role_version(role)
        return self.repo.metadata_dir / f"{version}.{role}.json"

    def target_file(self, region_id: str) -> Path:
        md = self.repo.targets(layout.region_role(region_id))
        assert md is not None
        target = md.signed.targets[layout.region_target(region_id)]
        return self.repo.targets_dir / layout.hash_prefixed(target.path, target.hashes["sha256"])


def make_repository(path: Path, keys: Keys, policy: ExpiryPolicy | None = None) -> Repository:
    repo = init_repository(path, [keys.root], 1, targets_signer=keys.targets, online=keys.online,
                           policy=policy or ExpiryPolicy())
    repo.add_national(NATIONAL_FILE.read_bytes(), keys.targets, keys.online)
    for region_id, admin in ((ZWB, keys.zwb_admin), (OB, keys.ob_admin)):
        repo.delegate(region_id, [admin.public_key], keys.targets, keys.online)
        raw = region_bundle(region_id)
        metadata = sign_region(raw, region_id, admin, 1)
        publish_region(repo, region_id, metadata, {layout.region_target(region_id): raw}, keys.online)
    return repo


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    keys = Keys()
    repo = make_repository(tmp_path / "repo", keys)
    with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as server:
        world = World(repo, keys, server.url, tmp_path)
        try:
            yield world
        finally:
            for station in world.stations:
                station.close()


def publish_new_number(world: World) -> None:
    """The genuine change of the happy path: revision 2 with ``CONTACT``'s new number."""
    response = world.post(ZWB, region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin)
    assert response.status_code == 200, response.text


def expired_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)


def assert_kept(station: Workstation, contact: str, number: str, revision: int, region_id: str = ZWB) -> None:
    """The last good data is still what the workstation shows."""
    assert station.phone(contact, region_id) == number
    assert station.revision(region_id) == revision


def json_of(response: httpx.Response) -> Any:
    return response.json()


Cut = Callable[[], None]  # no_network: cuts the network when called


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Cut:
    """Call it to refuse every outgoing connection from then on (the sync before it is online)."""

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("the offline check used the network")

    def cut() -> None:
        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)

    return cut
