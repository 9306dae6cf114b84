"""``routekaart admin embed``: copy the repository's current signed state into ``resources/tuf``.

Run by the national admin (or the release pipeline) before building the app, so that a fresh
install starts with signed data (``sync.client.shipped``). Only files are copied -- no key is needed and
nothing is re-signed: what ships is exactly what the service serves. The copy is verified with
the same offline check the app runs, and written to a temporary folder that replaces the
output folder in one rename, so a failed export leaves the previous one intact.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tuf.api.metadata import Snapshot, Targets, Timestamp

from sync import layout
from sync.client.kept_metadata import SignedDataError, load_trusted, role_file, target_file, verified_target
from sync.client.offered import offered_bundles
from sync.errors import RepositoryStateError
from sync.repository.repository import Repository, to_bytes


@dataclass(frozen=True)
class ShippedExport:
    root_version: int
    snapshot_version: int
    timestamp_expires: str
    bundles: tuple[str, ...]  # target paths


def export_shipped(repo: Repository, out: Path) -> ShippedExport:
    """Write ``out/root.json``, ``out/metadata/``, ``out/targets/``; an old ``out`` goes only at the end."""
    staging = out.with_name(f".{out.name}.export")
    if staging.exists():
        shutil.rmtree(staging)
    with repo.locked():
        export = _write(repo, staging)
    _check(staging)
    old = out.with_name(f".{out.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.replace(old)
    staging.replace(out)
    if old.exists():
        shutil.rmtree(old)
    return export


def _write(repo: Repository, staging: Path) -> ShippedExport:
    metadata_dir = staging / "metadata"
    (metadata_dir / "root_history").mkdir(parents=True)
    roots = sorted(repo.metadata_dir.glob("*.root.json"), key=lambda p: int(p.name.split(".")[0]))
    for root in roots:
        shutil.copyfile(root, metadata_dir / "root_history" / root.name)
    shutil.copyfile(roots[-1], staging / "root.json")
    root_md = repo.root()
    timestamp_md = repo.timestamp()
    snapshot_md = repo.snapshot()
    role_file(metadata_dir, Timestamp.type).write_bytes(to_bytes(timestamp_md))
    role_file(metadata_dir, Snapshot.type).write_bytes(to_bytes(snapshot_md))
    for name, meta in snapshot_md.signed.meta.items():
        role = name.removesuffix(".json")
        source = repo.metadata_dir / f"{meta.version}.{role}.json"
        shutil.copyfile(source, role_file(metadata_dir, role))
    targets = repo.national_targets().signed
    roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
    bundles = []
    for offered in offered_bundles(targets.targets, roles, snapshot_md.signed.meta):
        if offered.role == Targets.type:
            signed: Targets | None = targets
        else:
            role_md = repo.targets(offered.role)
            signed = None if role_md is None else role_md.signed
        info = None if signed is None else signed.targets.get(offered.path)
        if info is None:
            continue  # a region that published no bundle under its role
        file = repo.targets_dir / layout.hash_prefixed(info.path, info.hashes["sha256"])
        destination = target_file(staging / "targets", info.path)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(file, destination)
        bundles.append(info.path)
    return ShippedExport(root_md.signed.version, snapshot_md.signed.version,
                      timestamp_md.signed.expires.isoformat(), tuple(bundles))


def _check(staging: Path) -> None:
    """The app's own offline verification of the copy, against the root it will ship."""
    metadata_dir = staging / "metadata"
    try:
        trusted = load_trusted(metadata_dir, (staging / "root.json").read_bytes())
        targets = trusted.targets
        roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
        for offered in offered_bundles(targets.targets, roles, trusted.snapshot.meta):
            verified_target(trusted, metadata_dir, staging / "targets", offered.path)
    except SignedDataError as error:
        shutil.rmtree(staging)
        reason = f"De kopie voor de app is niet geldig ({error}); er is niets gewijzigd."
        raise RepositoryStateError(reason) from error

