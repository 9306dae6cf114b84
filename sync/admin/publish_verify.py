"""Sign and publish in one step, then check it as a workstation would (issue 13 item 5).

``publish_and_verify`` is what the workbench's "Publiceren" and ``routekaart admin publish`` run:

1. validate the draft (the same validator as ``admin validate``);
2. pull what is published now (``sync.admin.pull``), verified from the trusted root;
3. refuse if another admin published after the draft was started (the draft's revision, or
   ``based_on_revision``, is older than the published one): say what is live now and what the
   draft would change, and publish nothing;
4. set the revision to the published one plus 1 (the admin never edits it), sign the bundle as
   the next metadata version with the region's key, and upload it (with progress);
5. pull the region back into a fresh folder with the real TUF client and compare: only when
   what workstations will get is byte for byte the draft does it say "gepubliceerd en
   gecontroleerd".

A 409 from the service (another admin's upload landed between steps 2 and 4) becomes the same
refusal as step 3. Nothing is half-published: the service commits an upload in one step or not
at all, and the draft is never touched here.

``renew_region`` re-signs the published bundle unchanged (issue 13 item 6): same bytes, so
workstations download nothing, only a later expiry.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from sync.admin.errors import PublishConflictError, PublishNotVerifiedError
from sync.admin.publish import (
    DEFAULT_LIFETIME_DAYS,
    Progress,
    sign_region,
    upload,
    upload_body,
    validated_region,
)
from sync.admin.pull import PulledRegion, published_region, pull_region
from sync.admin.region_expiry import local_time
from sync.errors import PublishRejectedError

if TYPE_CHECKING:
    import httpx
    from securesystemslib.signer import Signer

    from routekaarten.changes import RegionChanges

LIFETIME = timedelta(days=DEFAULT_LIFETIME_DAYS)
HTTP_CONFLICT = 409


@dataclass(frozen=True)
class PublishOutcome:
    """What is live now, checked: the exact bytes workstations get and their signature's expiry."""

    region_id: str
    version: int  # the region's metadata version
    revision: int
    expires: datetime
    sha256: str
    raw: bytes  # the published bundle: the draft with its revision set (keep it as the new draft)
    changes: RegionChanges  # what changed for workstations (before -> now)
    renewed: bool = False

    def message(self) -> str:
        if self.renewed:
            return _("Opnieuw ondertekend en gecontroleerd: versie {version}, geldig tot {expires}.",
                     version=self.version, expires=local_time(self.expires))
        return _("Gepubliceerd en gecontroleerd: versie {version}, geldig tot {expires}.",
                 version=self.version, expires=local_time(self.expires))


class NothingToPublishError(RoutekaartError):
    """The draft holds what is published already: renew the signature instead."""


class RenewChangedError(RoutekaartError):
    """``renew`` was given a bundle that differs from the published one: publish it instead."""


