"""Rich text for the detail pane: "Wat is er veranderd" after an update (routekaarten/changes.py).

Per region the revisions, then per contact what happened, by its role, id and number as the
source writes them. Text from the bundles is escaped; labels go through Qt's translation.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from routekaarten.changes import ChangeKind, ContactChange, RegionChanges

translate = QCoreApplication.translate  # outside f-strings: lupdate does not look inside them


def _contact(change: ContactChange) -> str:
    who = f"{escape(change.role)} ({escape(change.organisation)}; <code>{escape(change.contact_id)}</code>)"
    if change.kind is ChangeKind.ADDED:
        label = translate("Changes", "Nieuw")
        return f"<li><b>{label}:</b> {who}: <b>{escape(change.new_phone)}</b></li>"
    if change.kind is ChangeKind.REMOVED:
        label = translate("Changes", "Vervallen")
        return f"<li><b>{label}:</b> {who}: <s>{escape(change.old_phone)}</s></li>"
    label = translate("Changes", "Ander nummer")
    return (f"<li><b>{label}:</b> {who}: <s>{escape(change.old_phone)}</s> → "
            f"<b>{escape(change.new_phone)}</b></li>")


def _region(region: RegionChanges) -> str:
    name = escape(region.region_name)
    if region.is_new_region:
        said = translate("Changes", "nieuwe regio op deze werkplek (revisie {0})").format(region.new_revision)
        return f"<h3>{name}</h3><p>{said}</p>"
    said = translate("Changes", "revisie {0} → {1}").format(region.old_revision, region.new_revision)
    html = f"<h3>{name}</h3><p>{said}</p>"
    if not region.contacts:
        return html + "<p>" + translate("Changes", "Geen contacten of nummers gewijzigd.") + "</p>"
    return html + "<ul>" + "".join(_contact(change) for change in region.contacts) + "</ul>"


def changes_html(changes: tuple[RegionChanges, ...]) -> str:
    heading = translate("Changes", "Wat is er veranderd")
    if not changes:
        text = translate("Changes", "Sinds de start van Routekaart zijn er geen regiogegevens bijgewerkt.")
        return f"<h2>{heading}</h2><p>{text}</p>"
    return f"<h2>{heading}</h2>" + "".join(_region(region) for region in changes)
