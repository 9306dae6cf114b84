"""Re-verify, without network, the bundles in the store against the cached signed metadata.

The client re-verifies the stored data offline at start (docs/adr/0001). A workstation is often offline;
this says whether what it shows is still exactly what the signers signed, using only the data
folder: the trusted root shipped with the app, the metadata the last sync cached in ``tuf/``
and the target files it downloaded there.

How: the signed metadata is verified by ``sync.client.kept_metadata`` (python-tuf's own
``TrustedMetadataSet``, expiry not checked: staleness is ``sync.client.freshness``'s to report). For
every bundle the store holds from a sync: the stored sha256 must equal the signed one, the cached
target file must match the signed length and hashes, and the JSON in the store must be what
importing that file produces. Anything missing or different fails closed.

Bundles shipped with the app (origin 'embedded') are not signed: reported, not an error.
tuf loads only here, when the check runs (off the GUI thread).
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routekaarten.i18n import _
from routekaarten.store import NATIONAL_KEY, BundleOrigin, Store, region_id_of, stored_form
from sync.client.kept_metadata import (
    TUF_DIR,
    SignedDataError,
    load_trusted,
    metadata_sources,
    target_path_of,
    verified_target,
)
from sync.file_lock import data_folder_lock

if TYPE_CHECKING:
    from tuf.ngclient._internal.trusted_metadata_set import TrustedMetadataSet



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


def verify_cached(data_dir: Path, store: Store, trusted_root: bytes) -> OfflineCheck:
    """Check ``store``'s bundles against the signed metadata cached in ``data_dir/tuf``; no network."""
    rows = [_Row(*row) for row in store.conn.execute(
        "SELECT key, kind, origin, sha256, json FROM bundles ORDER BY key").fetchall()]
    embedded = [row for row in rows if BundleOrigin.stored(row.origin) is BundleOrigin.EMBEDDED]
    signed_rows = [row for row in rows if row not in embedded]
    checks = [BundleCheck(row.key, _name(row), CheckStatus.EMBEDDED,
                          _("meegeleverd, niet ondertekend"))
              for row in embedded]
    if signed_rows:
        checks += _check_signed(data_dir / TUF_DIR, signed_rows, trusted_root)
    return _result(sorted(checks, key=lambda c: c.key))


def _check_signed(tuf_dir: Path, rows: list[_Row], trusted_root: bytes) -> list[BundleCheck]:
    """Each row against the current cached metadata, else the set kept for its role (see kept_metadata).

    Read under the data folder's lock (the sync writes the cache under it), so one consistent
    state is seen; a sync holding it too long raises ``SyncBusyError`` -- not checked is not failed.
    """
    with data_folder_lock(tuf_dir) if tuf_dir.is_dir() else nullcontext():
        history = tuf_dir / "metadata" / "root_history"
        cache: dict[Path, tuple[Path, TrustedMetadataSet | SignedDataError]] = {}

        def loaded(row: _Row) -> list[tuple[Path, TrustedMetadataSet | SignedDataError]]:
            current, *kept = metadata_sources(tuf_dir, row.key)  # the current set is always tried
            sources = [current, *(source for source in kept if source.is_dir())]
            for source in sources:
                if source not in cache:
                    cache[source] = _load(source, trusted_root, history)
            return [cache[source] for source in sources]

        return [_check_row(loaded(row), tuf_dir / "targets", row) for row in rows]


def _load(metadata_dir: Path, trusted_root: bytes,
          history: Path) -> tuple[Path, TrustedMetadataSet | SignedDataError]:
    try:
        return metadata_dir, load_trusted(metadata_dir, trusted_root, history)
    except SignedDataError as error:
        return metadata_dir, error


def _check_row(loaded: list[tuple[Path, TrustedMetadataSet | SignedDataError]], targets_dir: Path,
               row: _Row) -> BundleCheck:
    """Verified by the first metadata set that signs it; else failed, with the current set's reason."""
    reasons = []
    for metadata_dir, trusted in loaded:
        if isinstance(trusted, SignedDataError):
            reasons.append(str(trusted))
            continue
        try:
            _verify_row(trusted, metadata_dir, targets_dir, row)
        except SignedDataError as error:
            reasons.append(str(error))
            continue
        return BundleCheck(row.key, _name(row), CheckStatus.VERIFIED, "")
    return BundleCheck(row.key, _name(row), CheckStatus.FAILED, reasons[0])


def _verify_row(trusted: TrustedMetadataSet, metadata_dir: Path, targets_dir: Path, row: _Row) -> None:
    info, raw = verified_target(trusted, metadata_dir, targets_dir, target_path_of(row.key))
    if info.hashes.get("sha256") != row.sha256:
        raise SignedDataError(_("de opgeslagen bundel is een andere dan de ondertekende (sha256 verschilt)"))
    try:
        expected: Any = json.loads(raw)
        if row.kind == "region":
            expected = stored_form(expected)
        same = json.loads(row.json) == expected
    except (ValueError, KeyError, TypeError):
        same = False
    if not same:
        raise SignedDataError(_("de inhoud in de database is gewijzigd na het controleren"))


def _name(row: _Row) -> str:
    if row.key == NATIONAL_KEY:
        return _("de landelijke gegevens (HSSK)")
    try:
        name = json.loads(row.json)["region"]["name"]
    except (ValueError, KeyError, TypeError):
        name = None
    return name if isinstance(name, str) and name else (region_id_of(row.key) or row.key)


def _result(checks: list[BundleCheck]) -> OfflineCheck:
    failed = [c for c in checks if c.status is CheckStatus.FAILED]
    embedded = [c.name for c in checks if c.status is CheckStatus.EMBEDDED]
    if failed:
        summary = " ".join(
            _("De opgeslagen gegevens van {name} komen niet overeen met de ondertekende gegevens; {reason}.",
              name=c.name, reason=c.reason)
            for c in failed
        )
    elif any(c.status is CheckStatus.VERIFIED for c in checks):
        summary = _("De opgeslagen gegevens zijn gecontroleerd tegen de ondertekende gegevens (offline).")
    else:
        summary = _("Er zijn nog geen ondertekende gegevens opgeslagen.")
    if embedded and not failed:
        summary += " " + _("Meegeleverd, niet ondertekend: {names}.", names=", ".join(embedded))
    return OfflineCheck(not failed, summary, tuple(checks))
