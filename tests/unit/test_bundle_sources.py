"""Users see sources by document and section; line numbers are for developers and must be right.

Issue 11: "Sources are shown to users as line numbers of a text file, which no user can look up."
Every ``source`` (and ``footnote_source``) of the national and the region bundle names the document
and section ("Handreiking, Bijlage 4 ...", "Handelingsprotocol 10.2"); where an entry stands in
tests/data/seed.txt is kept in ``lines`` (termijnen: ``seed_lines``), and every such range lies
inside the seed and holds the entry's quote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = ROOT / "resources" / "national" / "hssk.json"
REGION = ROOT / "resources" / "regions" / "zeeland-west-brabant.json"
SEED = ROOT / "tests" / "data" / "seed.txt"

DEVELOPER_FIELDS = ("lines", "seed_lines")
# "r. 1803", "r.1803", "regels 7725-8295": a line reference. ("nr. 2016" is not one: the r
# must start a word.)
LINE_REFERENCE = re.compile(r"(?<![A-Za-z])r\.\s*\d|\bregels?\s+\d")
# The ranges after an "r.": "r. 656, 678-681 en 515-518" -> 656, 678-681, 515-518.
_RANGES_AFTER_R = re.compile(r"(?<![A-Za-z])r\.\s*((?:\d+(?:-\d+)?(?:\s*,\s*|\s+en\s+)?)+)")
_RANGE = re.compile(r"(\d+)(?:-(\d+))?")
_BULLETS = re.compile("[\uf0b7\uf0a7\uf0d8\u2022]")
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", _BULLETS.sub(" ", text)).strip()


@cache
def seed_lines() -> tuple[str, ...]:
    return tuple(SEED.read_text(encoding="utf-8").splitlines())


def ranges(lines_field: str) -> list[tuple[int, int]]:
    found = []
    for group in _RANGES_AFTER_R.finditer(lines_field):
        for match in _RANGE.finditer(group.group(1)):
            first = int(match.group(1))
            found.append((first, int(match.group(2) or first)))
    return found


def text_of(first: int, last: int) -> tuple[str, ...]:
    """Lines first..last (1-based, inclusive) as one line, the three ways a quote may read a
    line-end hyphen (kept with the break removed, removed, or as is)."""
    raw = "\n".join(seed_lines()[first - 1 : last])
    return (
        collapse(raw),
        collapse(_LINE_END_HYPHEN.sub("-", raw)),
        collapse(_LINE_END_HYPHEN.sub("", raw)),
    )


def quote_within(quote: str, spans: list[tuple[int, int]]) -> bool:
    wanted = collapse(quote)
    candidates = [variant for first, last in spans for variant in text_of(first, last)]
    # A quote may run over two listed ranges where the seed's page order is broken.
    joined = [" ".join(text_of(first, last)[i] for first, last in spans) for i in range(3)]
    return any(wanted in text for text in (*candidates, *joined))


def strings(value: Any, path: str = "$") -> Iterator[tuple[str, str, str]]:
    """(path, key, text) for every string in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield f"{path}.{key}", key, item
            else:
                yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")


def entries_with_lines(value: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, dict):
        if any(isinstance(value.get(k), str) for k in DEVELOPER_FIELDS):
            yield path, value
        for key, item in value.items():
            yield from entries_with_lines(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from entries_with_lines(item, f"{path}[{index}]")


@pytest.fixture(scope="module", params=[NATIONAL, REGION], ids=["national", "region"])
def bundle(request: pytest.FixtureRequest) -> dict[str, Any]:
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_no_user_visible_text_names_a_line(bundle: dict[str, Any]) -> None:
    shown = [
        (path, text)
        for path, key, text in strings(bundle)
        if key not in DEVELOPER_FIELDS and LINE_REFERENCE.search(text)
    ]
    assert shown == []


def test_every_national_source_names_a_document() -> None:
    data = json.loads(NATIONAL.read_text(encoding="utf-8"))
    documents = ("Handreiking", "Handelingsprotocol")
    sources = [
        (path, text)
        for path, key, text in strings(data)
        if (key == "source" or key.endswith("_source")) and path != "$.source"
    ]
    assert len(sources) > 150
    assert [(p, t) for p, t in sources if not t.startswith(documents)] == []
    assert not any("HSSK" in t for _, t in sources)


def test_the_line_check_catches_a_line_number() -> None:
    assert LINE_REFERENCE.search("HSSK Bijlage 4, r. 1801-1806")
    assert LINE_REFERENCE.search("zie r.1801")
    assert LINE_REFERENCE.search("versie 2.0, seed regels 7725-8295")
    assert not LINE_REFERENCE.search("Besluit van 17 juni 2013, nr. 13.001210")
    assert not LINE_REFERENCE.search("Handreiking, Bijlage 4 Bespreekpunten")


def test_every_lines_range_lies_inside_the_seed(bundle: dict[str, Any]) -> None:
    total = len(seed_lines())
    checked = 0
    for path, entry in entries_with_lines(bundle):
        field = next(entry[k] for k in DEVELOPER_FIELDS if isinstance(entry.get(k), str))
        spans = ranges(field)
        assert spans, f"{path}: no line range in {field!r}"
        for first, last in spans:
            assert 1 <= first <= last <= total, f"{path}: {first}-{last} outside the seed"
            checked += 1
    assert checked > 5


def test_every_quote_stands_within_its_lines(bundle: dict[str, Any]) -> None:
    misplaced = []
    quoted = 0
    for path, entry in entries_with_lines(bundle):
        if not isinstance(entry.get("quote"), str):
            continue
        field = next(entry[k] for k in DEVELOPER_FIELDS if isinstance(entry.get(k), str))
        quoted += 1
        if not quote_within(entry["quote"], ranges(field)):
            misplaced.append((path, field, entry["quote"]))
    assert misplaced == []
    if bundle.get("format") == "routekaart.national":
        assert quoted > 100


def test_a_quote_outside_its_lines_is_caught() -> None:
    # Bijlage 7's triage row stands on line 2020, not on 2021.
    assert quote_within("5 werkdagen na melding Triage", [(2020, 2020)])
    assert not quote_within("5 werkdagen na melding Triage", [(2021, 2021)])


def test_the_ranges_parser_reads_every_form_the_bundles_use() -> None:
    assert ranges("r. 656, 678-681 en 515-518 (paginavolgorde in de brontekst verstoord)") == [
        (656, 656),
        (678, 681),
        (515, 518),
    ]
    assert ranges("r. 233, 636-691; voetnoot 18 r. 682-685") == [(233, 233), (636, 691), (682, 685)]
    assert ranges("voetnoot 26, r. 846-847, 849-850") == [(846, 847), (849, 850)]
