"""Cases as the professional works them: delete, the label check before saving, note times."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import MARKER
from tests.ui.helpers import open_cases as _open_cases


def test_deleting_a_case_asks_first_and_leaves_nothing_of_it(make_window, qtbot, data_dir):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    case_id = page.case.id
    page.cases.add_note(page.session.vault, case_id, MARKER)
    asked = []
    assert page.delete_case(confirm=lambda _parent, label: asked.append(label) or False) is False
    assert asked == [page.case.label]
    assert page.cases.cases()  # "Annuleren" keeps the case
    assert page.delete_case(confirm=lambda _parent, _label: True) is True
    assert page.cases.cases() == []
    assert page.case_list.model.rowCount() == 0
    assert page.editor.stack.currentWidget() is page.editor.empty
    conn = page.cases.conn
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path.name


def test_a_label_that_looks_like_a_name_is_asked_about_before_it_is_saved(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    saved_label = page.case.label
    questions = []

    def refuse(_parent, warnings):
        questions.append(warnings)
        assert page.cases.case(page.case.id).label == saved_label  # asked BEFORE anything is saved
        return False

    page.editor.form._confirm_label = refuse
    page.editor.form.label.setText("Jan Jansen")
    page.editor.form.label.editingFinished.emit()
    assert questions and "volledige naam" in questions[0][0]
    assert page.cases.case(page.case.id).label == saved_label
    assert page.editor.form.label.text() == saved_label
    page.editor.form._confirm_label = lambda _parent, _warnings: True
    page.editor.form.label.setText("Jan Jansen")
    page.editor.form.label.editingFinished.emit()
    assert page.cases.case(page.case.id).label == "Jan Jansen"


def test_an_anonymous_label_is_saved_without_a_question(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form._confirm_label = lambda _parent, _warnings: _no_question()
    page.editor.form.label.setText("JJ-2026-7")
    page.editor.form.label.editingFinished.emit()
    assert page.cases.case(page.case.id).label == "JJ-2026-7"


def _no_question() -> bool:
    raise AssertionError("no question for an anonymous label")


def test_a_new_note_shows_its_local_time_at_once(make_window, qtbot, monkeypatch):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.tabs.setCurrentWidget(page.editor.notes)
    page.editor.notes.new_note()
    qtbot.keyClicks(page.editor.notes.editor, "eerste overleg")
    page.editor.notes.flush()
    title = page.editor.notes.list.item(0).text()
    stored = page.cases.notes(page.session.vault, page.case.id)[0].created_at
    from routekaarten.dates import local_stamp

    assert title == f"{local_stamp(stored)}  eerste overleg"
    assert stored.endswith("+00:00")  # stored in UTC, shown as the wall clock


def test_the_first_set_up_says_a_forgotten_passphrase_loses_the_notes(make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentIndex(1)
    warning = window.cases_page.unlock_panel.warning
    assert warning.isVisible()
    assert "vergeet" in warning.text() and "kwijt" in warning.text()
    qtbot.keyClick(window.cases_page.unlock_panel.passphrase, Qt.Key.Key_Escape)
