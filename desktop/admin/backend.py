"""Everything the workbench asks of the library, in one file: the seam to ``sync.admin``.

The Qt-free admin library (issue 13: ``pull_region``, ``publish_and_verify``, the difference in
words, the region's expiry) is being written on another branch. Until it lands, these adapters
carry the same names and arguments and do the work with what exists now (``routekaarten.bundles``,
``routekaarten.changes``, ``sync.admin.publish``, the workstation's ``SyncClient``), so switching
to the library is a change in this file only. No Qt widget code here; the words the admin reads
are translated with ``QCoreApplication.translate`` (this is the desktop layer).

Every function may block (network, key derivation): the window calls them through
``desktop.worker.run_in_background``. Errors are ``RoutekaartError`` with a Dutch message.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from routekaarten.errors import RoutekaartError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from securesystemslib.signer import Signer

    from routekaarten.store import Store

Progress = Callable[[int, int, str], None]  # step, of steps, what happens now (Dutch)
REMIND_DAYS = 14  # issue 13: "from 14 days before, a reminder on the admin's page and at start"


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def bundle_bytes(data: Mapping[str, Any]) -> bytes:
    """The bytes that are signed and published for a draft: UTF-8 JSON, one field a line."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_bundle_file(path: Path) -> dict[str, Any]:
    """A bundle file opened by the admin: JSON with a region id; it need not be valid yet."""
    from routekaarten.bundles import parse_json
    from routekaarten.region_drafts import region_id_of

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RoutekaartError(
            translate("AdminBackend", "{0} is niet leesbaar ({1}).").format(path, error.strerror)
        ) from error
    data = parse_json(raw, str(path))
    region_id_of(data)
    return dict(data)


# pull --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PulledRegion:
    """A region as workstations get it now: the exact bytes, verified, with its signature's data."""

    region_id: str
    raw: bytes
    version: int  # the region's signed metadata version
    expires: datetime
    revision: int

    @property
    def bundle(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.raw)
        return data


def _sync_into(folder: Path, url: str, root_bytes: bytes) -> Any:
    """A real workstation sync into an empty folder; returns the SyncResult."""
    from routekaarten.store import Store
    from sync.client.fetcher import HttpxFetcher
    from sync.client.updater import SyncClient

    store = Store.open(folder)
    fetcher = HttpxFetcher(timeout=10.0)
    try:
        return SyncClient(folder, url, root_bytes, fetcher).sync(store)
    finally:
        fetcher.close()
        store.close()


def pull_region(url: str, root_bytes: bytes, region_id: str) -> PulledRegion:
    """The region's bundle as published now, fetched and verified as a workstation does."""
    from sync import layout
    from sync.client.kept_metadata import TUF_DIR, cached_target_file
    from sync.client.outcomes import SyncStatus
    from sync.client.state import SyncState

    path = layout.region_target(region_id)
    with tempfile.TemporaryDirectory(prefix="routekaart-pull-") as temp:
        folder = Path(temp)
        result = _sync_into(folder, url, root_bytes)
        failed = {SyncStatus.REJECTED, SyncStatus.UNREACHABLE}
        mine = next((o for o in result.outcomes if o.path == path), None)
        if mine is not None and mine.status in failed:
            raise RoutekaartError(mine.reason)
        state = SyncState.load(folder).targets.get(path)
        if state is None:
            if result.status in failed:
                raise RoutekaartError(result.reason)
            raise RoutekaartError(
                translate(
                    "AdminBackend", "Regio '{0}' is nog niet gepubliceerd bij de centrale bron ({1})."
                ).format(region_id, url)
            )
        raw = cached_target_file(folder / TUF_DIR / "targets", path, state.sha256).read_bytes()
    return PulledRegion(
        region_id, raw, state.version, datetime.fromisoformat(state.expires), int(json.loads(raw)["revision"])
    )


def synced_copy(store: Store, region_id: str) -> tuple[bytes, str] | None:
    """The copy of the region this workstation holds, with what it is in words; None when absent.

    "Gecontroleerd" when the last sync verified exactly this copy (its sha256 is the signed one);
    the bytes are the signed file when the data folder keeps it, else the stored bundle as JSON.
    """
    from sync import layout
    from sync.client.freshness import STATE_FILE
    from sync.client.kept_metadata import TUF_DIR, cached_target_file

    info = store.bundle_info(f"region:{region_id}")
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
        what = translate("AdminBackend", "de gecontroleerde kopie van deze werkplek (revisie {0})").format(
            info["revision"]
        )
    else:
        what = translate("AdminBackend", "de kopie van deze werkplek (revisie {0})").format(info["revision"])
    cached = cached_target_file(data_dir / TUF_DIR / "targets", path, info["sha256"])
    if info["sha256"] and cached.is_file():
        raw = cached.read_bytes()
        if hashlib.sha256(raw).hexdigest() == info["sha256"]:
            return raw, what
    row = store.conn.execute("SELECT json FROM bundles WHERE key = ?", (f"region:{region_id}",)).fetchone()
    data = json.loads(row[0])
    data["contacts"] = [{k: v for k, v in c.items() if k != "phone_e164"} for c in data["contacts"]]
    return bundle_bytes(data), what


