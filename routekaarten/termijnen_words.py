"""The words of the national bundle's deadline rows (HSSK Bijlage 7, seed r. 1977-2006 and
2008-2056; the Handelingsprotocol's terms, r. 3480-3488, 3822-3825, 3899-3901, 4063, 4509) in the
chosen language.

ADR 0005 (docs/adr/0005-domain-text.md) leaves what a bundle says as written. These rows are the
exception: they are shipped with the app (``resources/national/hssk.json``), not published by a
region's admin, and shown in the Termijnen table beside the app's own counting, which is English
in the English UI; a table whose organisation and work stayed Dutch beside it was half
translated (a vertrouwensarts's review). So a row's organisation, work, source, footnote and note
are worded here, one ``_()`` per text (the ADR's table of words: a literal per word). Each
table is keyed by the bundle's Dutch text, so a row whose wording changes shows its new Dutch
text rather than an English wording of the old one. What is quoted from the source (the row as
written, "9 uur na aanhouding …") stays as written.
"""

from __future__ import annotations

from routekaarten.i18n import _


def organisation_label(name: str) -> str:
    """``Rechtbank`` -> ``Court`` in English; a name (Veilig Thuis, ZSM) stays itself."""
    return {
        "Veilig Thuis": _("Veilig Thuis"),
        "Politie": _("Politie"),
        "Openbaar Ministerie": _("Openbaar Ministerie"),
        "Reclassering": _("Reclassering"),
        "Raad voor de Kinderbescherming": _("Raad voor de Kinderbescherming"),
        "ZSM": _("ZSM"),
        "Rechtbank": _("Rechtbank"),
    }.get(name, name)


def what_label(title: str) -> str:
    """The work a row names (its ``title``): seed r. 1979-2001 and 2020-2048, and the
    Handelingsprotocol's terms."""
    return {
        "Triage": _("Triage"),
        "Verantwoordelijk voor zicht op veiligheid, ook als de veiligheidsbeoordeling nog niet is "
        "afgerond": _(
            "Verantwoordelijk voor zicht op veiligheid, ook als de veiligheidsbeoordeling nog niet is "
            "afgerond"
        ),
        "Afronden onderzoek en eventueel overdragen": _("Afronden onderzoek en eventueel overdragen"),
        "Onderzoek afgerond": _("Onderzoek afgerond"),
        "Dienst Voorwaarden & Vervolg afgerond": _("Dienst Voorwaarden & Vervolg afgerond"),
        "Einde vooronderzoek zonder medeweten van directbetrokkenen": _(
            "Einde vooronderzoek zonder medeweten van directbetrokkenen"
        ),
        "Monitoren: contact na 3 maanden": _("Monitoren: contact na 3 maanden"),
        "Monitoren: contact na 12 maanden": _("Monitoren: contact na 12 maanden"),
        "Besluit over inverzekeringstelling": _("Besluit over inverzekeringstelling"),
        "Plan van aanpak naar OvJ": _("Plan van aanpak naar OvJ"),
        "Dossier naar OvJ": _("Dossier naar OvJ"),
        "Insturen zaak naar Openbaar Ministerie": _("Insturen zaak naar Openbaar Ministerie"),
        "studioverhoor": _("studioverhoor"),
        "Besluit over wel/niet voorgeleiding": _("Besluit over wel/niet voorgeleiding"),
        "Akkoord op plan politie of aanpassing": _("Akkoord op plan politie of aanpassing"),
        "Beoordeling zaak en bepalen afdoeningsrichting": _("Beoordeling zaak en bepalen afdoeningsrichting"),
        "Als zaak naar zitting: zittingsdatum": _("Als zaak naar zitting: zittingsdatum"),
        "Advies mbt voorgeleiding (opdracht OM 24 uur eerder)": _(
            "Advies mbt voorgeleiding (opdracht OM 24 uur eerder)"
        ),
        "Advies over voorlopige hechtenis (opdr OM 7 dgn ervoor)": _(
            "Advies over voorlopige hechtenis (opdr OM 7 dgn ervoor)"
        ),
        "Afdoeningsadvies (opdracht OM 3 dgn voor zitting)": _(
            "Afdoeningsadvies (opdracht OM 3 dgn voor zitting)"
        ),
        "Afdoeningsadvies (opdracht OM 14 dgn voor zitting)": _(
            "Afdoeningsadvies (opdracht OM 14 dgn voor zitting)"
        ),
        "Afdoeningsadvies (opdracht OM 28 dgn voor zitting)": _(
            "Afdoeningsadvies (opdracht OM 28 dgn voor zitting)"
        ),
        "Afdoeningsadvies (opdracht OM 10 weken voor zitting)": _(
            "Afdoeningsadvies (opdracht OM 10 weken voor zitting)"
        ),
        "onderzoek naar beschermingsmaatregel afgerond": _("onderzoek naar beschermingsmaatregel afgerond"),
        "Beslissing over afdoeningsrichting door OM": _("Beslissing over afdoeningsrichting door OM"),
        "Besluit over vasthouden na voorgeleiding": _("Besluit over vasthouden na voorgeleiding"),
        "Besluit over langere hechtenis maximaal 90 dagen": _(
            "Besluit over langere hechtenis maximaal 90 dagen"
        ),
        "Evt pro forma zitting en besluit over verlenging hechtenis": _(
            "Evt pro forma zitting en besluit over verlenging hechtenis"
        ),
        "Besluit over houdbaarheid huisverbod": _("Besluit over houdbaarheid huisverbod"),
        "Besluit over verlenging": _("Besluit over verlenging"),
        "Besluit over voorlopige ondertoezichtstelling en/of VUHP": _(
            "Besluit over voorlopige ondertoezichtstelling en/of VUHP"
        ),
        "Besluit over OTS/UHP": _("Besluit over OTS/UHP"),
    }.get(title, title)


