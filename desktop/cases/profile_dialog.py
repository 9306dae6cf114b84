"""Instellingen → Mijn gegevens: who this workstation sends a meldingsformulier as.

Organisation, team, function, service number and a call-back number: enough for the police to
call back, no personal data required. Kept in the settings (not secret, not case data).

The fields are as wide as the text they hold, measured in the dialog's font: at the largest text
size a field of Qt's default width shows a third of "Veilig Thuis Zeeland-West-Brabant".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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


# A field shows at least this much text whole: an organisation's name as long as
# "Veilig Thuis Noord- en Oost-Gelderland", a function such as "aandachtsfunctionaris".
FIELD_CHARACTERS = 38
# The dialog never asks for more than this share of the screen's width, whatever the text size.
SCREEN_SHARE = 0.9


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
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for text, field in (
            (self.tr("&Organisatie:"), self.organisation),
            (self.tr("&Team:"), self.team),
            (self.tr("&Functie:"), self.function),
            (self.tr("&Dienstnummer:"), self.service_number),
            (self.tr("Te&rugbelnummer:"), self.phone),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            self.labels.append(label)
            self.form.addRow(label, field)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(intro)
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.buttons)
        self.fit_text()

    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.organisation, self.team, self.function, self.service_number, self.phone)

    def fit_text(self) -> None:
        """Each field at least as wide as its text, its placeholder and ``FIELD_CHARACTERS``
        characters in the font in use, beside its whole label; never wider than the screen (at the
        largest text size on a small screen a long name then scrolls in its field). As high as the
        wrapped introduction needs at that width: Qt opens a window at most 2/3 of the screen high,
        which at the largest text size on a screen 768 high squeezed the fields to half a line."""
        margins = self._layout.contentsMargins()
        beside = (
            margins.left() + margins.right() + max(self.form.horizontalSpacing(), 0)
            + max(label.sizeHint().width() for label in self.labels)
        )
        screen = screen_width(self)
        field = min(max(_text_width(field) for field in self.fields()), screen - beside)
        for each in self.fields():
            each.setMinimumWidth(field)
        self.setMinimumWidth(beside + field)
        height = self.screen().availableGeometry().height()
        self.setMinimumHeight(min(self.heightForWidth(beside + field), height))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_text()

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


def screen_width(widget: QWidget) -> int:
    """The width a dialog may take on ``widget``'s screen."""
    return int(widget.screen().availableGeometry().width() * SCREEN_SHARE)


def _text_width(field: QLineEdit) -> int:
    """The width ``field`` needs to show its text and placeholder whole, with its frame: Qt's own
    size hint (room for 17 x's and the frame) with the x's replaced by the text."""
    metrics = field.fontMetrics()
    frame = field.sizeHint().width() - metrics.horizontalAdvance("x") * 17
    texts = (field.text(), field.placeholderText())
    text = max(metrics.averageCharWidth() * FIELD_CHARACTERS, *(metrics.horizontalAdvance(t) for t in texts))
    return text + frame + metrics.averageCharWidth()  # and the cursor after the last letter


def edit_profile(prefs: Settings, parent: QWidget | None = None) -> None:
    """Open "Mijn gegevens" (wired into the Instellingen menu)."""
    ProfileDialog(prefs, parent).exec()
