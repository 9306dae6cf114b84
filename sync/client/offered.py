"""Which bundles a verified repository state offers, and taking a verified one into the store.

Shared by the sync (``sync.client.updater``, from metadata ngclient just verified) and the first start
of a fresh install (``sync.client.shipped``, from the signed repository shipped with the app): the two
must agree on what a repository holds and on what a signed bundle may claim to be.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Container, Iterable
from dataclasses import dataclass

from routekaarten.bundles import parse_json
from routekaarten.errors import BundleError
from routekaarten.i18n import _
from routekaarten.store import NATIONAL_KEY, BundleOrigin, Store, region_id_of, region_key
from sync import layout

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Offered:
    path: str  # the target path in the repository
    role: str  # the role that signs it: 'targets' or 'region-<id>'
    kind: str  # 'region' or 'national'
    key: str  # the store's bundle key


def offered_bundles(national_targets: Container[str], delegated_roles: Iterable[str],
                    published: Container[str]) -> list[Offered]:
    """The national bundle if the targets role lists it, and every delegated region that published.

    ``published`` holds the snapshot's metadata file names (``region-x.json``): a region that is
    delegated but never published has no metadata yet and offers nothing.
    """
    offered = []
    if layout.NATIONAL_TARGET in national_targets:
        offered.append(Offered(layout.NATIONAL_TARGET, "targets", "national", NATIONAL_KEY))
    for role in sorted(delegated_roles):
        region_id = layout.region_of_role(role)
        if region_id is not None and f"{role}.json" in published:
            offered.append(Offered(layout.region_target(region_id), role, "region", region_key(region_id)))
    return offered


class Refusal(str):
    """A Dutch reason a verified bundle's content was refused (it is the text), with the ``code``
    of the check: ``wrong-region`` or ``bundle-invalid``."""

    code: str

    def __new__(cls, text: str, code: str) -> Refusal:
        refusal = super().__new__(cls, text)
        refusal.code = code
        return refusal


def import_offered(store: Store, offered: Offered, raw: bytes, origin: BundleOrigin,
                   source: str) -> str | None:
    """Import a verified bundle; a Dutch reason when its content is refused, else None.

    The signature says who signed; the content must also be of the region that signer may sign
    for, else a region's admin could overwrite another region by naming it inside the file.
    """
    try:
        data = parse_json(raw, source)
    except BundleError as error:
        return Refusal(_("de ondertekende bundel is ongeldig voor deze versie van de app; geweigerd. {error}",
                         error=error), "bundle-invalid")
    if offered.kind == "region":
        try:
            claimed = data["region"]["id"]
        except (KeyError, TypeError):
            claimed = None
        expected = region_id_of(offered.key)
        if claimed != expected:
            return Refusal(_("de bundel zegt van regio '{claimed}' te zijn, maar is ondertekend voor regio "
                             "'{expected}'; geweigerd.", claimed=claimed, expected=expected), "wrong-region")
    try:
        store.import_bundle(raw, offered.kind, origin, source)
    except BundleError as error:
        return Refusal(_("de ondertekende bundel is ongeldig voor deze versie van de app; geweigerd. {error}",
                         error=error), "bundle-invalid")
    except (ValueError, OverflowError, RecursionError, sqlite3.IntegrityError, sqlite3.DataError) as error:
        # Whatever slipped past the bounds of routekaarten.bundles: this region is refused, the
        # others still import, and the bug is in the log for the developers.
        logger.exception("import of %s failed", offered.path)
        return Refusal(_("de ondertekende bundel kon niet worden opgeslagen ({kind}); geweigerd.",
                         kind=type(error).__name__), "bundle-unstorable")
    return None
