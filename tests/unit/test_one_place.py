"""One word, one place: the things the whole project shares are defined once and used from there.

A second definition drifts (two atomic writes, one without the Windows retry; two time zones;
a variable spelled differently by the CLI and the app), so these tests find one by reading the code.
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

from routekaarten import environment

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("routekaarten", "sync", "desktop", "tools")


def _sources() -> list[Path]:
    return [path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]


def _where(found: object) -> list[str]:
    """The files (relative) in which ``found(tree, text)`` is true."""
    hits = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if found(ast.parse(text), text):  # type: ignore[operator]
            hits.append(str(path.relative_to(ROOT)))
    return hits


def _string_constants(tree: ast.AST) -> list[str]:
    nodes = ast.walk(tree)
    return [node.value for node in nodes if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_the_amsterdam_time_zone_is_made_in_one_module():
    def makes(tree: ast.AST, text: str) -> bool:
        return "Europe/Amsterdam" in _string_constants(tree)

    assert _where(makes) == ["routekaarten/clock.py"]


def test_one_write_atomic_for_the_whole_project():
    def defines(tree: ast.AST, text: str) -> bool:
        nodes = ast.walk(tree)
        return any(isinstance(node, ast.FunctionDef) and node.name == "write_atomic" for node in nodes)

    assert _where(defines) == ["routekaarten/atomic_write.py"]


def test_each_environment_variable_is_spelled_in_one_module():
    def spells(tree: ast.AST, text: str) -> bool:
        return any(re.fullmatch(r"ROUTEKAART_[A-Z_]+", value) for value in _string_constants(tree))

    assert _where(spells) == ["routekaarten/environment.py"]


def test_each_environment_variable_says_what_it_does():
    body = ast.parse((ROOT / "routekaarten/environment.py").read_text(encoding="utf-8")).body
    documented = {
        statement.target.id
        for statement, after in itertools.pairwise(body)
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
        and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
    }
    named = {name for name in vars(environment) if getattr(environment, name) in environment.ALL}
    assert named == documented and len(environment.ALL) == len(set(environment.ALL))


def test_the_readme_table_lists_every_environment_variable():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    in_table = re.findall(r"^\| `(ROUTEKAART_[A-Z_]+)` \|", section, flags=re.MULTILINE)
    assert sorted(in_table) == sorted(environment.ALL)


def test_the_stores_region_key_is_built_and_parsed_only_in_the_store():
    def spells(tree: ast.AST, text: str) -> bool:
        return any(value.startswith("region:") for value in _string_constants(tree))

    assert _where(spells) == ["routekaarten/store.py"]


def test_region_keys_round_trip_and_the_national_key_is_no_region():
    from routekaarten.store import NATIONAL_KEY, bundle_key, region_id_of, region_key

    assert region_id_of(region_key("zeeland-west-brabant")) == "zeeland-west-brabant"
    assert bundle_key(None) == NATIONAL_KEY and region_id_of(NATIONAL_KEY) is None
    assert bundle_key("oost-brabant") == region_key("oost-brabant") != NATIONAL_KEY
