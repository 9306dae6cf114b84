"""Traceability: every number and text of the shipped Zeeland-West-Brabant bundle is in the seed.

The seed (tests/data/seed.txt, lines 7725-8295) is the text of the routekaart PDF. Its text
extraction renders bold as doubled letters ("VVeeiilliigg  TThhuuiiss" is "Veilig Thuis") and
bullets as a private-use glyph, so texts are compared after normalising: whitespace collapsed,
bullet glyph removed, and bold undoubled. A text counts as traced when it appears in any of the
normalised versions of the seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from routekaarten.model import RegionBundle

SEED_FILE = Path(__file__).resolve().parents[1] / "data" / "seed.txt"
BULLET = "\uf0b7"
# Where the routekaart is in the seed: the contact lists start after these headers (bold).
AREA_HEADERS = {"zeeland": "ZZEEEELLAANNDD", "midden-brabant": "MMIIDDDDEENN--BBRRAABBAANNTT",
                "west-brabant": "WWEESSTT--BBRRAABBAANNTT"}
CONTACT_LINE = re.compile(r"^(?P<label>[^:]+?):?\s+(?P<phone>[0-9][0-9 -]*[0-9])(?P<marks>\**)\s*$")


def collapse(text: str) -> str:
    return " ".join(text.replace(BULLET, " ").split())


def halve_runs(text: str) -> str:
    """Every run of 2k identical characters becomes k: 'VVeeiilliigg  TThhuuiiss' -> 'Veilig Thuis'."""
    return re.sub(r"(.)\1+", lambda m: m.group(1) * (len(m.group(0)) // 2 or 1), text)


def undouble_words(text: str) -> str:
    """Only words of doubled letters are halved, so 'een' in plain text survives.

    A bold word may end in one plain punctuation mark: 'TThhuuiiss:' -> 'Thuis:'.
    """

    def undouble(word: str) -> str:
        end = 0
        while end + 1 < len(word) and word[end] == word[end + 1]:
            end += 2
        rest = word[end:]
        if end and not rest:
            return word[0::2]
        if end >= 4 and not any(ch.isalnum() for ch in rest):
            return word[0:end:2] + rest
        return word

    return " ".join(undouble(word) for word in text.split())


@dataclass(frozen=True)
class Seed:
    raw: str
    versions: tuple[str, ...]

    def has(self, text: str, *, ignore_marks: bool = False) -> bool:
        wanted = collapse(text)
        if ignore_marks:
            wanted = collapse(wanted.replace("*", ""))
            return any(wanted in collapse(version.replace("*", "")) for version in self.versions)
        return any(wanted in version for version in self.versions)


@cache
def seed() -> Seed:
    raw = SEED_FILE.read_text(encoding="utf-8")
    plain = raw.replace(BULLET, " ")
    return Seed(raw, (collapse(plain), collapse(halve_runs(plain)), collapse(undouble_words(plain))))


def seed_contact_lines(area_id: str) -> list[tuple[str, str, str]]:
    """(label, phone, footnote marks) of the contact lines listed under an area's header."""
    lines = seed().raw.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == AREA_HEADERS[area_id])
    found = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        if match := CONTACT_LINE.match(line.strip()):
            found.append((match["label"], match["phone"], match["marks"]))
    return found


# The helper itself ---------------------------------------------------------------------------


def test_halving_runs_reads_bold_veilig_thuis() -> None:
    assert collapse(halve_runs("VVeeiilliigg  TThhuuiiss")) == "Veilig Thuis"
    assert collapse(halve_runs("PPllaann  vvaann  aaaannppaakk::")) == "Plan van aanpak:"


def test_undoubling_words_keeps_plain_words_with_double_letters() -> None:
    assert undouble_words("Er was of is een lleettsseell//ssyymmppttoooomm dat") == (
        "Er was of is een letsel/symptoom dat"
    )
    assert undouble_words("IInnzzeett  VVeeiilliigg  TThhuuiiss: de onderzoekshandelingen") == (
        "Inzet Veilig Thuis: de onderzoekshandelingen"
    )


def test_seed_check_rejects_text_that_is_not_there() -> None:
    assert not seed().has("Veilig Thuis is 24/7 bereikbaar via 0900-1234")
    assert seed().has("VEILIG THUIS is 24/7 bereikbaar via 0800-2000")