def source_label(source: str) -> str:
    """Where a row comes from: ``Handreiking, Bijlage 7, voetnoot 32``; ``Handelingsprotocol 7.3``, a
    name and a section, reads the same in English."""
    return {
        "Handreiking, Bijlage 7": _("Handreiking, Bijlage 7"),
        "Handelingsprotocol 7.3": _("Handelingsprotocol 7.3"),
        "Handelingsprotocol 9.2": _("Handelingsprotocol 9.2"),
        "Handelingsprotocol 10.2": _("Handelingsprotocol 10.2"),
        "Handelingsprotocol 10.5": _("Handelingsprotocol 10.5"),
        "Handelingsprotocol 13.4": _("Handelingsprotocol 13.4"),
        "Handreiking, Bijlage 7, voetnoot 32": _("Handreiking, Bijlage 7, voetnoot 32"),
        "Handreiking, Bijlage 7, voetnoot 33": _("Handreiking, Bijlage 7, voetnoot 33"),
        "Handreiking, Bijlage 7, voetnoot 34": _("Handreiking, Bijlage 7, voetnoot 34"),
        "Handreiking, Bijlage 7, voetnoot 35": _("Handreiking, Bijlage 7, voetnoot 35"),
        "Handreiking, Bijlage 7, voetnoot 36": _("Handreiking, Bijlage 7, voetnoot 36"),
        "Handreiking, Bijlage 7, voetnoot 37": _("Handreiking, Bijlage 7, voetnoot 37"),
        "Handreiking, Bijlage 7, voetnoot 38": _("Handreiking, Bijlage 7, voetnoot 38"),
        "Handreiking, Bijlage 7, voetnoot 39": _("Handreiking, Bijlage 7, voetnoot 39"),
        "Handreiking, Bijlage 7, voetnoot 40": _("Handreiking, Bijlage 7, voetnoot 40"),
    }.get(source, source)


def footnote_label(footnote: str) -> str:
    """Footnotes 32-40 of Bijlage 7 (seed r. 2004-2007, 2050-2056)."""
    return {
        "Volgt uit wetboek van strafvordering": _("Volgt uit wetboek van strafvordering"),
        "Huidige afspraak in zedenzaken, mogelijk van toepassing op kindermishandeling later": _(
            "Huidige afspraak in zedenzaken, mogelijk van toepassing op kindermishandeling later"
        ),
        "Werkafspraken OM-politie in alle zaken": _("Werkafspraken OM-politie in alle zaken"),
        "Huidige afspraken in zedenzaken, mogelijk van toepassing op kindermishandeling later": _(
            "Huidige afspraken in zedenzaken, mogelijk van toepassing op kindermishandeling later"
        ),
        "Geldt op dit moment voor zedenzaken, die gaan niet via ZSM": _(
            "Geldt op dit moment voor zedenzaken, die gaan niet via ZSM"
        ),
        "ZSM wordt gebruikt voor bijna alle strafzaken, met uitzondering van zaken waarin door de recherche"
        " onderzoek is gedaan. Precieze afspraken over het punt van instroom, verschillen op dit moment nog"
        " per parket.": _(
            "ZSM wordt gebruikt voor bijna alle strafzaken, met uitzondering van zaken waarin door de "
            "recherche onderzoek is gedaan. Precieze afspraken over het punt van instroom, verschillen op "
            "dit moment nog per parket."
        ),
        "Er zijn geen regels over hoe lang het mag duren voordat een zaak op zitting wordt gebracht waarin "
        "een verdachte niet vastzit.": _(
            "Er zijn geen regels over hoe lang het mag duren voordat een zaak op zitting wordt gebracht "
            "waarin een verdachte niet vastzit."
        ),
    }.get(footnote, footnote)


