"""The rules of route guidance: each returns an ``Advice`` for the case, or nothing.

Every rule quotes its source (``text``; "…" marks a cut) and names it for users by document and
section; the seed lines are in ``lines`` and in the docstring, for developers. "HSSK" is the
Handreiking Samenwerken bij Strafbare Kindermishandeling (seed r. 37-2056), "HP" the
Handelingsprotocol of Veilig Thuis, "RK" the Routekaart Zeeland-West-Brabant (seed r. 7725-8295).
Titles, sources and notes are the app's words and are translated; quotes are not.
"""

from __future__ import annotations

from routekaarten.case_facts import Advice, CaseFacts, Uitlating, Vermoeden
from routekaarten.i18n import _

# NFI categories that hold only below an age (HSSK r. 422: "Botbreuken bij kinderen onder de 3 jaar oud").
NFI_AGE_LIMITS: dict[str, int] = {"botbreuken-onder-3": 3}


def gedragsverandering(facts: CaseFacts) -> Advice | None:
    """HSSK r. 659-665: behaviour alone is no redelijk vermoeden yet; ask open questions.

    Precedence: a zeden incident within 7 days goes first (RK footnote ***), and says so here.
    """
    if not facts.only_behaviour:
        return None
    note = ""
    if facts.zeden_recent:
        note = _(
            "Een zedenincident van ten hoogste 7 dagen geleden (of op een onbekende dag) gaat voor: "
            "overleg dan direct met de zedenpolitie."
        )
    elif facts.zeden:
        note = _(
            "Dit geldt ook bij een vermoeden van seksueel misbruik: de routekaart volgt dan hetzelfde "
            "werkproces. Overleg en aangifte komen aan de orde zodra het kind een uitlating doet."
        )
    return Advice(
        id="gedragsverandering-geen-overleg",
        title=_("Alleen gedragsveranderingen: nog geen afstemming met politie of OM nodig"),
        text="Zolang er alleen maar gedragsveranderingen zijn die wijzen op een onveilige situatie, maar "
        "er is geen concrete uitlating van het kind zelf, is het niet nodig om afstemming te zoeken met "
        "politie of OM. … Het is daarbij van belang dat in eventuele gesprekken met het kind ten behoeve "
        "van diagnostiek, behandeling of veiligheidsplanning open vragen worden gesteld over wat er "
        "mogelijk is gebeurd.",
        source=_("Handreiking, Vermoeden 2 (gedragsveranderingen)"),
        lines="HSSK r. 659-665",
        step=0,
        note=note,
    )


def alsnog_helder(facts: CaseFacts) -> Advice | None:
    """HSSK footnote 19 (r. 686-691): a clear statement in an open conversation is written down."""
    if not facts.only_behaviour:
        return None
    return Advice(
        id="alsnog-heldere-uitlating",
        title=_("Doet het kind toch een heldere uitlating: vragen en antwoorden letterlijk opschrijven"),
        text="Het kan voorkomen dat een kind dan alsnog uitlatingen doet die wel helder zijn. Het is dan "
        "van groot belang om precies op te schrijven welke vragen gesteld zijn en wat daarop letterlijk de "
        "reactie was. … Het is noodzakelijk hierover goed met de politie te overleggen. De politie moet op "
        "zijn beurt in dit soort gevallen altijd contact opnemen met de Officier van Justitie.",
        source=_("Handreiking, Vermoeden 2, voetnoot 19"),
        lines="HSSK r. 686-691",
        step=0,
    )


def praten_met_kinderen(facts: CaseFacts) -> Advice | None:
    """HSSK footnote 18 (r. 682-685): zeden conversations follow their own handreiking."""
    if not facts.zeden or facts.vermoeden != Vermoeden.UITLATING:
        return None
    return Advice(
        id="praten-met-kinderen-zeden",
        title=_("Seksueel misbruik: zie de handreiking ‘praten met kinderen bij mogelijk seksueel misbruik’"),
        text="Ten aanzien van zaken waar het gaat om vermoedens van seksueel misbruik, wordt verwezen naar "
        "de handreiking ‘praten met kinderen bij mogelijk seksueel misbruik’, die op 8 juni 2017 in het "
        "netwerk zorg/straf Huiselijk Geweld en kindermishandeling is vastgesteld. … De handreiking biedt "
        "uitgebreid houvast aan professionals die te maken krijgen met vermoedens van seksueel misbruik.",
        source=_("Handreiking, Vermoeden 2, voetnoot 18"),
        lines="HSSK r. 682-685",
        step=0,
    )


