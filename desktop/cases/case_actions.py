"""Questions the cases page asks before it does something that cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget, label: str) -> bool:
    """Deleting overwrites the case as a purge does: its notes and answers cannot come back."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("CaseActions", "Zaak verwijderen"),
        QCoreApplication.translate(
            "CaseActions",
            "Zaak ‘{0}’ met alle notities, antwoorden en termijnen verwijderen? De gegevens worden "
            "overschreven en zijn daarna niet meer terug te halen. Exporteer eerst wat in het "
            "officiële dossier hoort.",
        ).format(label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_label(parent: QWidget, warnings: list[str]) -> bool:
    """Asked before a label that looks like a name, a BSN or a birth date is saved."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CaseActions", "Label controleren"),
        "\n".join(warnings) + "\n\n" + QCoreApplication.translate("CaseActions", "Toch dit label opslaan?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save
