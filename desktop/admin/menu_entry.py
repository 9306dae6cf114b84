"""Where the workbench meets the main window: "Regio beheren…" in the Gegevens menu, "Centrale
bron…" in Instellingen, and at start the reminder that the admin's region expires.

The main window knows nothing of the workbench; the menu adds these entries with one call.
Nothing heavy is imported until an entry is chosen, and the reminder at start reads only the
saved sync state (``sync-state.json``), and only when this workstation has an admin region.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop import settings
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.admin.admin_window import AdminWindow
    from desktop.admin.expiry_banner import ExpiryBanner
    from desktop.admin.source_settings import SourceSettings

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AdminEntry(QObject):
    def __init__(self, window: QMainWindow, prefs: Settings, data_menu: QMenu, settings_menu: QMenu,
                 on_published: Callable[[], object], *, clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs
        self.on_published = on_published
        own: Clock = getattr(window, "clock", _utc_now)  # the main window's clock: fixed in tests
        self.clock: Clock = clock if clock is not None else own
        self.admin_window: AdminWindow | None = None
        self.source_dialog: SourceSettings | None = None
        self.banner: ExpiryBanner | None = None
        self.banner_bar: QToolBar | None = None
        data_menu.addSeparator()
        self.manage = self._action(data_menu, self.tr("Regio &beheren…"), self.open_admin)
        self.source = self._action(settings_menu, self.tr("&Centrale bron…"), self.open_source_settings)
        QTimer.singleShot(0, self.remind_at_start)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _store(self) -> Any:
        return getattr(self.window, "store", None)

    def data_dir(self) -> Path | None:
        store = self._store()
        return None if store is None else Path(store.path).parent

    def open_admin(self) -> AdminWindow | None:
        """The workbench, one window; opened again it comes to the front."""
        store = self._store()
        if store is None:
            return None
        if self.admin_window is None:
            from desktop.admin.admin_window import AdminWindow

            self.admin_window = AdminWindow(store, self.prefs, clock=self.clock)
            self.admin_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.admin_window.destroyed.connect(self._admin_closed)
            self.admin_window.published.connect(lambda _region: self._published())
        if self.admin_window.isMinimized():
            self.admin_window.showNormal()
        self.admin_window.show()
        self.admin_window.activateWindow()  # brings it to the front where the platform allows it
        return self.admin_window

    def _admin_closed(self) -> None:
        self.admin_window = None

    def _published(self) -> None:
        if self.banner_bar is not None:
            self.banner_bar.hide()
        self.on_published()  # this workstation syncs too, so it shows the new version at once

    def open_source_settings(self) -> SourceSettings | None:
        data_dir = self.data_dir()
        if data_dir is None:
            return None
        from desktop.admin.source_settings import SourceSettings

        self.source_dialog = SourceSettings(data_dir, self.prefs, parent=self.window)
        self.source_dialog.saved.connect(self.on_published)
        self.source_dialog.show()
        return self.source_dialog

    def remind_at_start(self) -> None:
        """From 14 days before the admin's region expires: a banner at the top of the main window."""
        region_id, data_dir = self.prefs.get(settings.ADMIN_REGION), self.data_dir()
        if not region_id or data_dir is None:
            return
        from desktop.admin.backend import region_expiry

        expiry = region_expiry(data_dir, region_id, self.clock())
        if expiry is None or not expiry.renew_needed:
            return
        from desktop.admin.expiry_banner import ExpiryBanner

        store = self._store()
        name = dict(store.regions()).get(region_id, region_id) if store is not None else region_id
        bar = QToolBar(self.tr("Herinnering regiobeheer"), self.window)
        bar.setObjectName("adminReminder")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.banner = ExpiryBanner(self.tr("Regio beheren…"), bar)  # a child: never a window of its own
        self.banner.renewRequested.connect(self.open_admin)
        self.banner.show_expiry(expiry, name)
        bar.addWidget(self.banner).setVisible(True)  # in a tool bar the action, not the widget, shows it
        self.banner_bar = bar
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.show()  # added after the window was shown: not shown with it
