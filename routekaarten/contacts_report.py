"""The contacts of a region as rows for the CLI and scripts (``routekaart contacts``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from routekaarten.clock import AMSTERDAM, now
from routekaarten.errors import NotFoundError, RoutekaartError
from routekaarten.i18n import _
from routekaarten.model import Area, RegionBundle
from routekaarten.reachability import (
    HolidayCheck,
    RankedContact,
    Status,
    contacts_for_area,
    is_dutch_public_holiday,
    rank,
)
from routekaarten.status_marks import STATUS_MARK


def find_area(bundle: RegionBundle, wanted: str) -> Area:
    """An area by id or by name, ignoring case: ``zeeland``, ``Midden-Brabant``."""
    needle = wanted.strip().casefold()
    for area in bundle.areas:
        if needle in (area.id.casefold(), area.name.casefold()):
            return area
    known = ", ".join(area.name for area in bundle.areas)
    raise NotFoundError(_("Onbekend gebied '{wanted}' in {region}. Kies uit: {known}.", wanted=wanted,
                          region=bundle.name, known=known))


def parse_moment(text: str | None) -> datetime:
    """ISO 8601 from the command line; without a zone it is Dutch local time."""
    if text is None:
        return now()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise RoutekaartError(
            _("Ongeldig tijdstip '{text}'. Gebruik ISO 8601, bijvoorbeeld 2026-11-30T09:00.", text=text)
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)


def ranked_contacts(
    bundle: RegionBundle,
    area_id: str | None,
    moment: datetime,
    step: int | None,
    is_holiday: HolidayCheck = is_dutch_public_holiday,
) -> list[RankedContact]:
    if step is not None and step not in {s.number for s in bundle.routekaart.steps}:
        raise NotFoundError(_("Onbekende stap {step}; de routekaart heeft stap 0 tot en met 3.", step=step))
    return rank(bundle, contacts_for_area(bundle, area_id), moment, step, is_holiday)


def as_json_rows(bundle: RegionBundle, ranked: list[RankedContact]) -> list[dict[str, Any]]:
    areas = {area.id: area.name for area in bundle.areas}
    whole_region = _("Hele regio")
    rows = []
    for entry in ranked:
        contact = entry.contact
        row: dict[str, Any] = {
            "id": contact.id,
            "area": areas.get(contact.area or "", whole_region),
            "organisation": contact.organisation,
            "role": contact.role,
            "phone": contact.phone,
            "phone_e164": contact.phone_e164,
            "reachable": entry.reachability.reachable,
            "status": entry.reachability.status.name.lower(),
            "reason": entry.reachability.reason,
            "steps": list(contact.steps),
            "footnotes": [bundle.contact_footnote(mark) for mark in contact.footnotes],
            "note": contact.note,
            "backup": None,
        }
        if entry.backup is not None and entry.backup_reachability is not None:
            row["backup"] = {
                "role": entry.backup.role,
                "phone": entry.backup.phone,
                "phone_e164": entry.backup.phone_e164,
                "reachable": entry.backup_reachability.reachable,
                "reason": entry.backup_reachability.reason,
            }
        rows.append(row)
    return rows


def as_text(bundle: RegionBundle, area: Area | None, ranked: list[RankedContact], moment: datetime) -> str:
    local = moment.astimezone(AMSTERDAM)
    header = f"{bundle.name}" + (f" — {area.name}" if area else "") + f" — {local:%d-%m-%Y %H:%M}"
    lines = [header]
    width = max((len(e.contact.role) for e in ranked), default=10)
    for entry in ranked:
        contact = entry.contact
        line = (
            f"{STATUS_MARK[entry.reachability.status]} {contact.role:<{width}}  "
            f"{contact.phone:<14}  {entry.reachability.reason}"
        )
        if entry.backup is not None:
            line += "  " + _("(achtervang: {role} {phone})", role=entry.backup.role, phone=entry.backup.phone)
        if contact.note:  # as the routekaart writes it under the number ("via meldkamer politie")
            line += f"  [{contact.note}]"
        lines.append(line)
    lines.append(_("{yes} nu bereikbaar  {partly} deels  {unknown} tijden niet vermeld  "
                   "{no} nu niet (voor deze stap)", yes=STATUS_MARK[Status.JA],
                   partly=STATUS_MARK[Status.DEELS], unknown=STATUS_MARK[Status.ONBEKEND],
                   no=STATUS_MARK[Status.NEE]))
    return "\n".join(lines)
