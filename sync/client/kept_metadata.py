"""Verify signed metadata and target files from a local folder, without network.

Two callers: the offline re-check at start (``sync.client.offline_check``: the data folder's cache)
and the first start of a fresh install (``sync.client.shipped``: the signed repository shipped in
``resources/tuf``). Both folders have the layout ngclient's Updater keeps::

    metadata/root_history/N.root.json  timestamp.json  snapshot.json  targets.json  region-<id>.json
    targets/<sha256>.<target path, percent-quoted>     (the data folder; <target path> in a shipped copy)
    verified/<role>/timestamp.json snapshot.json targets.json <role>.json   (the data folder)

Two words, used for nothing else: *the cache* is ``metadata/`` and ``targets/``, what ngclient
keeps of the last sync; a *kept set* is one role's copy under ``verified/<role>/`` (the folder's
name on disk, kept so that existing data folders keep theirs; in code ``KEPT_SETS_DIR``), staged
as ``<role>.new`` and, for a moment while it is replaced, ``<role>.old``.

Why kept sets: ngclient updates ``metadata/`` role by role during a sync, and keeps a newer
role whose target then fails (or a sync cut off half-way) while the store rightly keeps the
older bundle; a later sync cut off in its turn leaves ``metadata/`` describing neither. So the
client keeps, per role, the metadata that vouched for the bundle the store holds: written to
``<role>.new`` before the store takes a bundle and moved to ``<role>`` once it has (or at once,
when the store already held it). A stored bundle verifies if the current metadata or one of its
role's kept sets signs it; target files are kept per sha256 so old and new stay side by side.

How (python-tuf's own rules, no home-made checks of signatures): the metadata is loaded through
ngclient's ``TrustedMetadataSet`` -- the class the Updater verifies with -- in the Updater's
order: the trusted root, newer roots from ``root_history/`` (each signed by the previous and by
itself), timestamp, snapshot (against the timestamp), targets and the delegated region roles
(against the snapshot, signatures by the delegation). tuf 7's ``Updater`` has no offline mode
(it always downloads the timestamp), hence the set itself; it is private API, so this module
pins to its behaviour and the integration tests cover it.

Expiry is NOT checked: an offline workstation's timestamp expires within a day and a shipped
repository's long before the install; that is staleness, which ``sync.client.freshness`` reports. This
is about integrity only. tuf loads only when a check runs (off the GUI thread).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from routekaarten.i18n import _
from routekaarten.store import NATIONAL_KEY, region_id_of
from sync import layout

if TYPE_CHECKING:
    from tuf.api.metadata import TargetFile
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet

# The data folder's: metadata/, targets/, verified/ (sync.client.updater, .shipped, .offline_check).
TUF_DIR = "tuf"
_MAX_DELEGATIONS = 32  # ngclient's UpdaterConfig default
KEPT_SETS_DIR = "verified"  # the kept sets; the name on disk since the first release


class SignedDataError(Exception):
    """A Dutch reason why the signed data in a folder could not be verified."""


def role_file(metadata_dir: Path, role: str) -> Path:
    """Where ngclient keeps a role's current metadata (``quote`` as the Updater does)."""
    return metadata_dir / f"{quote(role, '')}.json"


def target_file(targets_dir: Path, target_path: str) -> Path:
    """A target in a shipped copy (``sync.repository.shipped_export``), and in version 1 data folders."""
    return targets_dir / quote(target_path, "")


def strongest_hash(hashes: dict[str, str]) -> str:
    """The name a target is cached under: its sha256, else the strongest hash it has, never empty."""
    for algorithm in ("sha256", "sha512", "sha384", "blake2b", "sha3_512", "sha3_256"):
        if hashes.get(algorithm):
            return hashes[algorithm]
    if not any(hashes.values()):
        raise SignedDataError(_("het ondertekende bestand heeft geen hash"))
    return sorted(value for value in hashes.values() if value)[0]


def cached_target_file(targets_dir: Path, target_path: str, sha256: str) -> Path:
    """Where the cache holds one version of a target: old and new side by side."""
    return targets_dir / f"{sha256}.{quote(target_path, '')}"


