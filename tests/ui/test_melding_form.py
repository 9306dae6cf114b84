"""The meldingsformulier filled in the app, and read back from its PDF; "Mijn gegevens"."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import settings
from desktop.cases.profile_dialog import ProfileDialog
from routekaarten.meldingsformulier import QUESTIONS
from tests.ui.helpers import open_cases as _open_cases
from tests.ui.helpers import type_date as _type


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext is needed to read the PDF back: apt-get install poppler-utils"
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def _profile(page) -> None:
    prefs = page.prefs
    prefs.set(settings.PROFILE_ORGANISATION, "Veilig Thuis Zeeland")
    prefs.set(settings.PROFILE_FUNCTION, "vertrouwensarts")
    prefs.set(settings.PROFILE_SERVICE_NUMBER, "4711")
    prefs.set(settings.PROFILE_PHONE, "088 123 4567")


def test_filled_form_is_exported_and_every_answer_reads_back_from_the_pdf(make_window, qtbot, tmp_path):
    page = _open_cases(make_window(), qtbot, creating=True)
    _profile(page)
    page.new_case()
    page.editor.form.zeden.setChecked(True)
    page.editor.form.age.setValue(6)
    _type(qtbot, page.editor.form.incident, "28-11-2026 21:40")
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    fields = dialog.fields
    assert fields["melder"].text().startswith("Veilig Thuis Zeeland, vertrouwensarts (dienstnummer 4711)")
    assert "088 123 4567" in fields["melder"].text()
    assert fields["datum_melding"].text() == "30-11-2026"  # typed as every date field of the app
    assert fields["wanneer_gebeurd"].toPlainText() == "28-11-2026 21:40"
    assert "Zedenzaak: ja" in fields["vermoeden"].toPlainText()
    assert "Leeftijd kind: 6 jaar" in fields["vermoeden"].toPlainText()
    assert not dialog.warning.isVisible()
    for question_id, field in fields.items():
        if question_id not in {"melder", "datum_melding", "vermoeden", "wanneer_gebeurd"}:
            field.setFocus()
            qtbot.keyClicks(field, f"antwoord {question_id.replace('_', ' ')} <b>&")
    assert dialog.warning.isVisible()  # a witness is named now
    assert "anoniem" in dialog.warning.text()
    pdf = dialog.export_pdf(tmp_path / "melding.pdf")
    assert pdf is not None
    text = _pdf_text(pdf)
    assert "NIET versleuteld" in text
    for section_title in ("Letsel/symptomen", "Onthulling kind", "Bekentenis dader", "Overige opmerkingen"):
        assert section_title in text
    for question_id, answer in dialog.answers().items():
        assert " ".join(answer.split()) in text, question_id
        assert " ".join(QUESTIONS[question_id].text.split()) in text, question_id
    assert "(in te vullen)" not in text

    again = page.open_melding_form()  # the answers were stored (sealed) and come back
    qtbot.addWidget(again)
    assert again.fields["getuigen"].toPlainText() == "antwoord getuigen <b>&"
    stored = page.cases.form_answers(page.session.vault, page.case.id)
    assert stored["getuigen"] == "antwoord getuigen <b>&"
    assert "melder" not in stored  # pre-filled answers follow the profile, they are not copied


def test_the_melding_pdf_names_its_source_by_document_and_bijlage_never_by_line(
    make_window, qtbot, tmp_path
):
    """The police have the Handreiking, not the project's copy of it: "r. 1140" would mean nothing."""
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    pdf = dialog.export_pdf(tmp_path / "melding.pdf")
    assert pdf is not None
    text = _pdf_text(pdf)
    assert (
        "Formulier: Handreiking Samenwerken bij Strafbare Kindermishandeling (HSSK), Bijlage 2: "
        "De melding van Veilig Thuis aan de politie"
    ) in text
    assert re.findall(r"\br\.\s*\d+", text) == []


def test_an_answer_too_long_for_the_pdf_is_said_and_kept(make_window, qtbot, tmp_path):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    long_text = "x" * 3001
    dialog.fields["wat_gebeurd"].setPlainText(long_text)
    assert dialog.problems["wat_gebeurd"].isVisible()
    assert dialog.export_pdf(tmp_path / "melding.pdf") is None
    assert not (tmp_path / "melding.pdf").exists()
    assert "te lang" in dialog.message.text()
    assert dialog.fields["wat_gebeurd"].toPlainText() == long_text