def publish_and_verify(url: str, root: bytes, bundle_raw: bytes, region_id: str, signer: Signer, *,
                       based_on_revision: int | None = None, lifetime: timedelta = LIFETIME,
                       progress: Progress | None = None, timeout: float = 30.0,
                       client: httpx.Client | None = None, verify_attempts: int = 3,
                       verify_delay: float = 1.0) -> PublishOutcome:
    """Publish the draft ``bundle_raw`` as the next revision of ``region_id`` and check it.

    ``root`` is the trusted root.json; ``based_on_revision`` the published revision the draft was
    started from (default: the draft's own revision). Raises BundleError (invalid draft),
    PublishConflictError (another admin published meanwhile), NothingToPublishError,
    PublishRejectedError (the service refuses: wrong key, ...), ServiceUnreachableError (offline),
    PublishNotVerifiedError (accepted, but the check afterwards failed).
    """
    from routekaarten.bundle_file import bundle_revision, with_revision

    claimed = validated_region(bundle_raw, _("het concept van regio '{region}'", region=region_id))
    if claimed != region_id:
        raise RoutekaartError(_("Het concept is van regio '{claimed}', niet van regio '{region}'.",
                                claimed=claimed, region=region_id))
    base = published_region(url, root, region_id, allow_expired=True, timeout=timeout)
    based = bundle_revision(bundle_raw) if based_on_revision is None else based_on_revision
    if base is not None and base.revision > based:
        raise _conflict(base, bundle_raw, based, signer)
    raw = bundle_raw if base is None else with_revision(bundle_raw, base.revision + 1)
    if base is not None and _same_content(base.raw, raw, base.revision):
        raise NothingToPublishError(_(
            "Het concept is gelijk aan wat nu gepubliceerd is (revisie {revision}); er is niets "
            "gepubliceerd. Wilt u alleen de handtekening vernieuwen: Opnieuw ondertekenen ('routekaart "
            "admin renew').",
            revision=base.revision))
    source = _Source(url, root, timeout, verify_attempts, verify_delay)
    try:
        return _sign_upload_verify(source, region_id, raw, base, signer, lifetime=lifetime, progress=progress,
                                   client=client, renewed=False)
    except PublishRejectedError as error:
        if error.status == HTTP_CONFLICT:
            now = published_region(url, root, region_id, allow_expired=True, timeout=timeout)
            if now is not None and (base is None or now.version != base.version):
                raise _conflict(now, bundle_raw, based, signer) from error
        raise


def renew_region(url: str, root: bytes, region_id: str, signer: Signer, *,
                 expected_raw: bytes | None = None, lifetime: timedelta = LIFETIME,
                 progress: Progress | None = None, timeout: float = 30.0, client: httpx.Client | None = None,
                 verify_attempts: int = 3, verify_delay: float = 1.0) -> PublishOutcome:
    """Re-sign the published bundle of ``region_id`` unchanged, as the next version, and check it.

    Works on an expired region too (that is when it is needed most). ``expected_raw``, the
    admin's copy, must have the published content, else RenewChangedError says what differs.
    """
    from routekaarten.bundles import parse_json, validate

    expected = None if expected_raw is None else parse_json(expected_raw, _("de bundel"))
    base = pull_region(url, root, region_id, allow_expired=True, timeout=timeout)
    if expected is not None and expected != json.loads(base.raw):
        from routekaarten.changes import region_changes
        from routekaarten.changes_text import describe_changes
        from routekaarten.model import RegionBundle

        data = expected
        if validate(data, "region"):
            summary = _("de bundel is bovendien ongeldig ('admin validate').")
        else:
            summary = "\n".join(describe_changes(region_changes(base.bundle, RegionBundle.from_dict(data))))
        raise RenewChangedError(_(
            "De bundel verschilt van wat nu gepubliceerd is (revisie {revision}), dus is er niets opnieuw "
            "ondertekend. Opnieuw ondertekenen is voor een ongewijzigde regio; publiceer wijzigingen met "
            "'routekaart admin publish'.\n{summary}", revision=base.revision, summary=summary))
    source = _Source(url, root, timeout, verify_attempts, verify_delay)
    return _sign_upload_verify(source, region_id, base.raw, base, signer, lifetime=lifetime,
                               progress=progress, client=client, renewed=True)


def _same_content(published: bytes, raw: bytes, published_revision: int) -> bool:
    data = json.loads(raw)
    return bool(json.loads(published) == {**data, "revision": published_revision})


