"""The frozen bundle can do what the README's regional admin does (issue 14, item 7).

``admin keygen`` with the file keyring (named by ``PYTHON_KEYRING_BACKEND`` at run time, so
PyInstaller's analysis cannot see it: build.spec lists it as a hidden import) and ``admin publish``
run from the bundle, against a real ``routekaart serve`` on 127.0.0.1 from this environment; LNZS
initialises and delegates with the environment's ``routekaart``; the bundle then syncs as a
workstation and shows the published number.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from tests.frozen.running import run_bundle
from tests.integration.bundles import CONTACT, NATIONAL_FILE, NEW_NUMBER, REGION_FILE, ZWB
from tests.integration.processes import Operator, service_process


def test_frozen_bundle_makes_a_key_in_the_file_keyring_publishes_and_a_workstation_syncs(
        bundle: Path, tmp_path: Path) -> None:
    operator = Operator(tmp_path / "repo", tmp_path / "sleutels", {
        **{key: value for key, value in os.environ.items() if not key.startswith("ROUTEKAART_")},
        "ROUTEKAART_OFFLINE_PASSPHRASE": "landelijk-geheim-123",
        "ROUTEKAART_ONLINE_PASSPHRASE": "online-geheim-4567"})
    done = operator.run("admin", "init", "--repo", operator.repo, "--keys", operator.keys)
    assert done.returncode == 0, done.stderr
    done = operator.run("admin", "national", "--repo", operator.repo, "--keys", operator.keys, NATIONAL_FILE)
    assert done.returncode == 0, done.stderr

    admin = tmp_path / "regio"
    admin.mkdir()
    keyring = {"PYTHON_KEYRING_BACKEND": "sync.admin.file_keyring.EncryptedFileKeyring",
               "ROUTEKAART_KEYRING_FILE": str(admin / "sleutelbos.bin"),
               "ROUTEKAART_KEYRING_PASSPHRASE": "sleutelbos-zin-6666"}
    made = run_bundle(bundle, "--data-dir", str(admin / "gegevens"), "admin", "keygen", "--region", ZWB,
                      "--out", str(admin / "zwb.pub.json"), env=keyring)
    assert made.returncode == 0, made.stderr
    assert "Vingerafdruk" in made.stdout and (admin / "sleutelbos.bin").is_file()
    done = operator.run("admin", "delegate", "--repo", operator.repo, "--keys", operator.keys,
                        "--region", ZWB, "--pubkey", admin / "zwb.pub.json")
    assert done.returncode == 0, done.stderr

    root = tmp_path / "root.json"
    shutil.copy(operator.repo / "metadata" / "1.root.json", root)
    draft = json.loads(REGION_FILE.read_text(encoding="utf-8"))
    next(c for c in draft["contacts"] if c["id"] == CONTACT)["phone"] = NEW_NUMBER
    (admin / "zwb.json").write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")

    with service_process(operator, tmp_path / "serve.log") as url:
        published = run_bundle(bundle, "--data-dir", str(admin / "gegevens"), "admin", "publish",
                               "--url", url, "--root", str(root), str(admin / "zwb.json"), env=keyring)
        assert published.returncode == 0, published.stderr
        assert "Gepubliceerd en gecontroleerd: versie 1" in published.stdout

        station = tmp_path / "werkplek"
        synced = run_bundle(bundle, "--data-dir", str(station), "sync", "--url", url, "--root", str(root))
        assert synced.returncode == 0, synced.stderr
    shown = run_bundle(bundle, "--data-dir", str(station), "contacts", "--json")
    assert {row["id"]: row["phone"] for row in json.loads(shown.stdout)}[CONTACT] == NEW_NUMBER
