"""The region bundle that is published now, verified as a workstation verifies it (issue 13 item 10).

A regional admin starts a change from what workstations get, not from a file that may be old:
``routekaart admin pull`` and the workbench's "open the published version" both call
``pull_region``. It runs python-tuf's real client (``ngclient.Updater``) from the trusted root
into a temporary data folder that is thrown away afterwards, so every rule a workstation applies
holds here too: root chain, signatures and thresholds, versions, expiry, lengths and hashes, and
that the bundle is of the region its signer may sign for (``sync.client.offered``). The same
function checks a publish afterwards (``sync.admin.publish_verify``).

One exception, asked for explicitly (``allow_expired``): a region whose signature has expired can
still be read with every check except its own expiry, because renewing it is exactly what the
admin needs to do then (``sync.admin.renew``). The top-level metadata must still be current.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from routekaarten.i18n import _
from sync import layout
from sync.admin.errors import PullError, RegionExpiredError, RegionNotPublishedError, ServiceUnreachableError

if TYPE_CHECKING:
    from tuf.api.metadata import Metadata, Targets
    from tuf.ngclient.fetcher import FetcherInterface

    from routekaarten.model import RegionBundle


@dataclass(frozen=True)
class PulledRegion:
    """A region bundle as published: its exact bytes and the metadata that vouches for them."""

    region_id: str
    raw: bytes
    version: int  # the region's metadata version (each publish or renewal adds 1)
    expires: datetime  # when the region's signature expires (UTC)
    revision: int  # the bundle's own revision (raised when the content changes)
    sha256: str
    signed_by: tuple[str, ...]  # key ids whose signatures on the metadata are valid
    expired: bool = False  # only with allow_expired: the signature has expired

    @cached_property
    def bundle(self) -> RegionBundle:
        from routekaarten.model import RegionBundle

        return RegionBundle.from_dict(json.loads(self.raw))


def pull_region(url: str, root: bytes, region_id: str, *, allow_expired: bool = False,
                timeout: float = 10.0, fetcher: FetcherInterface | None = None) -> PulledRegion:
    """The published bundle of ``region_id``; RegionNotPublishedError when there is none.

    ``root`` is the trusted root.json (``sync.client.source.trusted_root``). Raises
    ServiceUnreachableError when the source does not answer, RegionExpiredError when the region's
    signature has expired (unless ``allow_expired``), PullError when verification fails.
    """
    pulled = published_region(url, root, region_id, allow_expired=allow_expired, timeout=timeout,
                              fetcher=fetcher)
    if pulled is None:
        raise RegionNotPublishedError(_(
            "Regio '{region}' is niet gepubliceerd bij de centrale bron {url}: niet gedelegeerd, of nog "
            "nooit gepubliceerd.", region=region_id, url=url))
    return pulled


def published_region(url: str, root: bytes, region_id: str, *, allow_expired: bool = False,
                     timeout: float = 10.0, fetcher: FetcherInterface | None = None) -> PulledRegion | None:
    """As ``pull_region``, but None when the region has not been published (a first publish)."""
    from sync.client.fetcher import HttpxFetcher

    if not layout.is_region_id(region_id):
        raise PullError(_("Ongeldige regio-id '{region}'.", region=region_id))
    own = fetcher is None
    active = fetcher or HttpxFetcher(timeout=timeout, deadline=timeout * 6)
    try:
        with tempfile.TemporaryDirectory(prefix="routekaart-pull-") as folder:
            return _Pull(url.rstrip("/"), root, region_id, Path(folder), active).run(allow_expired)
    finally:
        if own and isinstance(active, HttpxFetcher):
            active.close()


def _failure(error: Exception) -> PullError | ServiceUnreachableError:
    """tuf's error as the workstation words it; unreachable kept apart from refused."""
    from sync.client.outcomes import classify
    from sync.status import SyncStatus

    status, reason = classify(error)
    if status is SyncStatus.UNREACHABLE:
        return ServiceUnreachableError(reason)
    return PullError(_("De gepubliceerde regio doorstaat de controle niet: {reason}", reason=reason))


