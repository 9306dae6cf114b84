"""An availability, as a regional admin enters it, said back in a few plain words.

The admin's workbench shows this preview next to the rule form, so the admin can read what the
rules they typed mean before workstations rank the number by them (``reachability.assess``):
the RvdK bureaudienst of the Routekaart Zeeland-West-Brabant ("Voor vragen en consult
bereikbaar tussen 8.30-12.30 uur. Voor crisis hele dag bereikbaar (24/7)", seed lines
8227-8229) reads "ma-vr 08:30-12:30 consult; crisis 24/7".

It works on the bundle's JSON form (what the editor holds), and on half-entered rules too: a
draft is not valid while the admin types, and the preview must not fail then. Windows with
days come first (by their first day and opening time), then the 24/7 lines, the way a person
reads a timetable; the data order is not changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from routekaarten.i18n import _
from routekaarten.model import WEEKDAYS


def _day(code: str) -> str:
    """A weekday's short Dutch name, in the chosen language."""
    names = {
        "ma": _("ma"),
        "di": _("di"),
        "wo": _("wo"),
        "do": _("do"),
        "vr": _("vr"),
        "za": _("za"),
        "zo": _("zo"),
    }
    return names.get(code, code)


def _purpose(code: str) -> str:
    names = {"consult": _("consult"), "crisis": _("crisis")}
    return names.get(code, code)


def describe_days(days: Iterable[str]) -> str:
    """``['ma', 'di', 'wo', 'do', 'vr']`` -> ``'ma-vr'``; ``['ma', 'wo']`` -> ``'ma, wo'``.

    Runs of three or more days in week order are joined with a dash, shorter runs listed; all
    seven days are "dagelijks". Unknown codes are left out (the validator names them).
    """
    chosen = sorted({WEEKDAYS.index(day) for day in days if day in WEEKDAYS})
    if len(chosen) == len(WEEKDAYS):
        return _("dagelijks")
    runs: list[list[int]] = []
    for index in chosen:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{_day(WEEKDAYS[run[0]])}-{_day(WEEKDAYS[run[-1]])}")
        else:
            parts += [_day(WEEKDAYS[index]) for index in run]
    return ", ".join(parts)


def describe_rule(rule: Mapping[str, Any]) -> str:
    """One rule: ``'crisis 24/7'``, ``'ma-vr 08:30-12:30 consult'``, ``'za, zo 10:00-14:00'``."""
    purpose = rule.get("purpose")
    if rule.get("always"):
        return f"{_purpose(purpose)} 24/7" if purpose else "24/7"
    days = describe_days(rule.get("days") or ()) or _("geen dagen")
    hours = f"{rule.get('from') or '?'}-{rule.get('to') or '?'}"
    text = f"{days} {hours}"
    if purpose:
        text += f" {_purpose(purpose)}"
    holidays = rule.get("closed_on_holidays")
    if holidays is True:
        text += ", " + _("niet op feestdagen")
    elif holidays is False:
        text += ", " + _("ook op feestdagen")
    return text


def _reading_order(indexed: tuple[int, Mapping[str, Any]]) -> tuple[int, int, str, int]:
    index, rule = indexed
    if rule.get("always"):
        return (1, 0, "", index)
    days = [WEEKDAYS.index(day) for day in rule.get("days") or () if day in WEEKDAYS]
    return (0, min(days, default=7), str(rule.get("from") or ""), index)


def describe_availability(availability: Mapping[str, Any] | None) -> str:
    """A contact's ``availability`` in plain words; None (no hours in the source) says so."""
    if availability is None:
        return _("tijden niet vermeld")
    rules = [rule for rule in availability.get("rules") or () if isinstance(rule, Mapping)]
    if not rules:
        return _("geen regels")
    ordered = sorted(enumerate(rules), key=_reading_order)
    return "; ".join(describe_rule(rule) for _index, rule in ordered)
