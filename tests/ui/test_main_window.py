"""The main window as a user meets it: data on screen, search, chart clicks, remembered area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.routekaart.contacts_model import Column


def _phones(window) -> list[str]:
    return window.routekaart.contacts.visible_phones()


def test_window_opens_with_routekaart_and_contacts(make_window):
    window = make_window()
    assert len(window.routekaart.chart.items_by_id) == 22
    assert "vt-melding" in window.routekaart.chart.items_by_id
    assert window.routekaart.contacts.proxy.rowCount() > 0
    assert "0800-2000" in _phones(window)
    assert "Zeeland-West-Brabant" in window.data_label.text()


def test_search_field_has_focus_at_start(make_window):
    window = make_window()
    assert QApplication.focusWidget() is window.routekaart.search_field


def test_typing_ovj_shows_the_ovj_numbers(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.routekaart.search_field, "OvJ")
    hits = window.routekaart.results.hits()
    assert window.routekaart.right_stack.currentWidget() is window.routekaart.results
    assert hits[0].kind == "contact"
    results = window.routekaart.results
    shown = "\n".join(results.item(i).text() for i in range(results.count()))
    assert "06 11442199" in shown  # OvJ Zeeland / Markiezaten
    assert "06 18306266" in shown  # OvJ Midden-Brabant / Baronie (all areas chosen)
    assert "088 6997414" in shown  # piketdienst OvJ 24/7
    assert set(_phones(window)) == {"06 11442199", "06 18306266", "088 6997414"}


def test_enter_in_search_opens_the_first_hit(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.routekaart.search_field, "piket")
    qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Return)
    assert window.routekaart.right_stack.currentWidget() is window.routekaart.detail
    assert "088 6997414" in window.routekaart.detail.toPlainText()


def test_escape_clears_the_search(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.routekaart.search_field, "RvdK")
    qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Escape)
    assert window.routekaart.search_field.text() == ""
    assert window.routekaart.right_stack.currentWidget() is window.routekaart.detail


def test_ctrl_k_focuses_the_search_field(make_window, qtbot):
    window = make_window()
    window.routekaart.chart.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.routekaart.search_field


def test_clicking_a_box_shows_its_text_and_contacts(make_window, qtbot):
    window = make_window()
    window.routekaart.area_box.setCurrentIndex(window.routekaart.area_box.findData("zeeland"))
    item = window.routekaart.chart.items_by_id["vt-ovj"]
    point = window.routekaart.chart.mapFromScene(item.sceneBoundingRect().center())
    window.routekaart.chart.centerOn(item)
    point = window.routekaart.chart.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(window.routekaart.chart.boxSelected) as signal:
        qtbot.mouseClick(window.routekaart.chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["vt-ovj"]
    text = window.routekaart.detail.toPlainText()
    assert "Overleg over complexe zaken" in text
    assert "De vertrouwensarts is meestal degene die dit overleg voert" in text
    assert "06 11442199" in text  # OvJ Zeeland
    assert "06 53217902" in text  # vertrouwensarts Zeeland
    assert "06 18306266" not in text  # not Zeeland's OvJ


def test_arrow_keys_walk_the_boxes(make_window, qtbot):
    window = make_window()
    window.routekaart.chart.setFocus()
    with qtbot.waitSignal(window.routekaart.chart.boxSelected) as signal:
        qtbot.keyClick(window.routekaart.chart, Qt.Key.Key_Down)
    assert signal.args == ["vt-melding"]
    qtbot.keyClick(window.routekaart.chart, Qt.Key.Key_Down)
    assert window.routekaart.chart.selected_box_id() == "verrijken"


def test_reclassering_zsm_number_drops_down_at_step_3(make_window):
    window = make_window()
    window.routekaart.area_box.setCurrentIndex(window.routekaart.area_box.findData("zeeland"))
    window.routekaart.step_box.setCurrentIndex(window.routekaart.step_box.findData(3))
    rows = window.routekaart.contacts.proxy.rowCount()
    last = window.routekaart.contacts.proxy.index(rows - 1, Column.REASON).data()
    assert window.routekaart.contacts.proxy.index(rows - 1, Column.PHONE).data() == "088 6995096"
    assert "alleen bij stap 1" in last


def test_chosen_area_survives_a_restart(make_window):
    window = make_window()
    window.routekaart.area_box.setCurrentIndex(window.routekaart.area_box.findData("midden-brabant"))
    assert "013 7516789" in _phones(window)
    window.close()
    again = make_window()
    assert again.routekaart.area_box.currentText() == "Midden-Brabant"
    assert "013 7516789" in _phones(again)
    assert "076-5233466" not in _phones(again)  # West-Brabant's VT


def test_copy_puts_the_number_as_written_on_the_clipboard(make_window):
    window = make_window()
    window.routekaart.contacts.select_contact("zeeland-rvdk")
    window.routekaart.contacts.copy_selected()
    assert QApplication.clipboard().text() == "076 525 5800"


def test_the_detail_pane_never_offers_a_number_of_an_area_no_longer_chosen(make_window, qtbot):
    page = make_window().routekaart
    page.area_box.setCurrentIndex(page.area_box.findData(""))  # Alle gebieden
    page.show_contact("zeeland-fa")
    text = page.detail.toPlainText()
    assert "Forensisch arts — Zeeland" in text and "088 0617402" in text

    page.area_box.setCurrentIndex(page.area_box.findData("zeeland"))  # the contact's own area: it stays
    assert "088 0617402" in page.detail.toPlainText()

    page.area_box.setCurrentIndex(page.area_box.findData("west-brabant"))
    assert "088 0617402" not in page.detail.toPlainText()
    assert "Zeeland-West-Brabant" in page.detail.toPlainText()  # the region's overview


def test_ctrl_q_closes_the_window_as_the_settings_menu_does(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.menu.quit in window.menu.settings_menu.actions()

    qtbot.keyClick(window.routekaart.search_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_tab_reaches_the_chart_after_the_search_field_and_the_arrows_walk_its_boxes(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    page = window.routekaart
    qtbot.waitUntil(page.chart_built)
    page.search_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_field)

    qtbot.keyClick(page.search_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.chart
    qtbot.keyClick(page.chart, Qt.Key.Key_Down)
    first = page.chart.selected_box_id()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert first is not None and page.chart.selected_box_id() not in (None, first)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.chart
    assert QApplication.focusWidget().window() is window


def test_the_list_heading_names_the_day_and_time_it_ranks_for(make_window):
    heading = make_window().routekaart.contacts.heading.text()

    assert heading.startswith("Nu bereikbaar — Alle gebieden, ")
    assert heading == "Nu bereikbaar — Alle gebieden, maandag 30 november 09:15"  # MONDAY_MORNING
