"""A case: anonymous by design (docs/architecture.md, "Cases and notes").

A case has a label the professional chooses (initials or an own code), never a name or a BSN;
``label_warnings`` says so when a label looks like either. The BSN check is the 11-proef, as
implemented by python-stdnum (``stdnum.nl.bsn``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum

from routekaarten.guidance import CaseFacts, Uitlating, Vermoeden
from routekaarten.i18n import _


class CaseStatus(StrEnum):
    """A case is worked on or closed; a closed case is purged after the retention period."""

    OPEN = "open"
    CLOSED = "closed"


class ChecklistStatus(StrEnum):
    """Where a bespreekpunt (HSSK Bijlage 4) stands; the values are stored in ``checklist.status``."""

    OPEN = "open"
    BESPROKEN = "besproken"  # discussed and agreed
    NVT = "nvt"  # agreed not to apply to this case

_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]{1,}$")
_TUSSENVOEGSELS = {"van", "de", "der", "den", "ter", "ten", "het", "te", "in", "op", "'t"}
_DATE_OF_BIRTH = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}\b")


def label_warnings(label: str) -> list[str]:
    """Warnings (in the user's language) for a label that may identify a person; empty when it looks
    anonymous."""
    from stdnum.nl import bsn

    warnings = []
    digits = re.sub(r"[\s.-]", "", label)
    for candidate in re.findall(r"\d{8,9}", digits):
        if bsn.is_valid(candidate):
            warnings.append(_(
                "Dit label lijkt een BSN (het voldoet aan de 11-proef). Gebruik initialen of een eigen code."
            ))
            break
    words = label.split()
    names = [w for w in words if _NAME_WORD.match(w)]
    if len(names) >= 2 or (names and any(w.lower() in _TUSSENVOEGSELS for w in words)):
        warnings.append(_("Dit label lijkt een volledige naam. Gebruik initialen of een eigen code."))
    if _DATE_OF_BIRTH.search(label):
        warnings.append(_("Dit label bevat een datum die een geboortedatum kan zijn. Laat die weg."))
    return warnings


@dataclass(frozen=True)
class Case:
    id: str
    label: str
    region: str
    area: str | None
    vermoeden: Vermoeden
    melding_date: date
    uitlating: Uitlating | None = None
    zeden: bool = False
    incident_date: date | None = None
    incident_time: time | None = None  # when known: the hour matters for counting in hours
    nfi_category: str | None = None
    child_age: int | None = None
    step: int = 0
    status: CaseStatus = CaseStatus.OPEN
    closed_on: date | None = None
    # Bouwblok 2 (HSSK r. 7058-7061): "Wijs per casus de eigen organisatie een 'eigenaar' van de
    # casus aan": the owner's function or team per organisation, never a person's name.
    eigenaar_vt: str = ""
    eigenaar_politie: str = ""
    eigenaar_om: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", CaseStatus(self.status))  # a form hands in the stored word

    def facts(self, today: date) -> CaseFacts:
        return CaseFacts(
            vermoeden=self.vermoeden,
            today=today,
            uitlating=self.uitlating,
            zeden=self.zeden,
            incident_date=self.incident_date,
            nfi_category=self.nfi_category,
            child_age=self.child_age,
            step=self.step,
        )

    @property
    def incident_moment(self) -> date | datetime | None:
        """The incident as the case knows it: a day, or a day and a time."""
        if self.incident_date is None or self.incident_time is None:
            return self.incident_date
        return datetime.combine(self.incident_date, self.incident_time)

    def with_incident(self, moment: date | datetime | None) -> Case:
        if isinstance(moment, datetime):
            return replace(self, incident_date=moment.date(), incident_time=moment.time())
        return replace(self, incident_date=moment, incident_time=None)

    def closed(self, on: date) -> Case:
        return replace(self, status=CaseStatus.CLOSED, closed_on=on)

    def settled(self, today: date) -> Case:
        """The closing date follows the status: set when first closed (the purge counts from it),
        cleared when reopened."""
        if self.status is CaseStatus.CLOSED:
            return self if self.closed_on else replace(self, closed_on=today)
        return replace(self, closed_on=None)


def purge_needs_confirmation(notes_changed_at: str | None, notes_exported_at: str | None) -> bool:
    """Whether purging a closed case would lose notes that never left the app.

    The 90-day purge of closed cases is the app's own policy, not the Handelingsprotocol's: Veilig
    Thuis keeps its dossiers far longer (Handelingsprotocol 15.3.4, seed r. 4944-4972) and notes
    that matter belong in the official dossier (15.7, r. 5109-5125; the issue's r. 5095-5104 is
    the end of 15.6, "alle informatie ... wordt ... vastgelegd in het dossier"). So a case with
    notes is purged unasked only when they were exported after their last change (ISO timestamps
    compare as text).
    """
    if notes_changed_at is None:
        return False
    return notes_exported_at is None or notes_exported_at < notes_changed_at


def days_until_purge(case: Case, today: date, keep_days: int) -> int | None:
    """Days left before a closed case is purged (0: at the next purge); None for an open case."""
    if case.status is not CaseStatus.CLOSED or case.closed_on is None:
        return None
    return max(case.closed_on.toordinal() + keep_days - today.toordinal(), 0)


def retention_policy(keep_days: int) -> str:
    """What the keep time of closed cases is, said honestly (issue 11 item 8).

    The number is the app's own setting; the sources keep far longer: adviezen two years after
    the last contact, meldingen 15 years (Handelingsprotocol 15.3.4 Bewaartermijnen, seed
    r. 4944-4972), and notes that matter for the work belong in the dossier (15.7 Status
    persoonlijke werkaantekeningen, r. 5109-5125).
    """
    return _(
        "De {days} dagen zijn het eigen beleid van Routekaart, geen termijn uit de bronnen. Veilig "
        "Thuis bewaart zijn dossiers veel langer: adviezen twee jaar na het laatste contact, meldingen "
        "15 jaar (Handelingsprotocol 15.3.4 Bewaartermijnen). Aantekeningen die van belang zijn, horen "
        "in het officiële dossier (Handelingsprotocol 15.7): exporteer ze daarheen voordat een zaak "
        "hier verdwijnt.",
        days=keep_days,
    )


def held_notice(count: int, keep_days: int) -> str:
    """The heading of the notice about closed cases the purge holds back for their notes."""
    if count == 1:
        return _(
            "Eén gesloten zaak is langer dan {days} dagen gesloten, maar de notities zijn nooit "
            "geëxporteerd. Routekaart verwijdert haar daarom niet zonder uw bevestiging.",
            days=keep_days,
        )
    return _(
        "{count} gesloten zaken zijn langer dan {days} dagen gesloten, maar hun notities zijn nooit "
        "geëxporteerd. Routekaart verwijdert ze daarom niet zonder uw bevestiging.",
        count=count,
        days=keep_days,
    )
