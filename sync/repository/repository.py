"""The repository directory: signed metadata under ``metadata/``, target files under ``targets/``.

Layout (consistent snapshots, so a client always reads one coherent state and a CDN can cache
every file but one forever)::

    metadata/N.root.json  N.targets.json  N.region-<id>.json  N.snapshot.json  timestamp.json
    targets/national/<sha256>.hssk.json   targets/regions/<id>/<sha256>.bundle.json
    repository.json (expiry policy)  audit.log  .lock      -- not served

What is served is world-readable (files 0644, folders 0755), so a web server running as its own
user (Debian's nginx: ``www-data``) can serve ``metadata/`` and ``targets/``; the rest stays
private to the operator (0600). Repositories made before that are brought into line when the
service starts (``Repository.make_servable``).

``timestamp.json`` is the commit point: every change first writes new versioned files, then the
snapshot that lists them, and only then replaces ``timestamp.json``. A change interrupted
half-way therefore leaves the old state served and only unreferenced files behind; the next
change overwrites them. The current version of every role is read from the committed chain
(timestamp -> snapshot -> role), never from the newest file on disk.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from securesystemslib.signer import Signer, SSlibKey
from tuf.api.metadata import (
    DelegatedRole,
    Delegations,
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from routekaarten.atomic_write import write_atomic
from sync import layout
from sync.errors import RepositoryStateError
from sync.file_lock import LOCK_TIMEOUT, FileLock, LockTimeoutError
from sync.repository.expiry import ExpiryPolicy

POLICY_FILE = "repository.json"
SERVED_FILE_MODE = 0o644
SERVED_DIR_MODE = 0o755
# Room a commit needs besides its own files: new snapshot, timestamp and audit lines.
MIN_FREE_BYTES = 16 * 1024 * 1024
LOCK_FILE = ".lock"
_SERIALIZER = JSONSerializer(compact=False)
# One commit at a time within a process (threads of the service), and across processes (the file lock).
_THREAD_LOCK = threading.RLock()


def to_bytes(md: Metadata[Any]) -> bytes:
    return md.to_bytes(_SERIALIZER)


class Repository:
    """A repository directory on disk; every write happens inside ``locked()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.metadata_dir = path / layout.METADATA_DIR
        self.targets_dir = path / layout.TARGETS_DIR
        policy_file = path / POLICY_FILE
        if policy_file.exists():
            import json

            self.policy = ExpiryPolicy.from_dict(json.loads(policy_file.read_text(encoding="utf-8")))
        else:
            self.policy = ExpiryPolicy()

    @classmethod
    def open(cls, path: Path) -> Repository:
        repo = cls(path)
        if not (repo.metadata_dir / "timestamp.json").exists():
            raise RepositoryStateError(
                f"{path} is geen Routekaart-repository (metadata/timestamp.json ontbreekt); "
                "maak er een met 'routekaart admin init'."
            )
        return repo

    @contextmanager
    def locked(self, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        with _THREAD_LOCK:
            lock = FileLock(self.path / LOCK_FILE, timeout)
            try:
                lock.acquire()
            except LockTimeoutError as error:
                raise RepositoryStateError(
                    f"De repository {self.path} is bezet door een ander proces; probeer het opnieuw."
                ) from error
            except OSError as error:  # the lock file cannot be made: a read-only or vanished folder
                raise RepositoryStateError(
                    f"De repository {self.path} is niet beschrijfbaar ({error.strerror or error}; een "
                    "alleen-lezen bestandssysteem?); er is niets gewijzigd, de vorige stand blijft staan."
                ) from error
            try:
                yield
            finally:
                lock.release()

    # reading the committed state -------------------------------------------------------------

    def _read(self, name: str) -> Metadata[Any]:
        try:
            return Metadata.from_file(str(self.metadata_dir / name))
        except FileNotFoundError as error:
            raise RepositoryStateError(f"Metadatabestand {name} ontbreekt in {self.metadata_dir}.") from error
        except Exception as error:
            raise RepositoryStateError(f"Metadatabestand {name} is onleesbaar: {error}") from error

    def timestamp(self) -> Metadata[Timestamp]:
        return self._read("timestamp.json")

    def snapshot(self) -> Metadata[Snapshot]:
        return self._read(f"{self.timestamp().signed.snapshot_meta.version}.snapshot.json")

    def root(self) -> Metadata[Root]:
        versions = [int(p.name.split(".")[0]) for p in self.metadata_dir.glob("*.root.json")
                    if p.name.split(".")[0].isdigit()]  # a stray 'root.json' copy is not a version
        if not versions:
            raise RepositoryStateError(f"Geen root-metadata in {self.metadata_dir}.")
        return self._read(f"{max(versions)}.root.json")

    def role_version(self, role: str, snapshot: Snapshot | None = None) -> int | None:
        meta = (snapshot or self.snapshot().signed).meta.get(f"{role}.json")
        return meta.version if meta else None

    def targets(self, role: str = Targets.type, snapshot: Snapshot | None = None) -> Metadata[Targets] | None:
        version = self.role_version(role, snapshot)
        return None if version is None else self._read(f"{version}.{role}.json")

    def national_targets(self) -> Metadata[Targets]:
        md = self.targets()
        if md is None:
            raise RepositoryStateError("De repository heeft geen targets-metadata.")
        return md

    def region_delegation(self, region_id: str, targets: Targets | None = None) -> DelegatedRole | None:
        delegations = (targets or self.national_targets().signed).delegations
        if delegations is None or delegations.roles is None:
            return None
        return delegations.roles.get(layout.region_role(region_id))

    # writing ---------------------------------------------------------------------------------

    def _write(self, path: Path, data: bytes) -> None:
        """A served file; a full or read-only disk becomes a Dutch RepositoryStateError."""
        try:
            _served_dirs(self.path, path.parent)
            write_atomic(path, data, mode=SERVED_FILE_MODE)
        except OSError as error:
            raise RepositoryStateError(
                f"{path.name} kon niet worden geschreven in {path.parent} ({error.strerror or error}); "
                "er is niets gepubliceerd, de vorige stand blijft staan. Maak ruimte vrij of controleer de "
                "rechten.") from error

    def free_bytes(self) -> int:
        import shutil

        return shutil.disk_usage(self.path).free

    def check_free_space(self, needed: int = 0) -> None:
        """Refuse a change (503 at the service) before anything is written when the disk is nearly full."""
        try:
            free = self.free_bytes()
        except OSError as error:
            raise RepositoryStateError(f"De schijf van {self.path} is niet te lezen: {error}") from error
        if free < needed + MIN_FREE_BYTES:
            raise RepositoryStateError(
                f"De schijf van de repository is (bijna) vol: {free // (1024 * 1024)} MB vrij. Er is niets "
                "gewijzigd; maak ruimte vrij en probeer het opnieuw.")

    def make_servable(self) -> int:
        """Give what is served its modes (0644/0755); the number of files or folders changed."""
        changed = 0
        for top in (self.metadata_dir, self.targets_dir):
            for path in (top, *top.rglob("*")):
                if path.is_symlink():
                    continue
                wanted = SERVED_DIR_MODE if path.is_dir() else SERVED_FILE_MODE
                if path.name.startswith(".") and path.is_file():
                    continue  # a temp file of a write under way
                if path.stat().st_mode & 0o777 != wanted:
                    path.chmod(wanted)
                    changed += 1
        return changed

    def write_metadata(self, role: str, md: Metadata[Any]) -> None:
        name = "timestamp.json" if role == Timestamp.type else f"{md.signed.version}.{role}.json"
        self._write(self.metadata_dir / name, to_bytes(md))

    def write_target(self, target_path: str, data: bytes) -> TargetFile:
        """Store a target under its hash-prefixed name; an identical file already there is kept."""
        sha256 = hashlib.sha256(data).hexdigest()
        path = self.targets_dir / layout.hash_prefixed(target_path, sha256)
        if not path.exists():
            self._write(path, data)
        return TargetFile(length=len(data), hashes={"sha256": sha256}, path=target_path)

    def commit(self, changed: dict[str, Metadata[Any]], online: Signer,
               now: datetime | None = None) -> None:
        """Write changed roles, then a new snapshot, then (last) a new timestamp. Call inside ``locked()``."""
        self._check_online(online)
        for role, md in changed.items():
            self.write_metadata(role, md)
        try:
            snapshot_md = self.snapshot()
            snapshot_md.signed.version += 1
        except RepositoryStateError:
            if (self.metadata_dir / "timestamp.json").exists():
                raise
            snapshot_md = Metadata(Snapshot(meta={}))
        snapshot = snapshot_md.signed
        for role, md in changed.items():
            if role != Root.type:
                snapshot.meta[f"{role}.json"] = MetaFile(version=md.signed.version)
        snapshot.expires = self.policy.expires(Snapshot.type, now)
        snapshot_md.sign(online)
        self.write_metadata(Snapshot.type, snapshot_md)
        self._write_timestamp(snapshot_md, online, now)

    def _write_timestamp(self, snapshot_md: Metadata[Snapshot], online: Signer, now: datetime | None) -> None:
        raw = to_bytes(snapshot_md)
        meta = MetaFile(
            version=snapshot_md.signed.version,
            length=len(raw),
            hashes={"sha256": hashlib.sha256(raw).hexdigest()},
        )
        try:
            version = self.timestamp().signed.version + 1
        except RepositoryStateError:
            version = 1
        timestamp_md = Metadata(Timestamp(version=version, expires=self.policy.expires(Timestamp.type, now),
                                          snapshot_meta=meta))
        timestamp_md.sign(online)
        self.write_metadata(Timestamp.type, timestamp_md)

    def trusts_online(self, online: Signer) -> bool:
        """Does the newest root trust ``online`` for snapshot and timestamp? (Not after a rotation.)"""
        roles = self.root().signed.roles
        return all(online.public_key.keyid in roles[role].keyids for role in (Snapshot.type, Timestamp.type))

    def _check_online(self, online: Signer) -> None:
        """Nothing is written with an online key root no longer trusts: every workstation would refuse it."""
        if not self.trusts_online(online):
            raise RepositoryStateError(
                f"De online sleutel {online.public_key.keyid[:16]}… wordt niet vertrouwd door root versie "
                f"{self.root().signed.version} (vervangen met 'admin rotate'?). Er is niets geschreven; "
                "herstart de service met de nieuwe online.pem.")

    def resign_online(self, online: Signer, now: datetime | None = None, force: bool = False) -> list[str]:
        """Re-sign snapshot and/or timestamp when they near expiry; returns the roles re-signed."""
        with self.locked():
            self._check_online(online)
            snapshot_md = self.snapshot()
            if force or self.policy.needs_resign(Snapshot.type, snapshot_md.signed.expires, now):
                self.commit({}, online, now)
                return [Snapshot.type, Timestamp.type]
            if self.policy.needs_resign(Timestamp.type, self.timestamp().signed.expires, now):
                self._write_timestamp(snapshot_md, online, now)
                return [Timestamp.type]
        return []

    # national operations (offline keys) ---------------------------------------------------------

    def _resigned_targets(self, md: Metadata[Targets], targets_signer: Signer) -> Metadata[Targets]:
        md.signed.version += 1
        md.signed.expires = self.policy.expires(Targets.type)
        md.sign(targets_signer)
        return md

    def delegate(self, region_id: str, keys: list[SSlibKey], targets_signer: Signer, online: Signer,
                 *, replace: bool = False) -> DelegatedRole:
        """Let ``keys`` sign region ``region_id`` (threshold 1); ``replace`` drops the region's other keys."""
        if not layout.is_region_id(region_id):
            raise RepositoryStateError(f"Ongeldige regio-id '{region_id}' (kleine letters, cijfers en '-').")
        with self.locked():
            md = self.national_targets()
            self._check_signer(md, targets_signer)
            targets = md.signed
            if targets.delegations is None:
                targets.delegations = Delegations(keys={}, roles={})
            roles = targets.delegations.roles
            assert roles is not None  # this repository never uses succinct roles
            name = layout.region_role(region_id)
            if name not in roles:
                roles[name] = DelegatedRole(name, [], 1, terminating=True,
                                            paths=layout.region_paths(region_id))
            if replace:
                for keyid in list(roles[name].keyids):
                    targets.revoke_key(keyid, name)
            for key in keys:
                targets.add_key(key, name)
            self.commit({Targets.type: self._resigned_targets(md, targets_signer)}, online)
            self._audit("delegate", md, region=region_id, keyids=list(roles[name].keyids), replace=replace)
            return roles[name]

    def revoke(self, region_id: str, keyid: str, targets_signer: Signer, online: Signer) -> None:
        """Withdraw one key from a region; what it signed is refused by clients from now on."""
        with self.locked():
            md = self.national_targets()
            self._check_signer(md, targets_signer)
            if self.region_delegation(region_id, md.signed) is None:
                raise RepositoryStateError(f"Regio '{region_id}' is niet gedelegeerd.")
            try:
                md.signed.revoke_key(keyid, layout.region_role(region_id))
            except ValueError as error:
                raise RepositoryStateError(f"Sleutel {keyid} hoort niet bij regio '{region_id}'.") from error
            self.commit({Targets.type: self._resigned_targets(md, targets_signer)}, online)
            self._audit("revoke", md, region=region_id, keyid=keyid)

    def add_national(self, raw: bytes, targets_signer: Signer, online: Signer) -> TargetFile:
        """Sign a new national bundle (HSSK) with the offline targets key, after validating it."""
        from routekaarten.bundles import parse_json, validate
        from routekaarten.errors import BundleError

        issues = validate(parse_json(raw, layout.NATIONAL_TARGET), "national")
        if issues:
            raise BundleError(layout.NATIONAL_TARGET, issues)
        with self.locked():
            md = self.national_targets()
            self._check_signer(md, targets_signer)
            target = self.write_target(layout.NATIONAL_TARGET, raw)
            md.signed.targets[layout.NATIONAL_TARGET] = target
            self.commit({Targets.type: self._resigned_targets(md, targets_signer)}, online)
            self._audit("national", md, sha256=target.hashes["sha256"])
            return target

    def _audit(self, action: str, md: Metadata[Targets], **details: Any) -> None:
        """One line in audit.log per national change, next to the publishes (``sync.repository.audit``)."""
        from sync.repository import audit

        audit.append(self.path, {"result": "national", "action": action, "targets_version": md.signed.version,
                                 "signed_by": sorted(md.signatures), **details})

    def _check_signer(self, md: Metadata[Targets], signer: Signer) -> None:
        """Refuse early, with a clear message, a key that root does not trust for targets."""
        root = self.root().signed
        if signer.public_key.keyid not in root.roles[Targets.type].keyids:
            raise RepositoryStateError(
                "Deze sleutel is niet de landelijke targets-sleutel van deze repository.")


def init_repository(path: Path, root_signers: Sequence[Signer], root_threshold: int, *,
                    targets_signer: Signer, online: Signer, policy: ExpiryPolicy) -> Repository:
    """A new repository: root (offline, threshold), targets (offline), snapshot+timestamp (online)."""
    if (path / layout.METADATA_DIR / "timestamp.json").exists():
        raise RepositoryStateError(f"{path} bevat al een repository; er is niets overschreven.")
    if not 1 <= root_threshold <= len(root_signers):
        raise RepositoryStateError(
            f"Drempel {root_threshold} past niet bij {len(root_signers)} rootsleutel(s).")
    _served_dirs(path, path / layout.METADATA_DIR, path / layout.TARGETS_DIR)  # served even while empty
    write_atomic(path / POLICY_FILE, policy.to_json().encode())
    repo = Repository(path)
    root = Root(expires=policy.expires(Root.type), consistent_snapshot=True)
    for signer in root_signers:
        root.add_key(signer.public_key, Root.type)
    root.roles[Root.type].threshold = root_threshold
    root.add_key(targets_signer.public_key, Targets.type)
    root.add_key(online.public_key, Snapshot.type)
    root.add_key(online.public_key, Timestamp.type)
    root_md = Metadata(root)
    for signer in root_signers:
        root_md.sign(signer, append=True)
    targets_md = Metadata(Targets(expires=policy.expires(Targets.type)))
    targets_md.signed.delegations = Delegations(keys={}, roles={})
    targets_md.sign(targets_signer)
    with repo.locked():
        repo.write_metadata(Root.type, root_md)
        repo.commit({Targets.type: targets_md}, online)
    return repo


def _served_dirs(top: Path, *folders: Path) -> None:
    """Create ``folders`` (and any parents below ``top``) readable for a web server's user."""
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        for path in (folder, *folder.parents):
            if path == top.parent or top not in (path, *path.parents):
                break
            if path.stat().st_mode & 0o777 != SERVED_DIR_MODE:
                path.chmod(SERVED_DIR_MODE)
