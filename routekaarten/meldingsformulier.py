"""The meldingsformulier of HSSK Bijlage 2: "De melding van Veilig Thuis aan de politie".

HSSK r. 867-869: "Bijlage 2 van deze handreiking bevat een standaard meldingsformulier"; a
melding with all of it filled in lets the police start. The questions are the seed's own words
(``tests/data/seed.txt``), with only the PDF's line breaks inside a question removed.

The seed's page order is scrambled: the form starts at r. 1140 ("BIJLAGE 2") and its first
page runs to r. 1218 ("Wie heeft als eerste het letsel/de symptomen ... waargenomen en
wanneer?"); the second page (the rest of "Letsel/symptomen" and "Onthulling kind") lies just
before it, at r. 1074-1139; the third page ("Waarnemingen door derden", "Bekentenis dader",
"Overige opmerkingen") lies inside Bijlage 3, at r. 1399-1470. After "Letsel/symptomen" the
form follows the four kinds of vermoeden (HSSK r. 227-237) in their order.

The form itself has no heading over its first rows (melder, datum, het vermoeden and the
general questions); ``Melding`` is taken from its first words, "Melding gedaan door:".
"""

from __future__ import annotations

from dataclasses import dataclass

from routekaarten.guidance import Vermoeden

FORM_TITLE = "De melding van Veilig Thuis aan de politie"
# The form's source as its readers (the police, a dossier) name it: the document as its list of
# abbreviations spells it (seed r. 5687, "HSSK Handreiking Samenwerken bij Strafbare
# Kindermishandeling") and the Bijlage by its heading (r. 1140), never a line of the project's copy.
HANDREIKING = "Handreiking Samenwerken bij Strafbare Kindermishandeling"
FORM_SOURCE = f"{HANDREIKING} (HSSK), Bijlage 2: {FORM_TITLE}"
# In place of an answer that could not be decrypted (a form answer or a bespreekpunt's), in the
# Dutch of the documents it appears in.
UNREADABLE_ANSWER = "[antwoord onleesbaar]"


@dataclass(frozen=True)
class Question:
    """One row of the form. ``placeholder`` is what the seed prints in the answer field
    ("Naam melder", "Datum melding"); a filled-in form replaces it by the answer."""

    id: str
    text: str
    placeholder: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    questions: tuple[Question, ...]
    source: tuple[tuple[int, int], ...]  # line ranges of the seed, in reading order

    @property
    def source_text(self) -> str:
        """``HSSK Bijlage 2, r. 1210-1218 en 1074-1106``."""
        ranges = [f"{first}-{last}" if first != last else str(first) for first, last in self.source]
        return "HSSK Bijlage 2, r. " + " en ".join(ranges)


