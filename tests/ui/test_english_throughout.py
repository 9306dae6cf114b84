"""In English every text the app shows is English: Qt's own strings and the domain's (issue 9, item 7).

The .ts test (test_translations.py) checks the strings ``desktop/`` writes; much of what a user
reads is made below Qt, in ``routekaarten/`` and ``sync/`` (reachability reasons, guidance titles,
validation and sync messages; docs/adr/0005-domain-text.md). These tests choose English the way
the app does at start, render what a user sees (the main window, a box, the contacts list at
moments that give every kind of reason, a case's guidance, a refused sync's banner) and look for
words of the app's own Dutch in it. What the bundles say (box texts, roles, notes, the purposes
"consult" and "crisis") and the sources' quotes are data and stay Dutch: they are taken out of the
text before it is searched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop import settings
from desktop.settings import Settings
from routekaarten.case_facts import CaseFacts, Uitlating, Vermoeden
from routekaarten.clock import AMSTERDAM
from routekaarten.guidance import advise
from tests.integration.bundles import NEW_NUMBER, ZWB
from tests.integration.conftest import World, publish_new_number, world  # noqa: F401 (the fixture)
from tests.ui.helpers import PASSPHRASE

# Words of the app's own Dutch wording that no English sentence contains (matched as whole words,
# ignoring case). Bundle text and quotes are taken out first, so these can only come from code.
DUTCH_WORDS = ("niet", "bereikbaar", "onbekend", "tijden", "geweigerd", "bijgewerkt", "vandaag", "morgen",
               "alleen", "stap", "gegevens", "weer", "tot", "de", "het", "een", "van", "zijn")
DUTCH = re.compile(r"\b(" + "|".join(DUTCH_WORDS) + r")\b", re.IGNORECASE)
# What a user types, which the date fields take in either language (routekaarten/dates.py).
TYPED_WORDS = ("‘vandaag’",)

MONDAY_EARLY = datetime(2026, 11, 30, 7, 0, tzinfo=AMSTERDAM)  # before office hours: "again today 08:30"
MONDAY_MORNING = datetime(2026, 11, 30, 9, 15, tzinfo=AMSTERDAM)
SATURDAY_NIGHT = datetime(2026, 11, 28, 23, 0, tzinfo=AMSTERDAM)  # "again Mon 08:30"
SUNDAY_EVENING = datetime(2026, 11, 29, 20, 0, tzinfo=AMSTERDAM)  # "again tomorrow 08:30"
KINGS_DAY = datetime(2027, 4, 27, 10, 0, tzinfo=AMSTERDAM)  # a Tuesday feestdag: hours not stated
MOMENTS = (MONDAY_EARLY, MONDAY_MORNING, SATURDAY_NIGHT, SUNDAY_EVENING, KINGS_DAY)
SYNC_WAIT_MS = 60_000


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _data_strings(window, extra: Iterable[str] = ()) -> list[str]:
    """Every text of the stored bundles (and ``extra``: quotes), longest first, so a long text is
    taken out before a short one that it contains."""
    rows = window.store.conn.execute("SELECT json FROM bundles").fetchall()
    found = {text for (raw,) in rows for text in _strings(json.loads(raw))}
    found.update(extra)
    return sorted((text for text in found if len(text.strip()) >= 2), key=len, reverse=True)


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _model_texts(model: QAbstractItemModel | None, parent: QModelIndex | None = None) -> Iterator[str]:
    if model is None:
        return
    parent = parent or QModelIndex()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: it has one
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield _plain(value)
            if column == 0 and columns > 1 and model.rowCount(index):  # a tree (list models have none)
                yield from _model_texts(model, index)


def shown_texts(root: QWidget) -> Iterator[str]:
    """What a user can read in ``root``: labels, buttons, fields, lists, tabs, rich text, the chart,
    tooltips and the names a screen reader says."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        yield widget.windowTitle()
        if isinstance(widget, QLabel):
            yield _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.text()
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    yield item.toPlainText()
                elif isinstance(item, QGraphicsSimpleTextItem):
                    yield item.text()
                yield item.toolTip()
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget.model())
    for widget in [root, *root.findChildren(QWidget)]:
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()


def dutch_in(texts: Iterable[str], data: list[str]) -> list[str]:
    """The texts that still hold a Dutch word once the bundles' own text is taken out."""
    found = []
    for text in texts:
        if not text:
            continue
        rest = text
        for piece in (*data, *TYPED_WORDS):
            if piece in rest:
                rest = rest.replace(piece, " ")
        if DUTCH.search(rest):
            found.append(f"{rest.strip()!r}  (shown: {text.strip()[:160]!r})")
    return sorted(set(found))


def test_the_main_window_boxes_and_contacts_are_english_at_every_moment(english, make_window):
    problems: list[str] = []
    for moment in MOMENTS:
        window = make_window(moment)
        page = window.routekaart
        data = _data_strings(window)
        problems += dutch_in(shown_texts(window), data)
        bundle = page.bundle
        assert bundle is not None
        for index in range(page.step_box.count()):  # every step: "only at step 1" and the like
            page.step_box.setCurrentIndex(index)
            problems += dutch_in(_model_texts(page.contacts.model), data)
        for box in bundle.routekaart.boxes:  # each box: its numbers, and "no number in the routekaart"
            page.show_box(box.id)
            problems += dutch_in([page.detail.toPlainText()], data)
        for contact in bundle.contacts:
            page.show_contact(contact.id)
            problems += dutch_in([page.detail.toPlainText()], data)
        window.close()

    assert sorted(set(problems)) == []


