"""A region joining: a new region bundle from an empty template or from another region's structure
(issue 13 item 11; ``routekaart admin new-region``).

The empty template is the routekaart's frame: the four steps (0 to 3) and the three lanes the
Routekaart Zeeland-West-Brabant draws ("Werkproces bij Veilig Thuis", "= wederzijdse afstemming
en overleg nodig", "Werkproces bij politie"; seed lines 7798-7805, steps "STAP 0" to "STAP 3",
lines 8046-8054), with everything a region must say left empty. Starting from another region
keeps its chart (uitgangspunten, legenda, steps, boxes, arrows, footnotes) and drops what is
that region's own: its contacts and their footnotes, its areas, its publisher, its source and
transcription notes, its description and its own bespreekpunten.

Neither validates at once, by design: ``still_to_fill`` says, in Dutch, exactly what is left, so
the admin is told rather than left with a bundle that looks finished.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from routekaarten.errors import Issue
from routekaarten.i18n import _

STEPS = (0, 1, 2, 3)
LANES = (
    ("vt", "Werkproces bij Veilig Thuis"),
    ("joint", "Wederzijdse afstemming en overleg nodig"),
    ("politie", "Werkproces bij politie"),
)
_REGION_OWN = ("source", "contact_footnotes", "bespreekpunten")
_CHART_OWN = ("transcription_notes",)


def _frame(region_id: str, name: str, today: date) -> dict[str, Any]:
    return {
        "format": "routekaart.region",
        "format_version": 1,
        "region": {"id": region_id, "name": name},
        "version": "1.0",
        "revision": 1,
        "valid_from": today.isoformat(),
        "publisher": "",
    }


def empty_region(region_id: str, name: str, today: date) -> dict[str, Any]:
    """The four-step frame with nothing filled in that only the region can say."""
    return {
        **_frame(region_id, name, today),
        "routekaart": {
            "title": "",
            "uitgangspunten": [],
            "legenda": [],
            "lanes": [{"id": lane, "name": lane_name} for lane, lane_name in LANES],
            "steps": [{"number": number, "title": ""} for number in STEPS],
            "boxes": [],
            "arrows": [],
            "footnotes": [],
        },
        "areas": [],
        "contacts": [],
    }


def region_from(other: dict[str, Any], region_id: str, name: str, today: date) -> dict[str, Any]:
    """``other``'s routekaart as the start of a new region, with ``other``'s own data removed."""
    chart = {key: copy.deepcopy(value) for key, value in other["routekaart"].items() if key not in _CHART_OWN}
    data = {**_frame(region_id, name, today), "routekaart": chart, "areas": [], "contacts": []}
    for key in _REGION_OWN:
        data.pop(key, None)
    return data


def _mentions(value: Any, word: str, path: str) -> list[str]:
    """Paths of the texts under ``value`` that name ``word`` (the other region, by name)."""
    if isinstance(value, str):
        return [path] if re.search(re.escape(word), value, re.IGNORECASE) else []
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _mentions(item, word, f"{path}.{key}")]
    if isinstance(value, list):
        return [found for index, item in enumerate(value)
                for found in _mentions(item, word, f"{path}[{index}]")]
    return []


def _worded(issue: Issue) -> str:
    """The validator's issue, said as the task it leaves for a new region where it is one of those."""
    step = re.fullmatch(r"routekaart\.steps\[(\d+)\]\.title", issue.path)
    if step:
        return _("Stap {number}: vul de titel in.", number=step.group(1))
    tasks = {
        "publisher": lambda: _("Uitgever (publisher): vul in wie deze routekaart uitgeeft."),
        "routekaart.title": lambda: _("Routekaart: vul de titel in."),
        "routekaart.boxes": lambda: _("Routekaart: voeg minstens één vak toe."),
        "areas": lambda: _("Gebieden: voeg minstens één gebied van de regio toe."),
        "contacts": lambda: _("Contacten: voeg minstens één contact met zijn nummer toe."),
    }
    task = tasks.get(issue.path)
    return task() if task else str(issue)


def still_to_fill(data: dict[str, Any], other_name: str | None = None) -> list[str]:
    """What is left before the bundle validates, in Dutch; empty when it is ready to sign.

    With ``other_name`` (the region it was copied from) also the texts that still name it.
    """
    from routekaarten.bundles import validate

    lines = [_worded(issue) for issue in validate(data, "region")]
    if other_name:
        lines += [_("{path}: noemt nog '{name}'; pas de tekst aan voor deze regio.", path=path,
                    name=other_name)
                  for path in _mentions(data.get("routekaart"), other_name, "routekaart")]
    return lines
