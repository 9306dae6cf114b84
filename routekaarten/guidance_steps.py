"""Rules of route guidance that belong to a step of the routekaart, or to every step.

See ``guidance_rules`` for how a rule quotes and names its source.
"""

from __future__ import annotations

from routekaarten.case_facts import Advice, CaseFacts
from routekaarten.i18n import _


def anoniem_overleg(facts: CaseFacts) -> Advice | None:
    """HSSK r. 217-218, 327-330, 483; RK stap 1, aandachtspunten (r. 8139): the first consult is anonymous."""
    if facts.step > 1 or facts.only_behaviour:
        return None
    return Advice(
        id="eerste-overleg-zonder-naam",
        title=_("Het eerste overleg kan zonder naam of adres van het kind"),
        text="Het is in beginsel niet nodig om bij dit overleg al de naam en het adres van het betreffende "
        "kind te melden. Als uit het overleg volgt dat er sprake is van een redelijk vermoeden van een "
        "strafbaar feit, dan is het wel nodig deze gegevens door middel van een melding aan de politie mee "
        "te delen. … Overleg kan ook anoniem (geen naam van betrokkene)",
        source=_(
            "Handreiking, Strafbare kindermishandeling (overleg over onderzoekshandelingen); "
            "Routekaart ZWB, stap 1"
        ),
        lines="HSSK r. 217-218, 327-330, 483; RK r. 8139",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def geen_contact_betrokkenen(facts: CaseFacts) -> Advice | None:
    """HP 2.4 (r. 2337-2338): VT waits with contacting the family where that could cross the police."""
    if facts.step > 2 or facts.only_behaviour:
        return None
    return Advice(
        id="nog-geen-contact-betrokkenen",
        title=_(
            "Veilig Thuis neemt nog geen contact op met de betrokkenen als dat het strafrechtelijk "
            "onderzoek kan doorkruisen"
        ),
        text="Veilig Thuis legt nog geen contact met directbetrokkenen in het geval het delen van informatie "
        "over de melding een strafrechtelijk onderzoek kan doorkruisen. … afstemmen wie betrokkenen "
        "(ouders) informeert en wanneer",
        source=_(
            "Handelingsprotocol Veilig Thuis, 2.4 Samenwerking met justitiepartners; Routekaart ZWB, stap 1"
        ),
        lines="HP r. 2337-2338; RK r. 7929-7930",
        step=1,
        boxes=("overleg-vt-politie",),
    )


def spoedhandelingen(facts: CaseFacts) -> Advice | None:
    """HSSK footnote 26 (r. 846-858): urgent actions the police may take without, and only with, the OvJ."""
    if facts.step != 2:
        return None
    return Advice(
        id="spoedhandelingen-ovj",
        title=_("Spoedonderzoekshandelingen: zonder en met de OvJ"),
        text="Standaard spoedonderzoekshandelingen die door politie in beginsel (tenzij bijzonderheden) "
        "kunnen worden ingezet zonder overleg met OM zijn: … Overleg met Forensisch arts over of nader FMO "
        "nodig, met uitzondering van zaken die onder NFI vallen (in dat geval overleg OvJ met NFI) … "
        "Onderzoek PD (tenzij zoeking noodzakelijk) … Free recall gesprek met ouders … Voorbereiden "
        "studioverhoor kind … Veiligstellen gegevens(dragers) … Spoedonderzoekshandelingen waarvoor overleg "
        "met de OvJ nodig is zijn: … Gesprekken met eventuele getuigen … Tactische spoedhandelingen "
        "waarvoor toestemming OM nodig (OVC, etc) … Uitvoeren studioverhoor",
        source=_("Handreiking, voetnoot 26 (spoedonderzoekshandelingen)"),
        lines="HSSK r. 846-858",
        step=2,
        boxes=("spoed-zonder-ovj", "spoed-met-ovj"),
    )


def plan_van_aanpak(facts: CaseFacts) -> Advice | None:
    """RK stap 3, plan van aanpak (r. 8215-8216): the OvJ decides within at most two weeks."""
    if facts.step != 3:
        return None
    return Advice(
        id="plan-van-aanpak-ovj",
        title=_("Het plan van aanpak gaat altijd naar de OvJ, die binnen uiterlijk 2 weken beslist"),
        text="In hoofdlijnen is een voorstel voor tactisch onderzoek beschreven. Het PvA wordt altijd aan de "
        "OvJ voorgelegd. De OvJ beslist zo snel mogelijk (max 2 weken) op PvA. Lopende het onderzoek kan "
        "PvA worden aangepast, als situatie daarom vraagt.",
        source=_("Routekaart ZWB, stap 3 (plan van aanpak)"),
        lines="RK r. 8215-8216",
        step=3,
        boxes=("pva-politie",),
    )


def informatie_delen(facts: CaseFacts) -> Advice | None:
    """RK stap 3, strafrechtelijk onderzoek (r. 8218-8220); HSSK Welke informatie delen (r. 705-707)."""
    if facts.step != 3:
        return None
    return Advice(
        id="informatie-delen-stap-3",
        title=_(
            "Wat gedeeld mag worden: wat nodig is voor de veiligheid; "
            "bij risico voor het bewijs overlegt de politie met de OvJ"
        ),
        text="Politie mag informatie met VT delen tbv veiligheid van betrokkene(n). "
        "Als het gaat om informatie "
        "die afbreuk kan doen aan strafrechtelijke bewijsbaarheid, dan overlegt politie met OvJ. Als zaak "
        "bewijsbaar is, dan wordt, voor zover mogelijk, inhoud van strafrechtelijke interventie gedeeld met "
        "VT. … Het moet altijd noodzakelijk zijn om de informatie te delen en je mag niet meer informatie "
        "delen dan nodig is.",
        source=_("Routekaart ZWB, stap 3 (strafrechtelijk onderzoek); Handreiking, Informatie delen"),
        lines="RK r. 8218-8220; HSSK r. 697-707",
        step=3,
        boxes=("samenwerkingsafspraken", "strafrechtelijk-onderzoek"),
    )


def actie_overleg(facts: CaseFacts) -> Advice | None:
    """RK stap 3, Afstemming Straf/Zorg (r. 8211-8213): zeden cases are not standard there."""
    if facts.step != 3:
        return None
    if facts.zeden:
        return Advice(
            id="actie-overleg-niet-standaard-zeden",
            title=_("Zedenzaak: niet standaard in het Actie-overleg"),
            text="Zedenzaken worden op dit moment niet standaard in het Actie-overleg besproken.",
            source=_("Routekaart ZWB, stap 3 (Actie-overleg)"),
            lines="RK r. 8213",
            step=3,
            boxes=("actie-overleg",),
        )
    return Advice(
        id="actie-overleg",
        title=_("Verdere afstemming kan in het Actie-overleg"),
        text="om verdere onderzoekshandelingen/ interventies af te stemmen of scenario’s uit te denken (niet "
        "nakomen veiligheidsafspraken) kan de casus worden ingebracht bij het Actie-overleg (VT, Politie, "
        "OM, RvdK, Reclassering).",
        source=_("Routekaart ZWB, stap 3 (Actie-overleg)"),
        lines="RK r. 8211-8212",
        step=3,
        boxes=("actie-overleg",),
    )


def escaleren(facts: CaseFacts) -> Advice | None:
    """HSSK Escaleren is professioneel (r. 84-88) and Bijlage 4 (r. 1797-1799): at every step."""
    del facts  # applies to every case
    return Advice(
        id="escaleren",
        title=_("Komen jullie er samen niet uit: escaleer"),
        text="Als je elkaar niet begrijpt: vraag door. "
        "Als je het onderling niet eens bent: escaleer! Esclaren "
        "kan (voor Veilig Thuis) naar de manager van de Veilig Thuis organisatie, (voor de politie) bij de "
        "Officier van Justitie en (voor het OM) via de teamleider of via de landelijk OvJ Huiselijk geweld "
        "en Zeden. … Mocht een gesprek vastlopen, dan kan gebruik gemaakt worden van de "
        "escalatiemogelijkheden zoals in de handreiking beschreven.",
        source=_("Handreiking, Escaleren is professioneel; Bijlage 4 Bespreekpunten"),
        lines="HSSK r. 84-88, 1797-1799",
        note=_("‘Esclaren’ staat zo in de bron; bedoeld is ‘escaleren’."),
    )
