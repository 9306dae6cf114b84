"""Text from data is text: markup in a signed bundle is shown literally and loads nothing.

Every free-text field of the shipped region bundle gets markup that would open files (an
absolute path, a relative one, a UNC share, a style sheet), a link and some bold; the bundle is
imported as a sync would, the window is started on it, and the user's paths are walked: the
chart, a box, a contact, a step, search, "Wat is er veranderd". The markup must be on screen as
typed, and no file in the marker folder may be opened by anyone (inotify sees Qt's own reads).
"""

from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsTextItem, QLabel

from routekaarten.bootstrap import open_store
from routekaarten.changes import region_changes
from routekaarten.model import RegionBundle
from tests.conftest import REGION_FILE, ROOT
from tests.ui.hostile import MARKER, RELATIVE_MARKER, STYLE_MARKER, FileWatch, payload, poison

CHANGED_PHONE = "0800-7777777"


@pytest.fixture
def markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, FileWatch]]:
    """A folder with real files the markup names (also the working folder, for the relative one)."""
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


def _import_hostile(data_dir: Path, markup: str) -> tuple[dict[str, Any], dict[str, Any], int]:
    """The shipped bundle, and a poisoned copy in the store as a sync would put it there."""
    shipped = json.loads(REGION_FILE.read_bytes())
    data, count = poison(shipped, markup)
    data["contacts"][0]["phone"] = CHANGED_PHONE  # so "Wat is er veranderd" lists a contact
    store = open_store(data_dir)
    try:
        store.import_bundle(json.dumps(data).encode(), "region", "sync", "hostile test bundle")
    finally:
        store.close()
    return shipped, data, count


def _labels_show_markup_as_text(window: Any, markup: str) -> None:
    for label in window.findChildren(QLabel):
        if markup in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.accessibleName()
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert "<img" not in label.text(), label.accessibleName()


def test_bundle_markup_is_shown_as_text_and_opens_no_file(make_window, data_dir, markers, qtbot, caplog):
    folder, watch = markers
    markup = payload(folder)
    shipped, data, count = _import_hostile(data_dir, markup)
    assert count > 200  # the walk found the free text: titles, items, roles, notes, footnotes, ...
    caplog.set_level(logging.WARNING, logger="desktop.safe_text")

    window = make_window()
    page = window.routekaart
    page.chart.viewport().grab()  # paint every box, lane and step label

    box = page.chart.items_by_id["vt-melding"]
    assert markup in "".join(t.toPlainText() for t in box.childItems() if isinstance(t, QGraphicsTextItem))
    assert "<img" not in box.toolTip() and "&lt;img" in box.toolTip()
    assert markup in page.detail.toPlainText()  # the overview: title, uitgangspunten, legenda
    assert markup in window.data_label.text()

    page.chart.select_box("vt-melding")
    qtbot.waitUntil(lambda: page.right_stack.currentWidget() is page.detail)
    shown = page.detail.toPlainText()
    assert markup in shown and data["routekaart"]["boxes"][0]["title"] in shown
    page.detail.grab()

    contact = next(c for c in data["contacts"] if c["id"] == "zeeland-rvdk")  # a footnote, an assumption
    page.show_contact(contact["id"])
    shown = page.detail.toPlainText()
    assert contact["role"] in shown and contact["availability"]["assumption"] in shown
    assert next(f["text"] for f in data["contact_footnotes"] if f["mark"] == "**") in shown
    page.detail.grab()

    qtbot.keyClicks(page.search_field, "melding")
    assert page.right_stack.currentWidget() is page.results
    hits = "\n".join(page.results.item(i).text() for i in range(page.results.count()))
    assert markup in hits
    page.results.grab()
    page.show_hit(next(hit for hit in page.results.hits() if hit.kind == "step"))
    assert markup in page.detail.toPlainText()

    window.sync.changes = (region_changes(RegionBundle.from_dict(shipped), RegionBundle.from_dict(data)),
                           region_changes(None, RegionBundle.from_dict(data)))
    window.show_changes()
    changes = page.detail.toPlainText()
    assert CHANGED_PHONE in changes and markup in changes
    page.detail.grab()

    _labels_show_markup_as_text(window, markup)
    window.grab()
    assert watch.touched() == set()
    assert not [r for r in caplog.records if r.name == "desktop.safe_text"]  # nothing asked


def test_the_file_watch_sees_qt_load_an_image(markers):
    """The detector above can fail: Qt's rich text, left alone, reads the marker file."""
    folder, watch = markers
    label = QLabel(payload(folder))
    label.grab()
    assert MARKER in watch.touched()


def test_a_bundle_naming_dev_zero_starts_the_app(data_dir: Path):
    """``<img src="file:///dev/zero">`` in every title made the app read forever and abort.

    The real start-up runs in a child process with a memory cap, so a regression fails this
    test instead of exhausting the machine.
    """
    _import_hostile(data_dir, '<img src="file:///dev/zero">')
    env = {**os.environ, "ROUTEKAART_SMOKE_TEST": "1", "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from desktop.app import run; sys.exit(run(sys.argv[1]))"

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=cap_memory, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.splitlines()[-1])["boxes"] == 22