# publish -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    """The outcome the admin reads: what workstations will get, checked."""

    region_id: str
    version: int
    revision: int
    expires: datetime
    raw: bytes  # what the source serves now: byte for byte the draft


def publish_and_verify(  # noqa: PLR0917 - the library's signature (issue 13, admin-cli)
    url: str, root: bytes, bundle_raw: bytes, region_id: str, signer: Signer, progress: Progress | None = None
) -> Published:
    """Sign ``bundle_raw`` as the region's next version, upload it, then pull it back and verify it
    as a workstation would; succeeds only when what workstations will get is exactly ``bundle_raw``.
    """
    import httpx

    from sync.admin.publish import current_version, sign_region, upload, upload_body, validated_region

    def step(number: int, text: str) -> None:
        if progress is not None:
            progress(number, 4, text)

    step(1, translate("AdminBackend", "De bundel controleren"))
    claimed = validated_region(bundle_raw, translate("AdminBackend", "het concept"))
    if claimed != region_id:
        message = translate("AdminBackend", "Het concept is van regio '{0}', niet van '{1}'.")
        raise RoutekaartError(message.format(claimed, region_id))
    with httpx.Client(timeout=30.0, trust_env=True) as client:
        version = current_version(client, url, region_id) + 1
        step(2, translate("AdminBackend", "Ondertekenen als versie {0}").format(version))
        metadata = sign_region(bundle_raw, region_id, signer, version)
        step(3, translate("AdminBackend", "Versturen naar de centrale bron"))
        upload(client, url, region_id, upload_body(region_id, metadata, bundle_raw))
    step(4, translate("AdminBackend", "Ophalen en controleren zoals een werkplek dat doet"))
    pulled = pull_region(url, root, region_id)
    if pulled.raw != bundle_raw or pulled.version != version:
        raise RoutekaartError(
            translate(
                "AdminBackend",
                "De centrale bron heeft de publicatie aangenomen, maar wat werkplekken nu krijgen is niet "
                "dit concept (versie {0}, revisie {1}). Haal de gepubliceerde versie op en vergelijk.",
            ).format(pulled.version, pulled.revision)
        )
    return Published(region_id, pulled.version, pulled.revision, pulled.expires, pulled.raw)


# the difference in words -------------------------------------------------------------------------


