"""Every ``ROUTEKAART_*`` environment variable, named once (the README's "Environment variables").

Readers import the name from here (``os.environ.get(environment.DATA_DIR)``), so a variable is
spelled in one place and the README's table can be checked against this module
(``tests/unit/test_one_place.py``). The domain only names them: the passphrase and keyring
variables are read by ``sync.admin``, the smoke test by ``desktop``.
"""

from __future__ import annotations

from typing import Final

DATA_DIR: Final = "ROUTEKAART_DATA_DIR"
"""The data folder (database, settings, sync state); ``--data-dir`` wins over it (``routekaarten.paths``)."""

RESOURCES: Final = "ROUTEKAART_RESOURCES"
"""Another ``resources/`` folder (bundles, shipped repository, trusted root), for tests.

Read by ``routekaarten.resources``."""

DEBUG: Final = "ROUTEKAART_DEBUG"
"""Any value: the CLI shows the traceback of an unexpected error instead of one Dutch line."""

SYNC_URL: Final = "ROUTEKAART_SYNC_URL"
"""The central source's address when settings (app) or ``--url`` (CLI) name none (``sync.client.source``)."""

OFFLINE_PASSPHRASE: Final = "ROUTEKAART_OFFLINE_PASSPHRASE"
"""Passphrase of the national offline keys (root, targets), else ``--passphrase-file`` or a prompt."""

ONLINE_PASSPHRASE: Final = "ROUTEKAART_ONLINE_PASSPHRASE"
"""Passphrase of the online key (snapshot, timestamp), else ``--online-passphrase-file`` or a prompt."""

NEW_PASSPHRASE: Final = "ROUTEKAART_NEW_PASSPHRASE"
"""``admin rotate``: a passphrase of their own for the new keys, else that of the keys they replace."""

KEYRING_FILE: Final = "ROUTEKAART_KEYRING_FILE"
"""The encrypted file keyring of a regional admin without an OS keyring (``sync.admin.file_keyring``)."""

KEYRING_PASSPHRASE: Final = "ROUTEKAART_KEYRING_PASSPHRASE"
"""The passphrase of that file keyring."""

BACKUP_PASSPHRASE: Final = "ROUTEKAART_BACKUP_PASSPHRASE"
"""``admin backup-key``/``restore-key``: the passphrase of the key backup file, else a prompt."""

SMOKE_TEST: Final = "ROUTEKAART_SMOKE_TEST"
"""Any value: the app shows its window with data, then quits (the frozen build's check)."""

ALL: Final = (DATA_DIR, RESOURCES, DEBUG, SYNC_URL, OFFLINE_PASSPHRASE, ONLINE_PASSPHRASE, NEW_PASSPHRASE,
              KEYRING_FILE, KEYRING_PASSPHRASE, BACKUP_PASSPHRASE, SMOKE_TEST)
