"""One region can never stop the others (issue 10, item 1).

A regional admin's bundle that is valid JSON but cannot be stored (a revision of 2^63, a lone
surrogate, nesting deeper than any reader copes with, a text of megabytes) is signed and put
live by writing the signed repository directly, as an attacker or a service from before the
bounds would. Between two genuine updates of Zeeland-West-Brabant, every workstation must go on
taking ZWB's updates, refuse Oost-Brabant with a Dutch reason (``sync --json``, exit 4), and keep
Oost-Brabant's last good data.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from routekaarten.bundles import MAX_TEXT
from sync import layout
from sync.client.outcomes import SyncStatus
from sync.output import EXIT_REJECTED
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World, assert_kept
from tests.integration.processes import routekaart

THIRD_NUMBER = "088 9638111"


def _poisoned(change: str) -> bytes:
    """Oost-Brabant's bundle at revision 2, broken in one way; valid JSON all the same."""
    data: dict[str, Any] = json.loads(region_bundle(OB, revision=2, phones={CONTACT: "088 1234567"}))
    if change == "huge-revision":
        data["revision"] = 2**63
        return json.dumps(data).encode()
    if change == "surrogate":
        text = json.dumps(data, ensure_ascii=True)
        assert '"name": "Oost Brabant"' in text
        return text.replace('"name": "Oost Brabant"', '"name": "Oost \\ud800 Brabant"', 1).encode()
    if change == "deep-nesting":
        text = json.dumps(data)
        return text.replace('"revision": 2', '"revision": 2, "source": ' + "[" * 5000 + "]" * 5000).encode()
    if change == "long-text":
        data["region"]["description"] = "x" * (MAX_TEXT + 1)
        return json.dumps(data).encode()
    raise AssertionError(change)


def _publish(world: World, revision: int, number: str) -> None:
    raw = region_bundle(revision=revision, phones={CONTACT: number})
    response = world.post(ZWB, raw, world.keys.zwb_admin)
    assert response.status_code == 200, response.text


def _sync_json(world: World, data_dir: Path) -> tuple[int, dict[str, Any], str]:
    data_dir.mkdir()
    root = data_dir / "root.json"
    root.write_bytes(world.root_json)
    done = subprocess.run(
        [routekaart(), "--data-dir", str(data_dir), "sync", "--url", world.url, "--root", str(root),
         "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    return done.returncode, json.loads(done.stdout) if done.stdout else {}, done.stderr


@pytest.mark.parametrize("change", ["huge-revision", "surrogate", "deep-nesting", "long-text"])
def test_a_poisoned_region_between_two_updates_of_another_stops_nothing(world: World, change: str) -> None:
    station = world.workstation()
    _publish(world, 2, NEW_NUMBER)
    assert station.sync().status is SyncStatus.UPDATED
    world.serve_region(OB, _poisoned(change), world.keys.ob_admin)  # signed by OB's own admin
    _publish(world, 3, THIRD_NUMBER)

    result = station.sync()

    assert result.status is SyncStatus.REJECTED
    assert result.updated == (layout.region_target(ZWB),)
    refused = [o for o in result.outcomes if o.status is SyncStatus.REJECTED]
    assert [o.path for o in refused] == [layout.region_target(OB)]
    assert "geweigerd" in refused[0].reason
    assert_kept(station, CONTACT, THIRD_NUMBER, 3, ZWB)
    assert_kept(station, CONTACT, OLD_NUMBER, 1, OB)
    again = station.sync()  # the refusal stays said, the other region stays current
    assert again.status is SyncStatus.REJECTED
    assert_kept(station, CONTACT, OLD_NUMBER, 1, OB)


def test_sync_json_names_the_refused_region_and_exits_for_rejected(world: World) -> None:
    world.serve_region(OB, _poisoned("huge-revision"), world.keys.ob_admin)
    _publish(world, 2, NEW_NUMBER)

    code, report, stderr = _sync_json(world, world.tmp / "cli")

    assert code == EXIT_REJECTED, stderr
    assert "onverwachte fout" not in stderr
    files = {entry["file"]: entry for entry in report["files"]}
    assert files[layout.region_target(OB)]["status"] == "rejected"
    assert "getal is te groot" in files[layout.region_target(OB)]["reason"]
    assert files[layout.region_target(ZWB)]["status"] == "updated"
    assert report["updated"] == [layout.region_target(ZWB)]


@pytest.mark.parametrize("change", ["huge-revision", "surrogate", "deep-nesting"])
def test_the_service_and_admin_validate_refuse_the_poisoned_bundle(world: World, tmp_path: Path,
                                                                   change: str) -> None:
    raw = _poisoned(change)
    response = world.post(OB, raw, world.keys.ob_admin)
    bundle = tmp_path / "ob.json"
    bundle.write_bytes(raw)
    done = subprocess.run([routekaart(), "admin", "validate", str(bundle)],
                          capture_output=True, text=True, timeout=60, check=False)

    assert response.status_code == 422, response.text
    assert "Ongeldige gegevens" in response.text
    assert done.returncode == 2, done.stderr
    assert "Ongeldige gegevens" in done.stderr
