"""Helpers for the key rotation tests (a helper module, not tests): the passphrases of the
national keys made by 'admin init', and the root versions a repository or a workstation holds."""

from __future__ import annotations

from tuf.api.metadata import Root

from sync.repository.repository import Repository
from tests.integration.conftest import Workstation

OFFLINE_PASSPHRASE = "landelijk-geheim-123"
ONLINE_PASSPHRASE = "online-geheim-4567"


def root_history(station: Workstation) -> list[int]:
    """The root versions ngclient keeps in the data folder (``metadata/root_history/N.root.json``)."""
    folder = station.data_dir / "tuf" / "metadata" / "root_history"
    return sorted(int(path.name.split(".")[0]) for path in folder.glob("*.root.json"))


def keyids(root: Root, role: str) -> set[str]:
    return set(root.roles[role].keyids)


def root_files(repository: Repository) -> list[str]:
    return sorted(path.name for path in repository.metadata_dir.glob("*.root.json"))
