"""Route guidance: what the HSSK and the routekaart say to do now for one case.

Each rule is a small function that returns an ``Advice`` or nothing, and cites the place in
the source text (``tests/data/seed.txt``: "HSSK r. 659-661" = lines of the Handreiking
Samenwerken bij Strafbare Kindermishandeling; "Routekaart ZWB" = the Zeeland-West-Brabant
routekaart). The texts are the seed's own words, shortened only where marked with "…".
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


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


@dataclass(frozen=True)
class Advice:
    id: str
    title: str
    text: str
    source: str
    step: int | None = None  # the routekaart step the advice belongs to
    boxes: tuple[str, ...] = field(default=())  # routekaart boxes to highlight
    urgent: bool = False


def _gedragsverandering(facts: CaseFacts) -> Advice | None:
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.GEDRAGSVERANDERING:
        return None
    return Advice(
        id="gedragsverandering-geen-overleg",
        title="Alleen gedragsveranderingen: nog geen afstemming met politie of OM nodig",
        text="Zolang er alleen maar gedragsveranderingen zijn die wijzen op een onveilige situatie, maar "
        "er is geen concrete uitlating van het kind zelf, is het niet nodig om afstemming te zoeken met "
        "politie of OM. … Het is daarbij van belang dat in eventuele gesprekken met het kind ten behoeve "
        "van diagnostiek, behandeling of veiligheidsplanning open vragen worden gesteld over wat er "
        "mogelijk is gebeurd.",
        source="HSSK r. 659-665",
        step=0,
    )


def _heldere_uitspraak(facts: CaseFacts) -> Advice | None:
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.HELDER:
        return None
    return Advice(
        id="heldere-uitspraak-studioverhoor",
        title="Heldere uitspraak: overleg met politie/OM over een studioverhoor",
        text="Bij heldere uitspraken is afstemming nodig met de politie/het Openbaar Ministerie over de "
        "vraag of en zo ja op welke manier het kind gehoord moet worden (in de studio).",
        source="HSSK r. 673-675",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def _vage_uitspraak(facts: CaseFacts) -> Advice | None:
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.VAAG:
        return None
    return Advice(
        id="vage-uitspraak-taxatiegesprek",
        title="Vage uitspraak: eerst een taxatiegesprek, afgestemd met de politie",
        text="In die gevallen kan het nodig zijn om eerst helderheid te … verkrijgen over wat het precies "
        "betekent wat een kind zegt. … Voor dit soort gevallen is het taxatiegesprek bedoeld. "
        "Voorafgaand aan het voeren van dat gesprek, is van belang dat altijd overleg wordt gevoerd met "
        "de politie over de wijze waarop het gesprek gevoerd wordt. Dit overleg kan ook als uitkomst "
        "hebben dat de politie zelf het taxatiegesprek voert.",
        source="HSSK r. 680, 515-518 en Bijlage 1, r. 1017-1020",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def _letsel(facts: CaseFacts) -> Advice | None:
    if facts.vermoeden != Vermoeden.LETSEL:
        return None
    return Advice(
        id="letsel-snel-vastleggen",
        title="Letsel/symptoom: snel handelen en vastleggen; bij twijfel advies LECK, letselduiding met FA",
        text="Letsels verdwijnen snel en goede snelle afstemming van handelen is cruciaal. … Als er geen "
        "twijfel is over een interne (medische) oorzaak van het letsel, dan is er geen reden voor overleg. "
        "Vraag advies bij LECK indien twijfel is over medische oorzaak.",
        source="HSSK r. 362-369; Routekaart ZWB stap 1",
        step=1,
        boxes=("leck", "vt-politie-fa"),
        urgent=True,
    )


def _derde_of_dader(facts: CaseFacts) -> Advice | None:
    if facts.vermoeden == Vermoeden.DERDE:
        return Advice(
            id="derde-melding-politie",
            title="Waarneming door een derde: melding Veilig Thuis aan politie en afstemming",
            text="Een verklaring van zo’n waarneming is genoeg voor een ‘vermoeden’, maar er is altijd meer "
            "onderzoek nodig. Ook hiervoor geldt dat deze informatie via een melding van Veilig Thuis aan "
            "politie leidt tot de start van de afstemming van de onderzoekshandelingen die verder nog "
            "nodig zijn.",
            source="HSSK r. 522-529",
            step=1,
            boxes=("overleg-vt-politie",),
        )
    if facts.vermoeden == Vermoeden.DADER:
        return Advice(
            id="dader-meldt-overleg",
            title="De dader meldt: toch onderzoek en afstemming",
            text="Daardoor ontstaat een redelijk vermoeden. Dat betekent niet dat er geen onderzoek meer "
            "hoeft plaats te vinden. … Overleg dus ook in dit soort gevallen met elkaar over wie wat "
            "wanneer gaat doen.",
            source="HSSK r. 535-542",
            step=1,
            boxes=("overleg-vt-politie",),
        )
    return None


def _nfi(facts: CaseFacts) -> Advice | None:
    if not facts.nfi_category:
        return None
    return Advice(
        id="nfi-ovj-overlegt",
        title="NFI-zaak: de OvJ overlegt met het NFI",
        text="In een aantal gevallen vindt het overleg plaats tussen de OvJ en het NFI. … Na het overleg "
        "met het NFI, koppelt de OvJ zelf de uitkomsten daarvan terug aan Veilig Thuis en vindt "
        "afstemming plaats over het al dan niet doen van melding van Veilig Thuis aan de politie. "
        "Routekaart: VT & OvJ, overleg over complexe zaken (de vertrouwensarts voert meestal dit overleg).",
        source="HSSK r. 416-430; Routekaart ZWB stap 1 (complexe zaken*)",
        step=1,
        boxes=("vt-ovj",),
        urgent=True,
    )


def _zeden(facts: CaseFacts) -> Advice | None:
    if not facts.zeden:
        return None
    recent = facts.incident_date is not None and (facts.today - facts.incident_date).days <= 7
    unknown = facts.incident_date is None
    text = "Voor zedenzaken geldt dat doen van aangifte noodzakelijk is."
    if recent or unknown:
        text = (
            "Bij seksueel misbruik tot 7 dagen direct overleg met zedenpolitie i.v.m. sporen om na te gaan "
            "of FMO / medische zorg nodig is. " + text
        )
        if unknown:
            text += " De datum van het incident is niet ingevuld: ga na of het minder dan 7 dagen geleden is."
    return Advice(
        id="zeden-zedenpolitie" if (recent or unknown) else "zeden-aangifte",
        title="Zeden binnen 7 dagen: direct overleg met de zedenpolitie"
        if (recent or unknown)
        else "Zedenzaak: aangifte is noodzakelijk",
        text=text,
        source="Routekaart ZWB voetnoot *** (r. 8118) en stap 1, aandachtspunten",
        step=1,
        boxes=("overleg-vt-politie",),
        urgent=recent or unknown,
    )


def _sporen_by_age(facts: CaseFacts) -> Advice | None:
    """HSSK footnote 8: who does the trace examination depends on the child's age."""
    if not facts.zeden or facts.child_age is None:
        return None
    age = facts.child_age
    if age < 13:
        who = (
            "Waar het gaat om sporenonderzoek bij kinderen onder de 13, wordt het onderzoek uitgevoerd "
            "door een arts van het NFI."
        )
    elif age in (14, 15):
        who = (
            "Waar het gaat om kinderen van 14 of 15 jaar oud is, wordt door de politie met het NFI "
            "overlegd over wie het sporenonderzoek uitvoert."
        )
    elif age >= 16:
        who = "Vanaf 16 jaar en ouder, wordt het onderzoek uitgevoerd door een Forensisch Arts."
    else:
        who = (
            "De handreiking noemt kinderen onder de 13, van 14 of 15, en vanaf 16 jaar; voor een kind "
            "van 13 zegt zij niet wie het sporenonderzoek uitvoert. Stem dit af met de politie."
        )
    return Advice(
        id="sporenonderzoek-leeftijd",
        title="Sporenonderzoek vóór medisch onderzoek",
        text="Bij zaken waarin sprake is van verdenking van seksueel misbruik, moet voorafgaand aan "
        "eventueel medisch onderzoek sporenonderzoek worden uitgevoerd. " + who,
        source="HSSK voetnoot 8, r. 408-415",
        step=2,
        boxes=("spoed-zonder-ovj",),
        urgent=True,
    )


