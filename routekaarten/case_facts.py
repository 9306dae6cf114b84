"""What route guidance knows of a case, and the shape of one piece of advice."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

# A child is 0 to 17 years old; the Handreiking speaks of children "van 0-18" (HSSK footnote 6, r. 402).
MAX_CHILD_AGE = 17
ZEDEN_DAYS = 7  # Routekaart ZWB footnote ***: "Bij seksueel misbruik tot 7 dagen" (seed r. 8118)


class Vermoeden(enum.IntEnum):
    """The four ways a concrete suspicion arises (HSSK r. 227-240)."""

    LETSEL = 1  # letsel/symptoom
    UITLATING = 2  # gedrag of uitlatingen van een kind
    DERDE = 3  # waarneming door een derde
    DADER = 4  # de dader meldt


class Uitlating(enum.StrEnum):
    """Vermoeden 2 splits in three situations (HSSK r. 650-657)."""

    GEDRAGSVERANDERING = "gedragsverandering"
    HELDER = "heldere_uitspraak"
    VAAG = "vage_uitspraak"


@dataclass(frozen=True)
class CaseFacts:
    """What guidance needs to know of a case; nothing that identifies a person."""

    vermoeden: Vermoeden
    today: date
    uitlating: Uitlating | None = None
    zeden: bool = False
    incident_date: date | None = None
    nfi_category: str | None = None  # an id of the national bundle's nfi_categories
    child_age: int | None = None
    step: int = 0

    @property
    def only_behaviour(self) -> bool:
        """Only gedragsveranderingen, no statement of the child (HSSK r. 659-662)."""
        return self.vermoeden == Vermoeden.UITLATING and self.uitlating == Uitlating.GEDRAGSVERANDERING

    @property
    def zeden_recent(self) -> bool:
        """A zeden incident at most 7 days ago, or on an unknown day (it may be recent)."""
        if not self.zeden:
            return False
        return self.incident_date is None or (self.today - self.incident_date).days <= ZEDEN_DAYS


@dataclass(frozen=True)
class Advice:
    """One thing the sources say to do.

    ``text`` is the sources' own words ("…" marks a cut), never the app's; ``note`` is the app's
    own word where it has to add one (a precedence, a check to make). ``source`` names the
    document and section for users; ``lines`` the seed lines for developers.
    """

    id: str
    title: str
    text: str
    source: str
    lines: str = ""
    step: int | None = None  # the routekaart step the advice belongs to
    boxes: tuple[str, ...] = field(default=())  # routekaart boxes to highlight
    urgent: bool = False
    warning: bool = False  # the case's facts do not fit together; shown first
    note: str = ""
