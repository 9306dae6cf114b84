"""The bundle syncs from the real repository service on 127.0.0.1 with its own TUF client."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sync.repository.shipped_export import export_shipped
from tests.frozen.running import run_bundle
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER
from tests.integration.conftest import World, publish_new_number, world  # noqa: F401 - the fixture
from tests.integration.live_server import closed_port_url


def test_frozen_app_syncs_a_published_change_and_shows_it(bundle: Path, world: World, tmp_path: Path):  # noqa: F811
    root = tmp_path / "root.json"
    root.write_bytes(world.root_json)
    data = tmp_path / "werkplek"
    publish_new_number(world)

    result = run_bundle(bundle, "--data-dir", str(data), "sync", "--url", world.url, "--root", str(root))
    assert result.returncode == 0, result.stderr

    contacts = run_bundle(bundle, "--data-dir", str(data), "contacts", "--json")
    assert contacts.returncode == 0, contacts.stderr
    shown = {row["id"]: row["phone"] for row in json.loads(contacts.stdout)}
    assert shown[CONTACT] == NEW_NUMBER

    again = run_bundle(bundle, "--data-dir", str(data), "sync", "--url", world.url, "--root", str(root))
    assert again.returncode == 3, again.stderr  # nothing new


def test_frozen_app_takes_the_signed_data_a_release_ships(bundle: Path, world: World, tmp_path: Path):  # noqa: F811
    """As after 'routekaart admin embed' into the bundle's resources: the frozen app verifies the
    shipped repository offline with its own tuf, and shows its data before any sync: the first
    command that opens the data folder (here ``contacts``) takes it, as the app's start does."""
    publish_new_number(world)
    resources = tmp_path / "resources"
    shutil.copytree(bundle.parent / "_internal" / "resources", resources)
    export_shipped(world.repo, resources / "tuf")
    env = {"ROUTEKAART_RESOURCES": str(resources)}
    data = tmp_path / "werkplek"

    unsigned = run_bundle(bundle, "--data-dir", str(tmp_path / "zonder"), "contacts", "--json")
    first = run_bundle(bundle, "--data-dir", str(data), "contacts", "--json", env=env)
    offline = run_bundle(bundle, "--data-dir", str(data), "sync", "--url", closed_port_url(),
                         "--timeout", "1", env=env)
    after = run_bundle(bundle, "--data-dir", str(data), "contacts", "--json", env=env)

    # Without shipped signed data: the embedded bundle. With it, the check at the first start (of
    # the app, 'contacts', 'counts' or 'sync') takes the shipped, signed state before any sync.
    assert {row["id"]: row["phone"] for row in json.loads(unsigned.stdout)}[CONTACT] == OLD_NUMBER
    assert {row["id"]: row["phone"] for row in json.loads(first.stdout)}[CONTACT] == NEW_NUMBER
    assert offline.returncode == 5, offline.stderr  # unreachable: the shipped data stays in use
    assert {row["id"]: row["phone"] for row in json.loads(after.stdout)}[CONTACT] == NEW_NUMBER
