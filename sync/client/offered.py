"""Which bundles a verified repository state offers, and taking a verified one into the store.

Shared by the sync (``sync.client.updater``, from metadata ngclient just verified) and the first start
of a fresh install (``sync.client.shipped``, from the signed repository shipped with the app): the two
must agree on what a repository holds and on what a signed bundle may claim to be.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable
from dataclasses import dataclass

from routekaarten.errors import BundleError
from routekaarten.store import NATIONAL_KEY, BundleOrigin, Store, region_id_of, region_key
from sync import layout


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
    if offered.kind == "region":
        try:
            claimed = json.loads(raw)["region"]["id"]
        except (ValueError, KeyError, TypeError):
            claimed = None
        expected = region_id_of(offered.key)
        if claimed != expected:
            return Refusal(f"de bundel zegt van regio '{claimed}' te zijn, maar is ondertekend voor regio "
                           f"'{expected}'; geweigerd.", "wrong-region")
    try:
        store.import_bundle(raw, offered.kind, origin, source)
    except BundleError as error:
        return Refusal(f"de ondertekende bundel is ongeldig voor deze versie van de app. {error}",
                       "bundle-invalid")
    return None
