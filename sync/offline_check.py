"""Re-verify, without network, the bundles in the store against the cached signed metadata.

Issue 4, client: "re-verify the cached files offline at start". A workstation is often offline;
this says whether what it shows is still exactly what the signers signed, using only the data
folder: the trusted root shipped with the app, the metadata the last sync cached in ``tuf/``
and the target files it downloaded there.

How (python-tuf's own rules, no home-made checks of signatures):

1. The metadata is loaded through ngclient's ``TrustedMetadataSet`` -- the class the Updater
   verifies with -- in the Updater's order: the trusted root, newer roots from
   ``root_history/`` (each signed by the previous and by itself), timestamp, snapshot (against
   the timestamp), targets and the delegated region roles (against the snapshot, signatures by
   the delegation). tuf 7.0.1's ``Updater`` has no offline mode (it always downloads the
   timestamp), hence the set itself; it is private API, so this module pins to its behaviour
   and the integration tests cover it.
2. Expiry is NOT checked here: an offline workstation's timestamp expires within a day, and
   that is staleness, which ``sync.freshness`` already reports from the saved state. This check
   is about integrity only.
3. For every bundle the store holds from a sync: the target info is found by the same
   delegation walk as ``Updater.get_targetinfo``; the stored sha256 must equal the signed one,
   the cached target file must match the signed length and hashes, and the JSON in the store
   must be what importing that file produces. Anything missing or different fails closed.

Bundles shipped with the app (origin 'embedded') are not signed: reported, not an error.
tuf loads only here, when the check runs (off the GUI thread).
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from routekaarten.store import NATIONAL_KEY, Store, stored_form
from sync import layout
from sync.file_lock import FileLock, LockTimeoutError

if TYPE_CHECKING:
    from tuf.api.metadata import TargetFile
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet

TUF_DIR = "tuf"  # sync.client.TUF_DIR, repeated so this module does not import the client
_MAX_DELEGATIONS = 32  # ngclient's UpdaterConfig default
_LOCK_TIMEOUT = 30.0


class CheckStatus(Enum):
    VERIFIED = "verified"
    EMBEDDED = "embedded"  # shipped with the app, not signed: not an error
    FAILED = "failed"


@dataclass(frozen=True)
class BundleCheck:
    key: str  # the store's bundle key
    name: str  # Dutch, for the summary
    status: CheckStatus
    reason: str  # Dutch, empty when verified


@dataclass(frozen=True)
class OfflineCheck:
    ok: bool
    summary: str
    bundles: tuple[BundleCheck, ...]

    @property
    def failed(self) -> tuple[BundleCheck, ...]:
        return tuple(b for b in self.bundles if b.status is CheckStatus.FAILED)


@dataclass(frozen=True)
class _Row:
    key: str
    kind: str
    origin: str
    sha256: str
    json: str


class _InvalidError(Exception):
    """A Dutch reason why a bundle could not be verified."""


def verify_cached(data_dir: Path, store: Store, trusted_root: bytes) -> OfflineCheck:
    """Check ``store``'s bundles against the signed metadata cached in ``data_dir/tuf``; no network."""
    rows = [_Row(*row) for row in store.conn.execute(
        "SELECT key, kind, origin, sha256, json FROM bundles ORDER BY key").fetchall()]
    signed_rows = [row for row in rows if row.origin != "embedded"]
    checks = [BundleCheck(row.key, _name(row), CheckStatus.EMBEDDED, "meegeleverd, niet ondertekend")
              for row in rows if row.origin == "embedded"]
    if signed_rows:
        checks += _check_signed(data_dir / TUF_DIR, signed_rows, trusted_root)
    return _result(sorted(checks, key=lambda c: c.key))


def _check_signed(tuf_dir: Path, rows: list[_Row], trusted_root: bytes) -> list[BundleCheck]:
    metadata_dir = tuf_dir / "metadata"
    try:
        # the sync writes the cache under this lock; reading under it sees one consistent sync
        with FileLock(tuf_dir / ".lock", _LOCK_TIMEOUT) if tuf_dir.is_dir() else nullcontext():
            trusted = _load_metadata(metadata_dir, trusted_root)
            return [_check_row(trusted, metadata_dir, tuf_dir / "targets", row) for row in rows]
    except _InvalidError as error:
        reason = str(error)
    except LockTimeoutError:
        reason = "de controle kon niet worden gedaan: er liep nog een bijwerking"
    return [BundleCheck(row.key, _name(row), CheckStatus.FAILED, reason) for row in rows]


def _read(metadata_dir: Path, role: str) -> bytes:
    path = metadata_dir / f"{quote(role, '')}.json"
    try:
        return path.read_bytes()
    except OSError as error:
        raise _InvalidError(f"de ondertekende gegevens ({role}) ontbreken op deze computer") from error


