"""The first set-up of the cases, said in plain words: why a passphrase (no keyring on this
computer), never the keyring backend's own error, and that a forgotten passphrase loses the notes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.settings import Settings
from desktop.shell.main_window import MainWindow
from routekaarten.bootstrap import open_store
from tests.ui.conftest import MONDAY_MORNING
from tests.ui.helpers import PASSPHRASE

NO_KEYRING = (
    "Deze computer heeft geen sleutelbos waarin Routekaart de sleutel van uw notities kan bewaren. "
    "Daarom vraagt Routekaart om een wachtwoordzin."
)
BACKEND_ERROR = "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided"


class SwitchableKeyring:
    """A keyring in memory that can stop answering, as a Secret Service that is gone does."""

    priority = 1

    def __init__(self, *, broken: bool) -> None:
        self.broken = broken
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise RuntimeError(BACKEND_ERROR)
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise RuntimeError(BACKEND_ERROR)
        self.passwords[(service, username)] = password


@pytest.fixture
def window_with(qtbot, data_dir: Path) -> Iterator[Callable[[SwitchableKeyring], MainWindow]]:
    stores = []

    def make(backend: SwitchableKeyring) -> MainWindow:
        store = open_store(data_dir)
        stores.append(store)
        window = MainWindow(
            store, Settings(data_dir), clock=lambda: MONDAY_MORNING, keyring_backend=lambda: backend
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.routekaart.chart_built)
        window.tabs.setCurrentIndex(1)
        return window

    yield make
    for store in stores:
        store.close()


def _visible_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_without_a_keyring_the_first_set_up_says_why_in_plain_words_and_warns_about_forgetting(
    make_window, qtbot
):
    window = make_window()  # keyring's "fail" backend: no keyring at all
    window.tabs.setCurrentIndex(1)
    panel = window.cases_page.unlock_panel
    assert panel.note.isVisible()
    assert panel.note.text() == NO_KEYRING
    assert panel.warning.isVisible()
    assert panel.warning.text().startswith("<b>Let op:</b> wie de wachtwoordzin vergeet, is de notities")
    assert "Niemand kan ze herstellen" in panel.warning.text()
    shown = _visible_text(panel)
    assert "Geen sleutelbos beschikbaar" not in shown  # the domain's error, said twice before
    assert "Daarom wordt een wachtwoordzin gebruikt" not in shown

    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClicks(panel.repeat, PASSPHRASE + "x")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert "verschillen" in panel.message.text()
    assert panel.note.isVisible() and panel.warning.isVisible()  # a typo does not take them away


def test_a_broken_keyring_backend_is_not_shown_to_the_user_and_only_its_kind_is_logged(
    window_with, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    window = window_with(SwitchableKeyring(broken=True))
    panel = window.cases_page.unlock_panel
    assert panel.note.text() == NO_KEYRING
    assert panel.warning.isVisible()
    shown = _visible_text(panel)
    for technical in ("DBus", "freedesktop", "RuntimeError", "Error"):
        assert technical not in shown
    logged = caplog.text
    assert "no OS keyring (RuntimeError)" in logged
    assert "freedesktop" not in logged


def test_a_keyring_that_holds_the_key_but_cannot_be_reached_says_so_and_asks_no_passphrase(
    window_with, qtbot, caplog: pytest.LogCaptureFixture
):
    backend = SwitchableKeyring(broken=False)
    window = window_with(backend)
    page = window.cases_page
    qtbot.waitUntil(lambda: not page.session.locked)  # the keyring unlocked silently
    backend.broken = True
    page.lock()
    panel = page.unlock_panel
    assert panel.isVisible()
    assert panel.title.text() == "<b>De zaken zijn vergrendeld.</b>"  # not "Geef de wachtwoordzin"
    assert "Routekaart kan die sleutelbos nu niet bereiken" in panel.note.text()
    assert "een wachtwoordzin opent deze notities niet" in panel.note.text()
    assert not panel.button.isEnabled()
    assert not panel.passphrase.isVisible() and not panel.button.isVisible()  # nothing to type in vain
    assert not panel.warning.isVisible()
    assert "freedesktop" not in _visible_text(panel)
    assert "cannot be reached (RuntimeError)" in caplog.text


def test_the_first_set_up_is_english_in_english(english, make_window):
    window = make_window()
    window.tabs.setCurrentIndex(1)
    panel = window.cases_page.unlock_panel
    assert panel.note.text().startswith("This computer has no keyring")
    assert "forget the passphrase" in panel.warning.text()