def note_label(note: str) -> str:
    """The bundle's notes on a row: why two sources differ, or what else the source says."""
    return {
        "De Handreiking telt 10 weken vanaf de melding; het Handelingsprotocol van Veilig Thuis (10.2, "
        "'Wettelijke termijn') vanaf de afronding van de veiligheidsbeoordeling. De app telt die van het "
        "Handelingsprotocol: het is het eigen protocol van Veilig Thuis en noemt het de wettelijke "
        "termijn.": _(
            "De Handreiking telt 10 weken vanaf de melding; het Handelingsprotocol van Veilig Thuis (10.2, "
            "'Wettelijke termijn') vanaf de afronding van de veiligheidsbeoordeling. De app telt die van "
            "het Handelingsprotocol: het is het eigen protocol van Veilig Thuis en noemt het de wettelijke "
            "termijn."
        ),
        "Bindend: het Handelingsprotocol is het eigen protocol van Veilig Thuis en noemt dit de wettelijke "
        "termijn. De Handreiking (Bijlage 7) noemt '10 wk na melding'; die rij staat er ter vergelijking "
        "bij.": _(
            "Bindend: het Handelingsprotocol is het eigen protocol van Veilig Thuis en noemt dit de "
            "wettelijke termijn. De Handreiking (Bijlage 7) noemt '10 wk na melding'; die rij staat er ter "
            "vergelijking bij."
        ),
        "Alleen als de dienst Voorwaarden & Vervolg is ingezet in plaats van een onderzoek.": _(
            "Alleen als de dienst Voorwaarden & Vervolg is ingezet in plaats van een onderzoek."
        ),
        "In situaties van ernstige bedreiging kan de termijn van vier weken telkens met ten hoogste twee "
        "weken worden verlengd; het besluit wordt gemotiveerd vastgelegd.": _(
            "In situaties van ernstige bedreiging kan de termijn van vier weken telkens met ten hoogste "
            "twee weken worden verlengd; het besluit wordt gemotiveerd vastgelegd."
        ),
        "Veilig Thuis monitort gemiddeld anderhalf jaar, en zo veel vaker en langer als nodig is.": _(
            "Veilig Thuis monitort gemiddeld anderhalf jaar, en zo veel vaker en langer als nodig is."
        ),
        "De bron telt hier 9 klokuren na de aanhouding. Voor het ophouden voor onderzoek telt het Wetboek "
        "van Strafvordering (art. 56a) de uren tussen 00:00 en 09:00 niet mee; zie de rij van de politie "
        "(voetnoot 32), die daardoor later kan aflopen.": _(
            "De bron telt hier 9 klokuren na de aanhouding. Voor het ophouden voor onderzoek telt het "
            "Wetboek van Strafvordering (art. 56a) de uren tussen 00:00 en 09:00 niet mee; zie de rij van "
            "de politie (voetnoot 32), die daardoor later kan aflopen."
        ),
        "De bron telt hier 3 dagen na de aanhouding. De voorgeleiding aan de rechter-commissaris mag "
        "volgens het Wetboek van Strafvordering (art. 59a) tot 3 dagen en 18 uur na de aanhouding (zie de "
        "rij van het OM, voetnoot 35); het besluit over vasthouden volgt op die voorgeleiding.": _(
            "De bron telt hier 3 dagen na de aanhouding. De voorgeleiding aan de rechter-commissaris mag "
            "volgens het Wetboek van Strafvordering (art. 59a) tot 3 dagen en 18 uur na de aanhouding (zie "
            "de rij van het OM, voetnoot 35); het besluit over vasthouden volgt op die voorgeleiding."
        ),
    }.get(note, note)


def hearing_label(kind: str) -> str:
    """A row's kind of hearing (its ``zitting_type``, r. 2045-2048) in the counting sentence."""
    return {
        "supersnelrechtzitting": _("supersnelrechtzitting"),
        "snelrechtzitting": _("snelrechtzitting"),
        "OM-zitting": _("OM-zitting"),
        "reguliere zitting": _("reguliere zitting"),
    }.get(kind, kind)
