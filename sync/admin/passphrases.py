"""Where a passphrase comes from: a file named by a flag, an environment variable, or a prompt.

Every admin command must run unattended in scripts and tests (issue 4, "Admin tools"), so the
prompt is the last resort and only on a terminal.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from routekaarten.i18n import _
from sync.errors import KeyStoreError

ENV_OFFLINE = "ROUTEKAART_OFFLINE_PASSPHRASE"
ENV_ONLINE = "ROUTEKAART_ONLINE_PASSPHRASE"
MIN_LENGTH = 12


def read_passphrase(env_var: str, file: Path | None, what: str, *, new: bool = False,
                    confirm: bool = False) -> bytes:
    """The passphrase for ``what`` (e.g. "de landelijke sleutels"); ``new`` enforces a minimum length,
    ``confirm`` asks a typed one twice (a typo in a backup's passphrase would lock the backup)."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as error:
            raise KeyStoreError(f"Wachtwoordbestand {file} is niet leesbaar ({error.strerror}).") from error
    elif env_var in os.environ:
        text = os.environ[env_var]
    elif sys.stdin.isatty():
        text = getpass.getpass(f"Wachtwoordzin voor {what}: ")
        if confirm and getpass.getpass(_("Nogmaals, ter controle: ")) != text:
            raise KeyStoreError(_("De twee wachtwoordzinnen verschillen; er is niets gedaan."))
    else:
        raise KeyStoreError(
            f"Geen wachtwoordzin voor {what}: zet ${env_var} of gebruik --passphrase-file BESTAND."
        )
    if not text:
        raise KeyStoreError(f"De wachtwoordzin voor {what} is leeg.")
    if new and len(text) < MIN_LENGTH:
        raise KeyStoreError(f"De wachtwoordzin voor {what} is te kort (minstens {MIN_LENGTH} tekens).")
    return text.encode("utf-8")
