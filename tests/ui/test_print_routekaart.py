"""The printed routekaart (issue 13, item 9): the PDF a region hands out says what the app says.

The PDF is read back with ``pdftotext`` (poppler-utils): the chart's box titles are found there,
so the chart is drawn as text, not as a picture; every number is there as the bundle writes it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop import launcher
from desktop.admin_print.routekaart_pdf import print_routekaart
from routekaarten.errors import BundleError, RoutekaartError
from tests.conftest import REGION_FILE, ROOT
from tests.ui.hostile import MARKER, RELATIVE_MARKER, STYLE_MARKER, FileWatch, payload, poison

PRINTED = date(2026, 12, 2)


def _tool(name: str) -> str:
    tool = shutil.which(name)
    assert tool is not None, f"{name} is needed to read the PDF back: apt-get install poppler-utils"
    return tool


def _pdf_text(pdf: Path) -> str:
    """The PDF's text in drawing order, every run of white space one space (lines wrap in boxes),
    ligatures undone (the font draws "fi" as one glyph, which pdftotext gives as U+FB01)."""
    raw = subprocess.run([_tool("pdftotext"), "-raw", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: Path) -> tuple[int, float, float]:
    """Number of pages and the size of the first, in points."""
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert size is not None
    return pages, float(size.group(1)), float(size.group(2))


def _zwb() -> dict[str, Any]:
    return dict(json.loads(REGION_FILE.read_bytes()))


def test_the_print_holds_every_number_footnote_box_title_and_the_version(qapp, tmp_path):
    data = _zwb()
    target = tmp_path / "routekaart.pdf"

    print_routekaart(REGION_FILE.read_bytes(), target, printed=PRINTED)

    text = _pdf_text(target)
    pages, _width, _height = _pages(target)
    phones = {contact["phone"] for contact in data["contacts"]}
    assert {"076-525 5800", "0886995096", "088-9637351"} <= phones  # written three ways in the source
    assert [phone for phone in sorted(phones) if phone not in text] == []
    footnotes = [f["text"] for f in data["contact_footnotes"] + data["routekaart"]["footnotes"]]
    assert [note for note in footnotes if _flat(note) not in text] == []
    titles = [box["title"] for box in data["routekaart"]["boxes"]]
    assert [title for title in titles if _flat(title) not in text] == []  # the chart's text is text
    assert [lane["name"] for lane in data["routekaart"]["lanes"] if _flat(lane["name"]) not in text] == []
    assert "Zeeland-West-Brabant · versie 2.0 (revisie 1) · geldig vanaf 01-08-2020" in text
    assert text.count("afgedrukt op 02-12-2026") == pages
    assert [n for n in range(1, pages + 1) if f"pagina {n} van {pages}" not in text] == []
    for area in ("Zeeland", "Midden-Brabant", "West-Brabant", "Hele regio"):
        assert area in text
    assert "ma-vr 08:30-12:30 consult; crisis 24/7" in text  # the RvdK's hours in plain words
    assert "alleen bij stap 1" in text  # the ZSM-number of the Reclassering
    assert "achtervang: Piketdienst OvJ, 088 6997414" in text


def test_each_area_lists_its_own_numbers(qapp, tmp_path):
    """Zeeland's section holds Zeeland's OVD-R and not Midden-Brabant's; the order is the source's."""
    target = tmp_path / "routekaart.pdf"
    print_routekaart(REGION_FILE.read_bytes(), target, printed=PRINTED)
    text = _pdf_text(target)

    zeeland = text[text.index("Zeeland Organisatie"):text.index("Midden-Brabant Organisatie")]
    assert "088 9638927" in zeeland and "088 9637365" not in zeeland
    assert zeeland.index("0800 2000") < zeeland.index("06 53217902") < zeeland.index("088 6995096")


def test_a3_is_a_larger_landscape_page_than_a4(qapp, tmp_path):
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    print_routekaart(REGION_FILE.read_bytes(), a4, "A4", printed=PRINTED)
    print_routekaart(REGION_FILE.read_bytes(), a3, "A3", printed=PRINTED)

    a4_pages, a4_width, a4_height = _pages(a4)
    a3_pages, a3_width, a3_height = _pages(a3)
    assert (round(a4_width), round(a4_height)) == (842, 595)  # A4 landscape, 297 x 210 mm
    assert (round(a3_width), round(a3_height)) == (1191, 842)  # A3 landscape, 420 x 297 mm
    assert a3_pages <= a4_pages


@pytest.fixture
def markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, FileWatch]]:
    """Real files the hostile markup names (the folder is also the working folder)."""
    folder = tmp_path / "markers"
    folder.mkdir()
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    for name in (MARKER, RELATIVE_MARKER):
        assert image.save(str(folder / name))
    (folder / STYLE_MARKER).write_text("b { color: red; }", encoding="utf-8")
    monkeypatch.chdir(folder)
    watch = FileWatch(folder)
    yield folder, watch
    watch.close()


def test_hostile_text_is_printed_literally_and_loads_no_file(qapp, tmp_path, markers, caplog):
    folder, watch = markers
    markup = payload(folder)
    data, count = poison(_zwb(), markup)
    assert count > 200  # every free-text field: box titles, roles, footnotes, notes, ...
    caplog.set_level(logging.WARNING, logger="desktop.safe_text")
    target = tmp_path / "out" / "hostile.pdf"
    target.parent.mkdir()

    print_routekaart(json.dumps(data).encode(), target, printed=PRINTED)

    text = "".join(_pdf_text(target).split())
    literal = "".join(markup.split())
    title = "".join(data["routekaart"]["boxes"][0]["title"].split())
    assert title in text and literal in text  # a box title, markup and all, as typed
    assert text.count(literal) > 50  # and every other field that is printed
    assert watch.touched() == set()
    assert not [r for r in caplog.records if r.name == "desktop.safe_text"]  # nothing was even asked for


def test_the_file_watch_sees_a_file_read(markers):
    """The detector above can fail."""
    folder, watch = markers
    (folder / MARKER).read_bytes()
    assert MARKER in watch.touched()


def _page_image(pdf: Path, tmp_path: Path, name: str) -> QImage:
    first_page = ["-f", "1", "-l", "1"]
    command = [_tool("pdftoppm"), "-r", "30", *first_page, "-png", str(pdf), str(tmp_path / name)]
    subprocess.run(command, check=True)
    image = QImage(str(next(tmp_path.glob(f"{name}*.png"))))
    assert not image.isNull()
    return image


def test_a_dark_desktop_prints_the_same_light_page(qapp, tmp_path):
    """The chart takes the application's colours; on paper it must be dark text on white."""
    light_pdf, dark_pdf = tmp_path / "light.pdf", tmp_path / "dark.pdf"
    print_routekaart(REGION_FILE.read_bytes(), light_pdf, printed=PRINTED)
    original = QApplication.palette()
    dark = QPalette(QColor(40, 40, 40))
    dark.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.white))
    try:
        QApplication.setPalette(dark)
        print_routekaart(REGION_FILE.read_bytes(), dark_pdf, printed=PRINTED)
        assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(30, 30, 30)  # given back
    finally:
        QApplication.setPalette(original)

    assert _page_image(dark_pdf, tmp_path, "dark") == _page_image(light_pdf, tmp_path, "light")


