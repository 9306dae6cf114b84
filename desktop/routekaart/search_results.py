"""The list of search hits shown while the user types in the search field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from routekaarten.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABEL = {  # marked for pyside6-lupdate; SearchResults translates them with self.tr
    "contact": QT_TRANSLATE_NOOP("SearchResults", "Contact"),
    "box": QT_TRANSLATE_NOOP("SearchResults", "Routekaart"),
    "step": QT_TRANSLATE_NOOP("SearchResults", "Stap"),
    "routekaart": QT_TRANSLATE_NOOP("SearchResults", "Routekaart"),
    "reference": QT_TRANSLATE_NOOP("SearchResults", "Handreiking"),
}


class SearchResults(QListWidget):
    hitActivated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Zoekresultaten"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item: self.hitActivated.emit(item.data(HIT_ROLE)))
        self.itemClicked.connect(lambda item: self.hitActivated.emit(item.data(HIT_ROLE)))

    def show_hits(self, hits: list[SearchHit], phones: dict[str, str]) -> None:
        """``phones`` maps contact ids to their number as written, shown on the hit."""
        self.clear()
        for hit in hits:
            kind = self.tr(KIND_LABEL.get(hit.kind, hit.kind))
            if hit.kind == "contact":
                text = f"☎ {hit.title}   {phones.get(hit.ref, '')}\n{kind} · {hit.section}"
            else:
                text = f"{hit.title}\n{kind} · {hit.section} — {hit.snippet}"
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, hit)
            self.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Niets gevonden."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.setCurrentRow(0)

    def hits(self) -> list[SearchHit]:
        return [hit for i in range(self.count()) if (hit := self.item(i).data(HIT_ROLE)) is not None]
