"""The routekaart of a region bundle: its lanes, steps, boxes, arrows and footnotes.

Typed, immutable views of the validated JSON, as in ``routekaarten.model``; a
``RegionBundle`` reads its routekaart from here when it is first asked for
(``RegionBundle.routekaart``), so a start that shows only whom to call now does not build it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from routekaarten.model import Footnote


@dataclass(frozen=True)
class Box:
    """One box of the routekaart chart: what it asks, and which actors are involved."""

    id: str
    step: int
    lane: str
    title: str
    text: str = ""
    items: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    footnotes: tuple[str, ...] = ()
    kind: str = "box"


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    label: str = ""


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    description: str = ""
    items: tuple[str, ...] = ()
    attention: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lane:
    id: str
    name: str


@dataclass(frozen=True)
class TranscriptionNote:
    """A place where the transcription had to read the routekaart, not copy it (issue 11).

    ``lines`` (where it stands in tests/data/seed.txt) is for developers and not kept here.
    """

    where: str
    as_written: str
    reading: str
    why: str


@dataclass(frozen=True)
class Routekaart:
    title: str
    intro: str
    uitgangspunten: tuple[str, ...]
    legenda: tuple[tuple[str, str], ...]
    vermoedens: tuple[str, ...]
    lanes: tuple[Lane, ...]
    steps: tuple[Step, ...]
    boxes: tuple[Box, ...]
    arrows: tuple[Arrow, ...]
    footnotes: tuple[Footnote, ...]
    transcription_notes: tuple[TranscriptionNote, ...] = ()

    @classmethod
    def from_dict(cls, chart: dict[str, Any]) -> Routekaart:
        """The bundle's validated "routekaart" object."""
        return cls(
            title=chart["title"],
            intro=chart.get("intro", ""),
            uitgangspunten=tuple(chart.get("uitgangspunten", ())),
            legenda=tuple((e["abbr"], e["meaning"]) for e in chart.get("legenda", ())),
            vermoedens=tuple(chart.get("vermoedens", ())),
            lanes=tuple(Lane(lane["id"], lane["name"]) for lane in chart["lanes"]),
            steps=tuple(
                Step(
                    number=s["number"],
                    title=s["title"],
                    description=s.get("description", ""),
                    items=tuple(s.get("items", ())),
                    attention=tuple(s.get("attention", ())),
                )
                for s in chart["steps"]
            ),
            boxes=tuple(
                Box(
                    id=b["id"],
                    step=b["step"],
                    lane=b["lane"],
                    title=b["title"],
                    text=b.get("text", ""),
                    items=tuple(b.get("items", ())),
                    actors=tuple(b.get("actors", ())),
                    footnotes=tuple(b.get("footnotes", ())),
                    kind=b.get("kind", "box"),
                )
                for b in chart["boxes"]
            ),
            arrows=tuple(Arrow(a["from"], a["to"], a.get("label", "")) for a in chart["arrows"]),
            footnotes=tuple(Footnote(f["mark"], f["text"]) for f in chart["footnotes"]),
            transcription_notes=tuple(
                TranscriptionNote(n["where"], n["as_written"], n["reading"], n["why"])
                for n in chart.get("transcription_notes", ())
            ),
        )

    def box(self, box_id: str) -> Box:
        return next(box for box in self.boxes if box.id == box_id)

    def step(self, number: int) -> Step:
        return next(step for step in self.steps if step.number == number)
