"""Hostile bundle text for the rich-text tests: every free-text field of a region bundle as markup.

The fields are found by walking the bundle together with ``region.schema.json``: a string whose
schema has no ``pattern``, ``enum``, ``const`` or ``format`` is free text and gets the payload, so
a field added to the schema later is covered without touching the test. Ids, phone numbers, dates
and enums keep their values (the schema would refuse markup there, and the store with it).

``FileWatch`` tells whether any process opened a file in a folder (Linux inotify), the ground
truth for "no resource was loaded": Qt reads images with its own file code, not Python's.
"""

from __future__ import annotations

import ctypes
import json
import os
import struct
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

REGION_SCHEMA = ROOT / "routekaarten" / "schemas" / "region.schema.json"
MARKER = "marker.png"
RELATIVE_MARKER = "relative-marker.png"
STYLE_MARKER = "marker.css"
UNC = "//127.0.0.1/share/x.png"


def payload(folder: Path) -> str:
    """Markup that loads files (absolute, relative, UNC, style sheet), links, bolds and escapes."""
    return (
        f'<img src="file://{folder / MARKER}"><b>x</b>&lt;'
        f'<a href="file:///etc/passwd">p</a><img src="{UNC}"><img src="{RELATIVE_MARKER}">'
        f'<link rel="stylesheet" href="file://{folder / STYLE_MARKER}">'
    )


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> list[dict[str, Any]]:
    """``node`` and the alternatives it stands for ($ref, oneOf, anyOf), refs followed."""
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return _resolve(schema, schema["$defs"][name])
    for key in ("oneOf", "anyOf"):
        if key in node:
            return [alt for option in node[key] for alt in _resolve(schema, option)]
    return [node]


def _free_text(nodes: list[dict[str, Any]]) -> bool:
    constrained = ("pattern", "enum", "const", "format")
    return any(n.get("type") == "string" and not any(k in n for k in constrained) for n in nodes)


def poison(data: Any, markup: str, schema: dict[str, Any] | None = None, node: Any = None) -> tuple[Any, int]:
    """A copy of ``data`` with ``markup`` appended to every free-text string; and how many."""
    if schema is None:
        schema = json.loads(REGION_SCHEMA.read_text(encoding="utf-8"))
        node = schema
    nodes = _resolve(schema, node)
    if isinstance(data, str):
        return (f"{data} {markup}", 1) if _free_text(nodes) else (data, 0)
    if isinstance(data, list):
        items = next((n["items"] for n in nodes if "items" in n), {})
        done = [poison(value, markup, schema, items) for value in data]
        return [value for value, _ in done], sum(count for _, count in done)
    if isinstance(data, dict):
        properties = {k: v for n in nodes for k, v in n.get("properties", {}).items()}
        done_map = {k: poison(value, markup, schema, properties.get(k, {})) for k, value in data.items()}
        return {key: value for key, (value, _) in done_map.items()}, sum(c for _, c in done_map.values())
    return data, 0


_IN_ACCESS, _IN_OPEN = 0x1, 0x20


class FileWatch:
    """Records every open or read of a file in ``folder``, by any code in this process."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify is not available")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(folder), _IN_OPEN | _IN_ACCESS) < 0:
            raise OSError(ctypes.get_errno(), "inotify is not available")

    def touched(self) -> set[str]:
        """The names of the files opened or read since the last call."""
        names: set[str] = set()
        while True:
            try:
                buffer = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(buffer):
                _, _, _, length = struct.unpack_from("iIII", buffer, offset)
                names.add(os.fsdecode(buffer[offset + 16 : offset + 16 + length].rstrip(b"\0")))
                offset += 16 + length

    def close(self) -> None:
        os.close(self._fd)
