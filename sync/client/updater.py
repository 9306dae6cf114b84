"""The workstation side: fetch, verify and import the national and region bundles.

Workflow (python-tuf's ``ngclient.Updater`` does the verification):

1. Lock the data folder's ``tuf/`` directory: one Updater per folder, as ngclient requires.
2. Start from the trusted root shipped with the app (``bootstrap``); newer roots cached from
   earlier syncs are chained from there by the Updater.
3. ``refresh()``: timestamp, snapshot and targets, with every rule of the TUF client workflow
   (signatures, thresholds, versions never going back, expiry).
4. The bundles to fetch follow from the verified targets metadata: the national bundle and
   every delegated region that has published.
5. For each: ``get_targetinfo`` (verifies the region's delegated metadata); if the store
   already holds that sha256 nothing is downloaded; else download to a temp file named by its
   sha256, rename, check the bundle is of the region its signer may sign for, and import it
   into the store in one transaction (the store validates the schema). Around the import the
   metadata that vouches for the stored bundle is kept per role (``sync.client.kept_metadata``), so
   that the offline check at the next start still verifies it when this sync is cut off or a
   later one is refused half-way.

Any failure keeps the last good data: nothing reaches the store unless verified, and each
target is independent, so a region that fails does not block the others. The result says
what happened, in Dutch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tuf.api.exceptions import DownloadError, RepositoryError
from tuf.api.metadata import Metadata, TargetFile
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from routekaarten.store import BundleOrigin, Store, bundle_key
from sync import layout
from sync.client.conditional import ask_if_changed, keep_validator
from sync.client.fetcher import HttpxFetcher
from sync.client.kept_metadata import (
    TUF_DIR,
    cached_target_file,
    commit_kept_set,
    drop_staged_set,
    roles_without_kept_set,
    settle_staged_set,
    stage_kept_set,
    strongest_hash,
    target_file,
)
from sync.client.offered import Offered, import_offered, offered_bundles
from sync.client.outcomes import check_code, classify
from sync.client.state import SyncState, TargetState
from sync.file_lock import data_folder_lock
from sync.status import SyncStatus

log = logging.getLogger(__name__)


def _kept() -> str:
    return " " + _("De laatste goede gegevens blijven in gebruik.")


def _nothing_new() -> str:
    return _("Niets nieuws; de gegevens zijn actueel.")


@dataclass(frozen=True)
class TargetOutcome:
    path: str
    status: SyncStatus
    reason: str
    code: str = ""  # the check that refused, or why it was unreachable (sync.client.outcomes)


@dataclass(frozen=True)
class SyncResult:
    """The overall status (the most serious of the targets'), a reason in the user's language (Dutch
    for the CLI) and the details."""

    status: SyncStatus
    reason: str
    updated: tuple[str, ...] = ()
    outcomes: tuple[TargetOutcome, ...] = field(default_factory=tuple)
    codes: tuple[str, ...] = ()  # the checks that refused (``hash-mismatch``, ``rollback``, ...)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SyncClient:
    """Syncs one data folder from one repository URL; ``trusted_root`` is the shipped root.json."""

    def __init__(self, data_dir: Path, base_url: str, trusted_root: bytes,
                 fetcher: FetcherInterface | None = None) -> None:
        self.data_dir = data_dir
        self.base_url = base_url.rstrip("/")
        self._trusted_root = trusted_root
        self._fetcher = fetcher
        self.tuf_dir = data_dir / TUF_DIR
        self.metadata_dir = self.tuf_dir / "metadata"
        self.targets_dir = self.tuf_dir / "targets"

    def sync(self, store: Store) -> SyncResult:
        """One sync; raises only for local trouble (busy, disk), never for what the source did."""
        for folder in (self.tuf_dir, self.metadata_dir, self.targets_dir):  # owner-only, as the data folder
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with data_folder_lock(self.tuf_dir, timeout=0):  # a sync already running does this one's work
            own_fetcher = self._fetcher is None
            fetcher = self._fetcher or HttpxFetcher()
            try:
                result = self._sync_locked(store, fetcher)
            finally:
                if own_fetcher and isinstance(fetcher, HttpxFetcher):
                    fetcher.close()
        return result

    def _updater(self, fetcher: FetcherInterface) -> Updater:
        try:
            return Updater(
                metadata_dir=str(self.metadata_dir),
                metadata_base_url=f"{self.base_url}/{layout.METADATA_DIR}/",
                target_dir=str(self.targets_dir),
                target_base_url=f"{self.base_url}/{layout.TARGETS_DIR}/",
                fetcher=fetcher,
                bootstrap=self._trusted_root,
            )
        except RepositoryError as error:
            raise RoutekaartError(_("De vertrouwde root van deze installatie is ongeldig: {error}",
                                    error=error)) from error

    def _sync_locked(self, store: Store, fetcher: FetcherInterface) -> SyncResult:
        state = SyncState.load(self.data_dir)
        state.source, state.last_attempt = self.base_url, _now()
        updater = self._updater(fetcher)
        if isinstance(fetcher, HttpxFetcher):
            ask_if_changed(self.tuf_dir, self.base_url, fetcher)
        try:
            updater.refresh()
        except (DownloadError, RepositoryError) as error:
            status, reason = classify(error)
            return self._finish(state, SyncResult(status, reason + _kept(), codes=(check_code(error),)))
        if isinstance(fetcher, HttpxFetcher):
            keep_validator(self.tuf_dir, self.base_url, fetcher)
        timestamp = self._trusted("timestamp").signed
        previous_snapshot, state.snapshot_version = state.snapshot_version, timestamp.snapshot_meta.version
        state.checked_at = state.last_attempt
        state.timestamp_expires = timestamp.expires.isoformat()
        if self._nothing_new(state, store, previous_snapshot):
            for target in state.targets.values():
                target.verified_at = state.checked_at
            self._keep_missing_sets(state)
            return self._finish(state, _combine([]))
        outcomes = [self._update_target(updater, store, wanted, state) for wanted in self._wanted()]
        result = _combine(outcomes)
        if result.status.succeeded:
            self._prune_targets(state)
        return self._finish(state, result)

    def _keep_missing_sets(self, state: SyncState) -> None:
        """A data folder from before the kept sets (``sync.client.kept_metadata``) gets them on its fast path:
        its cached metadata is then exactly what vouched for the stored bundles."""
        for role in roles_without_kept_set(self.tuf_dir, [target.role for target in state.targets.values()]):
            stage_kept_set(self.tuf_dir, role)
            commit_kept_set(self.tuf_dir, role)

    def _prune_targets(self, state: SyncState) -> None:
        """Every target verified and stored: files of older versions are no longer needed."""
        wanted = {cached_target_file(self.targets_dir, t.path, t.sha256).name for t in state.targets.values()}
        wanted |= {target_file(self.targets_dir, t.path).name for t in state.targets.values()}  # version 1
        for file in self.targets_dir.iterdir():
            if file.is_file() and file.name not in wanted:
                file.unlink(missing_ok=True)

    def _nothing_new(self, state: SyncState, store: Store, previous_snapshot: int | None) -> bool:
        """The fast path: the verified timestamp names the snapshot of the last complete sync.

        With consistent snapshots any change to any role needs a new snapshot version, so an
        unchanged snapshot means unchanged targets. Taken only if the last sync had no failure
        (else a refused region would look fine), no region's metadata has expired since, and
        the store still holds exactly the bundles that sync verified.
        """
        succeeded = state.last_status in (SyncStatus.UPDATED, SyncStatus.UNCHANGED)
        if previous_snapshot != state.snapshot_version or not succeeded:
            return False
        now = datetime.now(UTC).isoformat()
        return bool(state.targets) and all(
            target.expires > now and store.bundle_sha(_store_key(target.role)) == target.sha256
            for target in state.targets.values()
        )

    def _trusted(self, role: str) -> Metadata[Any]:
        """Metadata the Updater verified in this session (it persists only what it verified)."""
        return Metadata.from_file(str(self.metadata_dir / f"{quote(role, '')}.json"))

    def _wanted(self) -> list[Offered]:
        targets = self._trusted("targets").signed
        roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
        return offered_bundles(targets.targets, roles, self._trusted("snapshot").signed.meta)

    def _update_target(self, updater: Updater, store: Store, wanted: Offered,
                       state: SyncState) -> TargetOutcome:
        try:
            info = updater.get_targetinfo(wanted.path)
        except (DownloadError, RepositoryError) as error:
            status, reason = classify(error)
            return TargetOutcome(wanted.path, status, f"{wanted.path}: {reason}", check_code(error))
        if info is None:
            return TargetOutcome(wanted.path, SyncStatus.UNCHANGED, "")
        sha256 = info.hashes.get("sha256", "")
        status = SyncStatus.UNCHANGED
        settle_staged_set(self.tuf_dir, wanted.role, wanted.path, store.bundle_sha(wanted.key))
        stage_kept_set(self.tuf_dir, wanted.role)  # see sync.client.kept_metadata: kept sets
        if store.bundle_sha(wanted.key) != sha256:
            failure = self._store_target(updater, store, wanted, info)
            if failure is not None:
                drop_staged_set(self.tuf_dir, wanted.role)
                return failure
            status = SyncStatus.UPDATED
        commit_kept_set(self.tuf_dir, wanted.role)
        role_md = self._trusted(wanted.role).signed
        info_row = store.bundle_info(wanted.key) or {}
        state.targets[wanted.path] = TargetState(
            path=wanted.path, role=wanted.role, version=role_md.version, expires=role_md.expires.isoformat(),
            sha256=sha256, revision=info_row.get("revision"), verified_at=state.checked_at or _now(),
        )
        return TargetOutcome(wanted.path, status, "")

    def _store_target(self, updater: Updater, store: Store, wanted: Offered,
                      info: TargetFile) -> TargetOutcome | None:
        """Download (unless cached) and import one verified target; the outcome if that failed."""
        final = cached_target_file(self.targets_dir, info.path, strongest_hash(info.hashes))
        if updater.find_cached_target(info, str(final)) is None:
            part = final.with_name(final.name + ".part")
            try:
                updater.download_target(info, str(part))
            except (DownloadError, RepositoryError) as error:
                part.unlink(missing_ok=True)
                status, reason = classify(error)
                return TargetOutcome(wanted.path, status, f"{wanted.path}: {reason}", check_code(error))
            part.replace(final)
        refused = self._import(store, wanted, final.read_bytes())
        if refused:
            return TargetOutcome(wanted.path, SyncStatus.REJECTED, f"{wanted.path}: {refused}",
                                 getattr(refused, "code", "bundle-invalid"))
        return None

    def _import(self, store: Store, wanted: Offered, raw: bytes) -> str | None:
        source = f"{self.base_url}/{layout.TARGETS_DIR}/{wanted.path}"
        return import_offered(store, wanted, raw, BundleOrigin.SYNC, source)

    def _finish(self, state: SyncState, result: SyncResult) -> SyncResult:
        state.last_status, state.last_reason = str(result.status), result.reason
        state.save(self.data_dir)
        log.log(logging.WARNING if result.status.value == "rejected" else logging.INFO,
                "sync from %s: %s, updated %s: %s", self.base_url, result.status.value,
                ", ".join(result.updated) or "nothing", result.reason)
        return result


def _store_key(role: str) -> str:
    return bundle_key(layout.region_of_role(role))


def _combine(outcomes: list[TargetOutcome]) -> SyncResult:
    if not outcomes:
        return SyncResult(SyncStatus.UNCHANGED, _nothing_new())
    status = max((o.status for o in outcomes), key=lambda s: s.rank)
    updated = tuple(o.path for o in outcomes if o.status is SyncStatus.UPDATED)
    problems = [o.reason for o in outcomes if o.status in (SyncStatus.REJECTED, SyncStatus.UNREACHABLE)]
    if problems:
        reason = " ".join(problems) + _kept()
    elif updated:
        reason = _("Bijgewerkt: {files}.", files=", ".join(updated))
    else:
        reason = _nothing_new()
    return SyncResult(status, reason, updated, tuple(outcomes), tuple(o.code for o in outcomes if o.code))
