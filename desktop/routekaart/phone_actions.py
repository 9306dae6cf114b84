"""Copy a number to the clipboard, or hand it to the system dialler as a ``tel:`` link."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from routekaarten.phones import tel_uri


def copy_number(phone: str) -> None:
    QGuiApplication.clipboard().setText(phone)


def call_number(e164: str) -> bool:
    """Opens the ``tel:`` handler (softphone, Teams, ...); False when none is installed."""
    return QDesktopServices.openUrl(QUrl(tel_uri(e164)))
