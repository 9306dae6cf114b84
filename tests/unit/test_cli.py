"""The ``routekaart`` command for scripts: output, exit codes and Dutch errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from routekaarten import contacts_report
from routekaarten.cli import EXIT_BUG, EXIT_OK, EXIT_PIPE_CLOSED, EXIT_USER_ERROR, main
from routekaarten.reachability import Status
from routekaarten.status_marks import STATUS_MARK
from routekaarten.store import DB_NAME

ROOT = Path(__file__).resolve().parents[2]
REGION = "zeeland-west-brabant"
ZEELAND_MONDAY = [
    "contacts", "--region", REGION, "--area", "Zeeland", "--step", "1", "--at", "2026-11-30T09:00",
]
ROW_KEYS = {"area", "organisation", "role", "phone", "phone_e164", "reachable", "reason", "steps"}


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_by_phone(out: str) -> dict[str, dict[str, Any]]:
    rows = json.loads(out)
    return {row["phone"]: row for row in rows}


def corrupt_database(data_dir: Path) -> bytes:
    data_dir.mkdir(parents=True, exist_ok=True)
    content = b"Dit is geen SQLite-bestand maar een verdwaald tekstbestand.\n" * 200
    (data_dir / DB_NAME).write_bytes(content)
    return content


# contacts --json ------------------------------------------------------------------------------


def test_contacts_json_lists_zeeland_rows_with_every_key(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")

    assert (code, err) == (EXIT_OK, "")
    rows = json.loads(out)
    assert isinstance(rows, list)
    assert rows
    assert all(set(row) >= ROW_KEYS for row in rows)


def test_contacts_json_gives_numbers_as_written_in_the_routekaart(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, out, _ = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")

    assert set(rows_by_phone(out)) == {
        "0800 2000", "06 53217902", "088 0026431", "088 9638927", "06 11442199",
        "088 0617402", "076 525 5800", "088 6995096", "088 6997414",
    }
    assert rows_by_phone(out)["076 525 5800"]["phone_e164"] == "+31765255800"


def test_contacts_json_ranks_who_answers_now_first(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, out, _ = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")
    rows = json.loads(out)

    # A number answered through its backup ranks with it, in the routekaart's order (r. 8154-8157).
    assert [row["phone"] for row in rows[:5]] == [
        "0800 2000", "06 53217902", "088 0026431", "06 11442199", "076 525 5800",
    ]
    assert rows[1]["reachable"] is None
    assert rows[1]["backup"]["reachable"] is True
    by_phone = rows_by_phone(out)
    assert by_phone["076 525 5800"]["reason"] == "consult tot 12:30, crisis 24/7"
    assert by_phone["088 6995096"]["reason"] == "tijden niet vermeld in de routekaart; alleen bij stap 1"
    assert by_phone["088 6995096"]["steps"] == [1]


def test_contacts_json_names_the_area_and_the_ovj_backup(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, out, _ = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")
    by_phone = rows_by_phone(out)

    ovj = by_phone["06 11442199"]
    assert ovj["area"] == "Zeeland"
    assert ovj["organisation"] == "Openbaar Ministerie"
    assert ovj["reachable"] is None
    assert ovj["backup"]["phone"] == "088 6997414"
    assert ovj["backup"]["reachable"] is True
    assert by_phone["088 6997414"]["area"] == "Hele regio"


def test_contacts_reclassering_at_step_3_is_not_reachable(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    args = ["contacts", "--area", "west-brabant", "--step", "3", "--at", "2026-11-30T09:00", "--json"]
    _, out, _ = run(capsys, data_dir, *args)
    rows = json.loads(out)

    assert rows[-1]["phone"] == "088-6995096"
    assert rows[-1]["reachable"] is False
    assert "Actieoverleg" in rows[-1]["reason"]


def test_contacts_at_utc_moment_is_read_as_dutch_time(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """12:00 UTC in winter is 13:00 in Amsterdam: the RvdK consult has closed."""
    args = ["contacts", "--area", "zeeland", "--at", "2026-11-30T12:00+00:00", "--json"]
    _, out, _ = run(capsys, data_dir, *args)

    assert rows_by_phone(out)["076 525 5800"]["reason"] == "alleen crisis (24/7); consult weer morgen 08:30"


def test_contacts_as_text_shows_header_marks_and_backup(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, data_dir, *ZEELAND_MONDAY)

    lines = out.splitlines()
    assert code == EXIT_OK
    assert lines[0] == "Zeeland-West-Brabant — Zeeland — 30-11-2026 09:00"
    assert lines[1].startswith("✓ Veilig Thuis")
    ovj = next(line for line in lines if "06 11442199" in line)
    assert ovj.startswith("? OvJ")
    assert ovj.endswith("(achtervang: Piketdienst OvJ 088 6997414)")
    assert lines[-1].startswith("✓ nu bereikbaar")


def test_contacts_without_area_lists_every_contact_of_the_region(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, out, _ = run(capsys, data_dir, "contacts", "--at", "2026-11-30T09:00", "--json")

    assert len(json.loads(out)) == 28


def test_regions_lists_the_shipped_region(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, data_dir, "regions")

    assert code == EXIT_OK
    assert out == "zeeland-west-brabant\tZeeland-West-Brabant\n"


# Errors a user can make ----------------------------------------------------------------------


def test_unknown_region_exits_2_with_dutch_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, data_dir, "contacts", "--region", "utrecht")

    assert code == EXIT_USER_ERROR
    assert out == ""
    assert err == "routekaart: Onbekende regio 'utrecht'. Bekende regio's: zeeland-west-brabant.\n"


def test_unknown_area_exits_2_listing_the_areas(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, data_dir, "contacts", "--area", "Noord-Brabant")

    assert code == EXIT_USER_ERROR
    assert err == (
        "routekaart: Onbekend gebied 'Noord-Brabant' in Zeeland-West-Brabant. "
        "Kies uit: Zeeland, Midden-Brabant, West-Brabant.\n"
    )


def test_area_is_found_by_id_or_name_in_any_case(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    _, by_name, _ = run(capsys, data_dir, "contacts", "--area", "MIDDEN-BRABANT", "--at", "2026-11-30T09:00")
    _, by_id, _ = run(capsys, data_dir, "contacts", "--area", "midden-brabant", "--at", "2026-11-30T09:00")

    assert by_name == by_id
    assert by_name.splitlines()[0].startswith("Zeeland-West-Brabant — Midden-Brabant — ")


def test_at_yesterday_exits_2_as_invalid_moment(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, data_dir, "contacts", "--at", "yesterday")

    assert code == EXIT_USER_ERROR
    assert err == (
        "routekaart: Ongeldig tijdstip 'yesterday'. Gebruik ISO 8601, bijvoorbeeld 2026-11-30T09:00.\n"
    )


def test_step_outside_0_to_3_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, data_dir, "contacts", "--step", "4")

    assert caught.value.code == EXIT_USER_ERROR


def test_corrupt_database_still_shows_the_numbers_read_only_and_leaves_the_file_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """Issue 10, item 3: a damaged database never leaves the user without the phone list."""
    before = corrupt_database(data_dir)

    code, out, err = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")

    assert code == EXIT_OK
    assert {row["phone"] for row in json.loads(out)} >= {"06 11442199", "088 6997414"}
    assert err.startswith("routekaart: De database ")
    assert "beschadigd" in err
    assert "--data-dir" in err
    assert "met de app zijn meegeleverd" in err  # no verified cache here: said plainly
    assert (data_dir / DB_NAME).read_bytes() == before


def test_validate_of_shipped_bundle_says_it_is_valid(
    capsys: pytest.CaptureFixture[str], data_dir: Path, region_file: Path
) -> None:
    code, out, _ = run(capsys, data_dir, "validate", str(region_file))

    assert code == EXIT_OK
    assert out == f"{region_file}: geldig\n"


def test_validate_of_broken_bundle_exits_2_with_the_path_of_the_bad_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, region_data: dict[str, Any]
) -> None:
    region_data["contacts"][3]["phone"] = "06 123"
    broken = tmp_path / "kapot.json"
    broken.write_text(json.dumps(region_data), encoding="utf-8")

    code, out, err = run(capsys, tmp_path / "data", "validate", str(broken))

    assert code == EXIT_USER_ERROR
    assert out == ""
    assert err == (
        f"routekaart: Ongeldige gegevens in {broken}:\n"
        "  - contacts[3].phone: '06 123' is geen geldig Nederlands nummer\n"
    )


def test_validate_of_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "validate", str(tmp_path / "weg.json"))

    assert code == EXIT_USER_ERROR
    assert "bestand niet gevonden" in err


def test_unexpected_error_exits_70_without_traceback(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[dict[str, Any]]:
        raise RuntimeError("bug")

    monkeypatch.delenv("ROUTEKAART_DEBUG", raising=False)
    monkeypatch.setattr(contacts_report, "as_json_rows", broken)

    code, out, err = run(capsys, data_dir, *ZEELAND_MONDAY, "--json")

    assert code == EXIT_BUG
    assert out == ""
    assert err == "routekaart: onverwachte fout; zet ROUTEKAART_DEBUG=1 voor details.\n"


# As a real process -----------------------------------------------------------------------------


def routekaart(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ROUTEKAART_DEBUG", "ROUTEKAART_RESOURCES")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "routekaarten.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_process_contacts_json_exits_0_with_rows(data_dir: Path) -> None:
    done = routekaart(data_dir, *ZEELAND_MONDAY, "--json")

    assert (done.returncode, done.stderr) == (EXIT_OK, "")
    rows = json.loads(done.stdout)
    assert all(set(row) >= ROW_KEYS for row in rows)
    assert {row["phone"] for row in rows} >= {"06 11442199", "088 6997414", "076 525 5800"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["contacts", "--region", "utrecht"], "Onbekende regio 'utrecht'"),
        (["contacts", "--area", "Noord"], "Kies uit: Zeeland, Midden-Brabant, West-Brabant."),
        (["contacts", "--at", "yesterday"], "Ongeldig tijdstip 'yesterday'"),
    ],
    ids=["unknown-region", "unknown-area", "at-yesterday"],
)
def test_process_user_errors_exit_2_without_traceback(data_dir: Path, args: list[str], message: str) -> None:
    done = routekaart(data_dir, *args)

    assert done.returncode == EXIT_USER_ERROR
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_process_corrupt_database_shows_the_numbers_and_leaves_the_file_alone(data_dir: Path) -> None:
    before = corrupt_database(data_dir)

    done = routekaart(data_dir, "contacts", "--json")
    counts = routekaart(data_dir, "counts")

    assert done.returncode == EXIT_OK
    assert "06 11442199" in {row["phone"] for row in json.loads(done.stdout)}
    assert "beschadigd" in done.stderr
    assert (counts.returncode, counts.stdout) == (EXIT_USER_ERROR, "")  # no cases to count: not "0"
    assert "beschadigd" in counts.stderr
    assert "Traceback" not in done.stderr
    assert (data_dir / DB_NAME).read_bytes() == before


def test_process_validate_broken_bundle_exits_2_with_the_bad_field(
    tmp_path: Path, region_data: dict[str, Any]
) -> None:
    del region_data["contacts"][4]["role"]
    broken = tmp_path / "kapot.json"
    broken.write_text(json.dumps(region_data), encoding="utf-8")

    done = routekaart(tmp_path / "data", "validate", str(broken))

    assert done.returncode == EXIT_USER_ERROR
    assert "contacts[4]: verplicht veld 'role' ontbreekt" in done.stderr
    assert "Traceback" not in done.stderr


def test_contacts_json_into_a_closed_pipe_ends_quietly(data_dir: Path) -> None:
    """``routekaart contacts --json | head``: the reader is gone before the rows are written."""
    env = {k: v for k, v in os.environ.items() if k not in ("ROUTEKAART_DEBUG", "ROUTEKAART_RESOURCES")}
    process = subprocess.Popen(
        [sys.executable, "-m", "routekaarten.cli", "--data-dir", str(data_dir), "contacts", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.close()  # as head does once it has its lines
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == EXIT_PIPE_CLOSED
    assert stderr.decode("utf-8") == ""


def test_the_cli_marks_a_status_as_the_app_does(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """At 13:00 the RvdK takes only crisis calls: "deels", the app's ◐, not another sign."""
    _, out, _ = run(capsys, data_dir, "contacts", "--area", "zeeland", "--at", "2026-11-30T12:00+00:00")

    rvdk = next(line for line in out.splitlines() if "076 525 5800" in line)
    assert rvdk.startswith(STATUS_MARK[Status.DEELS] + " ")
    assert STATUS_MARK[Status.DEELS] == "◐"
    assert f"{STATUS_MARK[Status.DEELS]} deels" in out.splitlines()[-1]


@pytest.mark.parametrize("args", [
    ("--melding", "2026-01-01", "--zitting", "0001-01-03", "--zitting-soort", "regulier"),
    ("--melding", "9999-12-31", "--vandaag", "9999-12-31"),
    ("--melding", "2025-01-01T10:00+05:00"),
])
def test_termijnen_refuses_years_it_cannot_count_and_time_zones_in_dutch(capsys, tmp_path, args):
    code, _out, err = run(capsys, tmp_path, "termijnen", *args)
    assert code == 2
    assert "onverwachte fout" not in err
    assert "controleer het jaar" in err or "zonder tijdzone" in err
