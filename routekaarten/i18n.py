"""Words the domain shows to people, in Dutch or English, without Qt (docs/adr/0005-domain-text.md).

Dutch is the source language: it is written in the code, marked with ``_()``, and returned as is
when the language is Dutch (the CLI, and the app in Dutch). The English wording lives in JSON
catalogs under ``routekaarten/locale/en/`` (one file per area of the code, so that changes to
different areas never touch the same file), keyed by the Dutch text. ``desktop/`` chooses the
language once at start (``set_language``) from its settings; the domain looks it up when it words
a message, so a text is translated where it is made, never at import time.

Placeholders use ``str.format`` names: ``_("Belt {count} keer", count=3)`` looks up the Dutch
template and formats the chosen one, so translators can move the placeholders.

Text that comes from data (a region bundle, the national bundle, quotes from the Handreiking) is
not translated here: it is what an admin published or what the source says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LANGUAGES = ("nl", "en")
_LOCALE = Path(__file__).resolve().parent / "locale"
_language = "nl"


def set_language(language: str) -> None:
    """Choose the language of domain text for this process ("nl" or "en")."""
    global _language  # noqa: PLW0603 - one process-wide choice, made once at start
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


# A document for the Dutch dossier is worded in Dutch whatever the app's language (``dutch``); a
# context variable, so a worker thread wording a message meanwhile keeps the app's language.
_document_language: ContextVar[str | None] = ContextVar("document_language", default=None)


def language() -> str:
    return _document_language.get() or _language


@contextmanager
def dutch() -> Iterator[None]:
    """Word everything made inside in Dutch: the case summary and the meldingsformulier go into a
    Dutch dossier and to Dutch partners, in the English app too (docs/adr/0005-domain-text.md)."""
    token = _document_language.set("nl")
    try:
        yield
    finally:
        _document_language.reset(token)


@cache
def catalog(language: str) -> dict[str, str]:
    """Dutch source text -> translation, merged from every catalog file of ``language``."""
    merged: dict[str, str] = {}
    folder = _LOCALE / language
    for path in sorted(folder.glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        merged.update(entries)
    return merged


def _(source: str, /, **values: object) -> str:
    """``source`` (Dutch) in the chosen language, formatted with ``values`` when given."""
    chosen = language()
    text = source if chosen == "nl" else catalog(chosen).get(source, source)
    return text.format(**values) if values else text
