"""Memory benchmark (not a test): the service's resident memory under parallel maximal uploads.

Starts ``routekaart serve`` in its own process, sends ``--uploads`` (default 32) uploads of the
largest body the service accepts at the same time (valid JSON and base64, refused afterwards
for their signature), and prints the service's resident memory before and at its peak (VmHWM
from /proc, Linux only). The service reads at most ``MAX_PARALLEL_UPLOADS`` bodies at once, so
the peak should stay near that many bodies, not ``--uploads``. Run:

    .venv/bin/python tests/bench/upload_memory.py [--uploads 32]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from sync.repository.publishing import MAX_BUNDLE_BYTES  # noqa: E402
from sync.repository.service import MAX_BODY_BYTES, MAX_PARALLEL_UPLOADS  # noqa: E402
from tests.bench.sync_world import serving  # noqa: E402


def _memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def _body() -> bytes:
    bundle = base64.b64encode(b"x" * (MAX_BUNDLE_BYTES - 1024)).decode()
    body = json.dumps({"metadata": base64.b64encode(b"{}").decode(),
                       "files": {"regions/zeeland-west-brabant/bundle.json": bundle}}).encode()
    assert len(body) <= MAX_BODY_BYTES
    return body


async def _upload_all(url: str, count: int, body: bytes) -> list[int]:
    async with httpx.AsyncClient(timeout=120) as client:
        responses = await asyncio.gather(*(client.post(f"{url}/publish/zeeland-west-brabant", content=body)
                                           for _ in range(count)))
    return [response.status_code for response in responses]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=32)
    args = parser.parse_args()
    body = _body()
    with serving() as (url, pid):
        idle = _memory_kb(pid, "VmRSS")
        statuses = asyncio.run(_upload_all(url, args.uploads, body))
        peak = _memory_kb(pid, "VmHWM")
    print(f"{args.uploads} parallel uploads of {len(body) / 1e6:.1f} MB (at most {MAX_PARALLEL_UPLOADS} read "
          f"at once): resident {idle / 1024:.0f} MB idle, {peak / 1024:.0f} MB peak "
          f"(+{(peak - idle) / 1024:.0f} MB); answers {sorted(set(statuses))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
