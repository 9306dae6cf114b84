"""The README's commands work as written: every ```sh block of the operator's, the regional admin's
and the workstation's sections, run from the README text itself with the ``routekaart`` console
script (as ``test_nginx.py`` runs the README's nginx block).

Each party has a home folder of its own (the README works in ``~/routekaart-bron`` and ``~/regio``,
outside the checkout). Only what a test must is changed in a line, and each change is asserted to
apply:

- the passphrases: the README has them typed at the prompt, each key its own; here each key's is in
  its own file, ``--passphrase-dir`` (the README's way for scripts) is added to the lines that need one;
- the port (``--port 8080``) and the address (``https://bron.example.nl``) are this test's;
- the fingerprint after ``--check`` is the one ``admin keygen`` printed (read aloud over the phone).

What the README tells the user to put in place (``hssk.json``, the region file, the trusted root in a
data folder, the public key sent by e-mail) the test copies; what the README says to change between
``pull`` and ``publish`` it changes (one phone number). ``serve`` runs in the background while the rest
goes on; a workstation then syncs the published region and shows the changed number.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from sync.admin.national_keys import load_key
from sync.errors import KeyStoreError
from tests.integration.bundles import CONTACT, NATIONAL_FILE, NEW_NUMBER, REGION_FILE

ROOT = Path(__file__).resolve().parents[2]
OPERATOR = "## Voor beheerders van de centrale bron (LNZS)"
REGIONAL = "## Voor regiobeheerders"
WORKSTATION = "## Werkplekken"
README_URL = "https://bron.example.nl"
README_PORT = "--port 8080"
# The lines that use a national key and so need its passphrase (typed at the prompt in the README).
NEEDS_PASSPHRASE = re.compile(r"^routekaart (serve|admin (init|national|delegate|revoke|resign|rotate))\b")
# One passphrase per key, as the ceremony wants (README, "Sleutelceremonie").
PASSPHRASES = {"root-1": "eerste-rootzin-1111", "root-2": "tweede-rootzin-2222",
               "root-3": "derde-rootzin-3333", "targets": "targets-zin-44444", "online": "online-zin-555555"}
# Guards against a hung CI job only.
STARTUP_GUARD_SECONDS = 60.0
COMMAND_GUARD_SECONDS = 180.0


def section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(title + "\n") == 1, f"README.md must hold the section {title!r} once"
    start = text.index(title + "\n") + len(title)
    end = text.find("\n## ", start)
    return text[start:end if end >= 0 else len(text)]


def sh_blocks(title: str) -> list[list[str]]:
    return [[line for line in block.splitlines() if line.strip()]
            for block in re.findall(r"```sh\n(.*?)```", section(title), re.S)]


class Blocks:
    """The sh blocks of the README's sections; every one must be taken (run) by the end."""

    def __init__(self, *titles: str) -> None:
        self.left = [block for title in titles for block in sh_blocks(title)]
        assert self.left, "no ```sh blocks in the README's admin sections"

    def take(self, needle: str, without: str = "") -> list[str]:
        found = [block for block in self.left if any(needle in line for line in block)
                 and not (without and any(without in line for line in block))]
        assert len(found) == 1, f"README.md must hold one ```sh block with {needle!r}, found {len(found)}"
        self.left.remove(found[0])
        return found[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Party:
    """Someone at a shell: a home folder, an environment, a current folder that ``cd`` changes."""

    home: Path
    passphrases: Path
    url: str
    port: int
    extra_env: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""

    def __post_init__(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.cwd = self.home
        self.data = self.home / "gegevens"

    @property
    def env(self) -> dict[str, str]:
        bin_dir = str(Path(sys.executable).parent)
        env = {key: value for key, value in os.environ.items() if not key.startswith("ROUTEKAART_")}
        env.update(HOME=str(self.home), PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
                   ROUTEKAART_DATA_DIR=str(self.data))
        env.pop("PYTHON_KEYRING_BACKEND", None)  # only the regional admin uses the file keyring
        env.update(self.extra_env)
        return env

    def adapted(self, line: str) -> str:
        """The README's line with only this test's passphrases, port, address and fingerprint."""
        command = line.split("#", 1)[0].rstrip() if line.lstrip().startswith("routekaart") else line
        if "--check" in command:
            assert self.fingerprint, "the fingerprint is checked after keygen printed it"
            command, count = re.subn(r'--check "[^"]*"', f'--check "{self.fingerprint}"', command)
            assert count == 1
        if README_URL in command:
            command = command.replace(README_URL, self.url)
        if command.startswith("routekaart serve"):
            assert README_PORT in command, "the README's serve line names --port 8080"
            command = command.replace(README_PORT, f"--port {self.port}")
        if NEEDS_PASSPHRASE.match(command):
            command += f" --passphrase-dir {self.passphrases}"
        return command

    def run(self, line: str) -> subprocess.CompletedProcess[str]:
        command = self.adapted(line)
        assert shutil.which("routekaart", path=self.env["PATH"]), "the routekaart console script is missing"
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", f'{command}\nprintf "\\n@@%s" "$PWD"'],
                              cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=COMMAND_GUARD_SECONDS, check=False)
        assert done.returncode == 0, f"{line!r} ended with {done.returncode}:\n{done.stdout}\n{done.stderr}"
        output, _, cwd = done.stdout.rpartition("\n@@")
        self.cwd = Path(cwd)
        return subprocess.CompletedProcess(done.args, 0, output, done.stderr)

    def run_block(self, block: list[str]) -> list[subprocess.CompletedProcess[str]]:
        return [self.run(line) for line in block]

    def start(self, line: str, log: Path) -> subprocess.Popen[bytes]:
        command = self.adapted(line)
        with log.open("wb") as out:
            return subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=self.cwd, env=self.env,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture
def parties(tmp_path: Path) -> Iterator[tuple[Party, Party, Party]]:
    passphrases = tmp_path / "wachtwoorden"
    passphrases.mkdir(mode=0o700)
    for key, text in PASSPHRASES.items():
        (passphrases / f"{key}.txt").write_text(text + "\n", encoding="utf-8")
        (passphrases / f"{key}.txt").chmod(0o600)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    operator = Party(tmp_path / "beheerder", passphrases, url, port)
    regional = Party(tmp_path / "regiobeheerder", passphrases, url, port, extra_env={
        "PYTHON_KEYRING_BACKEND": "sync.admin.file_keyring.EncryptedFileKeyring",
        "ROUTEKAART_KEYRING_FILE": str(tmp_path / "regiobeheerder" / "sleutelbos.bin"),
        "ROUTEKAART_KEYRING_PASSPHRASE": "sleutelbos-zin-6666"})
    workstation = Party(tmp_path / "werkplek", passphrases, url, port)
    yield operator, regional, workstation


def _wait_until_serving(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_GUARD_SECONDS
    while process.poll() is None:
        try:
            if httpx.get(f"{url}/metadata/timestamp.json", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"routekaart serve does not answer:\n{log.read_text()}"
        time.sleep(0.1)
    raise AssertionError(f"routekaart serve stopped (exit {process.returncode}):\n{log.read_text()}")


def test_the_readme_operator_and_regional_admin_commands_work_as_written(
        parties: tuple[Party, Party, Party], tmp_path: Path) -> None:
    operator, regional, workstation = parties
    blocks = Blocks(OPERATOR, REGIONAL, WORKSTATION)

    # The key ceremony, in ~/routekaart-bron with the national bundle put there.
    (operator.home / "routekaart-bron").mkdir()
    shutil.copy(NATIONAL_FILE, operator.home / "routekaart-bron" / "hssk.json")
    operator.run_block(blocks.take("admin init"))
    source = operator.home / "routekaart-bron"
    keys = source / "sleutels"
    assert keys.stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in keys.iterdir()) == [
        "online.pem", "root-1.pem", "root-2.pem", "root-3.pem", "targets.pem"]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in keys.iterdir())
    load_key(keys / "root-2.pem", PASSPHRASES["root-2"].encode())  # each key opens with its own only
    with pytest.raises(KeyStoreError, match="klopt niet"):
        load_key(keys / "root-2.pem", PASSPHRASES["root-1"].encode())
    trusted_root = (source / "repo" / "metadata" / "1.root.json").read_bytes()

    # The regional admin makes a key in the file keyring and sends the public key (by e-mail).
    made = regional.run_block(blocks.take("admin keygen"))
    heard = re.search(r"Vingerafdruk[^:]*: (1: .*)$", made[-1].stdout, re.M)
    assert heard, made[-1].stdout
    operator.fingerprint = heard.group(1)
    shutil.copy(regional.home / "regio" / "zwb.pub.json", source / "zwb.pub.json")
    delegated = operator.run_block(blocks.take("admin delegate"))
    assert "mag nu publiceren" in delegated[-1].stdout

    # The service, in the background.
    serve_block = blocks.take("routekaart serve")
    operator.run_block(serve_block[:-1])
    assert (source / "sleutels-online").stat().st_mode & 0o777 == 0o700
    log = tmp_path / "serve.log"
    service = operator.start(serve_block[-1], log)
    try:
        _wait_until_serving(service, operator.url, log)

        # The first publication, from the bundle the app ships, with the trusted root in the data folder.
        for party in (regional, workstation):
            party.data.mkdir()
            (party.data / "root.json").write_bytes(trusted_root)
        shutil.copy(REGION_FILE, regional.home / "regio" / "zwb.json")
        first = regional.run_block(blocks.take("admin publish", without="admin pull"))
        assert "Gepubliceerd en gecontroleerd: versie 1" in first[-1].stdout, first[-1].stdout

        # A change: pull, change a number, validate, publish.
        *before_pull, pull, validate, publish = blocks.take("admin pull")
        regional.run_block(before_pull)  # cd ~/regio
        regional.run(pull)
        draft = json.loads((regional.home / "regio" / "zwb.json").read_text(encoding="utf-8"))
        next(c for c in draft["contacts"] if c["id"] == CONTACT)["phone"] = NEW_NUMBER
        (regional.home / "regio" / "zwb.json").write_text(json.dumps(draft, ensure_ascii=False),
                                                          encoding="utf-8")
        regional.run(validate)
        published = regional.run(publish)
        assert "Gepubliceerd en gecontroleerd: versie 2" in published.stdout, published.stdout

        # A workstation syncs it and shows the new number.
        synced = workstation.run_block(blocks.take("routekaart sync"))
        assert synced[-1].returncode == 0
        shown = workstation.run("routekaart contacts --region zeeland-west-brabant --json")
        assert {row["id"]: row["phone"] for row in json.loads(shown.stdout)}[CONTACT] == NEW_NUMBER

        # Watching and upkeep while the service runs.
        status, resign = operator.run_block(blocks.take("admin status"))[-2:]
        assert re.search(r"region-zeeland-west-brabant\s+versie 2\b", status.stdout), status.stdout
        assert "VERLOPEN" not in status.stdout
        assert resign.stdout.strip()  # "Niets te doen: ..." or what it re-signed
    finally:
        service.terminate()
        service.wait(timeout=30)
    assert blocks.left == [], f"README sh blocks no test ran: {blocks.left}"