def _spoedhandelingen(facts: CaseFacts) -> Advice | None:
    if facts.step != 2:
        return None
    return Advice(
        id="spoedhandelingen-ovj",
        title="Spoedonderzoekshandelingen: zonder en met de OvJ",
        text=(
            "Zonder overleg met OM: overleg met Forensisch arts over of nader FMO nodig (behalve "
            "NFI-zaken), onderzoek PD (tenzij zoeking noodzakelijk), free recall gesprek met ouders, "
            "voorbereiden studioverhoor kind, veiligstellen gegevens(dragers). Met overleg met de OvJ: "
            "gesprekken met eventuele getuigen, tactische spoedhandelingen waarvoor toestemming OM "
            "nodig (OVC, etc), uitvoeren studioverhoor."
        ),
        source="HSSK voetnoot 26, r. 846-858",
        step=2,
        boxes=("spoed-zonder-ovj", "spoed-met-ovj"),
    )


RULES: tuple[Callable[[CaseFacts], Advice | None], ...] = (
    _zeden,
    _nfi,
    _letsel,
    _gedragsverandering,
    _heldere_uitspraak,
    _vage_uitspraak,
    _derde_of_dader,
    _sporen_by_age,
    _spoedhandelingen,
)


def advise(facts: CaseFacts) -> list[Advice]:
    """Every piece of advice that applies, urgent ones first, then in routekaart order."""
    found = [advice for rule in RULES if (advice := rule(facts)) is not None]
    return sorted(found, key=lambda a: (not a.urgent, a.step if a.step is not None else 9))
