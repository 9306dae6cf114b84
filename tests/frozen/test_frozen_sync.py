"""The bundle syncs from the real repository service on 127.0.0.1 with its own TUF client."""

from __future__ import annotations

import json
from pathlib import Path

from tests.frozen.test_frozen_app import _run
from tests.integration.bundles import CONTACT, NEW_NUMBER
from tests.integration.conftest import World, publish_new_number, world  # noqa: F401 - the fixture


def test_frozen_app_syncs_a_published_change_and_shows_it(bundle: Path, world: World, tmp_path: Path):  # noqa: F811
    root = tmp_path / "root.json"
    root.write_bytes(world.root_json)
    data = tmp_path / "werkplek"
    publish_new_number(world)

    result = _run(bundle, "--data-dir", str(data), "sync", "--url", world.url, "--root", str(root))
    assert result.returncode == 0, result.stderr

    contacts = _run(bundle, "--data-dir", str(data), "contacts", "--json")
    assert contacts.returncode == 0, contacts.stderr
    shown = {row["id"]: row["phone"] for row in json.loads(contacts.stdout)}
    assert shown[CONTACT] == NEW_NUMBER

    again = _run(bundle, "--data-dir", str(data), "sync", "--url", world.url, "--root", str(root))
    assert again.returncode == 3, again.stderr  # nothing new
