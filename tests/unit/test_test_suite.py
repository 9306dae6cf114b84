"""The test suite's own house rules: test modules share helpers through helper modules and
conftest fixtures, never by importing another test module; markers follow the folder."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_test_module_imports_another_test_module() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for name in sorted(_imported_modules(path))
        if name.startswith("tests.") and name.rsplit(".", 1)[-1].startswith("test_")
    ]
    assert offenders == []


def test_the_check_sees_an_import_of_a_test_module(tmp_path: Path) -> None:
    module = tmp_path / "test_x.py"
    module.write_text("from tests.ui.test_cases_page import helper\nimport tests.ui.helpers\n")
    assert _imported_modules(module) == {"tests.ui.test_cases_page", "tests.ui.helpers"}


def _collected(marker: str, *paths: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", marker, *paths],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    return [line for line in out.stdout.splitlines() if "::" in line]


def test_markers_follow_the_folder_so_the_quick_loop_leaves_out_the_slow_tests() -> None:
    files = ("tests/integration/test_publish_and_sync.py", "tests/faults/test_kill_during_saves.py",
             "tests/unit/test_werkdagen.py")

    quick = _collected("not integration and not frozen and not slow", *files)
    integration = _collected("integration", *files)
    slow = _collected("slow", *files)

    assert quick and all(line.startswith("tests/unit/") for line in quick)
    assert integration and all(line.startswith("tests/integration/") for line in integration)
    assert slow and all(line.startswith("tests/faults/") for line in slow)
