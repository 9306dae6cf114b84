"""Fault test: kill ``routekaart sync`` at random moments, many times (docs/architecture.md, "Tests").

Each round the regional admins publish a new revision of every region, and a sync process is
started against the real service on 127.0.0.1 and killed (SIGKILL) somewhere between its start
and its end. After every kill:

- the database passes ``PRAGMA integrity_check`` and every region in it opens;
- the store holds, for every bundle, either the copy shipped with the app or one that was
  signed and published -- never a mix, never something unsigned;
- the check at the next start (``sync.client.start_check``) finds everything as signed: a sync cut
  off half-way is no tampering, and must not be reported as such.

At the end one sync runs to completion, and the workstation holds exactly the last published
bundle of every region, verified offline.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner

from routekaarten.bootstrap import open_store
from routekaarten.store import Store
from sync import layout
from sync.admin.national_keys import generate_signer
from sync.admin.publish import sign_region
from sync.client.start_check import check_at_start
from sync.repository.publishing import publish_region
from sync.repository.repository import Repository
from sync.repository.service import create_app
from tests.integration.bundles import CONTACT, ZWB, region_bundle
from tests.integration.conftest import Keys, make_repository
from tests.integration.live_server import LiveServer

ROUNDS = 20
EXTRA_REGIONS = ("utrecht", "twente", "haaglanden", "limburg", "kennemerland", "drenthe")
EXIT_OK = (0, 3)  # updated, nothing new


@dataclass
class Source:
    """The repository, its admins, and every sha256 ever published per store key."""

    repo: Repository
    keys: Keys
    admins: dict[str, CryptoSigner] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    published: dict[str, set[str]] = field(default_factory=dict)
    latest: dict[str, str] = field(default_factory=dict)

    def publish_all(self, round_number: int) -> None:
        for region_id, admin in self.admins.items():
            version = self.versions.get(region_id, 1) + 1
            phone = f"06 2{round_number:03d}{version:04d}"
            raw = region_bundle(region_id, revision=version, phones={CONTACT: phone})
            publish_region(self.repo, region_id, sign_region(raw, region_id, admin, version),
                           {layout.region_target(region_id): raw}, self.keys.online)
            self.versions[region_id] = version
            self._record(region_id, raw)

    def _record(self, region_id: str, raw: bytes) -> None:
        sha = hashlib.sha256(raw).hexdigest()
        self.published.setdefault(f"region:{region_id}", set()).add(sha)
        self.latest[f"region:{region_id}"] = sha


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Source, str]]:
    keys = Keys()
    repo = make_repository(tmp_path / "repo", keys)
    src = Source(repo, keys, admins={ZWB: keys.zwb_admin, "oost-brabant": keys.ob_admin})
    src._record(ZWB, region_bundle())
    src._record("oost-brabant", region_bundle("oost-brabant"))
    for region_id in EXTRA_REGIONS:
        admin = generate_signer()
        repo.delegate(region_id, [admin.public_key], keys.targets, keys.online)
        src.admins[region_id] = admin
        raw = region_bundle(region_id)
        publish_region(repo, region_id, sign_region(raw, region_id, admin, 1),
                       {layout.region_target(region_id): raw}, keys.online)
        src._record(region_id, raw)
    with LiveServer(create_app(repo, keys.online, resign_interval=3600)) as server:
        yield src, server.url


def _routekaart() -> str:
    script = shutil.which("routekaart", path=str(Path(sys.executable).parent))
    assert script is not None, "routekaart is not installed next to this Python (pip install -e .)"
    return script


def _sync_command(data_dir: Path, url: str, root: Path) -> list[str]:
    return [_routekaart(), "--data-dir", str(data_dir), "sync", "--url", url, "--root", str(root)]


def _embedded_shas(data_dir: Path) -> dict[str, str]:
    store = open_store(data_dir)
    try:
        rows = store.conn.execute("SELECT key, sha256 FROM bundles WHERE origin = 'embedded'").fetchall()
    finally:
        store.close()
    return dict(rows)


def _assert_sound(data_dir: Path, source: Source, embedded: dict[str, str], root: Path) -> None:
    store = Store.open(data_dir)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = store.conn.execute("SELECT key, origin, sha256 FROM bundles WHERE kind = 'region'").fetchall()
        for key, origin, sha in rows:
            if origin == "embedded":
                assert embedded.get(key) == sha, key
            else:
                assert sha in source.published[key] or sha == "", (key, sha)
            store.region(key.removeprefix("region:"))  # parses and opens
    finally:
        store.close()
    # Nothing was tampered with: the check at the next start must not cry wolf, nor need to repair.
    start = check_at_start(data_dir, root, None)
    assert start.check.ok and start.restored == (), start.check.summary


def test_killing_a_sync_at_random_moments_keeps_the_store_signed_and_whole(
        source: tuple[Source, str], tmp_path: Path) -> None:
    src, url = source
    data_dir, root = tmp_path / "werkplek", tmp_path / "root.json"
    root.write_bytes((src.repo.metadata_dir / "1.root.json").read_bytes())
    embedded = _embedded_shas(data_dir)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    started = time.monotonic()  # one whole sync, to spread the kills over its length
    assert subprocess.run(_sync_command(tmp_path / "maat", url, root), env=env, capture_output=True,
                          check=False).returncode in EXIT_OK
    full = time.monotonic() - started

    rng = random.Random(20261129)
    mid_sync = 0
    for round_number in range(1, ROUNDS + 1):
        src.publish_all(round_number)
        process = subprocess.Popen(_sync_command(data_dir, url, root), env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.0) * full)
        if process.poll() is None:
            mid_sync += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        _assert_sound(data_dir, src, embedded, root)

    assert mid_sync >= ROUNDS // 2, f"only {mid_sync} of {ROUNDS} kills landed during a sync"
    final = subprocess.run(_sync_command(data_dir, url, root), env=env, capture_output=True, text=True,
                           check=False)
    assert final.returncode in EXIT_OK, final.stdout + final.stderr
    store = Store.open(data_dir)
    try:
        held = {key: store.bundle_sha(key) for key in src.latest}
    finally:
        store.close()
    assert held == src.latest
    assert check_at_start(data_dir, root, None).check.ok
