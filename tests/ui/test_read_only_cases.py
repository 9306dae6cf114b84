"""In read-only mode (a damaged or read-only data folder, shown from an in-memory copy) the cases
page accepts no case that would be lost at close: the tab says why, in Dutch (issue 10, item 4)."""

from __future__ import annotations

from pathlib import Path

from desktop import app
from routekaarten.store import DB_NAME
from tests.mounts import read_only


def _opened_on_a_damaged_database(data_dir: Path, qtbot):
    (data_dir / DB_NAME).write_bytes(b"this is not a database" * 100)
    window = app.create_window(data_dir)
    qtbot.addWidget(window)
    assert window.read_only
    return window


def test_a_damaged_data_folder_gives_no_cases_page_but_says_why(data_dir: Path, qtbot):
    window = _opened_on_a_damaged_database(data_dir, qtbot)

    window.tabs.setCurrentIndex(1)

    assert window.cases_page is None  # nothing was built where a new case could be typed
    shown = window.tabs.currentWidget()
    assert window.cases_unavailable in shown.findChildren(type(window.cases_unavailable))
    text = window.cases_unavailable.text()
    assert text.startswith("Zaken zijn nu niet beschikbaar: de gegevensmap kan niet worden gebruikt")
    assert "zou bij het sluiten verloren gaan" in text
    assert window.routekaart.contacts.proxy.rowCount() > 0  # the phone list is still there


def test_a_read_only_data_folder_gives_no_cases_page(data_dir: Path, qtbot):
    app.create_window(data_dir).close()  # a folder that was used before, then made read-only
    with read_only(data_dir):
        window = app.create_window(data_dir)
        qtbot.addWidget(window)
        window.tabs.setCurrentIndex(1)
        assert window.read_only and window.cases_page is None
        assert "verloren" in window.cases_unavailable.text()
        window.close()


def test_a_healthy_data_folder_opens_the_cases_page(make_window):
    window = make_window()  # no OS keyring: the page asks for a passphrase
    assert not window.read_only
    window.tabs.setCurrentIndex(1)
    assert window.cases_page is not None