def describe_changes(old_raw: bytes | None, new_raw: bytes) -> list[str]:
    """What workstations will see change when ``new_raw`` replaces ``old_raw``, one line each.

    The contacts are compared as the workstations compare them after a sync
    (``routekaarten.changes``); boxes by id; the rest by section.
    """
    from routekaarten.changes import ChangeKind, contact_changes
    from routekaarten.model import RegionBundle

    new_data = json.loads(new_raw)
    new = RegionBundle.from_dict(new_data)
    if old_raw is None:
        return [
            translate(
                "AdminBackend", "Nieuwe regio: werkplekken krijgen alle {0} contacten en {1} vakken."
            ).format(len(new.contacts), len(new.routekaart.boxes))
        ]
    old_data = json.loads(old_raw)
    old = RegionBundle.from_dict(old_data)
    lines: list[str] = []

    def who(bundle: RegionBundle, contact_id: str) -> str:
        contact = bundle.contact(contact_id)
        area = bundle.area(contact.area) if contact is not None and contact.area else None
        role = contact.role if contact is not None else contact_id
        return f"{role} ({area.name})" if area is not None else role

    for change in contact_changes(old, new):
        if change.kind is ChangeKind.ADDED:
            lines.append(
                translate("AdminBackend", "Nieuw nummer: {0}: {1}").format(
                    who(new, change.contact_id), change.new_phone
                )
            )
        elif change.kind is ChangeKind.REMOVED:
            lines.append(
                translate("AdminBackend", "Vervalt: {0}: {1}").format(
                    who(old, change.contact_id), change.old_phone
                )
            )
        else:
            line = translate("AdminBackend", "Ander nummer: {0}: {1} wordt {2}")
            lines.append(line.format(who(new, change.contact_id), change.old_phone, change.new_phone))
    old_contacts = {c["id"]: c for c in old_data["contacts"]}
    for contact in new_data["contacts"]:
        before = old_contacts.get(contact["id"])
        if before is not None and before != contact and before.get("phone") == contact.get("phone"):
            lines.append(
                translate("AdminBackend", "Contact gewijzigd (zelfde nummer): {0}").format(
                    who(new, contact["id"])
                )
            )
    old_boxes = {b["id"]: b for b in old_data["routekaart"]["boxes"]}
    new_boxes = {b["id"]: b for b in new_data["routekaart"]["boxes"]}
    for box_id, box in new_boxes.items():
        if box_id not in old_boxes:
            lines.append(translate("AdminBackend", "Nieuw vak: {0}").format(box["title"]))
        elif old_boxes[box_id] != box:
            lines.append(translate("AdminBackend", "Vak gewijzigd: {0}").format(box["title"]))
    lines += [
        translate("AdminBackend", "Vak vervalt: {0}").format(box["title"])
        for box_id, box in old_boxes.items()
        if box_id not in new_boxes
    ]
    sections = {
        "areas": translate("AdminBackend", "gebieden"),
        "contact_footnotes": translate("AdminBackend", "voetnoten bij de contacten"),
        "bespreekpunten": translate("AdminBackend", "bespreekpunten"),
    }
    chart_sections = {
        "steps": translate("AdminBackend", "stappen"),
        "arrows": translate("AdminBackend", "pijlen"),
        "footnotes": translate("AdminBackend", "voetnoten van de routekaart"),
        "uitgangspunten": translate("AdminBackend", "uitgangspunten"),
        "legenda": translate("AdminBackend", "legenda"),
        "title": translate("AdminBackend", "titel"),
        "intro": translate("AdminBackend", "inleiding"),
        "lanes": translate("AdminBackend", "banen"),
    }
    other = [name for key, name in sections.items() if old_data.get(key) != new_data.get(key)]
    other += [
        name
        for key, name in chart_sections.items()
        if old_data["routekaart"].get(key) != new_data["routekaart"].get(key)
    ]
    if other:
        lines.append(translate("AdminBackend", "Ook gewijzigd: {0}").format(", ".join(other)))
    if not lines and old_data != new_data:
        lines.append(
            translate("AdminBackend", "Alleen beschrijvende gegevens gewijzigd (versie, uitgever, bron).")
        )
    return lines


# expiry ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionExpiry:
    region_id: str
    expires: datetime
    days_left: int  # whole days from now; negative once expired

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    @property
    def remind(self) -> bool:
        return self.days_left <= REMIND_DAYS


def expiry_at(region_id: str, expires: datetime, now: datetime) -> RegionExpiry:
    left = expires - now
    days = left.days if left >= timedelta(0) else -1 - (-left).days
    return RegionExpiry(region_id, expires, days)


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
    return expiry_at(region_id, expires, now or datetime.now(UTC))


# the key -----------------------------------------------------------------------------------------


def keyring_needs_passphrase(backend: KeyringBackend) -> bool:
    """The encrypted file keyring (machines without a desktop keyring) without its passphrase."""
    from sync.admin.file_keyring import ENV_PASSPHRASE, EncryptedFileKeyring

    return isinstance(backend, EncryptedFileKeyring) and not os.environ.get(ENV_PASSPHRASE)


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
        raise RoutekaartError(
            translate("AdminBackend", "Dit bestand is geen TUF-rootbestand (root.json).")
        ) from error
    if not isinstance(md.signed, Root):
        raise RoutekaartError(
            translate("AdminBackend", "Dit bestand is TUF-metadata van het type '{0}', geen root.").format(
                md.signed.type
            )
        )


def root_fingerprint(raw: bytes) -> str:
    """The root file's sha256 in groups of four, to compare aloud with what LNZS publishes."""
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[index : index + 4] for index in range(0, len(digest), 4))


@dataclass(frozen=True)
class SourceTest:
    ok: bool
    message: str  # Dutch, for the admin or IT staff


def try_source(url: str, root_bytes: bytes) -> SourceTest:
    """One real sync, into a temporary folder that is thrown away: does this source work here?"""
    from sync.client.outcomes import SyncStatus
    from sync.client.state import SyncState

    check_root(root_bytes)
    with tempfile.TemporaryDirectory(prefix="routekaart-test-") as temp:
        result = _sync_into(Path(temp), url, root_bytes)
        state = SyncState.load(Path(temp))
    if result.status in (SyncStatus.REJECTED, SyncStatus.UNREACHABLE):
        return SourceTest(False, translate("AdminBackend", "Niet gelukt: {0}").format(result.reason))
    regions = sum(1 for path in state.targets if path.startswith("regions/"))
    return SourceTest(
        True,
        translate(
            "AdminBackend",
            "Gelukt: de centrale bron is bereikbaar en alles is gecontroleerd "
            "({0} regio's en de landelijke gegevens).",
        ).format(regions),
    )