def test_a_melding_day_still_to_come_is_refused_at_its_field_and_neither_stored_nor_exported(
    make_window, qtbot, tmp_path
):
    page = _open_cases(make_window(), qtbot, creating=True)  # the clock says Monday 30 November 2026
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    day = dialog.fields["datum_melding"]
    _type(qtbot, day, "01-12-2026")
    assert day.error.isVisible()
    assert "De datum van de melding (dinsdag 1 december 2026) ligt in de toekomst" in day.error.text()
    assert day.text() == "01-12-2026"  # what was typed stays, to be corrected
    assert dialog.answers()["datum_melding"] == "30-11-2026"  # the answer is still the day it was
    assert dialog.export_pdf(tmp_path / "melding.pdf") is None
    assert not (tmp_path / "melding.pdf").exists()
    assert "datum" in dialog.message.text() and "klopt niet" in dialog.message.text()
    assert dialog.save()
    assert "behalve een datum" in dialog.message.text()
    assert "datum_melding" not in page.cases.form_answers(page.session.vault, page.case.id)

    _type(qtbot, day, "27-11-2026")
    assert not day.error.isVisible()
    assert day.error_text() == ""
    pdf = dialog.export_pdf(tmp_path / "melding.pdf")
    assert pdf is not None
    text = _pdf_text(pdf)
    assert "27-11-2026" in text and "01-12-2026" not in text
    assert page.cases.form_answers(page.session.vault, page.case.id)["datum_melding"] == "27-11-2026"


def test_a_stored_melding_day_that_is_not_a_date_is_said_at_its_field_and_kept(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    page.cases.set_form_answer(page.session.vault, page.case.id, "datum_melding", "maandag 30 november")
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    day = dialog.fields["datum_melding"]
    assert day.text() == "maandag 30 november"
    assert "is geen datum" in day.error_text()
    assert dialog.answers()["datum_melding"] == "maandag 30 november"  # nothing written is dropped


def test_my_details_refuse_a_number_that_is_not_dutch_and_keep_what_was_typed(qtbot, data_dir):
    prefs = settings.Settings(data_dir)
    dialog = ProfileDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Veilig Thuis West-Brabant")
    dialog.phone.setText("+32 2 555 12 12")
    assert dialog.save() is False
    assert "geen Nederlands nummer" in dialog.error.text()
    assert dialog.phone.text() == "+32 2 555 12 12"
    assert prefs.get(settings.PROFILE_ORGANISATION) == ""
    dialog.phone.setText("0881234567")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert prefs.get(settings.PROFILE_PHONE) == "088 123 4567"
    assert prefs.get(settings.PROFILE_ORGANISATION) == "Veilig Thuis West-Brabant"


def test_my_details_are_in_the_settings_menu(make_window, qtbot, monkeypatch):
    window = make_window()
    opened = []

    def record(dialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr("desktop.cases.profile_dialog.ProfileDialog.exec", record)
    window.menu.profile.trigger()
    assert opened
    assert opened[0].windowTitle() == "Mijn gegevens"


def test_escape_keeps_the_answers_typed(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.fields["getuigen"].setFocus()
    qtbot.keyClicks(dialog.fields["getuigen"], "buurvrouw hoorde geschreeuw")
    qtbot.keyClick(dialog.fields["getuigen"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    again = page.open_melding_form()
    qtbot.addWidget(again)
    assert again.fields["getuigen"].toPlainText() == "buurvrouw hoorde geschreeuw"


def test_closing_the_window_keeps_the_answers_typed(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.fields["wat_gebeurd"].setFocus()
    qtbot.keyClicks(dialog.fields["wat_gebeurd"], "blauwe plek op de arm")
    assert dialog.close()  # what the title bar's close button does

    again = page.open_melding_form()
    qtbot.addWidget(again)
    assert again.fields["wat_gebeurd"].toPlainText() == "blauwe plek op de arm"


def test_a_failed_save_on_escape_keeps_the_dialog_open_with_the_reason(make_window, qtbot, monkeypatch):
    from routekaarten.errors import RoutekaartError

    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)

    def disk_full(*_args) -> None:
        raise RoutekaartError("De schijf is vol.")

    monkeypatch.setattr(dialog.cases, "set_form_answer", disk_full)
    dialog.fields["getuigen"].setFocus()
    qtbot.keyClicks(dialog.fields["getuigen"], "de buurman")
    qtbot.keyClick(dialog.fields["getuigen"], Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "schijf is vol" in dialog.message.text()
    assert dialog.fields["getuigen"].toPlainText() == "de buurman"


def test_typing_starts_at_the_first_question_without_an_answer(make_window, qtbot):
    page = _open_cases(make_window(), qtbot, creating=True)
    page.new_case()
    dialog = page.open_melding_form()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    answers = dialog.answers()
    first_open = next(key for key in dialog.fields if not answers[key].strip())

    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields[first_open])
    qtbot.keyClicks(QApplication.focusWidget(), "typed at once")
    assert "typed at once" in dialog.answers()[first_open]