def _conflict(published: PulledRegion, draft_raw: bytes, based: int, signer: Signer) -> PublishConflictError:
    from routekaarten.changes import region_changes
    from routekaarten.changes_text import describe_changes
    from routekaarten.model import RegionBundle
    from sync.admin.fingerprint import fingerprint_groups

    changes = region_changes(published.bundle, RegionBundle.from_dict(json.loads(draft_raw)))
    if signer.public_key.keyid in published.signed_by:
        who = _("uw eigen sleutel (vanaf een andere computer of een eerder venster)")
    else:
        who = ", ".join(" ".join(fingerprint_groups(keyid)[:2]) for keyid in published.signed_by)
        who = _("de sleutel met vingerafdruk {who} …", who=who)
    message = _(
        "Een andere beheerder heeft regio '{region}' intussen gepubliceerd: nu revisie {revision} (versie "
        "{version}, {date}), ondertekend met {who}. Uw concept gaat uit van revisie {based}. Er is niets "
        "gepubliceerd; uw concept blijft bewaard. Vergelijk eerst wat uw concept zou veranderen aan wat nu "
        "gepubliceerd is:", region=published.region_id, revision=published.revision,
        version=published.version, date=_("geldig tot {when}", when=local_time(published.expires)),
        who=who, based=based)
    return PublishConflictError("\n".join([message, *describe_changes(changes)]), published, changes)


@dataclass(frozen=True)
class _Source:
    """The central source as this publish reaches and checks it."""

    url: str
    root: bytes
    timeout: float
    attempts: int
    delay: float


def _sign_upload_verify(source: _Source, region_id: str, raw: bytes, base: PulledRegion | None,
                        signer: Signer, *, lifetime: timedelta, progress: Progress | None,
                        client: httpx.Client | None, renewed: bool) -> PublishOutcome:
    import httpx

    from routekaarten.changes import region_changes
    from routekaarten.model import RegionBundle

    version = (base.version if base else 0) + 1
    metadata = sign_region(raw, region_id, signer, version, lifetime)
    body = upload_body(region_id, metadata, raw)
    own = client is None
    active = client or httpx.Client(timeout=source.timeout, trust_env=True)
    try:
        receipt = upload(active, source.url, region_id, body, progress)
    finally:
        if own:
            active.close()
    checked = _pull_back(source, region_id, raw, version, receipt.get("version"))
    new_bundle = RegionBundle.from_dict(json.loads(raw))
    return PublishOutcome(
        region_id=region_id, version=checked.version, revision=checked.revision, expires=checked.expires,
        sha256=checked.sha256, raw=checked.raw,
        changes=region_changes(None if base is None else base.bundle, new_bundle), renewed=renewed)


def _pull_back(source: _Source, region_id: str, raw: bytes, version: int,
               receipt_version: object) -> PulledRegion:
    """The region as a fresh workstation now gets it; it must be exactly what was sent.

    Tried a few times: behind a cache (nginx, a CDN) the new timestamp may show a moment late.
    """
    accepted = _("De centrale bron heeft versie {version} aangenomen", version=receipt_version or version)
    pulled: PulledRegion | None = None
    for attempt in range(max(source.attempts, 1)):
        if attempt:
            time.sleep(source.delay)
        try:
            pulled = published_region(source.url, source.root, region_id, timeout=source.timeout)
        except RoutekaartError as error:
            raise PublishNotVerifiedError(_(
                "{accepted}, maar de controle daarna is mislukt: {reason} Controleer het later met "
                "'routekaart admin pull'.", accepted=accepted, reason=error)) from error
        if pulled is not None and pulled.version >= version:
            break
    if pulled is None or pulled.version != version:
        seen = _("niets") if pulled is None else _("versie {version}", version=pulled.version)
        raise PublishNotVerifiedError(_(
            "{accepted}, maar werkplekken krijgen {seen}. Controleer het later met 'routekaart admin pull'.",
            accepted=accepted, seen=seen))
    if pulled.raw != raw:
        raise PublishNotVerifiedError(_(
            "{accepted}, maar wat werkplekken krijgen is niet precies het concept (sha256 {got} in plaats "
            "van {sent}). Meld dit bij LNZS.", accepted=accepted, got=pulled.sha256[:16],
            sent=_sha(raw)[:16]))
    return pulled


def _sha(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()

