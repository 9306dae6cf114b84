"""Contacts to a spreadsheet and back: headers found by name, a Dutch report per row, nothing
changed unless the whole file checks (issue 13 item 8)."""

from __future__ import annotations

import copy
import csv
import io
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from routekaarten.changes import ChangeKind
from routekaarten.contacts_sheet import COLUMNS, SheetImportError, export_contacts, import_contacts
from routekaarten.sheet_files import SheetFileError

CONTACT = "zeeland-va"
HEADERS = [header for _name, header in COLUMNS]


def _without_revision(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "revision"}


def _export(data: dict[str, Any], path: Path) -> Path:
    path.write_bytes(export_contacts(data, path))
    return path


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ";", bom: bool = True) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def _rows_of(path: Path) -> list[list[str]]:
    return [list(row) for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";")]


def _problems(data: dict[str, Any], path: Path) -> list[str]:
    with pytest.raises(SheetImportError) as refused:
        import_contacts(data, path)
    return str(refused.value).splitlines()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_unchanged_round_trip_gives_the_same_bundle_with_a_raised_revision(region_data, tmp_path, suffix):
    sheet = _export(region_data, tmp_path / f"contacten{suffix}")

    imported = import_contacts(region_data, sheet)

    assert imported.data["revision"] == region_data["revision"] + 1
    assert _without_revision(imported.data) == _without_revision(region_data)
    assert imported.changes.is_empty
    assert imported.report()[0] == "rij 2: vt-24-7: ongewijzigd"
    assert len(imported.report()) == len(region_data["contacts"])


def test_a_number_changed_in_excel_is_imported_as_written_and_reported_on_its_row(region_data, tmp_path):
    sheet = _export(region_data, tmp_path / "contacten.xlsx")
    book = load_workbook(sheet)
    row = next(r for r in book.active.iter_rows() if r[0].value == CONTACT)
    row[HEADERS.index("Telefoon")].value = "06-1234 5678"
    book.save(sheet)

    imported = import_contacts(region_data, sheet)

    contact = next(c for c in imported.data["contacts"] if c["id"] == CONTACT)
    assert contact["phone"] == "06-1234 5678"
    assert contact["backup"] == "zeeland-va-24-7"  # the rest of the contact is kept
    assert f"rij {row[0].row}: {CONTACT}: ander nummer, 06 53217902 → 06-1234 5678" in imported.report()
    assert [(c.kind, c.contact_id) for c in imported.changes.contacts] == [(ChangeKind.NUMBER, CONTACT)]


