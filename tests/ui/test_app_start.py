"""Starting the app on a data folder that cannot be used: a Dutch message, nothing overwritten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import app
from routekaarten.store import DB_NAME


def _record_boxes(monkeypatch, shown: list[str], texts: str = "{title}|{text}") -> None:
    """Message boxes are recorded, not shown; their text must be plain (it may quote a path)."""

    def record(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        shown.append(texts.format(title=box.windowTitle(), text=box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)


def test_corrupt_database_still_shows_the_contacts_read_only_and_keeps_the_file(data_dir: Path, qtbot):
    """The phone list is on screen, the banner names the problem and the way out."""
    database = data_dir / DB_NAME
    garbage = b"this is not a database" * 100
    database.write_bytes(garbage)

    window = app.create_window(data_dir)
    qtbot.addWidget(window)

    assert window.routekaart.contacts.proxy.rowCount() > 0
    assert "beschadigd" in window.banner.text()
    assert "--data-dir" in window.banner.text()
    assert "met de app zijn meegeleverd" in window.banner.text()
    assert "Alleen-lezen" in window.sync.status_text()
    assert database.read_bytes() == garbage


def test_unwritable_data_folder_shows_dutch_message(tmp_path: Path, monkeypatch, qapp):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    shown: list[str] = []
    _record_boxes(monkeypatch, shown, "{text}")

    assert app.run(str(blocker / "data")) == 2

    assert len(shown) == 1
    assert "De gegevensmap" in shown[0]
    assert "kan niet worden aangemaakt" in shown[0]
