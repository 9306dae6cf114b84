"""Marking text for translation where it is written but translated later (labels in dicts).

pyside6-lupdate extracts ``QT_TRANSLATE_NOOP("Context", "text")`` by its name; the text is then
translated where it is shown, with ``self.tr`` in a class of that name or
``QCoreApplication.translate("Context", text)``. PySide6 has its own QT_TRANSLATE_NOOP, but its
type stubs say it returns ``object``; this one says ``str``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Returns ``source`` unchanged; ``context`` is read by pyside6-lupdate, not at run time."""
    del context
    return source
