"""The signed repository shipped with the app: a fresh install's first data, verified offline.

A fresh install shows signed data before its first sync (docs/architecture.md,
"Workstation client"). At release time the national admin copies the live repository's
current state into ``resources/tuf/`` (``routekaart admin embed``, ``sync.repository.shipped_export``) in
the layout ngclient keeps in a data folder::

    resources/tuf/root.json                  the root this installation trusts
    resources/tuf/metadata/...               timestamp, snapshot, targets, region roles, root_history/
    resources/tuf/targets/...                the bundles those sign

On the first start of a data folder (nothing synced yet) this verifies that copy against the
trusted root with python-tuf (``sync.client.kept_metadata``; signatures, delegations, hashes, but not
expiry: a shipped timestamp has long expired), copies it into the data folder's ``tuf/`` cache
and imports the bundles into the store as origin 'seed'. Two things follow:

- the app shows signed data at once, offline; the saved state names the shipped timestamp's
  expiry, so the banner says honestly that the source has not confirmed it since;
- the first real sync starts from these versions: ngclient loads the cached timestamp and
  snapshot as the floor, so a server (or attacker) offering anything older is refused as a
  rollback, exactly as after a sync.

A data folder that has synced is never touched: its own cache is newer or equal. A shipped copy
that fails verification installs nothing (the unsigned embedded data stays) and says why.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from routekaarten.atomic_write import write_atomic
from routekaarten.i18n import _
from routekaarten.store import BundleOrigin, Store, region_id_of
from sync.client.kept_metadata import (
    TUF_DIR,
    SignedDataError,
    cached_target_file,
    commit_kept_set,
    drop_staged_set,
    load_trusted,
    role_file,
    stage_kept_set,
    target_file,
    verified_target,
)
from sync.client.offered import Offered, import_offered, offered_bundles
from sync.client.state import SyncState, TargetState
from sync.file_lock import data_folder_lock

if TYPE_CHECKING:
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet

SHIPPED_INSTALLED = "installed"  # SyncState.last_status after an install from the shipped repository


@dataclass(frozen=True)
class ShippedInstall:
    """``installed``: the store keys taken from the shipped repository; ``problems``: Dutch reasons."""

    installed: tuple[str, ...]
    problems: tuple[str, ...] = ()

    @property
    def region_ids(self) -> tuple[str, ...]:
        return tuple(region_id for key in self.installed if (region_id := region_id_of(key)) is not None)


def install_shipped(
    data_dir: Path, store: Store, shipped_dir: Path, trusted_root: bytes
) -> ShippedInstall | None:
    """Take the shipped repository as the data folder's signed data; None when not applicable.

    Not applicable: the data folder has synced (its own cache is at least as new), or it holds a
    newer shipped state than this one (an older app installed over a newer). A folder that only
    ever had shipped data takes a newer release's. Raises only for local trouble (disk, lock),
    like ``SyncClient.sync``.
    """
    tuf_dir = data_dir / TUF_DIR
    shipped_metadata = shipped_dir / "metadata"
    with data_folder_lock(tuf_dir):
        cached = role_file(tuf_dir / "metadata", "timestamp")
        if cached.exists() and SyncState.load(data_dir).last_status != SHIPPED_INSTALLED:
            return None
        try:
            trusted = load_trusted(shipped_metadata, trusted_root)
        except SignedDataError as error:
            return ShippedInstall((), (_("De meegeleverde ondertekende gegevens zijn geweigerd: {error}.",
                                          error=error),))
        if cached.exists() and trusted.timestamp.version < _version(cached.read_bytes()):
            return None
        targets, snapshot = trusted.targets, trusted.snapshot
        roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
        verified: list[tuple[Offered, bytes]] = []
        problems: list[str] = []
        for offered in offered_bundles(targets.targets, roles, snapshot.meta):
            try:
                _info, raw = verified_target(trusted, shipped_metadata, shipped_dir / "targets", offered.path)
            except SignedDataError as error:
                problems.append(_("{path}: {error}; niet overgenomen.", path=offered.path, error=error))
                continue
            verified.append((offered, raw))
        _copy_cache(shipped_dir, tuf_dir, [offered.path for offered, _ in verified])
        return _import(data_dir, store, trusted, verified, problems)


def _copy_cache(shipped_dir: Path, tuf_dir: Path, target_paths: list[str]) -> None:
    """The verified files into the data folder's cache; the timestamp last, as its commit point."""
    shipped_metadata, metadata_dir = shipped_dir / "metadata", tuf_dir / "metadata"
    for path in target_paths:
        raw = target_file(shipped_dir / "targets", path).read_bytes()
        write_atomic(cached_target_file(tuf_dir / "targets", path, _sha256(raw)), raw, durable=False)
    history = shipped_metadata / "root_history"
    if history.is_dir():
        (metadata_dir / "root_history").mkdir(parents=True, exist_ok=True)
        for root in sorted(history.glob("*.root.json")):
            shutil.copyfile(root, metadata_dir / "root_history" / root.name)
    for file in sorted(shipped_metadata.glob("*.json")):
        if file.name not in ("timestamp.json", "root.json"):
            write_atomic(metadata_dir / file.name, file.read_bytes(), durable=False)
    write_atomic(metadata_dir / "timestamp.json", (shipped_metadata / "timestamp.json").read_bytes(),
                 durable=False)


def _import(data_dir: Path, store: Store, trusted: TrustedMetadataSet,
            verified: list[tuple[Offered, bytes]], problems: list[str]) -> ShippedInstall:
    tuf_dir = data_dir / TUF_DIR
    now = datetime.now(UTC).isoformat(timespec="seconds")
    state = SyncState(timestamp_expires=trusted.timestamp.expires.isoformat(),
                      snapshot_version=trusted.timestamp.snapshot_meta.version,
                      last_attempt=now, last_status=SHIPPED_INSTALLED)
    installed = []
    for offered, raw in verified:
        stage_kept_set(tuf_dir, offered.role)  # as the sync does: see sync.client.kept_metadata
        embedded = _origin(store, offered.key) is BundleOrigin.EMBEDDED
        if store.bundle_sha(offered.key) != _sha256(raw) or embedded:
            refused = import_offered(store, offered, raw, BundleOrigin.SHIPPED, _("meegeleverd"))
            if refused:
                drop_staged_set(tuf_dir, offered.role)
                problems.append(f"{offered.path}: {refused}")
                continue
        commit_kept_set(tuf_dir, offered.role)
        installed.append(offered.key)
        signer = trusted.targets if offered.role == "targets" else trusted[offered.role]
        info = store.bundle_info(offered.key) or {}
        state.targets[offered.path] = TargetState(
            path=offered.path, role=offered.role, version=signer.version, expires=signer.expires.isoformat(),
            sha256=_sha256(raw), revision=info.get("revision"), verified_at=now,
        )
    in_use = _("Meegeleverde ondertekende gegevens in gebruik.")
    state.last_reason = " ".join(problems) if problems else in_use
    state.save(data_dir)
    return ShippedInstall(tuple(installed), tuple(problems))


def _version(timestamp: bytes) -> int:
    """The version of a cached timestamp (verified when it was installed); unreadable counts as 0."""
    try:
        version = json.loads(timestamp)["signed"]["version"]
    except (ValueError, KeyError, TypeError):
        return 0
    return version if isinstance(version, int) else 0


def _origin(store: Store, key: str) -> BundleOrigin | None:
    info = store.bundle_info(key)
    return None if info is None else BundleOrigin(info["origin"])


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()