# Contacts ------------------------------------------------------------------------------------


def test_every_contact_phone_appears_in_the_seed_as_written(region_bundle: RegionBundle) -> None:
    missing = [c.phone for c in region_bundle.contacts if c.phone not in seed().raw]

    assert missing == []


def test_app_lists_the_three_areas_of_the_routekaart(region_bundle: RegionBundle) -> None:
    assert [area.name for area in region_bundle.areas] == ["Zeeland", "Midden-Brabant", "West-Brabant"]


@pytest.mark.parametrize(
    ("area_id", "lines"), [("zeeland", 8), ("midden-brabant", 8), ("west-brabant", 10)]
)
def test_area_has_as_many_contacts_as_the_seed_lists(
    region_bundle: RegionBundle, area_id: str, lines: int
) -> None:
    in_app = [c for c in region_bundle.contacts if c.area == area_id]

    assert len(seed_contact_lines(area_id)) == lines
    assert len(in_app) == lines


@pytest.mark.parametrize("area_id", ["zeeland", "midden-brabant", "west-brabant"])
def test_area_contacts_match_the_seed_line_by_line(region_bundle: RegionBundle, area_id: str) -> None:
    in_app = [c for c in region_bundle.contacts if c.area == area_id]

    for (label, phone, marks), contact in zip(seed_contact_lines(area_id), in_app, strict=True):
        assert contact.phone == phone
        assert "".join(contact.footnotes) == marks, contact.id
        assert contact.role.startswith(label), (contact.role, label)


def test_every_contact_footnote_text_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    missing = [note.text for note in region_bundle.contact_footnotes if not seed().has(note.text)]

    assert missing == []


def test_contact_notes_appear_in_the_seed(region_bundle: RegionBundle) -> None:
    notes = [c.note for c in region_bundle.contacts if c.note]

    assert notes == ["via meldkamer politie"]
    assert all(seed().has(note) for note in notes)


def test_region_wide_numbers_come_from_the_footnotes(region_bundle: RegionBundle) -> None:
    region_wide = {c.phone for c in region_bundle.contacts if c.area is None}
    footnotes = " ".join(note.text for note in region_bundle.contact_footnotes)

    assert region_wide == {"0800-2000", "088 6997414"}
    assert all(phone in footnotes for phone in region_wide)


# The routekaart ------------------------------------------------------------------------------


def test_every_step_title_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    missing = [s.title for s in region_bundle.routekaart.steps if not seed().has(s.title)]

    assert missing == []


def test_every_step_text_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    texts = [
        text
        for step in region_bundle.routekaart.steps
        for text in (step.description, *step.items, *step.attention)
        if text
    ]

    missing = [text for text in texts if not seed().has(text)]

    assert len(texts) > 10
    assert missing == []


def test_every_box_title_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    titles = [box.title.rstrip("*") for box in region_bundle.routekaart.boxes]

    missing = [title for title in titles if not seed().has(title, ignore_marks=True)]

    assert len(titles) == 22
    assert missing == []


def test_every_box_bullet_item_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    items = [item for box in region_bundle.routekaart.boxes for item in box.items]

    missing = [item for item in items if not seed().has(item)]

    assert len(items) == 16
    assert missing == []


def test_every_uitgangspunt_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    points = region_bundle.routekaart.uitgangspunten

    missing = [point for point in points if not seed().has(point)]

    assert len(points) == 8
    assert missing == []


def test_every_vermoeden_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    missing = [text for text in region_bundle.routekaart.vermoedens if not seed().has(text)]

    assert len(region_bundle.routekaart.vermoedens) == 4
    assert missing == []


def test_every_routekaart_footnote_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    missing = [f.text for f in region_bundle.routekaart.footnotes if not seed().has(f.text)]

    assert missing == []


def test_every_legenda_entry_appears_in_the_seed(region_bundle: RegionBundle) -> None:
    text = seed().versions[0]

    missing = [
        abbr
        for abbr, meaning in region_bundle.routekaart.legenda
        if not re.search(rf"{re.escape(abbr)}\s*=\s*{re.escape(meaning)}", text)
    ]

    assert missing == []
