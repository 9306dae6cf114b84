"""Instellingen → Mijn gegevens: who this workstation sends a meldingsformulier as.

Organisation, team, function, service number and a call-back number: enough for the police to
call back, no personal data required. Kept in the settings (not secret, not case data).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop import settings
from desktop.settings import Settings
from routekaarten.melding_fill import ProfileError, Sender, check_phone

_FIELDS = (
    ("organisation", settings.PROFILE_ORGANISATION),
    ("team", settings.PROFILE_TEAM),
    ("function", settings.PROFILE_FUNCTION),
    ("service_number", settings.PROFILE_SERVICE_NUMBER),
    ("phone", settings.PROFILE_PHONE),
)


def sender_from(prefs: Settings) -> Sender:
    """The sender of a meldingsformulier as this workstation's profile says."""
    return Sender(**{name: prefs.get(setting) for name, setting in _FIELDS})


class ProfileDialog(QDialog):
    def __init__(self, prefs: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Mijn gegevens"))
        intro = QLabel(
            self.tr(
                "Deze gegevens komen als afzender en terugbelnummer op het meldingsformulier. "
                "Een functie en dienstnummer zijn genoeg; uw naam is niet nodig."
            )
        )
        intro.setWordWrap(True)
        sender = sender_from(prefs)
        self.organisation = self._field(self.tr("Organisatie"), sender.organisation, "Veilig Thuis …")
        self.team = self._field(self.tr("Team"), sender.team, "")
        example = self.tr("bijvoorbeeld vertrouwensarts")
        self.function = self._field(self.tr("Functie"), sender.function, example)
        self.service_number = self._field(self.tr("Dienstnummer"), sender.service_number, "")
        self.phone = self._field(self.tr("Terugbelnummer"), sender.phone, "088 123 4567")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Fout in mijn gegevens"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Organisatie:"), self.organisation)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("&Functie:"), self.function)
        form.addRow(self.tr("&Dienstnummer:"), self.service_number)
        form.addRow(self.tr("Te&rugbelnummer:"), self.phone)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _field(self, name: str, value: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def save(self) -> bool:
        """Keep the profile; a phone number that is not Dutch is said inline and nothing is kept."""
        try:
            phone = check_phone(self.phone.text())
        except ProfileError as error:
            self.error.setText(f"⚠ {error}")
            self.phone.setFocus()
            return False
        self.phone.setText(phone)
        values = {
            "organisation": self.organisation.text(),
            "team": self.team.text(),
            "function": self.function.text(),
            "service_number": self.service_number.text(),
            "phone": phone,
        }
        for name, setting in _FIELDS:
            self.prefs.set(setting, values[name].strip())
        self.prefs.sync()
        self.error.clear()
        self.accept()
        return True


def edit_profile(prefs: Settings, parent: QWidget | None = None) -> None:
    """Open "Mijn gegevens" (wired into the Instellingen menu)."""
    ProfileDialog(prefs, parent).exec()
