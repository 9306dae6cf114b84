"""At Ctrl++ the workbench's problems, notices and banners grow with the rest of the text.

A widget with a style sheet of its own kept its old font when the application's font changed
(desktop/widgets/tints.py says why): the notice at the top, a field's problem and its red line,
the key page's message, the publish result, the passphrase dialogs and the main window's sync
banner stayed at the small size. Each is shown here, then the text size is set the way Ctrl++
sets it (``desktop.shell.text_size``), and each must have the new size.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop import settings
from desktop.admin.availability_editor import AvailabilityEditor
from desktop.admin.key_page import BackupPassphraseDialog
from desktop.admin.passphrase_dialog import PassphraseDialog
from desktop.settings import Settings
from desktop.shell.text_size import LARGEST, TextSize, platform_font
from desktop.updates.sync_banner import BannerKind
from sync.admin.region_expiry import RegionExpiry
from tests.ui.admin.helpers import MOMENT


@pytest.fixture
def platform_size_after(qapp) -> Iterator[None]:
    """The other tests start at the platform's text size again."""
    platform_font()  # taken before the first change, as the app does at start
    yield
    QApplication.setFont(platform_font())


def largest(prefs: Settings) -> None:
    """The largest text size, set the way Ctrl++ sets it."""
    prefs.set(settings.FONT_POINT_SIZE, LARGEST)
    TextSize(prefs).apply()


def follows(qtbot, window: QWidget) -> None:
    """Qt hands the new font to the windows as an event: wait until ``window`` has it."""
    qtbot.waitUntil(lambda: window.font().pointSizeF() == LARGEST)


def stale(widgets: dict[str, QWidget]) -> list[str]:
    """The widgets whose text is not at the largest size, with the size they kept."""
    return [f"{name}: {widget.font().pointSizeF()}" for name, widget in widgets.items()
            if widget.font().pointSizeF() != LARGEST]


def test_the_workbench_problems_and_notices_follow_the_text_size(make_admin, qtbot, platform_size_after):
    window = make_admin()
    window.notice.show_text("De bundel kon niet worden gelezen.", problem=True)
    window.expiry = RegionExpiry(MOMENT + timedelta(days=3), MOMENT)  # as the pull says: renew now
    window.show_tab(window.general)
    window.document.set(("region", "name"), "", "test")
    window.validate_now()
    name = window.general.region.fields["name"]
    window.key_page._say("Kies eerst een regio.", problem=True)
    window.publish_panel.show_result("Niet gepubliceerd.", ok=False)
    unlock = PassphraseDialog("Zeeland-West-Brabant", "De wachtwoordzin klopt niet.", parent=window)
    backup = BackupPassphraseDialog(new=True, parent=window)
    backup.problem.setText("De twee wachtwoordzinnen zijn niet gelijk; typ ze opnieuw.")
    for dialog in (unlock, backup):
        qtbot.addWidget(dialog)
        dialog.show()
    rules = window.contacts.findChildren(AvailabilityEditor)[0]
    assert window.notice.isVisible() and window.expiry_banner.isVisible() and name.error.isVisible()
    assert name.outline is not None and name.outline.isVisible()
    widgets = {
        "notice": window.notice.message,
        "notice's close button": window.notice.close_button,
        "expiry banner": window.expiry_banner.message,
        "expiry banner's button": window.expiry_banner.button,
        "field with a problem": name.editor,
        "problem under the field": name.error,
        "key page message": window.key_page.message,
        "publish result": window.publish_panel.result,
        "passphrase dialog's problem": unlock.problem,
        "backup passphrase dialog's problem": backup.problem,
        "problem of an availability rule": rules.rule_problem,
    }
    assert stale(widgets) == [f"{name}: {platform_font().pointSizeF()}" for name in widgets]  # not yet

    largest(window.prefs)
    follows(qtbot, window)

    assert stale(widgets) == []
    qtbot.waitUntil(lambda: name.editor.height() > name.editor.fontMetrics().height())
    assert name.outline.geometry() == name.editor.rect()  # the red line goes around the grown field


def test_the_problem_colour_goes_once_the_problem_is_fixed(make_admin):
    window = make_admin()
    window.key_page._say("Kies eerst een regio.", problem=True)
    red = window.key_page.message.palette().color(window.key_page.message.foregroundRole())
    window.key_page._say("Bezig…")
    normal = window.key_page.message.palette().color(window.key_page.message.foregroundRole())

    assert red.name() == "#a40000"
    assert normal == window.key_page.palette().color(window.key_page.foregroundRole())


def test_the_sync_banner_follows_ctrl_plus(make_window, qtbot, platform_size_after):
    window = make_window()
    window.banner.show_message(BannerKind.PROBLEM, ["De centrale bron is niet bereikbaar."], changes=True)
    widgets = {"banner": window.banner.message, "banner's button": window.banner.changes_button}
    for _ in range(LARGEST):
        qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)

    follows(qtbot, window)
    assert stale(widgets) == []
