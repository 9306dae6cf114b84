"""The cases page as a user meets it: unlock, create a case, tick items, write notes, restart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop import settings
from desktop.cases.cases_model import CASE_ID_ROLE
from tests.ui.helpers import MARKER, PASSPHRASE, open_cases, type_date


def _item_status(page, item_id: str) -> str:
    page.editor.checklist.select_item(item_id)
    return page.editor.checklist.tree.currentItem().text(1)


def test_create_case_tick_items_write_note_and_find_them_after_restart(make_window, qtbot):
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    qtbot.mouseClick(page.case_list.new_button, Qt.MouseButton.LeftButton)
    assert page.case is not None
    page.editor.form.label.setText("AB-01")
    page.editor.form.label.editingFinished.emit()
    page.editor.tabs.setCurrentWidget(page.editor.checklist)
    page.editor.checklist.select_item("verdenking-1")
    page.editor.checklist.status.setCurrentIndex(page.editor.checklist.status.findData("besproken"))
    page.editor.checklist.owner.setCurrentIndex(page.editor.checklist.owner.findData("Politie"))
    page.editor.checklist.answer.setPlainText("art. 300 Sr")
    assert "(1/" in page.editor.checklist.group_texts()[0]
    page.editor.tabs.setCurrentWidget(page.editor.notes)
    page.editor.notes.new_note()
    qtbot.keyClicks(page.editor.notes.editor, "Overleg met OVD-R gepland")
    page.editor.notes.flush()
    window.close()

    again = make_window()
    page = open_cases(again, qtbot, creating=False)
    assert page.case_list.model.rowCount() == 1
    page.case_list.list.setCurrentIndex(page.case_list.proxy.index(0, 0))
    assert page.editor.form.label.text() == "AB-01"
    assert "besproken" in _item_status(page, "verdenking-1")
    assert page.editor.checklist.answer.toPlainText() == "art. 300 Sr"
    assert page.editor.checklist.owner.currentText() == "Politie"
    assert page.editor.notes.list.count() == 1
    assert page.editor.notes.editor.toPlainText() == "Overleg met OVD-R gepland"


def test_lock_hides_the_case_and_a_wrong_passphrase_is_refused(make_window, qtbot):
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.session.locked
    assert page.stack.currentWidget() is page.unlock_panel
    assert page.case_list.model.rowCount() == 0  # nothing of the cases stays on screen
    qtbot.keyClicks(page.unlock_panel.passphrase, "fout")
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in page.unlock_panel.message.text(), timeout=10_000)
    assert page.session.locked
    page.unlock_panel.passphrase.clear()
    qtbot.keyClicks(page.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    assert page.case_list.model.rowCount() == 1


def test_after_an_idle_lock_the_same_case_and_tab_come_back(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    first = page.case.id
    page.new_case()
    page.case_list.list.setCurrentIndex(page.case_list.proxy.index(0, 0))
    assert page.case.id == first
    page.editor.tabs.setCurrentWidget(page.editor.termijnen)
    page.session._idle.setInterval(10)  # the idle lock, soon
    page.session._idle.start()
    qtbot.waitUntil(lambda: page.session.locked, timeout=5_000)
    assert page.stack.currentWidget() is page.unlock_panel
    assert page.case is None and page.case_list.count() == 0  # nothing shown while locked
    page.session._idle.setInterval(600_000)
    qtbot.keyClicks(page.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    assert page.case is not None and page.case.id == first
    assert page.case_list.list.currentIndex().data(CASE_ID_ROLE) == first
    assert page.editor.stack.currentIndex() == 1  # the case, not "Kies een zaak"
    assert page.editor.tabs.currentWidget() is page.editor.termijnen


def test_label_that_looks_like_a_name_or_bsn_is_warned_about(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form.label.setText("Jan Jansen")
    assert "volledige naam" in page.editor.form.label_warning.text()
    page.editor.form.label.setText("111222333")
    assert "BSN" in page.editor.form.label_warning.text()
    page.editor.form.label.setText("JJ-2026-7")
    assert page.editor.form.label_warning.text() == ""


def test_melding_in_the_future_is_refused_and_not_saved(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form.melding.edit.setText("05-01-2027")
    page.editor.form.melding.commit()
    assert "toekomst" in page.editor.form.melding.error_text()
    assert page.cases.case(page.case.id).melding_date == date(2026, 11, 30)


def test_guidance_and_termijnen_follow_the_case(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form.vermoeden.setCurrentIndex(page.editor.form.vermoeden.findData(2))
    page.editor.form.uitlating.setCurrentIndex(page.editor.form.uitlating.findData("vage_uitspraak"))
    assert "taxatiegesprek" in page.editor.form.guidance.toPlainText()
    rows = page.editor.termijnen.rows()
    assert any(row[2] == "Veilig Thuis" and row[0] == "07-12-2026" for row in rows)  # 5 werkdagen
    type_date(qtbot, page.editor.termijnen.editors["aangifte"], "27-11-2026")
    assert page.cases.events(page.case.id)["aangifte"] == date(2026, 11, 27)


def test_an_nfi_category_that_does_not_fit_the_age_is_marked_first(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    form = page.editor.form
    form.nfi.setCurrentIndex(form.nfi.findData("botbreuken-onder-3"))
    form.age.setValue(2)
    assert "Let op" not in form.guidance.toPlainText()  # 2 years: fits
    form.age.setValue(5)
    text = form.guidance.toPlainText()
    assert text.lstrip().startswith("⚠ Let op: De NFI-categorie past niet bij de leeftijd")
    assert text.count("⚠ Let op:") == 1
    assert "dit kind is 5" in text
    assert "Controleer de leeftijd en de NFI-categorie van de zaak." in text


def test_show_in_routekaart_highlights_the_case_step(make_window, qtbot):
    window = make_window()
    routekaart = window.routekaart
    routekaart.step_box.setCurrentIndex(routekaart.step_box.findData(3))  # the user's own filter
    assert window.prefs.get(settings.STEP) == 3
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    page.editor.form.step.setCurrentIndex(1)
    qtbot.mouseClick(page.editor.show_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0
    box_id = routekaart.chart.selected_box_id()
    assert box_id is not None
    box = routekaart.bundle.routekaart.box(box_id)
    assert box.step == 1  # the advice names a box of the case's step: that one is shown
    assert routekaart.step() == 1
    assert routekaart.chart._highlighted == box.step  # the band of the box shown
    assert window.prefs.get(settings.STEP) == 3  # the remembered filter is left alone
    assert len(routekaart.chart.scene().selectedItems()) == 1


def test_show_in_routekaart_marks_the_step_of_the_box_it_shows(make_window, qtbot):
    """A case at stap 3 whose advice names only boxes of other steps: the band follows the box."""
    window = make_window()
    routekaart = window.routekaart
    chart = routekaart.bundle.routekaart
    box = next(b for b in chart.boxes if b.step == 2)
    routekaart.show_case_step(3, (box.id,))
    assert routekaart.chart.selected_box_id() == box.id
    assert routekaart.step() == 2
    assert routekaart.chart._highlighted == 2
    assert window.prefs.get(settings.STEP) == -1




def test_marker_in_notes_and_answers_is_nowhere_on_disk_in_plaintext(
    make_window, qtbot, data_dir, tmp_path, monkeypatch
):
    """Not in the database, its WAL, the settings, the holiday cache, or temp files of the app."""
    import tempfile

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    page.editor.tabs.setCurrentWidget(page.editor.checklist)
    page.editor.checklist.select_item("veiligheid-1")
    page.editor.checklist.answer.setPlainText(MARKER)
    page.editor.tabs.setCurrentWidget(page.editor.notes)
    page.editor.notes.new_note()
    qtbot.keyClicks(page.editor.notes.editor, MARKER)
    page.editor.notes.flush()
    qtbot.wait(50)
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert any(path.name.endswith("-wal") for path in files)
    leaks = [
        path
        for path in files
        if MARKER.encode() in path.read_bytes() or MARKER.encode("utf-16-le") in path.read_bytes()
    ]
    assert leaks == []
    window.close()


def test_change_passphrase_and_renew_key_keep_every_note(make_window, qtbot):
    window = make_window()
    page = open_cases(window, qtbot, creating=True)
    page.new_case()
    case_id = page.case.id
    for index in range(3):
        page.cases.add_note(page.session.vault, case_id, f"notitie {index}")
    assert page.key_panel.current.isVisible()  # the notes are wrapped by a passphrase
    page.key_panel.current.setText("niet de goede zin")
    page.key_panel.new.setText("nieuwe zin van test")
    page.key_panel.repeat.setText("nieuwe zin van test")
    qtbot.mouseClick(page.key_panel.renew, Qt.MouseButton.LeftButton)
    refused = "huidige wachtwoordzin klopt niet"
    qtbot.waitUntil(lambda: refused in page.key_panel.message.text(), timeout=10_000)
    assert page.key_panel.current.text() == ""
    assert page.key_panel.new.text() == "nieuwe zin van test"  # what was typed is kept
    page.key_panel.current.setText(PASSPHRASE)
    qtbot.mouseClick(page.key_panel.renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "vernieuwd" in page.key_panel.message.text(), timeout=10_000)
    page.lock()
    page.unlock_panel.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in page.unlock_panel.message.text(), timeout=10_000)
    page.unlock_panel.passphrase.setText("nieuwe zin van test")
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    texts = [note.text for note in page.cases.notes(page.session.vault, case_id)]
    assert texts == ["notitie 0", "notitie 1", "notitie 2"]


def test_change_passphrase_asks_for_the_current_one_first(make_window, qtbot):
    page = open_cases(make_window(), qtbot, creating=True)
    page.key_panel.new.setText("nieuwe zin van test")
    page.key_panel.repeat.setText("nieuwe zin van test")
    with qtbot.assert_not_emitted(page.key_panel.changeRequested):
        qtbot.mouseClick(page.key_panel.change, Qt.MouseButton.LeftButton)
    assert "huidige wachtwoordzin" in page.key_panel.message.text()
    page.key_panel.current.setText("fout fout fout")
    qtbot.mouseClick(page.key_panel.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "klopt niet" in page.key_panel.message.text(), timeout=10_000)
    page.lock()
    page.unlock_panel.passphrase.setText("nieuwe zin van test")  # the change was not made
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in page.unlock_panel.message.text(), timeout=10_000)
    page.unlock_panel.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)
    page.key_panel.current.setText(PASSPHRASE)
    page.key_panel.new.setText("nieuwe zin van test")
    page.key_panel.repeat.setText("nieuwe zin van test")
    qtbot.mouseClick(page.key_panel.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gewijzigd" in page.key_panel.message.text(), timeout=10_000)
    page.lock()
    page.unlock_panel.passphrase.setText("nieuwe zin van test")
    qtbot.keyClick(page.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.session.locked, timeout=10_000)


def test_export_summary_pdf_and_form_text_and_anonymous_counts(make_window, qtbot, tmp_path):
    page = open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.editor.form.label.setText("EX-42")
    page.editor.form.label.editingFinished.emit()
    page.cases.add_note(page.session.vault, page.case.id, "notitie voor het dossier")
    page.editor.with_notes.setChecked(True)
    pdf = page.export("samenvatting", tmp_path / "samenvatting.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    text = page.export("samenvatting", tmp_path / "samenvatting.txt").read_text(encoding="utf-8")
    assert "NIET versleuteld" in text
    assert "EX-42" in text
    assert "notitie voor het dossier" in text
    form = page.export("meldingsformulier", tmp_path / "melding.txt").read_text(encoding="utf-8")
    assert "30-11-2026" in form or "30 november 2026" in form
    assert "(in te vullen)" in form
    counts = page.exports.export_counts_csv(tmp_path / "telling.csv").read_text(encoding="utf-8")
    assert "EX-42" not in counts
    assert "1" in counts