def _load_metadata(metadata_dir: Path, trusted_root: bytes) -> TrustedMetadataSet:
    """Root chain, timestamp, snapshot and top-level targets, verified; expiry not checked."""
    from tuf.api.exceptions import RepositoryError
    from tuf.api.metadata import Root, Snapshot, Targets, Timestamp
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet
    from tuf.ngclient.config import EnvelopeType

    try:
        trusted = TrustedMetadataSet(trusted_root, EnvelopeType.METADATA)
    except (RepositoryError, ValueError, TypeError, KeyError) as error:
        raise _InvalidError(f"de vertrouwde root van deze installatie is ongeldig ({error})") from error
    trusted.reference_time = datetime(1970, 1, 1, tzinfo=UTC)  # integrity only: see the docstring
    role = Root.type
    try:
        while True:
            newer = metadata_dir / "root_history" / f"{trusted.root.version + 1}.root.json"
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
        raise _InvalidError(f"de opgeslagen ondertekende gegevens ({role}) zijn ongeldig: {error}") from error
    return trusted


def _targetinfo(trusted: TrustedMetadataSet, metadata_dir: Path, path: str) -> TargetFile | None:
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
                raise _InvalidError(f"de ondertekende gegevens ({role}) zijn ongeldig: {error}") from error
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


def _target_path(key: str) -> str:
    if key == NATIONAL_KEY:
        return layout.NATIONAL_TARGET
    return layout.region_target(key.removeprefix("region:"))


def _check_row(trusted: TrustedMetadataSet, metadata_dir: Path, targets_dir: Path, row: _Row) -> BundleCheck:
    try:
        _verify_row(trusted, metadata_dir, targets_dir, row)
    except _InvalidError as error:
        return BundleCheck(row.key, _name(row), CheckStatus.FAILED, str(error))
    return BundleCheck(row.key, _name(row), CheckStatus.VERIFIED, "")


def _verify_row(trusted: TrustedMetadataSet, metadata_dir: Path, targets_dir: Path, row: _Row) -> None:
    from tuf.api.exceptions import RepositoryError

    info = _targetinfo(trusted, metadata_dir, _target_path(row.key))
    if info is None:
        raise _InvalidError("de ondertekende gegevens noemen deze bundel niet")
    if info.hashes.get("sha256") != row.sha256:
        raise _InvalidError("de opgeslagen bundel is een andere dan de ondertekende (sha256 verschilt)")
    try:
        raw = (targets_dir / quote(info.path, "")).read_bytes()
    except OSError as error:
        raise _InvalidError("het ondertekende bestand ontbreekt op deze computer") from error
    try:
        info.verify_length_and_hashes(raw)
    except RepositoryError as error:
        raise _InvalidError("het opgeslagen ondertekende bestand is gewijzigd") from error
    try:
        expected: Any = json.loads(raw)
        if row.kind == "region":
            expected = stored_form(expected)
        same = json.loads(row.json) == expected
    except (ValueError, KeyError, TypeError):
        same = False
    if not same:
        raise _InvalidError("de inhoud in de database is gewijzigd na het controleren")


def _name(row: _Row) -> str:
    if row.key == NATIONAL_KEY:
        return "de landelijke gegevens (HSSK)"
    try:
        name = json.loads(row.json)["region"]["name"]
    except (ValueError, KeyError, TypeError):
        name = None
    return name if isinstance(name, str) and name else row.key.removeprefix("region:")


def _result(checks: list[BundleCheck]) -> OfflineCheck:
    failed = [c for c in checks if c.status is CheckStatus.FAILED]
    embedded = [c.name for c in checks if c.status is CheckStatus.EMBEDDED]
    if failed:
        summary = " ".join(
            f"De opgeslagen gegevens van {c.name} komen niet overeen met de ondertekende gegevens; "
            f"{c.reason}." for c in failed
        )
    elif any(c.status is CheckStatus.VERIFIED for c in checks):
        summary = "De opgeslagen gegevens zijn gecontroleerd tegen de ondertekende gegevens (offline)."
    else:
        summary = "Er zijn nog geen ondertekende gegevens opgeslagen."
    if embedded and not failed:
        summary += " Meegeleverd, niet ondertekend: " + ", ".join(embedded) + "."
    return OfflineCheck(not failed, summary, tuple(checks))


def verify_data_folder(data_dir: Path, root_path: Path) -> OfflineCheck:
    """The app's check at start, on its own store connection (as ``sync.workstation``), off the GUI thread."""
    from sync.commands import trusted_root

    root = trusted_root(root_path)  # unreadable: a RoutekaartError with a Dutch message
    store = Store.open(data_dir)
    try:
        return verify_cached(data_dir, store, root)
    finally:
        store.close()
