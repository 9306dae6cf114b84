"""Everything the workbench asks of the library, in one file: the seam to ``sync.admin``.

The workbench was written while the Qt-free admin library (issue 13: ``sync.admin.pull``,
``sync.admin.publish_verify``, ``routekaarten.changes_text``, ``sync.admin.region_expiry``) was
being built on another branch; these adapters carried the same names and now hand over to it, so
the window depends on this file only. No widget code here; the few words of its own the admin
reads are translated with ``QCoreApplication.translate`` (this is the desktop layer).

Every function may block (network, key derivation): the window calls them through
``desktop.worker.run_in_background``. Errors are ``RoutekaartError`` with a Dutch message; the
library's own types (``PublishConflictError``, ``ServiceUnreachableError`` ...) pass through.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from routekaarten.errors import RoutekaartError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from securesystemslib.signer import Signer

    from routekaarten.store import Store
    from sync.admin.publish_verify import PublishOutcome
    from sync.admin.pull import PulledRegion
    from sync.admin.region_expiry import RegionExpiry

Progress = Callable[[int, int], None]  # bytes sent, bytes in all (sync.admin.publish.Progress)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def bundle_bytes(data: Mapping[str, Any]) -> bytes:
    """The bytes that are signed and published for a draft (``routekaarten.bundle_file``)."""
    from routekaarten.bundle_file import dump_bundle

    return dump_bundle(dict(data))


def read_bundle_file(path: Path) -> dict[str, Any]:
    """A bundle file opened by the admin: JSON with a region id; it need not be valid yet."""
    from routekaarten.bundles import parse_json
    from routekaarten.region_drafts import region_id_of

    try:
        raw = path.read_bytes()
    except OSError as error:
        message = translate("AdminBackend", "{0} is niet leesbaar ({1}).")
        raise RoutekaartError(message.format(path, error.strerror)) from error
    data = parse_json(raw, str(path))
    region_id_of(data)
    return dict(data)


# pull --------------------------------------------------------------------------------------------


def pull_region(url: str, root_bytes: bytes, region_id: str) -> PulledRegion:
    """The region's bundle as published now, fetched and verified as a workstation does; an
    expired region too (with ``expired`` set), since renewing it is then the admin's task."""
    from sync.admin.pull import pull_region as pull

    return pull(url, root_bytes, region_id, allow_expired=True)


def synced_copy(store: Store, region_id: str) -> tuple[bytes, str] | None:
    """The copy of the region this workstation holds, with what it is in words; None when absent.

    "Gecontroleerd" when the last sync verified exactly this copy (its sha256 is the signed one);
    the bytes are the signed file when the data folder keeps it, else the stored bundle as JSON.
    """
    from routekaarten.store import region_key
    from sync import layout
    from sync.client.freshness import STATE_FILE
    from sync.client.kept_metadata import TUF_DIR, cached_target_file

    info = store.bundle_info(region_key(region_id))
    if info is None:
        return None
    data_dir = store.path.parent
    path = layout.region_target(region_id)
    verified = False
    if info["sha256"] and (data_dir / STATE_FILE).is_file():
        from sync.client.state import SyncState

        target = SyncState.load(data_dir).targets.get(path)
        verified = target is not None and target.sha256 == info["sha256"]
    if verified:
        what = translate("AdminBackend", "de gecontroleerde kopie van deze werkplek (revisie {0})")
    else:
        what = translate("AdminBackend", "de kopie van deze werkplek (revisie {0})")
    what = what.format(info["revision"])
    cached = cached_target_file(data_dir / TUF_DIR / "targets", path, info["sha256"])
    if info["sha256"] and cached.is_file():
        raw = cached.read_bytes()
        if hashlib.sha256(raw).hexdigest() == info["sha256"]:
            return raw, what
    row = store.conn.execute("SELECT json FROM bundles WHERE key = ?", (region_key(region_id),)).fetchone()
    data = json.loads(row[0])
    data["contacts"] = [{k: v for k, v in c.items() if k != "phone_e164"} for c in data["contacts"]]
    return bundle_bytes(data), what


# publish -----------------------------------------------------------------------------------------


def publish_and_verify(  # noqa: PLR0917 - the library's first five, then progress, as it names them
    url: str, root: bytes, bundle_raw: bytes, region_id: str, signer: Signer,
    progress: Progress | None = None, *, based_on_revision: int | None = None,
) -> PublishOutcome:
    """Sign the draft as the next revision, upload it, pull it back as a workstation: the outcome
    only when what workstations get is exactly the draft (``sync.admin.publish_verify``).

    ``based_on_revision``: the published revision the draft started from, so that a revision
    another admin published meanwhile is refused (PublishConflictError) instead of overwritten.
    """
    from sync.admin.publish_verify import publish_and_verify as publish

    return publish(url, root, bundle_raw, region_id, signer, based_on_revision=based_on_revision,
                   progress=progress)


def renew_region(url: str, root: bytes, region_id: str, signer: Signer, *, expected_raw: bytes | None,
                 progress: Progress | None = None) -> PublishOutcome:
    """Sign the published bundle again, unchanged: a later expiry, nothing new to download."""
    from sync.admin.publish_verify import renew_region as renew

    return renew(url, root, region_id, signer, expected_raw=expected_raw, progress=progress)


