"""Conditional requests for ``timestamp.json``, the one file every sync asks for again.

When nothing changed, a sync downloads only the timestamp (and probes for a newer root). With
the ETag of the answer that gave the cached timestamp, the request carries ``If-None-Match`` and
the source can answer ``304 Not Modified`` with no body; the cached bytes then go through
ngclient's verification as a download would (``sync.client.fetcher``). The ETag is kept in
``tuf/timestamp-etag.json`` together with the URL and the sha256 of the bytes it names, and is
only used while the cached timestamp is still exactly those bytes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from routekaarten.atomic_write import write_atomic
from sync import layout
from sync.client.fetcher import HttpxFetcher
from sync.client.kept_metadata import role_file

ETAG_FILE = "timestamp-etag.json"


def timestamp_url(base_url: str) -> str:
    return f"{base_url}/{layout.METADATA_DIR}/timestamp.json"


def ask_if_changed(tuf_dir: Path, base_url: str, fetcher: HttpxFetcher) -> None:
    """Before a sync: revalidate the cached timestamp instead of downloading it, where possible."""
    url = timestamp_url(base_url)
    known = None
    try:
        record = json.loads((tuf_dir / ETAG_FILE).read_text(encoding="utf-8"))
        body = role_file(tuf_dir / "metadata", "timestamp").read_bytes()
        if record["url"] == url and record["sha256"] == hashlib.sha256(body).hexdigest():
            known = (str(record["etag"]), body)
    except (OSError, ValueError, KeyError, TypeError):
        known = None  # no usable record: an ordinary request
    fetcher.revalidate(url, known)


def keep_validator(tuf_dir: Path, base_url: str, fetcher: HttpxFetcher) -> None:
    """After a verified refresh: keep the ETag if the cached timestamp is the body it came with."""
    url = timestamp_url(base_url)
    validator = fetcher.validators.get(url)
    if validator is None:
        return
    etag, body = validator
    try:
        cached = role_file(tuf_dir / "metadata", "timestamp").read_bytes()
    except OSError:
        return
    if cached == body:
        record = {"url": url, "etag": etag, "sha256": hashlib.sha256(body).hexdigest()}
        write_atomic(tuf_dir / ETAG_FILE, json.dumps(record).encode(), durable=False)
