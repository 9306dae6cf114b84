"""The per-user data folder: platformdirs, overridable for tests and profiles."""

from __future__ import annotations

import os
from pathlib import Path

from routekaarten import environment

APP_NAME = "Routekaart"
APP_AUTHOR = "LNZS"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$ROUTEKAART_DATA_DIR``, then the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(environment.DATA_DIR):
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))
