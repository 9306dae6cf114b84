"""Names in the repository: roles, target paths and files, shared by service, admin and client.

One delegated role per region (``region-<id>``) may sign only ``regions/<id>/*``; the national
targets role signs ``national/hssk.json`` itself. Region ids are lower-case words joined by
hyphens, as the region bundle schema requires, so they are safe in file names and URL paths.
"""

from __future__ import annotations

import re

METADATA_DIR = "metadata"
TARGETS_DIR = "targets"
REGION_ROLE_PREFIX = "region-"
NATIONAL_TARGET = "national/hssk.json"
REGION_FILE = "bundle.json"
_REGION_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_region_id(text: str) -> bool:
    return len(text) <= 64 and _REGION_ID.fullmatch(text) is not None


def region_role(region_id: str) -> str:
    return f"{REGION_ROLE_PREFIX}{region_id}"


def region_of_role(role: str) -> str | None:
    """``region-zeeland-west-brabant`` -> ``zeeland-west-brabant``; None for other roles."""
    if not role.startswith(REGION_ROLE_PREFIX):
        return None
    region_id = role.removeprefix(REGION_ROLE_PREFIX)
    return region_id if is_region_id(region_id) else None


def region_target(region_id: str) -> str:
    return f"regions/{region_id}/{REGION_FILE}"


def region_paths(region_id: str) -> list[str]:
    """The delegation's path pattern (TUF's ``*`` does not cross ``/``)."""
    return [f"regions/{region_id}/*"]


def hash_prefixed(target_path: str, sha256: str) -> str:
    """Where a target lives on disk with consistent snapshots: ``regions/x/<sha256>.bundle.json``."""
    folder, _, name = target_path.rpartition("/")
    return f"{folder}/{sha256}.{name}" if folder else f"{sha256}.{name}"