def target_path_of(store_key: str) -> str:
    """The store's bundle key -> the target path in the repository."""
    if store_key == NATIONAL_KEY:
        return layout.NATIONAL_TARGET
    return layout.region_target(_region_of(store_key))


def metadata_sources(tuf_dir: Path, store_key: str) -> list[Path]:
    """The metadata folders a stored bundle may be verified against: the cache's first, then the kept sets."""
    kept = _kept(tuf_dir, _role_of(store_key))
    new, old = kept.with_name(kept.name + ".new"), kept.with_name(kept.name + ".old")
    return [tuf_dir / "metadata", kept, new, old]


def roles_without_kept_set(tuf_dir: Path, roles: Iterable[str]) -> list[str]:
    """The roles that have no kept set yet (a data folder from before they existed); one listing."""
    folder = tuf_dir / KEPT_SETS_DIR
    present = {entry.name for entry in folder.iterdir()} if folder.is_dir() else set()
    return [role for role in roles if quote(role, "") not in present]


def settle_staged_set(tuf_dir: Path, role: str, target_path: str, stored_sha256: str | None) -> None:
    """Before staging anew: a set staged by a sync cut off after its import still vouches for the store.

    Without this, the next sync's staging would replace it while the store holds its bundle.
    Read without verifying: this only chooses which set to keep; the check verifies it.
    """
    new = _kept(tuf_dir, role).with_name(_kept(tuf_dir, role).name + ".new")
    try:
        signed = json.loads(role_file(new, role).read_bytes())["signed"]["targets"][target_path]["hashes"]
    except (OSError, ValueError, KeyError, TypeError):
        signed = None
    if signed is not None and stored_sha256 and signed.get("sha256") == stored_sha256:
        commit_kept_set(tuf_dir, role)
    else:
        drop_staged_set(tuf_dir, role)


