"""Closed cases whose notes were never exported wait for the user (issue 11 item 8): a notice on
the cases page lists them, "Toch verwijderen" asks first, "Eerst exporteren" writes the notes out,
and the list says how long each closed case has left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.cases import cases_page
from routekaarten.cases import Case, CaseStatus
from routekaarten.guidance import Vermoeden
from tests.ui.helpers import PASSPHRASE, open_cases

CLOSED_LONG_AGO = date(2026, 8, 1)  # 121 days before the test's Monday 30 November 2026
CLOSED_RECENTLY = date(2026, 11, 20)  # 80 days left of 90


def _closed(page, case_id: str, label: str, closed_on: date, note: str | None) -> None:
    page.cases.save_case(
        Case(
            id=case_id,
            label=label,
            region="zeeland-west-brabant",
            area=None,
            vermoeden=Vermoeden.LETSEL,
            melding_date=date(2026, 7, 1),
            status=CaseStatus.CLOSED,
            closed_on=closed_on,
        )
    )
    if note is not None:
        page.cases.add_note(page.session.vault, case_id, note)


def _relock(page, qtbot) -> None:
    page.lock()
    qtbot.keyClicks(page.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)


def _listed(page) -> list[str]:
    model = page.case_list.model
    return [model.index(row).data() for row in range(model.rowCount())]


def _setup(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    assert page.purge_notice.isHidden()  # nothing is due
    _closed(page, "oud-notities", "OUD-1", CLOSED_LONG_AGO, "gesprek met school")
    _closed(page, "oud-leeg", "OUD-2", CLOSED_LONG_AGO, None)
    _closed(page, "recent", "RECENT", CLOSED_RECENTLY, "nog bezig")
    _relock(page, qtbot)  # the purge runs when the cases are unlocked
    return page


def test_held_cases_are_listed_in_a_notice_and_the_rest_is_purged(make_window, qtbot):
    page = _setup(make_window, qtbot)
    notice = page.purge_notice
    assert notice.isVisible()
    assert notice.list.count() == 1
    assert notice.list.item(0).text() == "OUD-1 — gesloten op 01-08-2026"
    assert "nooit geëxporteerd" in notice.heading.text()
    assert "eigen beleid van Routekaart" in notice.policy.text()
    assert "Handelingsprotocol 15.3.4" in notice.policy.text()
    assert "Handelingsprotocol 15.7" in notice.policy.text()
    listed = _listed(page)
    assert not any("OUD-2" in row for row in listed)  # no notes: purged without asking
    assert any(row.startswith("OUD-1") and row.endswith("gesloten, wacht op export") for row in listed)
    assert any(row.startswith("RECENT") and "wordt over 80 dagen verwijderd" in row for row in listed)
    assert not notice.isWindow() and notice.window() is page.window()  # inline, not a dialog


def test_toch_verwijderen_asks_first_and_deletes_only_after_yes(make_window, qtbot, monkeypatch):
    page = _setup(make_window, qtbot)
    asked: list[list[str]] = []

    def no(_parent, labels):
        asked.append(labels)
        return False

    monkeypatch.setattr(cases_page, "confirm_purge", no)
    qtbot.mouseClick(page.purge_notice.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [["OUD-1"]]
    assert page.cases.case("oud-notities").label == "OUD-1"  # still there
    assert page.purge_notice.isVisible()

    monkeypatch.setattr(cases_page, "confirm_purge", lambda _parent, labels: labels == ["OUD-1"])
    qtbot.mouseClick(page.purge_notice.delete_button, Qt.MouseButton.LeftButton)
    assert [case.id for case in page.cases.cases()] == ["recent"]
    assert page.purge_notice.isHidden()
    assert not any("OUD-1" in row for row in _listed(page))


def test_eerst_exporteren_writes_the_notes_and_the_next_purge_takes_the_case(make_window, qtbot, tmp_path):
    page = _setup(make_window, qtbot)
    target = page.export_held("oud-notities", tmp_path / "OUD-1.txt")
    assert target is not None
    assert "gesprek met school" in target.read_text(encoding="utf-8")
    assert page.case is not None and page.case.id == "oud-notities"  # the case is open to check
    assert page.purge_notice.isHidden()
    assert any(
        row.startswith("OUD-1") and "wordt bij het volgende ontgrendelen verwijderd" in row
        for row in _listed(page)
    )
    _relock(page, qtbot)
    qtbot.waitUntil(lambda: [case.id for case in page.cases.cases()] == ["recent"], timeout=5000)


def test_later_hides_the_notice_until_the_next_unlock(make_window, qtbot):
    page = _setup(make_window, qtbot)
    qtbot.mouseClick(page.purge_notice.later_button, Qt.MouseButton.LeftButton)
    assert page.purge_notice.isHidden()
    assert page.cases.case("oud-notities").label == "OUD-1"
    _relock(page, qtbot)
    assert page.purge_notice.isVisible()


def test_a_shorter_keep_time_shows_more_held_cases_at_once(make_window, qtbot):
    page = _setup(make_window, qtbot)
    page.case_list.retention.setValue(5)
    assert page.purge_notice.list.count() == 2
    assert "5 dagen" in page.purge_notice.policy.text()
    assert any(row.startswith("RECENT") and row.endswith("wacht op export") for row in _listed(page))


def test_the_notice_adds_no_alt_letter_that_is_already_taken(make_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar

    page = _setup(make_window, qtbot)
    window = page.window()
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [action.text() for bar in window.findChildren(QMenuBar) for action in bar.actions()]
    plain = [text.replace("&&", "") for text in texts]
    keys = [text[text.find("&") + 1].lower() for text in plain if "&" in text]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []
