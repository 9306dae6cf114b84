"""Keys made by following the README inside a checkout are never committed (issue 14, item 6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What the README's commands make when run in the checkout itself.
SECRETS = [
    "sleutels/root-1.pem",
    "sleutels/targets.pem",
    "sleutels/online.pem",
    "sleutels/retired/root-v2/root-1.pem",
    "sleutels-online/online.pem",
    "wachtwoorden/root-1.txt",
    "repo/metadata/1.root.json",
    "repo/audit.log",
    "zwb.pub.json",
    "nieuw.pub.json",
    "zwb-sleutel.backup",
    "elders/online.pem",
]
# What must stay committable.
SOURCES = ["resources/regions/zeeland-west-brabant.json", "resources/national/hssk.json",
           "resources/tuf/root.json", "sync/repository/repository.py", "README.md"]


def _ignored(paths: list[str]) -> set[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("git and a checkout are needed to check .gitignore")
    done = subprocess.run(["git", "check-ignore", "--no-index", "--stdin"], cwd=ROOT, text=True,
                          input="\n".join(paths) + "\n", capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return set(done.stdout.split())


def test_key_files_and_repositories_made_in_a_checkout_are_ignored() -> None:
    assert _ignored(SECRETS) == set(SECRETS)


def test_the_sources_and_the_shipped_root_are_not_ignored() -> None:
    assert _ignored(SOURCES) == set()
