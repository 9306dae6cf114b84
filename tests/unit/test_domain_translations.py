"""Every Dutch text the domain marks with ``_()`` has an English wording, and no wording is stale.

The domain and sync packages are Qt-free, so their user-visible text is marked with
``routekaarten.i18n._`` and translated from JSON catalogs (docs/adr/0005-domain-text.md). This
test reads the code (the literal first argument of each ``_()`` call) and the catalogs.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from routekaarten import i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("routekaarten", "sync")


def _marked() -> dict[str, str]:
    """Dutch source text -> where it is marked."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "_"
                    and node.args
                ):
                    first = node.args[0]
                    assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                        f"{path.relative_to(ROOT)}:{node.lineno}: _() takes a literal, not an expression"
                    )
                    found.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_marked_text_has_an_english_wording():
    english = i18n.catalog("en")
    missing = [f"{where}: {source!r}" for source, where in _marked().items() if source not in english]
    assert missing == []


def test_no_english_wording_is_left_over():
    marked = _marked()
    assert sorted(set(i18n.catalog("en")) - set(marked)) == []


def test_english_wordings_keep_the_placeholders():
    wrong = [
        source
        for source, english in i18n.catalog("en").items()
        if _fields(source) != _fields(english) or not english.strip()
    ]
    assert wrong == []


def test_the_language_chosen_is_the_language_returned():
    source = next(iter(_marked()), None)
    if source is None:
        pytest.fail("no domain text is marked for translation")
    try:
        i18n.set_language("en")
        assert i18n._(source) == i18n.catalog("en")[source]
        i18n.set_language("nl")
        assert i18n._(source) == source
    finally:
        i18n.set_language("nl")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("fr")