# the difference in words -------------------------------------------------------------------------


def describe_changes(old_raw: bytes | None, new_raw: bytes) -> list[str]:
    """What workstations will see change when ``new_raw`` replaces ``old_raw``, one line each: the
    same comparison the workstations' "Wat is er veranderd" uses (``routekaarten.changes``)."""
    from routekaarten.changes import region_changes
    from routekaarten.changes_text import describe_changes as words
    from routekaarten.model import RegionBundle

    old = None if old_raw is None else RegionBundle.from_dict(json.loads(old_raw))
    return words(region_changes(old, RegionBundle.from_dict(json.loads(new_raw))))


# expiry ------------------------------------------------------------------------------------------


def expiry_at(expires: datetime, now: datetime) -> RegionExpiry:
    """The library's rule: from 14 days before, renew (``sync.admin.region_expiry``)."""
    from sync.admin.region_expiry import region_expiry as expiry

    return expiry(expires, now)


def region_expiry(data_dir: Path, region_id: str, now: datetime | None = None) -> RegionExpiry | None:
    """When the region's signature, as this workstation last verified it, expires; offline.

    None when this data folder never verified the region (no sync, or shipped data only).
    """
    from sync import layout
    from sync.client.freshness import STATE_FILE

    if not (data_dir / STATE_FILE).is_file():
        return None
    from sync.client.state import SyncState

    target = SyncState.load(data_dir).targets.get(layout.region_target(region_id))
    if target is None or not target.expires:
        return None
    try:
        expires = datetime.fromisoformat(target.expires)
    except ValueError:
        return None
    return expiry_at(expires, now or datetime.now(UTC))


# the key -----------------------------------------------------------------------------------------


def keyring_needs_passphrase(backend: KeyringBackend) -> bool:
    """The encrypted file keyring (machines without a desktop keyring) without its passphrase."""
    from routekaarten import environment
    from sync.admin.file_keyring import EncryptedFileKeyring

    return isinstance(backend, EncryptedFileKeyring) and not os.environ.get(environment.KEYRING_PASSPHRASE)


def keyring_with_passphrase(backend: KeyringBackend, passphrase: str) -> KeyringBackend:
    from sync.admin.file_keyring import EncryptedFileKeyring

    if not isinstance(backend, EncryptedFileKeyring):
        return backend
    return EncryptedFileKeyring(backend._file(), passphrase)  # the same file, now unlocked


def region_signer(backend: KeyringBackend, region_id: str) -> Signer:
    """The region's key from the keyring; KeyStoreError (Dutch) when absent or locked."""
    from sync.admin.region_keys import RegionKeyring

    return RegionKeyring(backend).signer(region_id)


def is_wrong_passphrase(error: BaseException) -> bool:
    """A keyring error that a (new) passphrase may cure."""
    from keyring.errors import KeyringError

    cause = error.__cause__
    return isinstance(cause, KeyringError) and "wachtwoordzin" in str(cause)


# the workstation's central source ----------------------------------------------------------------


def check_root(raw: bytes) -> None:
    """A trusted root file must be TUF root metadata; RoutekaartError (Dutch) otherwise."""
    from tuf.api.metadata import Metadata, Root

    try:
        md: Metadata[Any] = Metadata.from_bytes(raw)
    except Exception as error:  # tuf raises DeserializationError, and ValueError/KeyError from fields
        raise RoutekaartError(translate("AdminBackend", "Dit bestand is geen TUF-rootbestand (root.json).")) \
            from error
    if not isinstance(md.signed, Root):
        message = translate("AdminBackend", "Dit bestand is TUF-metadata van het type '{0}', geen root.")
        raise RoutekaartError(message.format(md.signed.type))


def root_fingerprint(raw: bytes) -> str:
    """The root file's sha256 in groups of four, to compare aloud with what LNZS publishes."""
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[index:index + 4] for index in range(0, len(digest), 4))


@dataclass(frozen=True)
class SourceTest:
    ok: bool
    message: str  # Dutch, for the admin or IT staff


def try_source(url: str, root_bytes: bytes) -> SourceTest:
    """One real sync, into a temporary folder that is thrown away: does this source work here?"""
    from routekaarten.store import Store
    from sync.client.fetcher import HttpxFetcher
    from sync.client.state import SyncState
    from sync.client.updater import SyncClient
    from sync.status import SyncStatus

    check_root(root_bytes)
    with tempfile.TemporaryDirectory(prefix="routekaart-test-") as temp:
        folder = Path(temp)
        store = Store.open(folder)
        fetcher = HttpxFetcher(timeout=10.0)
        try:
            result = SyncClient(folder, url, root_bytes, fetcher).sync(store)
        finally:
            fetcher.close()
            store.close()
        state = SyncState.load(folder)
    if result.status in (SyncStatus.REJECTED, SyncStatus.UNREACHABLE):
        return SourceTest(False, translate("AdminBackend", "Niet gelukt: {0}").format(result.reason))
    regions = sum(1 for path in state.targets if path.startswith("regions/"))
    return SourceTest(True, translate(
        "AdminBackend", "Gelukt: de centrale bron is bereikbaar en alles is gecontroleerd ({0} regio's en de "
        "landelijke gegevens).").format(regions))
