"""``routekaart advies``: the guidance for scripts, as JSON with English keys, and Dutch errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routekaarten.cli import EXIT_OK, EXIT_USER_ERROR, main

KEYS = {"id", "title", "text", "step", "boxes", "urgent", "source"}


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "advies", "--vandaag", "2026-11-30", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_the_advice_with_english_keys(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, data_dir, "--vermoeden", "2", "--uitlating", "vaag", "--stap", "1", "--json")
    assert (code, err) == (EXIT_OK, "")
    rows = json.loads(out)
    assert all(set(row) >= KEYS for row in rows)
    ids = [row["id"] for row in rows]
    assert "taxatiegesprek-voorwaarden" in ids
    assert all("r. " not in row["source"] for row in rows)


def test_zeden_within_seven_days_comes_first(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        data_dir,
        "--vermoeden",
        "2",
        "--uitlating",
        "gedragsverandering",
        "--zeden",
        "--incident",
        "2026-11-27",
        "--json",
    )
    rows = json.loads(out)
    assert code == EXIT_OK
    assert rows[0]["id"] == "zeden-zedenpolitie"
    assert rows[0]["urgent"] is True


def test_text_output_names_the_source(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, data_dir, "--vermoeden", "3", "--stap", "3")
    assert code == EXIT_OK
    assert "Bron: Routekaart ZWB, stap 3 (plan van aanpak)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--vermoeden", "1", "--nfi", "botbreuk"), "onbekende NFI-categorie 'botbreuk'"),
        (("--vermoeden", "1", "--leeftijd", "25"), "leeftijd 25 kan niet"),
        (("--vermoeden", "1", "--leeftijd", "drie"), "Ongeldige leeftijd 'drie'"),
        (("--vermoeden", "3", "--zeden", "--incident", "2026-12-01"), "ligt na vandaag"),
        (
            (
                "--vermoeden",
                "5",
            ),
            "Ongeldige waarde '5' bij --vermoeden",
        ),
        (("--vermoeden", "1", "--stap", "4"), "Ongeldige waarde '4' bij --stap"),
        (("--vermoeden", "1", "--uitlating", "vaag"), "--uitlating hoort bij vermoeden 2"),
        (("--vermoeden", "2", "--uitlating", "boos"), "Onbekende uitlating 'boos'"),
        (("--vermoeden", "3", "--incident", "30-11-2026"), "Ongeldige datum '30-11-2026' bij --incident"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, data_dir, *args)
    assert code == EXIT_USER_ERROR
    assert out == ""
    assert message in err
    assert "Traceback" not in err