class _Pull:
    """One pull in a throw-away folder (ngclient needs a folder of its own)."""

    def __init__(self, base: str, root: bytes, region_id: str, folder: Path,
                 fetcher: FetcherInterface) -> None:
        self.base, self.root, self.region_id, self.fetcher = base, root, region_id, fetcher
        self.metadata_dir, self.targets_dir = folder / "metadata", folder / "targets"
        self.role, self.path = layout.region_role(region_id), layout.region_target(region_id)

    def run(self, allow_expired: bool) -> PulledRegion | None:
        from tuf.api.exceptions import DownloadError, ExpiredMetadataError, RepositoryError

        updater = self._updater()
        try:
            updater.refresh()  # the top-level metadata: expired here means the source is stale
        except (DownloadError, RepositoryError) as error:
            raise _failure(error) from error
        if not self._offered():
            return None
        try:
            info = updater.get_targetinfo(self.path)
            if info is None:
                return None
            destination = self.targets_dir / layout.REGION_FILE
            updater.download_target(info, str(destination))
        except ExpiredMetadataError as error:
            if not allow_expired:
                raise RegionExpiredError(_(
                    "De handtekening van regio '{region}' is verlopen: werkplekken weigeren de regio tot "
                    "hij opnieuw is ondertekend ('admin renew').", region=self.region_id)) from error
            return self._expired()
        except (DownloadError, RepositoryError) as error:
            raise _failure(error) from error
        metadata = self._trusted(self.role)
        return self._result(destination.read_bytes(), metadata, expired=False)

    def _updater(self) -> Any:
        from tuf.api.exceptions import RepositoryError
        from tuf.ngclient import Updater

        self.metadata_dir.mkdir()
        self.targets_dir.mkdir()
        try:
            return Updater(metadata_dir=str(self.metadata_dir),
                           metadata_base_url=f"{self.base}/{layout.METADATA_DIR}/",
                           target_dir=str(self.targets_dir),
                           target_base_url=f"{self.base}/{layout.TARGETS_DIR}/",
                           fetcher=self.fetcher, bootstrap=self.root)
        except (RepositoryError, ValueError) as error:
            raise PullError(_("De vertrouwde root is ongeldig: {error}", error=error)) from error

    def _trusted(self, role: str) -> Metadata[Any]:
        """Metadata ngclient verified and kept in this pull's folder."""
        from tuf.api.metadata import Metadata

        return Metadata.from_file(str(self.metadata_dir / f"{quote(role, '')}.json"))

    def _offered(self) -> bool:
        """The verified top-level metadata delegates the region and the snapshot lists its metadata."""
        targets = self._trusted("targets").signed
        roles = targets.delegations.roles if targets.delegations and targets.delegations.roles else {}
        return self.role in roles and f"{self.role}.json" in self._trusted("snapshot").signed.meta

    def _expired(self) -> PulledRegion | None:
        """Every check ngclient makes on a delegated role, except its expiry, with tuf's own checks."""
        from tuf.api.exceptions import BadVersionNumberError, DownloadError, RepositoryError
        from tuf.api.metadata import Metadata

        try:
            meta = self._trusted("snapshot").signed.meta[f"{self.role}.json"]
            consistent = self._trusted("root").signed.consistent_snapshot
            role_file = f"{quote(self.role, '')}.json"
            name = f"{meta.version}.{role_file}" if consistent else role_file
            data = self.fetcher.download_bytes(f"{self.base}/{layout.METADATA_DIR}/{name}", 64 * 1024)
            meta.verify_length_and_hashes(data)
            metadata: Metadata[Targets] = Metadata.from_bytes(data)
            self._trusted("targets").signed.verify_delegate(self.role, metadata.signed_bytes,
                                                            metadata.signatures)
            if metadata.signed.version != meta.version:
                raise BadVersionNumberError(f"Expected {self.role} v{meta.version}, got "
                                            f"v{metadata.signed.version}.")
            info = metadata.signed.targets.get(self.path)
            if info is None:
                return None
            target = layout.hash_prefixed(self.path, info.hashes["sha256"]) if consistent else self.path
            raw = self.fetcher.download_bytes(f"{self.base}/{layout.TARGETS_DIR}/{target}", info.length)
            info.verify_length_and_hashes(raw)
        except KeyError as error:  # the snapshot or metadata lacks what it must name
            raise _failure(RepositoryError(f"missing {error}")) from error
        except (DownloadError, RepositoryError) as error:
            raise _failure(error) from error
        return self._result(raw, metadata, expired=True)

    def _result(self, raw: bytes, metadata: Metadata[Any], *, expired: bool) -> PulledRegion:
        """Check the content as the workstation's import does, and describe what was pulled."""
        from routekaarten.bundles import parse_json, validate
        from routekaarten.errors import BundleError

        source = f"{self.base}/{layout.TARGETS_DIR}/{self.path}"
        try:
            data = parse_json(raw, source)
        except BundleError as error:
            raise PullError(str(error)) from error
        claimed = data.get("region", {}).get("id") if isinstance(data, dict) else None
        if claimed != self.region_id:
            raise PullError(_(
                "De gepubliceerde bundel zegt van regio '{claimed}' te zijn, maar is ondertekend voor regio "
                "'{region}'; geweigerd.", claimed=claimed, region=self.region_id))
        issues = validate(data, "region")
        if issues:
            raise PullError(str(BundleError(source, issues)))
        result = self._trusted("targets").signed.get_verification_result(
            self.role, metadata.signed_bytes, metadata.signatures)
        return PulledRegion(
            region_id=self.region_id, raw=raw, version=metadata.signed.version,
            expires=metadata.signed.expires, revision=int(data["revision"]),
            sha256=hashlib.sha256(raw).hexdigest(), signed_by=tuple(sorted(result.signed)), expired=expired)
