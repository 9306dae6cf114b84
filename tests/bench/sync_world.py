"""A repository with 26 synthetic regions for the sync benchmarks (not a test).

Each region bundle is the shipped Zeeland-West-Brabant bundle with its own id, name and
numbers, so the sizes and the work of validating and indexing are realistic.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from securesystemslib.signer import CryptoSigner  # noqa: E402

from sync import layout  # noqa: E402
from sync.admin.national_keys import generate_signer  # noqa: E402
from sync.admin.publish import sign_region  # noqa: E402
from sync.repository.expiry import ExpiryPolicy  # noqa: E402
from sync.repository.publishing import publish_region  # noqa: E402
from sync.repository.repository import Repository, init_repository  # noqa: E402

REGION_FILE = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"
NATIONAL_FILE = ROOT / "resources" / "national" / "hssk.json"
REGIONS = 26


def synthetic_region(number: int) -> tuple[str, bytes]:
    data: dict[str, Any] = copy.deepcopy(json.loads(REGION_FILE.read_bytes()))
    region_id = f"regio-{number:02d}"
    data["region"]["id"], data["region"]["name"] = region_id, f"Regio {number:02d}"
    for index, contact in enumerate(data["contacts"]):
        contact["id"] = f"{contact['id']}-{number:02d}"
        contact["phone"] = f"088 {number:02d}{index:02d}{number:03d}"
        contact.pop("backup", None)
    return region_id, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def build(path: Path) -> tuple[Repository, CryptoSigner]:
    """The repository and its online key."""
    root, targets, online = generate_signer(), generate_signer(), generate_signer()
    repo = init_repository(path, [root], 1, targets_signer=targets, online=online, policy=ExpiryPolicy())
    repo.add_national(NATIONAL_FILE.read_bytes(), targets, online)
    for number in range(1, REGIONS + 1):
        region_id, raw = synthetic_region(number)
        admin = generate_signer()
        repo.delegate(region_id, [admin.public_key], targets, online)
        publish_region(repo, region_id, sign_region(raw, region_id, admin, 1),
                       {layout.region_target(region_id): raw}, online)
    return repo, online


def served_files(repo: Repository) -> list[str]:
    """The URL paths a first sync fetches, for the raw-GET baseline."""
    snapshot = repo.snapshot()
    paths = ["metadata/timestamp.json", f"metadata/{snapshot.signed.version}.snapshot.json"]
    for name, meta in snapshot.signed.meta.items():
        role = name.removesuffix(".json")
        paths.append(f"metadata/{meta.version}.{role}.json")
        md = repo.targets(role, snapshot.signed)
        assert md is not None
        for target_path, target in md.signed.targets.items():
            paths.append(f"targets/{layout.hash_prefixed(target_path, target.hashes['sha256'])}")
    return paths


@contextmanager
def serving() -> Iterator[tuple[str, int]]:
    """``routekaart serve`` in its own process on a built repository; yields its URL and pid."""
    import httpx

    from sync.admin.national_keys import ONLINE_KEY, save_key
    from tests.integration.live_server import closed_port_url

    passphrase = "benchmark-sleutel-123"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        repo, online = build(tmp / "repo")
        (tmp / "keys").mkdir()
        save_key(tmp / "keys" / ONLINE_KEY, online, passphrase.encode())
        url = closed_port_url()
        env = {**os.environ, "ROUTEKAART_ONLINE_PASSPHRASE": passphrase}
        server = subprocess.Popen(
            [sys.executable, "-m", "desktop.launcher", "serve", "--repo", str(repo.path), "--keys",
             str(tmp / "keys"), "--port", url.rsplit(":", 1)[1]],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    httpx.get(f"{url}/metadata/timestamp.json", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            yield url, server.pid
        finally:
            server.terminate()
            server.wait(timeout=10)