def stage_kept_set(tuf_dir: Path, role: str) -> None:
    """Before the store takes ``role``'s bundle: keep the metadata ngclient just verified for it."""
    import shutil

    new = _kept(tuf_dir, role).with_name(_kept(tuf_dir, role).name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    new.mkdir(parents=True)
    for name in dict.fromkeys(("timestamp", "snapshot", "targets", role)):
        _keep_file(role_file(tuf_dir / "metadata", name), role_file(new, name))


def _keep_file(source: Path, target: Path) -> None:
    """A hard link where the file system allows it (cheap), else a copy.

    Safe because nothing rewrites a metadata file in place: ngclient, the seed and the sync all
    write a new file and rename it over the old one, which leaves the linked version as it was.
    """
    import shutil

    try:
        target.hardlink_to(source)
    except OSError:
        shutil.copyfile(source, target)


def commit_kept_set(tuf_dir: Path, role: str) -> None:
    """The store holds the bundle ``stage_kept_set`` vouched for: it becomes the kept set."""
    import shutil

    kept = _kept(tuf_dir, role)
    new, old = kept.with_name(kept.name + ".new"), kept.with_name(kept.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if kept.exists():
        kept.replace(old)
    new.replace(kept)
    shutil.rmtree(old, ignore_errors=True)


def drop_staged_set(tuf_dir: Path, role: str) -> None:
    """The store did not take the bundle: the kept set still vouches for what it holds."""
    import shutil

    kept = _kept(tuf_dir, role)
    shutil.rmtree(kept.with_name(kept.name + ".new"), ignore_errors=True)


def _kept(tuf_dir: Path, role: str) -> Path:
    return tuf_dir / KEPT_SETS_DIR / quote(role, "")


def _role_of(store_key: str) -> str:
    if store_key == NATIONAL_KEY:
        return "targets"
    return layout.region_role(_region_of(store_key))


def _region_of(store_key: str) -> str:
    region_id = region_id_of(store_key)
    if region_id is None:
        raise ValueError(f"not a bundle key: {store_key!r}")
    return region_id


def _read(metadata_dir: Path, role: str) -> bytes:
    try:
        return role_file(metadata_dir, role).read_bytes()
    except OSError as error:
        missing = _("de ondertekende gegevens ({role}) ontbreken op deze computer", role=role)
        raise SignedDataError(missing) from error


def load_trusted(metadata_dir: Path, trusted_root: bytes,
                 history_dir: Path | None = None) -> TrustedMetadataSet:
    """Root chain, timestamp, snapshot and top-level targets, verified; expiry not checked.

    The newer roots come from ``history_dir`` (default ``metadata_dir/root_history``): a kept set
    uses the data folder's, which holds every root the workstation has followed.
    """
    from tuf.api.exceptions import RepositoryError
    from tuf.api.metadata import Root, Snapshot, Targets, Timestamp
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet
    from tuf.ngclient.config import EnvelopeType

    try:
        trusted = TrustedMetadataSet(trusted_root, EnvelopeType.METADATA)
    except (RepositoryError, ValueError, TypeError, KeyError) as error:
        raise SignedDataError(_("de vertrouwde root van deze installatie is ongeldig ({error})",
                                 error=error)) from error
    trusted.reference_time = datetime(1970, 1, 1, tzinfo=UTC)  # integrity only: see the docstring
    role = Root.type
    try:
        while True:
            newer = (history_dir or metadata_dir / "root_history") / f"{trusted.root.version + 1}.root.json"
            if not newer.is_file():
                break
            trusted.update_root(newer.read_bytes())
        for role in (Timestamp.type, Snapshot.type, Targets.type):
            data = _read(metadata_dir, role)
            if role == Timestamp.type:
                trusted.update_timestamp(data)
            elif role == Snapshot.type:
                trusted.update_snapshot(data)
            else:
                trusted.update_targets(data)
    except (OSError, RepositoryError, ValueError, TypeError, KeyError, RuntimeError) as error:
        reason = _("de opgeslagen ondertekende gegevens ({role}) zijn ongeldig: {error}",
                   role=role, error=error)
        raise SignedDataError(reason) from error
    return trusted


def find_target(trusted: TrustedMetadataSet, metadata_dir: Path, path: str) -> TargetFile | None:
    """``Updater.get_targetinfo``'s pre-order walk of the delegations, from local files only."""
    from tuf.api.exceptions import RepositoryError
    from tuf.api.metadata import Targets

    stack: list[tuple[str, str]] = [(Targets.type, "root")]
    visited: set[str] = set()
    while stack and len(visited) <= _MAX_DELEGATIONS:
        role, parent = stack.pop()
        if role in visited:
            continue
        if role == Targets.type:
            targets = trusted.targets
        else:
            try:
                targets = trusted.update_delegated_targets(_read(metadata_dir, role), role, parent)
            except (RepositoryError, ValueError, TypeError, KeyError) as error:
                raise SignedDataError(_("de ondertekende gegevens ({role}) zijn ongeldig: {error}",
                                         role=role, error=error)) from error
        visited.add(role)
        if path in targets.targets:
            return targets.targets[path]
        if targets.delegations is not None:
            children = []
            for child, terminating in targets.delegations.get_roles_for_target(path):
                children.append((child, role))
                if terminating:
                    stack.clear()
                    break
            stack.extend(reversed(children))
    return None


def verified_target(trusted: TrustedMetadataSet, metadata_dir: Path, targets_dir: Path,
                    target_path: str) -> tuple[TargetFile, bytes]:
    """The signed info of ``target_path`` and its file's bytes, checked against length and hashes."""
    from tuf.api.exceptions import RepositoryError

    info = find_target(trusted, metadata_dir, target_path)
    if info is None:
        raise SignedDataError(_("de ondertekende gegevens noemen deze bundel niet"))
    file = cached_target_file(targets_dir, info.path, strongest_hash(info.hashes))
    if not file.is_file():
        file = target_file(targets_dir, info.path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise SignedDataError(_("het ondertekende bestand ontbreekt op deze computer")) from error
    try:
        info.verify_length_and_hashes(raw)
    except RepositoryError as error:
        raise SignedDataError(_("het opgeslagen ondertekende bestand is gewijzigd")) from error
    return info, raw
