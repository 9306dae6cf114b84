"""Gather what a case export needs from the stores: one place, used by the app and tests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from routekaarten import export, melding_fill
from routekaarten.case_store import CaseStore
from routekaarten.cases import Case
from routekaarten.checklist import groups_for_region
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import NotFoundError
from routekaarten.guidance import advise
from routekaarten.i18n import dutch
from routekaarten.model import RegionBundle
from routekaarten.termijnen import compute
from routekaarten.vault import CaseVault
from routekaarten.werkdagen import dutch_day


def _summary_arguments(
    cases: CaseStore, vault: CaseVault, case: Case, now: datetime, with_notes: bool
) -> dict[str, Any]:
    """``now`` is aware (``clock.now()``): a deadline in hours is late once its moment has passed."""
    today = now.astimezone(AMSTERDAM).date()
    store = cases.store
    national = store.national()
    bundle: RegionBundle | None
    try:
        bundle = store.region(case.region)
    except NotFoundError:  # a case of a region no longer in the store still exports
        bundle = None
    region_name = bundle.name if bundle else case.region
    area = bundle.area(case.area) if bundle and case.area else None
    step_title = bundle.routekaart.step(case.step).title if bundle else None
    nfi = {c["id"]: c["title"] for c in national.get("nfi_categories", ())}
    events: dict[str, Any] = {"melding": case.melding_date, **cases.events(case.id)}
    return {
        "region_name": region_name,
        "area_name": area.name if area else None,
        "advice": advise(case.facts(today)),
        "groups": groups_for_region(national, bundle),
        "checklist": cases.checklist(vault, case.id),
        "termijnen": compute(national.get("termijnen", ()), events),
        "now": now,
        "notes": cases.notes(vault, case.id) if with_notes else None,
        "step_title": step_title,
        "nfi_title": nfi.get(case.nfi_category or ""),
        "region_version": region_version(bundle) if bundle else None,
    }


def region_version(bundle: RegionBundle) -> str:
    """Which of the region's data a summary was made with: its version and from when it holds."""
    try:
        valid_from = dutch_day(date.fromisoformat(bundle.valid_from), year=True)
    except ValueError:
        valid_from = bundle.valid_from
    return f"versie {bundle.version}, geldig vanaf {valid_from}"


def summary(
    cases: CaseStore, vault: CaseVault, case: Case, now: datetime, *, with_notes: bool, html: bool
) -> str:
    """The case summary for the dossier, in Dutch whatever the app's language (``i18n.dutch``)."""
    with dutch():
        arguments = _summary_arguments(cases, vault, case, now, with_notes)
        render = export.case_summary_html if html else export.case_summary_text
        return render(case, **arguments)


def filled_form(
    cases: CaseStore, vault: CaseVault, case: Case, today: date, sender: melding_fill.Sender
) -> dict[str, str]:
    """The form's answers: what the case and the workstation know, under what was written."""
    nfi = {c["id"]: c["title"] for c in cases.store.national().get("nfi_categories", ())}
    prefill = melding_fill.prefilled(
        case, sent_on=today, sender=sender, nfi_title=nfi.get(case.nfi_category or "")
    )
    return melding_fill.merged(prefill, cases.form_answers(vault, case.id))


def meldingsformulier(case: Case, today: date, *, html: bool, answers: dict[str, str] | None = None) -> str:
    with dutch():  # the police's form: Dutch, as its questions are
        render = export.meldingsformulier_html if html else export.meldingsformulier_text
        return render(case, today=today, answers=answers)