def test_the_reasons_shown_are_the_english_wording(english, make_window):
    """Not merely free of Dutch: the rows say what the English catalog says."""
    seen = []
    for moment in MOMENTS:
        window = make_window(moment)
        seen += list(_model_texts(window.routekaart.contacts.model))
        window.close()
    shown = "\n".join(seen)

    assert "hours not stated in the routekaart; only at step 1" in shown  # the ZSM number
    assert "consult again today 08:30" in shown  # Monday 07:00
    assert "consult again tomorrow 08:30" in shown  # Sunday evening
    assert "only crisis (24/7); consult again Mon 08:30" in shown  # Saturday night
    assert "on public holidays: hours not stated" in shown  # King's Day: the RvdK's consult hours
    assert "on call, 24/7" in shown


def _facts() -> Iterator[CaseFacts]:
    today = date(2026, 11, 30)
    for vermoeden in Vermoeden:
        uitlatingen = list(Uitlating) if vermoeden is Vermoeden.UITLATING else [None]
        for uitlating in uitlatingen:
            for zeden in (False, True):
                for step in range(4):
                    for incident, age, nfi in ((None, None, None), (date(2026, 11, 28), 2, "botbreuken"),
                                               (date(2026, 10, 1), 13, None), (date(2026, 11, 29), 15, None)):
                        yield CaseFacts(vermoeden=vermoeden, today=today, uitlating=uitlating, zeden=zeden,
                                        incident_date=incident, nfi_category=nfi, child_age=age, step=step)


def test_a_cases_guidance_is_english_but_for_the_quotes(english, make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentIndex(1)
    page = window.cases_page
    problems = dutch_in(shown_texts(page.unlock_panel), _data_strings(window))  # first start: choose one
    qtbot.keyClicks(page.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.unlock_panel.repeat, PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    page.new_case()
    form = page.editor.form
    form.vermoeden.setCurrentIndex(form.vermoeden.findData(int(Vermoeden.UITLATING)))
    form.zeden.setChecked(True)
    all_facts = list(_facts())
    quotes = {advice.text for facts in all_facts for advice in advise(facts)}
    data = _data_strings(window, quotes)
    form._confirm_label = lambda _parent, _warnings: False  # the question is the desktop's (tr)
    form.label.setText("Jan de Vries 01-02-2015, 111222333")  # a name, a date of birth and a BSN
    assert form.label_warning.text().count("⚠") == 3
    problems += dutch_in(shown_texts(form), [*data, form.label.text()])
    for facts in all_facts:  # every rule that can apply: its title, note, step and source
        form.show_guidance(advise(facts))
        problems += dutch_in([form.guidance.toPlainText()], data)

    assert sorted(set(problems)) == []
    assert "Source: " in form.guidance.toPlainText()


def _configure(data_dir: Path, url: str, root: bytes) -> None:
    """What an administrator of the workstation sets: the source's URL and the root it trusts."""
    (data_dir / "root.json").write_bytes(root)
    prefs = Settings(data_dir)
    prefs.set(settings.SYNC_URL, url)
    prefs.sync()


@pytest.fixture(autouse=True)
def _isolated_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's $ROUTEKAART_SYNC_URL must not point these tests at a real source."""
    monkeypatch.delenv("ROUTEKAART_SYNC_URL", raising=False)


def test_a_refused_sync_says_why_in_english(english, world: World, data_dir: Path,  # noqa: F811
                                             make_window, qtbot):
    _configure(data_dir, world.url, world.root_json)
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.completed >= 1, timeout=SYNC_WAIT_MS)
    publish_new_number(world)
    target = world.target_file(ZWB)
    target.write_bytes(target.read_bytes().replace(NEW_NUMBER.encode(), b"06 66666666"))

    window.menu.update_now.trigger()
    qtbot.waitUntil(lambda: window.sync.completed >= 2 and not window.sync.is_busy(), timeout=SYNC_WAIT_MS)

    shown = window.banner.text()
    assert "Update rejected." in shown
    assert "changed after signing" in shown and "The last good data stays in use." in shown
    assert dutch_in([shown, window.sync_indicator.text(), window.banner.accessibleName()],
                    _data_strings(window)) == []


def test_a_pdf_that_cannot_be_made_says_so_in_english(english, make_window, qtbot, tmp_path, monkeypatch):
    """The PDF of a summary comes out empty (Qt's writer failed): the warning that stays is English."""
    from desktop.cases import pdf_export
    from desktop.cases.case_editor import SUMMARY
    from tests.ui.helpers import open_cases

    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    monkeypatch.setattr(pdf_export, "render_pdf", lambda _html: b"")
    target = tmp_path / "zaak.pdf"

    assert page.export(SUMMARY, target) is None

    box = page.exports.failure
    assert box is not None and box.isVisible()
    assert box.text() == f"The PDF for {target} could not be made."
    assert box.windowTitle() == "Export failed"
    assert dutch_in([box.text(), box.windowTitle()], [str(target)]) == []
    assert not target.exists()
