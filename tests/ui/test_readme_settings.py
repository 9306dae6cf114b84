"""The settings file exactly as README.md shows it is the one the app reads."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_settings_block_names_the_source_the_app_uses(tmp_path: Path) -> None:
    blocks = re.findall(r"```ini\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    (tmp_path / "settings.ini").write_text(blocks[0], encoding="utf-8")
    read = settings.Settings(tmp_path)
    assert read.get(settings.SYNC_URL) == "https://bron.example.nl"
    assert read.get(settings.SYNC_INTERVAL_MINUTES) == 60