def heldere_uitspraak(facts: CaseFacts) -> Advice | None:
    """HSSK r. 673-675."""
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.HELDER:
        return None
    return Advice(
        id="heldere-uitspraak-studioverhoor",
        title=_("Heldere uitspraak: overleg met politie/OM over een studioverhoor"),
        text="Bij heldere uitspraken is afstemming nodig met de politie/het Openbaar Ministerie over de "
        "vraag of en zo ja op welke manier het kind gehoord moet worden (in de studio).",
        source=_("Handreiking, Vermoeden 2 (heldere uitspraken)"),
        lines="HSSK r. 673-675",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def vage_uitspraak(facts: CaseFacts) -> Advice | None:
    """HSSK r. 680, 515-518 and Bijlage 1 r. 1017-1020."""
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.VAAG:
        return None
    return Advice(
        id="vage-uitspraak-taxatiegesprek",
        title=_("Vage uitspraak: eerst een taxatiegesprek, afgestemd met de politie"),
        text="In die gevallen kan het nodig zijn om eerst helderheid te … verkrijgen over wat het precies "
        "betekent wat een kind zegt. … Voor dit soort gevallen is het taxatiegesprek bedoeld. … "
        "Voorafgaand aan het voeren van dat gesprek, is van belang dat altijd overleg wordt gevoerd met "
        "de politie over de wijze waarop het gesprek gevoerd wordt. Dit overleg kan ook als uitkomst "
        "hebben dat de politie zelf het taxatiegesprek voert.",
        source=_("Handreiking, Vermoeden 2 (vage uitspraken) en Bijlage 1 Taxatiegesprek"),
        lines="HSSK r. 680, 515-518, 1017-1020",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def taxatiegesprek_voorwaarden(facts: CaseFacts) -> Advice | None:
    """HSSK Bijlage 1 (r. 1013-1038): the conditions a taxatiegesprek must meet."""
    if facts.vermoeden != Vermoeden.UITLATING or facts.uitlating != Uitlating.VAAG:
        return None
    return Advice(
        id="taxatiegesprek-voorwaarden",
        title=_(
            "Eisen aan het taxatiegesprek: niet sturend, audiovisueel opgenomen, letterlijk verslag, "
            "opgeleide taxateur zonder behandelrelatie"
        ),
        text="Dat betekent dat er geen vragen worden gesteld over tijdstippen, locaties of andere details. … "
        "Taxatiegesprekken worden alleen gevoerd met kinderen die een redelijk taalniveau bezitten "
        "(taalbegrip en taalexpressie). … De belangrijkste eis aan een taxatiegesprek is dat het gevoerd "
        "wordt op een niet-sturende en niet-beïnvloedende manier. … Daarom moet het taxatiegesprek altijd "
        "audiovisueel worden opgenomen en worden de opnames aan de politie verstrekt in gevallen waarin "
        "een strafrechtelijk onderzoek wordt gestart. De start en de afsluiting van het taxatiegesprek "
        "moeten op de opname zijn te horen/zien. Daarnaast wordt van het gesprek een verslag gemaakt. In "
        "het verslag worden zowel de letterlijke antwoorden van het kind als de letterlijke vragen van de "
        "taxateur verwerkt. … Deze moet zijn opgeleid en mag geen (behandel)relatie met het kind hebben.",
        source=_("Handreiking, Bijlage 1 Taxatiegesprek"),
        lines="HSSK r. 1013-1038",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def letsel(facts: CaseFacts) -> Advice | None:
    """HSSK r. 362-369 and RK stap 1 (r. 8132).

    In an NFI case the FA box is left out: HSSK footnote 15 (r. 451-453) and footnote 26
    (r. 849-850) say the OvJ consults the NFI, and involving the FA first only delays.
    """
    if facts.vermoeden != Vermoeden.LETSEL:
        return None
    boxes = ("leck",) if facts.nfi_category else ("leck", "vt-politie-fa")
    return Advice(
        id="letsel-snel-vastleggen",
        title=_(
            "Letsel/symptoom: snel handelen en vastleggen; "
            "bij twijfel over een medische oorzaak advies bij LECK"
        ),
        text="Letsels verdwijnen snel en goede snelle afstemming van handelen is cruciaal. … Als er geen "
        "twijfel is over een interne (medische) oorzaak van het letsel, dan is er geen reden voor overleg. "
        "… Vraag advies bij LECK indien twijfel is over medische oorzaak.",
        source=_("Handreiking, Vermoeden 1 (letsel/symptoom); Routekaart ZWB, stap 1"),
        lines="HSSK r. 362-369; RK r. 8132",
        step=1,
        boxes=boxes,
        urgent=True,
    )


def verwijtbaarheid(facts: CaseFacts) -> Advice | None:
    """HSSK r. 466-471: without a medical cause, discuss verwijtbaarheid with the expert, no names."""
    if facts.vermoeden != Vermoeden.LETSEL:
        return None
    return Advice(
        id="verwijtbaarheid-met-expert",
        title=_(
            "Letsel zonder medische oorzaak: verwijtbaarheid bespreken met de OvJ of de politie, zonder namen"
        ),
        text="Of er sprake is van ‘verwijtbaarheid’ is daarmee een onderwerp dat in alle gevallen "
        "waarbij een "
        "melding gedaan is bij Veilig Thuis van een letsel en waarbij geen sprake is van een interne "
        "(medische) oorzaak, overlegd zou moeten worden met de expert. Dat is in beginsel de Officier van "
        "Justitie, en in minder complexe gevallen kan dat ook de politie zijn. … Het delen van naam en "
        "andere gegevens van betrokkenen, is in dit overleg dan ook niet nodig.",
        source=_("Handreiking, Vermoeden 1 (verwijtbaarheid)"),
        lines="HSSK r. 466-471",
        step=1,
        boxes=("vt-ovj", "overleg-vt-politie"),
    )


def nfi(facts: CaseFacts) -> Advice | None:
    """HSSK r. 416-430 with footnotes 15 (r. 451-453) and 26 (r. 849-850); RK stap 1 (r. 8133).

    The routekaart lets complex cases (its ``*`` list, r. 8145-8147, the NFI categories) go to
    the police or the OVD-R; the box for them is "VT & OvJ, overleg over complexe zaken".
    """
    if not facts.nfi_category:
        return None
    return Advice(
        id="nfi-ovj-overlegt",
        title=_("NFI-zaak: de OvJ overlegt met het NFI, niet eerst de forensisch arts"),
        text="In een aantal gevallen vindt het overleg plaats tussen de OvJ en het NFI. … Als eerst de FA "
        "wordt betrokken, leidt dit tot onnodige vertraging. … Na het overleg met het NFI, koppelt de OvJ "
        "zelf de uitkomsten daarvan terug aan Veilig Thuis en vindt afstemming plaats over het al dan niet "
        "doen van melding van Veilig Thuis aan de politie. … Overleg met politie óf met OVD-R (bij "
        "complexe zaken*).",
        source=_("Handreiking, Vermoeden 1 (NFI-zaken), voetnoten 15 en 26; Routekaart ZWB, stap 1"),
        lines="HSSK r. 416-430, 451-453, 849-850; RK r. 8133, 8145-8147",
        step=1,
        boxes=("vt-ovj",),
        urgent=True,
        note=_(
            "Complexe zaken (de NFI-categorieën) kunnen volgens de routekaart naar de politie "
            "of naar de OVD-R."
        ),
    )


def nfi_leeftijd(facts: CaseFacts) -> Advice | None:
    """HSSK r. 422: bone fractures are an NFI case only below 3 years."""
    limit = NFI_AGE_LIMITS.get(facts.nfi_category or "")
    if limit is None or facts.child_age is None or facts.child_age < limit:
        return None
    return Advice(
        id="nfi-categorie-past-niet-bij-leeftijd",
        title=_(
            "De NFI-categorie past niet bij de leeftijd: botbreuken zijn een NFI-zaak bij kinderen onder "
            "de {limit} jaar, dit kind is {age}",
            limit=limit,
            age=facts.child_age,
        ),
        text="Het overleg vindt in het algemeen plaats tussen de politie en de regionale forensisch arts. … "
        "Botbreuken bij kinderen onder de 3 jaar oud",
        source=_("Handreiking, Vermoeden 1 (NFI-zaken)"),
        lines="HSSK r. 416, 422",
        step=1,
        warning=True,
        note=_("Controleer de leeftijd en de NFI-categorie van de zaak."),
    )


def derde_of_dader(facts: CaseFacts) -> Advice | None:
    """HSSK r. 522-529 (vermoeden 3) and 535-542 (vermoeden 4)."""
    if facts.vermoeden == Vermoeden.DERDE:
        return Advice(
            id="derde-melding-politie",
            title=_("Waarneming door een derde: melding Veilig Thuis aan politie en afstemming"),
            text="Een verklaring van zo’n waarneming is genoeg voor een ‘vermoeden’, maar er is altijd meer "
            "onderzoek nodig. Ook hiervoor geldt dat deze informatie via een melding van Veilig Thuis aan "
            "politie leidt tot de start van de afstemming van de onderzoekshandelingen die verder nog "
            "nodig zijn.",
            source=_("Handreiking, Vermoeden 3 (waarneming door een derde)"),
            lines="HSSK r. 522-529",
            step=1,
            boxes=("overleg-vt-politie",),
        )
    if facts.vermoeden == Vermoeden.DADER:
        return Advice(
            id="dader-meldt-overleg",
            title=_("De dader meldt: toch onderzoek en afstemming"),
            text="Daardoor ontstaat een redelijk vermoeden. Dat betekent niet dat er geen onderzoek meer "
            "hoeft plaats te vinden. … Overleg dus ook in dit soort gevallen met elkaar over wie wat "
            "wanneer gaat doen.",
            source=_("Handreiking, Vermoeden 4 (de dader meldt)"),
            lines="HSSK r. 535-542",
            step=1,
            boxes=("overleg-vt-politie",),
        )
    return None


def zeden(facts: CaseFacts) -> Advice | None:
    """RK footnote *** (r. 8118) and stap 1, aandachtspunten (r. 8143).

    Precedence: within 7 days (or on an unknown day) it is urgent whatever else applies. With
    only gedragsveranderingen and an older incident there is no redelijk vermoeden yet (HSSK
    r. 659-662), so "aangifte is noodzakelijk" is not yet the advice; ``gedragsverandering``
    says why.
    """
    if not facts.zeden or (facts.only_behaviour and not facts.zeden_recent):
        return None
    aangifte = "Voor zedenzaken geldt dat doen van aangifte noodzakelijk is."
    if not facts.zeden_recent:
        return Advice(
            id="zeden-aangifte",
            title=_("Zedenzaak: aangifte is noodzakelijk"),
            text=aangifte,
            source=_("Routekaart ZWB, stap 1 (aandachtspunten)"),
            lines="RK r. 8143",
            step=1,
            boxes=("overleg-vt-politie",),
        )
    note = ""
    if facts.incident_date is None:
        note = _("De datum van het incident is niet ingevuld: ga na of het minder dan 7 dagen geleden is.")
    return Advice(
        id="zeden-zedenpolitie",
        title=_("Zeden binnen 7 dagen: direct overleg met de zedenpolitie"),
        text="Bij seksueel misbruik tot 7 dagen direct overleg met zedenpolitie i.v.m. sporen om na te gaan "
        "of FMO / medische zorg nodig is … " + aangifte,
        source=_("Routekaart ZWB, stap 1, voetnoot *** en aandachtspunten"),
        lines="RK r. 8118-8119, 8143",
        step=1,
        boxes=("overleg-vt-politie",),
        urgent=True,
        note=note,
    )


def sporen_by_age(facts: CaseFacts) -> Advice | None:
    """HSSK footnote 8 (r. 408-415): who does the trace examination depends on the child's age."""
    if not facts.zeden or facts.child_age is None:
        return None
    age = facts.child_age
    note = ""
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
        who = ""
        note = _(
            "De handreiking noemt kinderen onder de 13, van 14 of 15, en vanaf 16 jaar; voor een kind "
            "van 13 zegt zij niet wie het sporenonderzoek uitvoert. Stem dit af met de politie."
        )
    return Advice(
        id="sporenonderzoek-leeftijd",
        title=_("Sporenonderzoek vóór medisch onderzoek"),
        text=(
            "Bij zaken waarin sprake is van verdenking van seksueel misbruik, moet voorafgaand aan "
            "eventueel medisch onderzoek sporenonderzoek worden uitgevoerd." + (f" … {who}" if who else "")
        ),
        source=_("Handreiking, Vermoeden 1, voetnoot 8"),
        lines="HSSK r. 408-415",
        step=2,
        boxes=("spoed-zonder-ovj",),
        urgent=True,
        note=note,
    )
