"""The workbench's commands for scripts (``routekaart admin pull|publish|renew|fingerprint|backup-key|
restore-key``), unattended, against the real service on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.launcher import main
from sync.admin.file_keyring import EncryptedFileKeyring
from sync.admin.region_keys import RegionKeyring
from tests.integration.bundles import CONTACT, NEW_NUMBER, OLD_NUMBER, ZWB, region_bundle
from tests.integration.conftest import World
from tests.integration.live_server import closed_port_url

KEYRING_PASSPHRASE = "regio-geheim-89"


def run(*args: str | Path) -> int:
    return main([str(arg) for arg in args])


@pytest.fixture
def admin(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer's keyring holds the ZWB admin's key (as after 'admin keygen'); returns the root file."""
    keyring_file = tmp_path / "sleutelbos.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "sync.admin.file_keyring.EncryptedFileKeyring")
    monkeypatch.setenv("ROUTEKAART_KEYRING_FILE", str(keyring_file))
    monkeypatch.setenv("ROUTEKAART_KEYRING_PASSPHRASE", KEYRING_PASSPHRASE)
    RegionKeyring(EncryptedFileKeyring(keyring_file, KEYRING_PASSPHRASE)).restore(ZWB, world.keys.zwb_admin)
    root = tmp_path / "root.json"
    root.write_bytes(world.root_json)
    return root


def _edit_number(path: Path, number: str) -> None:
    data = json.loads(path.read_bytes())
    next(c for c in data["contacts"] if c["id"] == CONTACT)["phone"] = number
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_pull_writes_the_published_bundle_and_says_when_it_expires(
        world: World, admin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "zwb.json"

    assert run("admin", "pull", "--url", world.url, "--root", admin, "--region", ZWB, "--out", out) == 0

    assert out.read_bytes() == region_bundle()
    said = capsys.readouterr().out
    assert "Opgehaald en gecontroleerd: regio 'zeeland-west-brabant', revisie 1, versie 1, geldig tot " \
        in said
    assert "De handtekening van de regio is geldig tot " in said


def test_pull_trusts_the_root_json_in_the_data_folder_and_answers_json_with_english_keys(
        world: World, admin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "gegevens"
    data_dir.mkdir()
    (data_dir / "root.json").write_bytes(world.root_json)

    assert run("--data-dir", data_dir, "admin", "pull", "--url", world.url, "--region", ZWB,
               "--out", tmp_path / "zwb.json", "--json") == 0

    answer = json.loads(capsys.readouterr().out)
    assert set(answer) == {"region", "version", "revision", "expires", "sha256", "signed_by", "renew_needed",
                           "out"}
    assert (answer["region"], answer["version"], answer["renew_needed"]) == (ZWB, 1, False)


def test_pull_from_an_unreachable_source_exits_5(admin: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run("admin", "pull", "--url", closed_port_url(), "--root", admin, "--region", ZWB,
               "--out", tmp_path / "zwb.json") == 5
    assert "De centrale bron is niet bereikbaar" in capsys.readouterr().err
    assert not (tmp_path / "zwb.json").exists()


def test_publish_sets_the_revision_in_the_file_and_a_stale_file_is_refused(
        world: World, admin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, stale = tmp_path / "mijn.json", tmp_path / "oud.json"
    assert run("admin", "pull", "--url", world.url, "--root", admin, "--region", ZWB, "--out", mine) == 0
    stale.write_bytes(mine.read_bytes())
    _edit_number(mine, NEW_NUMBER)
    capsys.readouterr()

    assert run("admin", "publish", "--url", world.url, "--root", admin, mine) == 0
    said = capsys.readouterr().out
    _edit_number(stale, "088 9638222")
    refused = run("admin", "publish", "--url", world.url, "--root", admin, stale)

    assert "Gepubliceerd en gecontroleerd: versie 2, geldig tot " in said
    assert f"Ander nummer: Politie (OVD-R) (Politie; {CONTACT}): {OLD_NUMBER} → {NEW_NUMBER}" in said
    assert json.loads(mine.read_bytes())["revision"] == 2
    assert refused == 2
    error = capsys.readouterr().err
    assert "intussen gepubliceerd: nu revisie 2" in error and "Uw concept gaat uit van revisie 1" in error
    assert json.loads(stale.read_bytes())["revision"] == 1  # the draft is left as it was


def test_renew_from_the_command_line(world: World, admin: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "zwb.json"
    bundle.write_bytes(region_bundle())

    assert run("admin", "renew", "--url", world.url, "--root", admin, "--days", "30", bundle, "--json") == 0

    answer = json.loads(capsys.readouterr().out)
    assert [answer[key] for key in ("version", "revision", "renewed", "verified")] == [2, 1, True, True]


def test_a_key_restored_from_its_backup_on_a_new_computer_can_publish_but_not_with_a_wrong_passphrase(
        world: World, admin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup, right, wrong = tmp_path / "zwb-sleutel.backup", tmp_path / "goed.txt", tmp_path / "fout.txt"
    right.write_text("een lange wachtwoordzin voor de back-up\n", encoding="utf-8")
    wrong.write_text("een andere wachtwoordzin\n", encoding="utf-8")
    assert run("admin", "backup-key", "--region", ZWB, "--out", backup, "--passphrase-file", right) == 0
    made = capsys.readouterr().out
    monkeypatch.setenv("ROUTEKAART_KEYRING_FILE", str(tmp_path / "nieuwe-computer.json"))  # an empty keyring

    assert run("admin", "restore-key", "--region", ZWB, backup, "--passphrase-file", wrong) == 2
    assert "De wachtwoordzin van de back-up klopt niet" in capsys.readouterr().err
    bundle = tmp_path / "zwb.json"
    bundle.write_bytes(region_bundle())
    assert run("admin", "renew", "--url", world.url, "--root", admin, bundle) == 2
    assert "Geen sleutel voor regio 'zeeland-west-brabant'" in capsys.readouterr().err

    assert run("admin", "restore-key", "--region", ZWB, backup, "--passphrase-file", right) == 0
    restored = capsys.readouterr().out
    assert run("admin", "renew", "--url", world.url, "--root", admin, bundle) == 0
    assert "Opnieuw ondertekend en gecontroleerd: versie 2" in capsys.readouterr().out
    fingerprint_line = next(line for line in made.splitlines() if line.startswith("Vingerafdruk: "))
    assert fingerprint_line in restored.splitlines()


def test_keygen_shows_the_fingerprint_that_fingerprint_reads_from_the_public_key_file(
        admin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    public = tmp_path / "ob.pub.json"
    assert run("admin", "keygen", "--region", "oost-brabant", "--out", public) == 0
    shown = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Vingerafdruk"))
    numbered = shown.split(": ", 1)[1]

    assert run("admin", "fingerprint", public) == 0
    assert f"Vingerafdruk: {numbered}" in capsys.readouterr().out
    heard = numbered.lower().replace("  ", " - ")  # typed while listening: other spacing, lower case
    assert run("admin", "fingerprint", public, "--check", heard) == 0
    assert "De vingerafdruk klopt." in capsys.readouterr().out
    groups = numbered.split("  ")
    misheard = "  ".join([*groups[:2], "3: 0000" if groups[2] != "3: 0000" else "3: 1111", *groups[3:]])
    assert run("admin", "fingerprint", public, "--check", misheard) == 2
    assert "De vingerafdruk klopt NIET: groep 3 is" in capsys.readouterr().err
