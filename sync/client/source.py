"""Which central source a workstation syncs from, and which root it trusts (the app's side of
``routekaart sync --url/--root``).

The rule is the CLI's: the URL named explicitly (the app's setting, like ``--url``) wins, else
``$ROUTEKAART_SYNC_URL``; the root named explicitly (``root.json`` in the data folder, like
``--root``) wins, else the one shipped in ``resources/tuf/root.json``. Without both a URL and a
root there is no central source: the app keeps the embedded data and says so. Imports nothing
heavy: it runs at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from routekaarten import environment
from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _
from routekaarten.resources import resources_dir

ROOT_IN_DATA_DIR = "root.json"


@dataclass(frozen=True)
class SyncSource:
    url: str
    root_path: Path


def shipped_root() -> Path:
    return resources_dir() / "tuf" / "root.json"


def shipped_repository_dir() -> Path | None:
    """The signed repository a release ships in ``resources/tuf`` (``sync.client.shipped``), if any."""
    folder = resources_dir() / "tuf"
    return folder if (folder / "metadata" / "timestamp.json").is_file() else None


def trusted_root_path(data_dir: Path) -> Path | None:
    """The root this installation trusts: one placed in the data folder, else the shipped one."""
    for path in (data_dir / ROOT_IN_DATA_DIR, shipped_root()):
        if path.is_file():
            return path
    return None


def sync_url(configured: str, environ: Mapping[str, str] = os.environ) -> str:
    """The configured URL, else ``$ROUTEKAART_SYNC_URL``; "" when neither is set."""
    return (configured.strip() or environ.get(environment.SYNC_URL, "").strip()).rstrip("/")


def find_source(
    data_dir: Path, configured_url: str, environ: Mapping[str, str] = os.environ
) -> SyncSource | None:
    """The central source to sync from, or None when no URL or no trusted root is configured."""
    url = sync_url(configured_url, environ)
    root = trusted_root_path(data_dir)
    if not url or root is None:
        return None
    return SyncSource(url, root)


def trusted_root(path: Path | None) -> bytes:
    """The root.json this installation trusts: shipped in resources/tuf/, or named by --root."""
    file = path or resources_dir() / "tuf" / "root.json"
    try:
        return file.read_bytes()
    except OSError as error:
        raise RoutekaartError(_(
            "De vertrouwde root ({file}) ontbreekt of is onleesbaar; zonder root kan niets worden "
            "gecontroleerd. Installeer de app opnieuw of geef --root BESTAND.", file=file
        )) from error