def test_a_bad_bundle_is_refused_with_the_validation_message_and_nothing_is_written(qapp, tmp_path):
    data = _zwb()
    data["contacts"][0]["phone"] = "geen nummer"
    target = tmp_path / "routekaart.pdf"
    target.write_bytes(b"the previous print")

    with pytest.raises(BundleError) as refused:
        print_routekaart(json.dumps(data).encode(), target, source="zwb.json")

    assert "zwb.json" in str(refused.value) and "contacts[0].phone" in str(refused.value)
    assert target.read_bytes() == b"the previous print"
    assert [p.name for p in tmp_path.iterdir()] == ["routekaart.pdf"]


def test_an_unknown_paper_is_refused_in_dutch(qapp, tmp_path):
    with pytest.raises(RoutekaartError, match="Onbekend papierformaat 'Letter'; kies A4 of A3"):
        print_routekaart(REGION_FILE.read_bytes(), tmp_path / "x.pdf", "Letter")


def test_the_command_prints_a3(qapp, tmp_path, capsys):
    target = tmp_path / "routekaart.pdf"

    code = launcher.main(["admin", "print", str(REGION_FILE), "--out", str(target), "--paper", "a3"])

    assert code == 0, capsys.readouterr().err
    assert f"{target}: routekaart afgedrukt (A3, liggend)" in capsys.readouterr().out
    assert _pages(target)[1:] == pytest.approx((1190.55, 841.89), abs=1)
    assert "088 0026431" in _pdf_text(target)


def test_the_command_gives_the_validation_message_and_exit_2_for_a_bad_bundle(qapp, tmp_path, capsys):
    data = _zwb()
    del data["version"]
    bundle = tmp_path / "kapot.json"
    bundle.write_text(json.dumps(data), encoding="utf-8")

    code = launcher.main(["admin", "print", str(bundle), "--out", str(tmp_path / "x.pdf")])

    err = capsys.readouterr().err
    assert code == 2
    assert f"Ongeldige gegevens in {bundle}" in err and "'version'" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_says_in_dutch_when_the_target_cannot_be_written(qapp, tmp_path, capsys):
    code = launcher.main(["admin", "print", str(REGION_FILE), "--out", str(tmp_path / "geen-map" / "x.pdf")])

    err = capsys.readouterr().err
    assert code == 2
    assert "Het bestand kon niet worden opgeslagen" in err and "Traceback" not in err


def test_the_command_says_in_dutch_when_the_bundle_is_missing(qapp, tmp_path, capsys):
    code = launcher.main(["admin", "print", str(tmp_path / "weg.json"), "--out", str(tmp_path / "x.pdf")])

    assert code == 2
    assert "bestand niet gevonden" in capsys.readouterr().err


def test_the_command_prints_without_a_display(tmp_path):
    """No DISPLAY, no QT_QPA_PLATFORM (a server, a cron job): the command chooses offscreen itself."""
    target = tmp_path / "routekaart.pdf"
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from desktop.launcher import main; sys.exit(main(sys.argv[1:]))",
         "admin", "print", str(REGION_FILE), "--out", str(target)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)

    assert run.returncode == 0, run.stderr
    assert "088 6997414" in _pdf_text(target)
