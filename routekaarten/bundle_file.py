"""Region bundles as the bytes an admin keeps and signs: one way to write them, one way to raise
the revision without rewriting the rest of the file.

What is signed is the file's exact bytes (the workstation checks their sha256), so every tool
that writes a bundle (spreadsheet import, a new region, publishing) writes it the same way:
UTF-8, two-space indent, non-ASCII as is, a final newline, like the bundles shipped in
``resources/regions``.
"""

from __future__ import annotations

import json
import re
from typing import Any

_REVISION = re.compile(rb'("revision"\s*:\s*)(\d+)')


def dump_bundle(data: dict[str, Any]) -> bytes:
    """The bundle as a file: stable, readable, and the same bytes for the same content."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def bundle_revision(raw: bytes) -> int:
    """The revision of a bundle known to be valid (validated before)."""
    return int(json.loads(raw)["revision"])


def with_revision(raw: bytes, revision: int) -> bytes:
    """``raw`` with its top-level ``revision`` set, the rest of the file byte for byte as it was.

    The admin never edits the revision (issue 13 item 5): publishing sets it. Changing only those
    digits keeps the admin's file as they wrote it; where the text is ambiguous (a second
    ``"revision"`` somewhere) the whole bundle is written anew with ``dump_bundle``. Either way
    the result parses to the same content with only the revision changed.
    """
    data = json.loads(raw)
    if data["revision"] == revision:
        return raw
    wanted = {**data, "revision": revision}
    matches = list(_REVISION.finditer(raw))
    if len(matches) == 1:
        match = matches[0]
        edited = raw[:match.start(2)] + str(revision).encode("ascii") + raw[match.end(2):]
        if json.loads(edited) == wanted:
            return edited
    return dump_bundle(wanted)
