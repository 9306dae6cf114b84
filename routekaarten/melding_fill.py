"""Filling the meldingsformulier (HSSK Bijlage 2) from what a case and the workstation know.

HSSK r. 867-869: with the form filled in, the police can start; so the app fills what it knows
(the sender, the date of the melding to the police, the vermoeden with its kind, zeden, NFI and
the child's age, the incident date) and the professional writes the rest. Stored answers win
over what is pre-filled. The form is the Dutch document Veilig Thuis sends the police: what the
app writes into it is Dutch whatever the language of the app, as the form's questions are (the
messages about it, such as a refused phone number, follow the app's language).

The form can name witnesses and the person a child first confided in. A melder or informant may
ask to stay anonymous towards the family (Handelingsprotocol 6.5, seed r. 3145-3167: a bystander's
identity only "met zijn/haar uitdrukkelijke toestemming"; a professional may ask the same); then
their name and whatever identifies them go only into the 'niet ter inzage' part of the dossier
(Handelingsprotocol 15.6, r. 5080-5094). ``anonymity_warning`` says so where a form names someone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from routekaarten.cases import Case
from routekaarten.dates import format_date, format_moment
from routekaarten.errors import RoutekaartError
from routekaarten.guidance import Uitlating
from routekaarten.i18n import _
from routekaarten.meldingsformulier import QUESTIONS, UNREADABLE_ANSWER, vermoeden_text
from routekaarten.termijnen import check_not_in_future

# A page of A4 holds about 3,500 characters of answer; a longer answer belongs in an appendix.
MAX_ANSWER_CHARS = 3000
# The questions that ask for a person's name, address and phone number (Bijlage 2).
NAMING_QUESTIONS = ("getuigen", "letsel_eerst_waargenomen", "onthulling_aan_wie", "waarnemer")
_UITLATING_WORDS = {
    Uitlating.GEDRAGSVERANDERING: "gedragsverandering",
    Uitlating.HELDER: "heldere uitspraak",
    Uitlating.VAAG: "vage uitspraak",
}


class ProfileError(RoutekaartError):
    """A workstation profile value that cannot be used (a phone number that is not Dutch)."""


@dataclass(frozen=True)
class Sender:
    """Who sends the melding: a function at an organisation, no personal data required."""

    organisation: str = ""
    team: str = ""
    function: str = ""
    service_number: str = ""
    phone: str = ""

    def text(self) -> str:
        """``Veilig Thuis ZWB, team Spoed, vertrouwensarts (dienstnummer 4711)``; "" when empty."""
        parts = [p for p in (self.organisation, self.team and f"team {self.team}", self.function) if p]
        text = ", ".join(parts)
        if self.service_number:
            text += (" " if text else "") + f"(dienstnummer {self.service_number})"
        if self.phone:
            text += ("; " if text else "") + f"terugbellen: {self.phone}"
        return text


def check_phone(text: str) -> str:
    """A Dutch call-back number in its national form (``088 123 4567``); "" when empty.

    Raises ProfileError with a Dutch message for a number that is not a valid Dutch one.
    """
    import phonenumbers  # lazy: only the profile dialog and the form need it

    typed = text.strip()
    if not typed:
        return ""
    try:
        number = phonenumbers.parse(typed, "NL")
    except phonenumbers.NumberParseException:
        raise ProfileError(_("‘{typed}’ is geen telefoonnummer.", typed=typed)) from None
    if not phonenumbers.is_valid_number(number):
        raise ProfileError(_("‘{typed}’ is geen geldig telefoonnummer.", typed=typed))
    if phonenumbers.region_code_for_number(number) != "NL":
        raise ProfileError(
            _(
                "‘{typed}’ is geen Nederlands nummer. De politie belt terug op een Nederlands "
                "nummer; vul dat in (bijvoorbeeld 088 123 4567).",
                typed=typed,
            )
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def _vermoeden(case: Case, nfi_title: str | None) -> str:
    lines = [vermoeden_text(case.vermoeden)]
    if case.uitlating:
        lines.append(f"Soort uitlating: {_UITLATING_WORDS[case.uitlating]}")
    lines.append("Zedenzaak: ja" if case.zeden else "Zedenzaak: nee")
    if case.nfi_category:
        lines.append(f"NFI-categorie: {nfi_title or case.nfi_category}")
    if case.child_age is not None:
        lines.append(f"Leeftijd kind: {case.child_age} jaar")
    return "\n".join(lines)


def prefilled(case: Case, *, sent_on: date, sender: Sender, nfi_title: str | None = None) -> dict[str, str]:
    """What the app can answer itself. ``sent_on`` is the day Veilig Thuis reports to the
    police ("Op:"), the day the form is made unless the professional types another; it is
    written as the app's date fields write a date (``29-11-2026``), so the field can read it
    back, and in the same words whatever the language of the app."""
    answers = {
        "melder": sender.text(),
        "datum_melding": format_date(sent_on),
        "vermoeden": _vermoeden(case, nfi_title),
    }
    if case.incident_moment is not None:
        answers["wanneer_gebeurd"] = format_moment(case.incident_moment)
    return {key: value for key, value in answers.items() if value}


def check_sent_on(day: date, today: date) -> None:
    """ "Op:" is the day Veilig Thuis made the melding to the police: a day that has come. A later
    one is refused as the case's own melding date is (``termijnen.check_not_in_future``)."""
    check_not_in_future(_("de melding"), day, today)


def merged(prefill: Mapping[str, str], stored: Mapping[str, str | None]) -> dict[str, str]:
    """Stored answers over pre-filled ones; an unreadable stored answer is said, never hidden."""
    answers = dict(prefill)
    for field_id, text in stored.items():
        if field_id in QUESTIONS:
            answers[field_id] = text if text is not None else UNREADABLE_ANSWER
    return answers


def answer_problem(text: str) -> str | None:
    """Why an answer cannot go into the PDF as is; None when it can."""
    if len(text) > MAX_ANSWER_CHARS:
        return _(
            "Dit antwoord is {length} tekens; het formulier neemt er {limit}. Zet de rest in een "
            "bijlage en verwijs daarnaar.",
            length=len(text),
            limit=MAX_ANSWER_CHARS,
        )
    return None


def anonymity_warning(answers: Mapping[str, str]) -> str | None:
    """A warning where the form names a witness or the person who first heard the disclosure."""
    if not any((answers.get(field_id) or "").strip() for field_id in NAMING_QUESTIONS):
        return None
    return _(
        "Dit formulier noemt een getuige of de persoon aan wie het kind het eerst iets vertelde. "
        "Heeft een melder of informant gevraagd anoniem te blijven tegenover het gezin, zet dan "
        "niets in het formulier waaruit zijn of haar identiteit blijkt: die gegevens horen in het "
        "‘niet ter inzage’-deel van het dossier (Handelingsprotocol 6.5 en 15.6)."
    )