def test_headers_are_found_by_name_in_any_order_case_and_spacing_with_a_bom_and_commas(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    order = list(reversed(range(len(HEADERS))))
    shuffled = [[row[index] for index in order] for row in rows]
    shuffled[0] = [f"  {header.upper()}  " if index % 2 else header.lower() for index, header in
                   enumerate(shuffled[0])]
    sheet = _csv(tmp_path / "excel.csv", shuffled, delimiter=",", bom=True)

    imported = import_contacts(region_data, sheet)

    assert _without_revision(imported.data) == _without_revision(region_data)


def test_availability_is_kept_by_id_and_a_contact_left_out_is_removed_and_reported(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    gone = rows.pop(3)  # zeeland-vt, in no contact's backup
    sheet = _csv(tmp_path / "minder.csv", rows)

    imported = import_contacts(region_data, sheet)

    ids = [c["id"] for c in imported.data["contacts"]]
    assert gone[0] not in ids and len(ids) == len(region_data["contacts"]) - 1
    assert imported.data["contacts"][0]["availability"] == region_data["contacts"][0]["availability"]
    assert imported.report()[-1] == (f"vervallen: Veilig Thuis (Veilig Thuis; {gone[0]}): 0800 2000; staat "
                                     "niet meer in het bestand")


def test_a_new_row_is_a_new_contact(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    rows.append(["zeeland-zeden", "Zeeland", "zedenpolitie", "Politie", "Zedenpolitie", "088 9638500",
                 "2, 3", "", "", "nee", ""])
    imported = import_contacts(region_data, _csv(tmp_path / "meer.csv", rows))

    new = imported.data["contacts"][-1]
    assert new == {"id": "zeeland-zeden", "area": "zeeland", "actor": "Zedenpolitie",
                   "organisation": "Politie", "role": "Zedenpolitie", "phone": "088 9638500", "steps": [2, 3]}
    assert imported.report()[-1] == f"rij {len(rows)}: zeeland-zeden: nieuw contact, 088 9638500"


def _bad_xlsx(region_data: dict[str, Any], path: Path) -> Path:
    """An export edited as Excel does it wrong: a number that lost its 0, a date, an extra row."""
    sheet = _export(region_data, path)
    book = load_workbook(sheet)
    ws = book.active
    ws.cell(row=3, column=HEADERS.index("Telefoon") + 1).value = 886997414  # lost its 0
    ws.cell(row=4, column=HEADERS.index("Stappen") + 1).value = datetime(2021, 2, 3)  # "2-3" became a date
    below = len(region_data["contacts"]) + 3  # one empty row under the last contact
    ws.cell(row=below, column=1).value = "Totaal: 28 nummers"  # a note below the table
    book.save(sheet)
    return sheet


def test_bad_rows_are_each_reported_with_row_and_column_and_nothing_is_imported(region_data, tmp_path):
    original = copy.deepcopy(region_data)

    lines = _problems(region_data, _bad_xlsx(region_data, tmp_path / "fout.xlsx"))

    assert lines[0] == "fout.xlsx is niet ingelezen; er is niets gewijzigd:"
    assert lines[1] == ("  - rij 3: Telefoon: een getal (886997414) in plaats van tekst; zo valt de 0 "
                        "vooraan weg. Maak de kolom tekst en typ het nummer opnieuw")
    assert lines[2].startswith("  - rij 4: Stappen: een datum of tijd (03-02-2021 00:00) waar tekst of een "
                               "getal hoort")
    last = len(region_data["contacts"]) + 3
    assert lines[3] == (f"  - rij {last}: onvolledig: Partij, Organisatie, Functie, Telefoon leeg. Hoort "
                        "deze rij er niet bij, verwijder hem dan")
    assert region_data == original


def test_the_import_command_with_bad_rows_writes_nothing(region_file, tmp_path, region_data, capsys):
    sheet = _bad_xlsx(region_data, tmp_path / "fout.xlsx")
    out = tmp_path / "nieuw.json"
    from desktop.launcher import main

    assert main(["admin", "import-contacts", str(region_file), str(sheet), "--out", str(out)]) == 2

    assert not out.exists()
    assert "rij 3: Telefoon: een getal (886997414)" in capsys.readouterr().err


def test_the_export_and_import_commands_round_trip(region_file, tmp_path, capsys):
    from desktop.launcher import main

    sheet, out = tmp_path / "contacten.csv", tmp_path / "nieuw.json"
    assert main(["admin", "export-contacts", str(region_file), "--out", str(sheet)]) == 0
    assert main(["admin", "import-contacts", str(region_file), str(sheet), "--out", str(out)]) == 0

    said = capsys.readouterr().out
    assert "28 contacten van regio 'zeeland-west-brabant' geschreven naar" in said
    assert "Voor werkplekken verandert er niets" in said
    assert "(revisie 2)" in said
    assert main(["admin", "validate", str(out)]) == 0


def test_a_missing_column_an_unknown_column_and_a_stray_bom_in_a_header_are_named(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    telefoon = HEADERS.index("Telefoon")
    rows = [[*row[:telefoon], *row[telefoon + 1:], "x"] for row in rows]
    rows[0][-1] = "Contactpersoon"
    rows[0][0] = "\ufeffId"

    lines = _problems(region_data, _csv(tmp_path / "kolommen.csv", rows, bom=True))

    assert lines[1:] == [
        "  - rij 1: kolom 1: de kop bevat een onzichtbaar BOM-teken (U+FEFF); typ de kop opnieuw",
        "  - rij 1: onbekende kolom 'Contactpersoon' (kolom 11); bekende kolommen: " + ", ".join(HEADERS),
        "  - rij 1: kolommen ontbreken: Telefoon (de koppen staan in de eerste rij)",
    ]


def test_wrong_values_are_said_in_dutch_with_their_row(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    column = {header: index for index, header in enumerate(HEADERS)}
    rows[2][column["Telefoon"]] = "06 123"
    rows[3][column["Gebied"]] = "Limburg"
    rows[4][column["Partij"]] = "Huisarts"
    rows[5][column["Piket"]] = "misschien"
    rows[6][column["Stappen"]] = "4"
    rows[7][column["Opmerking"]] = "geplakt\ufefftekst"
    rows[8][column["Id"]] = rows[2][column["Id"]]
    rows[9][column["Achtervang"]] = "bestaat-niet"

    lines = _problems(region_data, _csv(tmp_path / "waarden.csv", rows))

    assert "  - rij 3: Telefoon: '06 123' is geen geldig Nederlands nummer" in lines
    assert "  - rij 4: Gebied: onbekend gebied 'Limburg'; bekend: midden-brabant, west-brabant, zeeland" \
        in lines
    assert any(line.startswith("  - rij 5: Partij: onbekende partij 'Huisarts'; toegestaan: VT, VA")
               for line in lines)
    assert "  - rij 6: Piket: 'misschien' is geen ja of nee" in lines
    assert "  - rij 7: Stappen: '4' zijn geen stappen; gebruik 0 tot en met 3, gescheiden door komma's" \
        in lines
    assert any(line.startswith("  - rij 8: Opmerking: bevat een onzichtbaar BOM-teken (U+FEFF)")
               for line in lines)
    assert f"  - rij 9: id '{rows[2][0]}' staat ook in rij 3" in lines
    assert len(lines) == 8  # the backup is checked with the whole bundle, once the rows themselves check


def test_a_backup_that_is_no_contact_is_found_by_the_bundle_check_with_its_row(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    rows[9][HEADERS.index("Achtervang")] = "bestaat-niet"

    lines = _problems(region_data, _csv(tmp_path / "achtervang.csv", rows))

    assert lines[1:] == [
        "  - rij 10: Achtervang: achtervang 'bestaat-niet' is geen ander contact in deze bundel"]


def test_a_number_without_its_leading_zero_in_a_csv_is_refused(region_data, tmp_path):
    rows = _rows_of(_export(region_data, tmp_path / "export.csv"))
    rows[1][HEADERS.index("Telefoon")] = "800-2000"

    lines = _problems(region_data, _csv(tmp_path / "nul.csv", rows))

    assert lines[1].startswith("  - rij 2: Telefoon: '800-2000' begint niet met 0 of +")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("oud.xls", b"\xd0\xcf\x11\xe0", "is een oud Excel-bestand (.xls)"),
    ("lijst.txt", b"Id;Telefoon", "alleen .xlsx- en .csv-bestanden"),
    ("unicode.csv", "Id;Telefoon".encode("utf-16"), "is als UTF-16 opgeslagen"),
    ("ansi.csv", "Id;Functie\r\nx;Politie Zeeland \xe9\r\n".encode("cp1252"), "is geen UTF-8-tekst (rij 2)"),
    ("kapot.xlsx", b"PK\x03\x04 geen zip", "is geen geldige Excel-werkmap"),
])
def test_files_that_are_no_spreadsheet_of_ours_are_refused(region_data, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(SheetFileError, match=re.escape(message)):
        import_contacts(region_data, path)


def test_a_sheet_with_only_headers_or_nothing_is_refused(region_data, tmp_path):
    assert _problems(region_data, _csv(tmp_path / "koppen.csv", [HEADERS]))[1] == (
        "  - het bestand bevat geen contacten, alleen koppen")
    book = Workbook()
    book.save(tmp_path / "leeg.xlsx")
    assert _problems(region_data, tmp_path / "leeg.xlsx")[1] == "  - het bestand is leeg"


def test_the_exported_workbook_keeps_numbers_as_text_and_explains_its_columns(region_data, tmp_path):
    book = load_workbook(_export(region_data, tmp_path / "contacten.xlsx"))
    sheet = book["Contacten"]

    assert [cell.value for cell in sheet[1]] == HEADERS
    phone = sheet.cell(row=2, column=HEADERS.index("Telefoon") + 1)
    assert (phone.value, phone.number_format) == ("0800-2000", "@")
    assert sheet.cell(row=100, column=HEADERS.index("Telefoon") + 1).number_format == "@"  # rows to add
    notes = {row[0].value: row[1].value for row in book["Toelichting"].iter_rows()}
    assert "Zedenpolitie" in notes["Partij"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_formula_in_a_cell_is_exported_as_text_and_comes_back_unchanged(region_data, tmp_path, suffix):
    """CSV/formula injection: a bundle text starting with = + - @ must never reach a spreadsheet as
    a formula that Excel runs for the office staff who open the export."""
    data = copy.deepcopy(region_data)
    data["contacts"][0]["organisation"] = "=cmd|' /C calc'!A0"
    data["contacts"][1]["organisation"] = "@SUM(1+1)"
    target = _export(data, tmp_path / f"contacten{suffix}")
    if suffix == ".csv":
        text = target.read_text(encoding="utf-8-sig")
        assert ";'=cmd|" in text and ";=cmd|" not in text
    else:
        cells = [cell for row in load_workbook(target).active.iter_rows() for cell in row]
        assert all(cell.data_type != "f" for cell in cells)
        assert any(cell.value == "=cmd|' /C calc'!A0" for cell in cells)
    back = import_contacts(data, target).data
    assert back["contacts"][0]["organisation"] == "=cmd|' /C calc'!A0"
    assert back["contacts"][1]["organisation"] == "@SUM(1+1)"
