"""Imports go one way: desktop -> sync -> routekaarten; Qt only in desktop (docs/architecture.md).

Inside ``sync/`` the three programs stay apart: the workstation client never imports the central
source's repository code or the admins' tools, the repository never imports the admin tools (it
may use the client's offline verification to check a shipped copy), and
no library module imports the command line (only ``desktop/launcher.py`` composes it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "routekaarten": ("desktop", "sync", "PySide6", "httpx", "tuf", "starlette", "uvicorn"),
    "sync": ("desktop", "PySide6"),
    "sync/client": ("sync.repository", "sync.admin", "starlette", "uvicorn"),
    "sync/repository": ("sync.admin",),
}
CLI_MODULES = ("sync.cli", "routekaarten.cli")
CLI_USERS = {"desktop/launcher.py"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_lower_layers_do_not_import_higher_ones_or_qt(package: str):
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in _imports(path)
        if any(_matches(name, forbidden) for forbidden in FORBIDDEN[package])
    ]
    assert offenders == []


def test_only_the_launcher_imports_the_command_line():
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package in ("routekaarten", "sync", "desktop")
        for path in sorted((ROOT / package).rglob("*.py"))
        if str(path.relative_to(ROOT)) not in CLI_USERS
        and not any(_matches(_module(path), cli) for cli in CLI_MODULES)
        for name in _imports(path)
        if any(_matches(name, cli) for cli in CLI_MODULES)
    ]
    assert offenders == []
