"""The repository's audit log: one JSON line per publish attempt and per national change.

A publish records which region, which version, which key ids and which file (sha256) went live,
or why an upload was refused; a national change (``"result": "national"``: delegate, revoke,
national bundle, key rotation) what changed and the key ids that signed it. Enough to answer
"who changed what, when" from the key ids, without admins' names or addresses (the key id maps
to an admin in the delegation records). No personal data.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

AUDIT_FILE = "audit.log"


def append(repo_path: Path, record: dict[str, Any]) -> None:
    """Append one line; O_APPEND keeps lines whole when two processes write at once."""
    line = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(repo_path / AUDIT_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
