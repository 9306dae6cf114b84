"""Fixtures for the domain and CLI tests: the shipped region bundle and real stores in tmp_path."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from routekaarten.bundles import read_bundle
from routekaarten.case_store import CaseStore
from routekaarten.keys import ScryptParams
from routekaarten.model import RegionBundle
from routekaarten.store import Store
from routekaarten.vault import CaseVault

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
REGION_ID = "zeeland-west-brabant"
REGION_FILE = RESOURCES / "regions" / f"{REGION_ID}.json"
NATIONAL_FILE = RESOURCES / "national" / "hssk.json"
SEED_FILE = ROOT / "tests" / "data" / "seed.txt"
CHEAP_KDF = ScryptParams(n=2**10)


@pytest.fixture(scope="session")
def region_file() -> Path:
    return REGION_FILE


@pytest.fixture(scope="session")
def national_file() -> Path:
    return NATIONAL_FILE


@pytest.fixture(scope="session")
def seed_file() -> Path:
    return SEED_FILE


@pytest.fixture(scope="session")
def region_raw() -> bytes:
    return REGION_FILE.read_bytes()


@pytest.fixture(scope="session")
def pristine_region_data(region_raw: bytes) -> dict[str, Any]:
    """The shipped bundle as JSON data, shared: never change it (copy it first)."""
    return dict(json.loads(region_raw))


@pytest.fixture
def region_data(pristine_region_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the shipped region bundle as JSON data, free to change in a test."""
    return copy.deepcopy(pristine_region_data)


@pytest.fixture(scope="session")
def region_bundle() -> RegionBundle:
    """The shipped Zeeland-West-Brabant bundle, read and validated as the app does."""
    return RegionBundle.from_dict(read_bundle(REGION_FILE, "region"))


@pytest.fixture
def region_store(tmp_path: Path, region_raw: bytes) -> Iterator[Store]:
    """A real SQLite store in tmp_path holding only the shipped region bundle."""
    store = Store.open(tmp_path / "store")
    store.import_bundle(region_raw, "region", "embedded", str(REGION_FILE))
    yield store
    store.close()


@pytest.fixture(scope="module")
def shared_region_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Like ``region_store`` but shared by a module, for Hypothesis tests (read-only use)."""
    store = Store.open(tmp_path_factory.mktemp("shared-store"))
    store.import_bundle(REGION_FILE.read_bytes(), "region", "embedded", str(REGION_FILE))
    yield store
    store.close()


@pytest.fixture
def cases(store: Store) -> CaseStore:
    """The cases of ``store`` (the app's store of tests/conftest.py, or a module's own)."""
    return CaseStore(store)


@pytest.fixture
def vault(cases: CaseStore) -> CaseVault:
    """An unlocked vault whose key, wrapped by a passphrase, is saved in ``cases``; scrypt is cheap
    here (n=2**10) so that tests stay fast; the real parameters are tested in test_vault.py."""
    created, wrapped = CaseVault.create_with_passphrase("correct paard batterij nietje", CHEAP_KDF)
    cases.save_wrapped_key(wrapped)
    return created
