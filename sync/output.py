"""What the sync, serve and admin commands print, and the exit codes of ``routekaart sync``.

Shared by the command implementations (``sync.admin.commands``, ``sync.cli.run``) and the parser
(``sync.cli``), so that no library module imports the CLI.
"""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_UPDATED = 0
EXIT_UNCHANGED = 3
EXIT_REJECTED = 4
EXIT_UNREACHABLE = 5


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def say(text: str) -> None:
    print(text, file=sys.stdout)
