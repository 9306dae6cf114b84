"""A regional admin's unpublished work on a region bundle: saved after every change, never lost.

The workbench (``desktop/admin``) edits a draft of the region's bundle; each change is written
here at once, atomically (a temp file, fsync, rename: ``routekaarten.atomic_write``), to
``<data folder>/drafts/<region>.json``, readable by the user only (0600). After a crash the next
open finds the draft and restores it.

Next to the bundle being edited, the draft keeps the bundle it was opened from (``base``): the
version published when the admin started, so "Wat verandert er voor werkplekken" can be said
again after a restart, offline.

Two windows (or two processes) editing one draft would silently overwrite each other's work.
Each ``DraftFolder`` remembers the content it last read or wrote; when the file on disk is no
longer that, someone else saved it meanwhile, and ``save`` refuses with ``DraftConflictError``
until the caller decides (keep mine: ``force=True``; take theirs: ``load``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from routekaarten.atomic_write import write_atomic
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _

DRAFTS_DIR = "drafts"
DRAFT_FORMAT = "routekaart.draft"
DRAFT_FORMAT_VERSION = 1
ORIGINS = ("published", "synced", "file", "new")
_REGION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # the schema's id: also a safe file name

Clock = Callable[[], datetime]


class DraftError(RoutekaartError):
    """A draft cannot be read or written; the message says what happened to the admin's work."""


class DraftConflictError(DraftError):
    """The draft file was saved by another window or program since this one last read it."""


@dataclass(frozen=True)
class Draft:
    region_id: str
    bundle: dict[str, Any]  # the bundle being edited (JSON form, possibly not yet valid)
    base: dict[str, Any] | None  # the bundle it was opened from, to compare with; None: new region
    origin: str  # one of ORIGINS: where the base came from
    origin_label: str = ""  # e.g. the file name, as shown to the admin
    saved_at: str = ""  # ISO 8601, UTC; "" before the first save

    @property
    def unchanged(self) -> bool:
        return self.base is not None and self.base == self.bundle


def region_id_of(bundle: Any) -> str:
    """The region id a bundle claims, checked to be one the schema allows (and a safe file name)."""
    region = bundle.get("region") if isinstance(bundle, dict) else None
    region_id = region.get("id") if isinstance(region, dict) else None
    if not isinstance(region_id, str) or not _REGION_ID.match(region_id):
        raise DraftError(_(
            "Dit bestand noemt geen geldige regio-id (region.id: kleine letters, cijfers en streepjes); "
            "zonder regio kan er geen concept van worden gemaakt."))
    return region_id


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DraftFolder:
    """The drafts of one data folder, as one window sees them."""

    def __init__(self, data_dir: Path, clock: Clock = _utc_now) -> None:
        self.folder = data_dir / DRAFTS_DIR
        self.clock = clock
        self._known: dict[str, str | None] = {}  # region -> sha256 of the file as last read or written

    def path(self, region_id: str) -> Path:
        if not _REGION_ID.match(region_id):
            raise DraftError(_("Ongeldige regio-id '{region}'.", region=region_id))
        return self.folder / f"{region_id}.json"

    def region_ids(self) -> list[str]:
        """Regions with a saved draft, by id."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.json") if _REGION_ID.match(path.stem))

    def _read(self, region_id: str) -> bytes | None:
        try:
            return self.path(region_id).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DraftError(_("Het concept van regio '{region}' is niet leesbaar ({reason}).",
                               region=region_id, reason=error.strerror)) from error

    def load(self, region_id: str) -> Draft | None:
        """The saved draft of ``region_id``; None when there is none.

        A damaged file is moved aside (never deleted) and reported, so the next save cannot
        overwrite what may still be recovered from it.
        """
        raw = self._read(region_id)
        self._known[region_id] = None if raw is None else _sha(raw)
        if raw is None:
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != DRAFT_FORMAT or data.get("origin") not in ORIGINS:
                raise ValueError("not a draft")
            draft = Draft(
                region_id=region_id,
                bundle=dict(data["bundle"]),
                base=None if data.get("base") is None else dict(data["base"]),
                origin=str(data["origin"]),
                origin_label=str(data.get("origin_label", "")),
                saved_at=str(data.get("saved_at", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            aside = self._move_aside(region_id)
            raise DraftError(_(
                "Het concept van regio '{region}' was beschadigd en is niet geopend; het staat nu in "
                "{path}.", region=region_id, path=aside)) from error
        return draft

    def _move_aside(self, region_id: str) -> Path:
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        aside = self.folder / f"{region_id}.beschadigd-{stamp}.json.txt"
        self.path(region_id).replace(aside)
        self._known[region_id] = None
        return aside

    def save(self, draft: Draft, *, force: bool = False) -> Draft:
        """Write ``draft`` atomically; returns it with its ``saved_at``.

        Raises DraftConflictError when the file changed since this folder last read or wrote it
        (another window saved it), unless ``force``.
        """
        current = self._read(draft.region_id)
        if not force and current is not None and _sha(current) != self._known.get(draft.region_id):
            raise DraftConflictError(_(
                "Het concept van regio '{region}' is intussen in een ander venster of programma gewijzigd. "
                "Uw wijziging is nog niet opgeslagen: kies of u uw eigen versie bewaart of de andere "
                "versie opent.", region=draft.region_id))
        saved = replace(draft, saved_at=self.clock().astimezone(UTC).isoformat(timespec="seconds"))
        record = {
            "format": DRAFT_FORMAT,
            "format_version": DRAFT_FORMAT_VERSION,
            "region_id": saved.region_id,
            "origin": saved.origin,
            "origin_label": saved.origin_label,
            "saved_at": saved.saved_at,
            "base": saved.base,
            "bundle": saved.bundle,
        }
        raw = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self.path(saved.region_id), raw)
        except OSError as error:
            raise DraftError(_(
                "Het concept van regio '{region}' kon niet worden opgeslagen in {folder}; uw wijzigingen "
                "staan nog in het venster. Maak ruimte vrij of controleer de rechten van die map.",
                region=saved.region_id, folder=self.folder)) from error
        self._known[saved.region_id] = _sha(raw)
        return saved

    def discard(self, region_id: str) -> None:
        """Remove the draft (after it was published, or when the admin throws it away)."""
        self.path(region_id).unlink(missing_ok=True)
        self._known[region_id] = None
