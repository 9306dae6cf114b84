"""The notes list: a note's preview says when it leaves text out ("…"), its tooltip holds the whole
note, and text that looks like markup is shown as the text it is."""

from __future__ import annotations

from desktop.cases.notes_panel import PREVIEW_CHARACTERS, NotesPanel
from routekaarten.case_store import Note

LONG = (
    "Overleg met de politie over het verhoor van het kind en de planning van het "
    "studioverhoor volgende week, met de zedenrechercheur erbij."
)


def _notes(qtbot, *texts: str) -> NotesPanel:
    notes = NotesPanel()
    qtbot.addWidget(notes)
    stamp = "2026-11-30T08:15:00+00:00"
    notes.load([Note(f"n{index}", text, stamp, stamp) for index, text in enumerate(texts)])
    return notes


def test_a_long_note_ends_its_preview_with_an_ellipsis_and_its_tooltip_holds_all_of_it(qtbot):
    notes = _notes(qtbot, LONG)
    item = notes.list.item(0)

    assert item.text().startswith("30-11-2026 09:15  Overleg met de politie")
    assert item.text().endswith("…")
    shown = item.text().removeprefix("30-11-2026 09:15  ").removesuffix("…")
    assert len(shown) <= PREVIEW_CHARACTERS
    assert LONG.startswith(shown) and LONG[len(shown)] == " "  # cut between words
    assert LONG in item.toolTip()
    notes.list.setCurrentItem(item)
    assert notes.editor.toPlainText() == LONG  # and the whole note when it is chosen


def test_a_short_note_is_shown_whole_and_one_with_more_lines_says_so(qtbot):
    notes = _notes(qtbot, "eerste overleg", "Afspraken\n\n- VT belt school\n- politie plant verhoor")

    assert notes.list.item(0).text() == "30-11-2026 09:15  eerste overleg"
    assert notes.list.item(1).text() == "30-11-2026 09:15  Afspraken …"
    tip = notes.list.item(1).toolTip()
    assert "- VT belt school<br/>- politie plant verhoor" in tip


def test_a_note_that_looks_like_markup_is_shown_as_its_text(qtbot):
    text = '<b>vet</b> <img src="file:///dev/zero"> ' + "x " * 40
    notes = _notes(qtbot, text)
    item = notes.list.item(0)

    assert '<b>vet</b> <img src="file:///dev/zero">' in item.text()
    assert item.text().endswith("…")
    assert "&lt;b&gt;vet&lt;/b&gt; &lt;img src=&quot;file:///dev/zero&quot;&gt;" in item.toolTip()
    assert "<img" not in item.toolTip()


def test_a_saved_note_gets_its_preview_and_tooltip_anew(qtbot):
    notes = _notes(qtbot, "kort")
    notes.list.setCurrentRow(0)
    notes.editor.setPlainText(LONG)
    notes.note_saved("n0", LONG)
    item = notes.list.item(0)

    assert item.text().endswith("…")
    assert LONG in item.toolTip()
