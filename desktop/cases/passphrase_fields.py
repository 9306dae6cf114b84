"""The password fields and the check of a new passphrase, shared by the unlock and key panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from routekaarten.unlock import MIN_PASSPHRASE_LENGTH, passphrase_too_short


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """What is wrong with a newly chosen passphrase, said to the user; None when it will do."""
    if passphrase_too_short(passphrase):
        message = QCoreApplication.translate("Passphrase", "Kies een wachtwoordzin van minstens {0} tekens.")
        return message.format(MIN_PASSPHRASE_LENGTH)
    if passphrase != repeated:
        return QCoreApplication.translate("Passphrase", "De twee wachtwoordzinnen verschillen.")
    return None
