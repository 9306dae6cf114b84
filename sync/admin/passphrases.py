"""Where the passphrase of a key file comes from: a file per key, one file, the environment, or a prompt.

The key ceremony (README, "Sleutelceremonie") gives every national key its own passphrase, kept
apart from the others, so that one leaked passphrase opens one key. A ``PassphraseSource``
therefore answers per key file (``root-1.pem``, ``targets.pem``, ``online.pem``), in this order:

1. ``--passphrase-dir MAP``: the file ``MAP/<key>.txt`` (``root-1.txt``, ``targets.txt``), one per key;
2. ``--passphrase-file BESTAND``: one passphrase for every key it covers (scripts and tests);
3. the environment variable (scripts and tests; never in the README, it ends up in shell history);
4. a prompt on a terminal, per key; a new key's passphrase is asked twice.

Every admin command can run unattended (1-3); the prompt is the last resort.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from routekaarten.i18n import _
from sync.errors import KeyStoreError

MIN_LENGTH = 12
PROMPT_TRIES = 3


def _checked(text: str, what: str, new: bool) -> bytes:
    if not text:
        raise KeyStoreError(f"De wachtwoordzin voor {what} is leeg.")
    if new and len(text) < MIN_LENGTH:
        raise KeyStoreError(f"De wachtwoordzin voor {what} is te kort (minstens {MIN_LENGTH} tekens).")
    return text.encode("utf-8")


def _read_file(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise KeyStoreError(f"Wachtwoordbestand {file} is niet leesbaar ({error.strerror}).") from error


def _prompt(what: str, new: bool, confirm: bool) -> str:
    for _attempt in range(PROMPT_TRIES):
        text = getpass.getpass(f"Wachtwoordzin voor {what}: ")
        if not (new or confirm):
            return text
        if new and len(text) < MIN_LENGTH:
            print(f"Te kort: minstens {MIN_LENGTH} tekens. Nog eens.", file=sys.stderr)
            continue
        if getpass.getpass(_("Nogmaals, ter controle: ")) != text:
            raise KeyStoreError(_("De twee wachtwoordzinnen verschillen; er is niets gedaan."))
        return text
    raise KeyStoreError(f"Geen wachtwoordzin voor {what} vastgesteld; er is niets gewijzigd.")


@dataclass
class PassphraseSource:
    """The passphrases of one group of keys (the offline keys, the online key, new keys)."""

    env_var: str
    file: Path | None = None
    directory: Path | None = None
    group: str = "de sleutels"
    _asked: dict[str, bytes] = field(default_factory=dict)

    def for_key(self, key_file: str, *, new: bool = False, confirm: bool = False) -> bytes:
        """The passphrase of ``key_file`` (a file name such as ``root-2.pem``).

        ``new`` enforces a minimum length; a typed passphrase is asked twice when ``new`` or
        ``confirm`` (a typo in a new key's or a backup's passphrase would lock it away).
        """
        what = key_file if key_file == self.group else f"{key_file} ({self.group})"
        if self.directory is not None:
            file = self.directory / f"{Path(key_file).stem}.txt"
            if not file.is_file():
                raise KeyStoreError(f"Geen wachtwoordbestand {file} voor {key_file}.")
            return _checked(_read_file(file), what, new)
        if self.file is not None:
            return _checked(_read_file(self.file), what, new)
        if self.env_var in os.environ:
            return _checked(os.environ[self.env_var], what, new)
        if key_file not in self._asked:
            if not sys.stdin.isatty():
                raise KeyStoreError(
                    f"Geen wachtwoordzin voor {what}: geef --passphrase-dir MAP (een bestand per sleutel) "
                    "of start de opdracht in een terminal.")
            self._asked[key_file] = _checked(_prompt(what, new, confirm), what, new)
        return self._asked[key_file]

    @property
    def given(self) -> bool:
        """Named explicitly (flag or environment), not only available by prompt."""
        return self.directory is not None or self.file is not None or self.env_var in os.environ


def read_passphrase(env_var: str, file: Path | None, what: str, *, new: bool = False,
                    confirm: bool = False) -> bytes:
    """One passphrase for ``what`` (a key that is not a national key file, e.g. a key backup's)."""
    return PassphraseSource(env_var, file, group=what).for_key(what, new=new, confirm=confirm)
