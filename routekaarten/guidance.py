"""Route guidance: what the Handreiking and the routekaart say to do now for one case.

The rules live in ``guidance_rules`` (per vermoeden) and ``guidance_steps`` (per step, or every
step); each quotes its source and names it by document and section. ``advise`` runs them all and
orders what applies. Where two rules could contradict each other, the rules themselves settle it
and say so in their ``note``:

- a zeden incident within 7 days (or on an unknown day) is urgent whatever else applies
  (Routekaart ZWB footnote ***), also over "alleen gedragsveranderingen: nog geen afstemming";
- with only gedragsveranderingen and an older incident, "aangifte is noodzakelijk" is not yet
  the advice: there is no redelijk vermoeden yet (HSSK r. 659-662);
- in an NFI case the forensisch arts is not the first contact (HSSK footnotes 15 and 26), so the
  box "VT / Politie & FA" is not pointed to;
- an NFI category that does not fit the child's age is a warning, shown first.

``check_facts`` turns impossible facts (an unknown NFI category, an age no child has, an incident
in the future) into Dutch messages, so that no advice is given on them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from routekaarten import guidance_rules as rules
from routekaarten import guidance_steps as steps
from routekaarten.case_facts import MAX_CHILD_AGE, Advice, CaseFacts, Uitlating, Vermoeden
from routekaarten.i18n import _

__all__ = ["RULES", "Advice", "CaseFacts", "Uitlating", "Vermoeden", "advise", "check_facts"]

RULES: tuple[Callable[[CaseFacts], Advice | None], ...] = (
    rules.nfi_leeftijd,
    rules.zeden,
    rules.nfi,
    rules.letsel,
    rules.verwijtbaarheid,
    rules.gedragsverandering,
    rules.alsnog_helder,
    rules.praten_met_kinderen,
    rules.heldere_uitspraak,
    rules.vage_uitspraak,
    rules.taxatiegesprek_voorwaarden,
    rules.derde_of_dader,
    steps.anoniem_overleg,
    steps.geen_contact_betrokkenen,
    rules.sporen_by_age,
    steps.spoedhandelingen,
    steps.plan_van_aanpak,
    steps.informatie_delen,
    steps.actie_overleg,
    steps.escaleren,
)


def check_facts(facts: CaseFacts, nfi_categories: Collection[str] | None = None) -> list[str]:
    """What is impossible about ``facts``, in the user's language; empty when advice can be given."""
    problems = []
    if nfi_categories is not None and facts.nfi_category and facts.nfi_category not in nfi_categories:
        problems.append(
            _(
                "onbekende NFI-categorie '{category}'; kies uit: {known}",
                category=facts.nfi_category,
                known=", ".join(sorted(nfi_categories)),
            )
        )
    if facts.child_age is not None and not 0 <= facts.child_age <= MAX_CHILD_AGE:
        problems.append(
            _(
                "leeftijd {age} kan niet: een kind is 0 tot en met {max} jaar",
                age=facts.child_age,
                max=MAX_CHILD_AGE,
            )
        )
    if facts.incident_date is not None and facts.incident_date > facts.today:
        problems.append(
            _(
                "het incident ({incident}) ligt na vandaag ({today})",
                incident=facts.incident_date.isoformat(),
                today=facts.today.isoformat(),
            )
        )
    if not 0 <= facts.step <= 3:
        problems.append(
            _("stap {step} bestaat niet: de routekaart heeft stap 0 tot en met 3", step=facts.step)
        )
    return problems


def _order(advice: Advice) -> tuple[bool, bool, int]:
    return (not advice.warning, not advice.urgent, advice.step if advice.step is not None else 9)


def advise(facts: CaseFacts) -> list[Advice]:
    """Every piece of advice that applies: warnings, then urgent ones, then in routekaart order."""
    found = [advice for rule in RULES if (advice := rule(facts)) is not None]
    return sorted(found, key=_order)