SECTIONS: tuple[Section, ...] = (
    Section(
        "Melding",
        (
            Question("melder", "Melding gedaan door:", placeholder="Naam melder"),
            Question("datum_melding", "Op:", placeholder="Datum melding"),
            Question("vermoeden", "Het vermoeden"),
            Question("wat_gebeurd", "Wat is er gebeurd?"),
            Question("wanneer_gebeurd", "Wanneer is het gebeurd?"),
            Question("volgens_wie", "Volgens wie is het gebeurd? En waar baseert hij/zij dat op?"),
            Question("vermoedelijke_dader", "Wie is de vermoedelijke dader?"),
            Question(
                "getuigen",
                "Wie hebben mogelijk zelf de strafbare feiten waargenomen? "
                "Namen, adressen, telefoonnummers en verhouding tot het gezin",
            ),
            Question(
                "gesprek_ouders",
                "Is met ouders/verzorgers gesproken? Zo ja, door wie? Waarover? "
                "Is het gesprek vastgelegd? Zo ja, bijvoegen.",
            ),
        ),
        source=((1143, 1205),),
    ),
    Section(
        "Letsel/symptomen",
        (
            Question(
                "letsel_eerst_waargenomen",
                "Wie heeft als eerste het letsel/de symptomen bij het kind waargenomen en wanneer?",
            ),
            Question(
                "letsel_medicus",
                "Welke medicus heeft het letsel vastgesteld en wat is diens expertise?",
            ),
            Question(
                "letsel_vastgelegd",
                "Is het letsel vastgelegd? Door wie en op welke wijze? Zo ja, bijvoegen",
            ),
            Question(
                "letsel_geen_ziekte",
                "Op basis waarvan is geoordeeld dat er (waarschijnlijk) geen sprake is van ziekte of "
                "aandoening? Op basis waarvan? Door wie? En wat is diens expertise? Stukken bijvoegen",
            ),
            Question(
                "letsel_andere_verklaring",
                "Welke mogelijke ziektes of aandoeningen kunnen eventueel toch het letsel/de symptomen "
                "verklaren?",
            ),
        ),
        source=((1210, 1218), (1074, 1106)),
    ),
    Section(
        "Onthulling kind",
        (
            Question(
                "onthulling_aan_wie",
                "Aan wie is de onthulling als eerste gedaan? "
                "Naam, adres, telefoonnummer, relatie tot het kind",
            ),
            Question("onthulling_tekst", "Wat was de precieze tekst van de onthulling?"),
            Question(
                "onthulling_gesprek",
                "Is er gesproken met de persoon tegen wie de onthulling gedaan is? Zo ja, door wie? "
                "Is daar verslag van gemaakt? Bijvoegen",
            ),
        ),
        source=((1112, 1139),),
    ),
    Section(
        "Waarnemingen door derden",
        (
            Question(
                "waarnemer",
                "Wie heeft de kindermishandeling waargenomen? "
                "Naam, adres, telefoonnummer, relatie tot het kind",
            ),
            Question("waarneming_wat", "Wat heeft deze persoon waargenomen?"),
            Question("waarneming_wanneer", "Wanneer heeft deze persoon dit waargenomen?"),
        ),
        source=((1399, 1422),),
    ),
    Section(
        "Bekentenis dader",
        (
            Question(
                "bekentenis",
                "Wat heeft deze persoon gezegd over:\n"
                "- Wat er is gebeurd\n"
                "- Wanneer het is gebeurd\n"
                "- Ten opzichte van welk kind het is gebeurd\n"
                "- Wat het gevolg was van het handelen",
            ),
        ),
        source=((1427, 1445),),
    ),
    Section(
        "Overige opmerkingen",
        (
            Question(
                "onderzoekshandelingen",
                "Welke onderzoekshandelingen zijn al uitgevoerd? Door wie? Met welke resultaten? "
                "Verslag bijvoegen",
            ),
            Question(
                "eerdere_meldingen",
                "Zijn er eerdere meldingen over dit kind en/of gezin? Zo ja welke, wanneer etc. "
                "Waar nodig bijvoegen",
            ),
        ),
        source=((1451, 1470),),
    ),
)

QUESTIONS: dict[str, Question] = {q.id: q for section in SECTIONS for q in section.questions}

# The four ways a concrete vermoeden arises, as the HSSK words them (r. 230-237); the form's
# "Het vermoeden" is filled with the case's one. The national bundle's ``summary`` holds the same.
VERMOEDEN_TEXTS: dict[Vermoeden, str] = {
    Vermoeden.LETSEL: "Er was of is een letsel/symptoom dat niet (volledig) te verklaren is uit interne "
    "(medische) oorzaken of externe niet-verwijtbare oorzaken",
    Vermoeden.UITLATING: "Er wordt kindermishandeling vermoed op basis van gedrag of uitlatingen van een "
    "kind",
    Vermoeden.DERDE: "Er worden door een derde feitelijke handelingen waargenomen die strafbare "
    "kindermishandeling opleveren",
    Vermoeden.DADER: "De dader meldt dat hij een kind heeft mishandeld",
}
VERMOEDEN_SOURCE = "HSSK r. 230-237"


def vermoeden_text(vermoeden: Vermoeden) -> str:
    """``2. Er wordt kindermishandeling vermoed op basis van gedrag of uitlatingen van een kind``."""
    return f"{int(vermoeden)}. {VERMOEDEN_TEXTS[vermoeden]}"
