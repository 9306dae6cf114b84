"""Questions the cases page asks before it does something that cannot be undone.

A case's label is data: the questions that name it are plain-text message boxes
(``safe_text.message_box``), never guessed to be rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.safe_text import message_box


def _ask_yes(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """A warning with ``yes_text`` and "Annuleren"; True only for a click on ``yes_text``.

    "Annuleren" is the default and the escape button and has the focus, so Space, Enter or Esc
    typed by accident (meant for a field, say) cancel. ``yes_text`` has no "&": a message box
    clicks a button whose mnemonic letter is typed even without Alt, and a "&Ja" or "&Yes"
    would be clicked by a "j" or "y" meant for a date ("yesterday").
    """
    box = message_box(QMessageBox.Icon.Warning, title, text, parent)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    yes = box.addButton(yes_text.replace("&", "&&"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete(parent: QWidget, label: str) -> bool:
    """Deleting overwrites the case as a purge does: its notes and answers cannot come back."""
    return _ask_yes(
        parent,
        QCoreApplication.translate("CaseActions", "Zaak verwijderen"),
        QCoreApplication.translate(
            "CaseActions",
            "Zaak ‘{0}’ met alle notities, antwoorden en termijnen verwijderen? De gegevens worden "
            "overschreven en zijn daarna niet meer terug te halen. Exporteer eerst wat in het "
            "officiële dossier hoort.",
        ).format(label),
        QCoreApplication.translate("CaseActions", "Zaak verwijderen"),
    )


def confirm_label(parent: QWidget, warnings: list[str]) -> bool:
    """Asked before a label that looks like a name, a BSN or a birth date is saved; Enter or Esc
    keeps the label unsaved (the safe answer is the default, as in every question here)."""
    return _ask_yes(
        parent,
        QCoreApplication.translate("CaseActions", "Label controleren"),
        "\n".join(warnings) + "\n\n" + QCoreApplication.translate("CaseActions", "Toch dit label opslaan?"),
        QCoreApplication.translate("CaseActions", "Toch opslaan"),
    )


def confirm_purge(parent: QWidget, labels: list[str]) -> bool:
    """Asked before closed cases whose notes were never exported are purged anyway."""
    listed = "\n".join(f"• {label}" for label in labels)
    return _ask_yes(
        parent,
        QCoreApplication.translate("CaseActions", "Toch verwijderen"),
        QCoreApplication.translate(
            "CaseActions",
            "De notities van deze zaken zijn nooit geëxporteerd:\n{0}\n\nNa verwijderen zijn de "
            "zaken met hun notities, antwoorden en termijnen niet meer terug te halen. Wat van belang "
            "is, hoort in het officiële dossier. Toch verwijderen?",
        ).format(listed),
        QCoreApplication.translate("CaseActions", "Toch verwijderen"),
    )
