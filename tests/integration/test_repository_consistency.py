"""Publishing never leaves the repository half-changed: an interrupted publish keeps the old
state served (timestamp.json is the commit point), and concurrent publishes are serialised."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import httpx
import pytest

from sync import layout
from sync.status import SyncStatus
from tests.integration.bundles import CONTACT, NEW_NUMBER, OB, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World, assert_kept


def test_publish_interrupted_before_the_commit_leaves_the_old_state(world: World,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    station = world.workstation()
    station.sync()
    real_replace = os.replace

    def disk_fails_at_commit(src: str, dst: str | Path) -> None:
        if str(dst).endswith("timestamp.json"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", disk_fails_at_commit)
    raw = region_bundle(revision=2, phones={CONTACT: NEW_NUMBER})
    failed = world.post(ZWB, raw, world.keys.zwb_admin)
    monkeypatch.setattr(os, "replace", real_replace)

    assert failed.status_code == 503
    assert "niets gepubliceerd" in failed.json()["fout"]
    assert world.repo.role_version(layout.region_role(ZWB)) == 1
    assert station.sync().status is SyncStatus.UNCHANGED
    assert_kept(station, CONTACT, OLD_NUMBER, 1)
    # The half-written files are simply overwritten by the retry.
    assert world.post(ZWB, raw, world.keys.zwb_admin).status_code == 200
    assert station.sync().status is SyncStatus.UPDATED
    assert_kept(station, CONTACT, NEW_NUMBER, 2)


def test_concurrent_publishes_of_two_regions_both_land(world: World) -> None:
    bodies = {
        ZWB: (region_bundle(revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.zwb_admin),
        OB: (region_bundle(OB, revision=2, phones={CONTACT: NEW_NUMBER}), world.keys.ob_admin),
    }
    signed = {region: world.signed(region, raw, key) for region, (raw, key) in bodies.items()}
    answers: dict[str, httpx.Response] = {}
    start = threading.Barrier(len(bodies))

    def publish(region: str) -> None:
        start.wait()
        raw, key = bodies[region]
        answers[region] = world.post(region, raw, key, metadata=signed[region])

    threads = [threading.Thread(target=publish, args=(region,)) for region in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert {region: answer.status_code for region, answer in answers.items()} == {ZWB: 200, OB: 200}
    snapshot = world.repo.snapshot().signed
    assert snapshot.meta[f"{layout.region_role(ZWB)}.json"].version == 2
    assert snapshot.meta[f"{layout.region_role(OB)}.json"].version == 2
    station = world.workstation()
    assert station.sync().status is SyncStatus.UPDATED
    assert_kept(station, CONTACT, NEW_NUMBER, 2, ZWB)
    assert_kept(station, CONTACT, NEW_NUMBER, 2, OB)


def test_two_publishes_of_the_same_version_only_one_wins(world: World) -> None:
    raws = [region_bundle(revision=2, phones={CONTACT: number}) for number in (NEW_NUMBER, "06 22222222")]
    signed = [world.signed(ZWB, raw, world.keys.zwb_admin, version=2) for raw in raws]
    answers: list[int] = []
    start = threading.Barrier(2)

    def publish(index: int) -> None:
        start.wait()
        answers.append(world.post(ZWB, raws[index], world.keys.zwb_admin, metadata=signed[index]).status_code)

    threads = [threading.Thread(target=publish, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(answers) == [200, 409]
    station = world.workstation()
    assert station.sync().status is SyncStatus.UPDATED
    assert station.revision() == 2
