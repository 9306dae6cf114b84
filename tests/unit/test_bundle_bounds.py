"""Bundles that are valid JSON but would break the import are refused in Dutch (issue 10, item 1).

Huge numbers (SQLite's INTEGER ends at 2^63-1), lone surrogates (not encodable as UTF-8), deep
nesting (exhausts every recursive reader) and very long strings or lists are refused by
``parse_json`` before any schema or store sees them, so ``validate``, ``admin validate``, the
service and the client all say the same, and the CLI exits 2, never 70.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from routekaarten.bundles import MAX_DEPTH, MAX_ITEMS, MAX_TEXT, parse_json, validate
from routekaarten.cli import EXIT_USER_ERROR
from routekaarten.errors import BundleError
from routekaarten.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _bundle(region_data: dict[str, Any], change: str) -> bytes:
    data = json.loads(json.dumps(region_data))
    if change == "revision-2^63":
        data["revision"] = 2**63
    elif change == "revision-2^53+1":
        data["revision"] = 2**53 + 1
    elif change == "huge-float":
        data["routekaart"]["steps"][0]["number"] = 1e300
    elif change == "4301-digits":
        return json.dumps(data).replace('"revision": 1', '"revision": 1' + "0" * 4300).encode()
    elif change == "nan":
        return json.dumps(data).replace('"revision": 1', '"revision": NaN').encode()
    elif change == "surrogate":
        return json.dumps(data).replace('"version": "', '"version": "\\ud800', 1).encode()
    elif change == "surrogate-in-key":
        data["region"]["\udfff"] = "x"
        return json.dumps(data).encode()
    elif change == "deep-nesting":
        deep = "[" * 100_000 + "]" * 100_000
        return json.dumps(data).replace('"revision": 1', '"revision": 1, "x": ' + deep).encode()
    elif change == "nesting-33":
        data["source"] = json.loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    elif change == "long-text":
        data["region"]["description"] = "é" * (MAX_TEXT + 1)
    elif change == "long-list":
        data["routekaart"]["uitgangspunten"] = ["x"] * (MAX_ITEMS + 1)
    else:
        raise AssertionError(change)
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


CHANGES = {
    "revision-2^63": "revision: getal is te groot (hoogstens 2^53)",
    "revision-2^53+1": "revision: getal is te groot (hoogstens 2^53)",
    "huge-float": "routekaart.steps[0].number: getal is te groot (hoogstens 2^53)",
    "4301-digits": "bevat een getal dat geen geldig getal is of te groot is",
    "nan": "bevat een getal dat geen geldig getal is of te groot is",
    "surrogate": "version: tekst bevat een los surrogaatteken (U+D800 tot U+DFFF), geen geldige Unicode",
    "surrogate-in-key": "region: veldnaam: tekst bevat een los surrogaatteken",
    "deep-nesting": "is te diep genest (hoogstens 32 niveaus)",
    "nesting-33": "is te diep genest (hoogstens 32 niveaus)",
    "long-text": "region.description: tekst is te lang (20001 tekens, hoogstens 20000)",
    "long-list": "routekaart.uitgangspunten: lijst is te lang (hoogstens 5000 elementen)",
}


@pytest.mark.parametrize("change", CHANGES)
def test_unstorable_bundle_is_refused_in_dutch(region_data: dict[str, Any], change: str) -> None:
    with pytest.raises(BundleError) as caught:
        parse_json(_bundle(region_data, change), "regio.json")

    assert CHANGES[change] in str(caught.value)


@pytest.mark.parametrize("change", CHANGES)
def test_store_import_refuses_and_keeps_the_last_good_data(region_data: dict[str, Any], tmp_path: Path,
                                                            change: str) -> None:
    store = Store(tmp_path / "db.sqlite3")
    good = json.dumps(region_data).encode()
    store.import_bundle(good, "region", "sync", "goed")
    try:
        with pytest.raises(BundleError):
            store.import_bundle(_bundle(region_data, change), "region", "sync", "slecht")
        assert store.region("zeeland-west-brabant").revision == region_data["revision"]
    finally:
        store.close()


def test_schema_bounds_revision_and_strings(region_data: dict[str, Any]) -> None:
    data = json.loads(json.dumps(region_data))
    data["revision"] = 2**53 + 1
    data["publisher"] = "p" * 10_001
    data["routekaart"]["uitgangspunten"] = ["x"] * 1001

    assert [str(issue) for issue in validate(data, "region")] == [
        "publisher: is te lang (hoogstens 10000 tekens)",
        "revision: mag hoogstens 9007199254740992 zijn, niet 9007199254740993",
        "routekaart.uitgangspunten: mag hoogstens 1000 element(en) bevatten",
    ]


@pytest.mark.parametrize("change", ["revision-2^63", "surrogate", "deep-nesting"])
def test_validate_command_exits_2_not_70(region_data: dict[str, Any], tmp_path: Path, change: str) -> None:
    path = tmp_path / "regio.json"
    path.write_bytes(_bundle(region_data, change))

    done = subprocess.run([sys.executable, "-m", "routekaarten.cli", "validate", str(path)],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=False)

    assert done.returncode == EXIT_USER_ERROR
    assert "Ongeldige gegevens in" in done.stderr
    assert "onverwachte fout" not in done.stderr


def test_a_bundle_saved_with_a_bom_reads_as_without(region_data: dict[str, Any]) -> None:
    raw = json.dumps(region_data, ensure_ascii=False).encode("utf-8")
    assert parse_json(b"\xef\xbb\xbf" + raw, "kladblok.json") == parse_json(raw, "zonder.json")


def test_an_endless_file_is_read_only_to_the_limit() -> None:
    from routekaarten.bundles import read_bundle

    with pytest.raises(BundleError, match="te groot"):
        read_bundle(Path("/dev/zero"), "region")  # before: read until memory ran out
