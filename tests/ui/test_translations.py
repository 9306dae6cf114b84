"""The English translation is complete and up to date with the code, and the app speaks it.

Dutch is the source language, written in the code. A string that reaches the UI without an
English translation fails here: the .ts file must translate every message (checked by parsing
it), pyside6-lupdate must find nothing new in desktop/ (the .ts is up to date), and strings that
lupdate cannot see (inside f-strings, or translated from a variable) are checked separately.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.cases.case_form import UITLATING_LABELS, VERMOEDEN_LABELS
from desktop.cases.checklist_panel import STATUS_LABEL_SOURCES
from desktop.routekaart.contacts_model import STATUS_TEXT, Column
from desktop.routekaart.search_results import KIND_LABEL
from desktop.shortcuts import SHORTCUTS
from routekaarten.checklist import STATUS_LABELS
from tests.ui.helpers import TS_FILE, qt_tool

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}")

Messages = dict[tuple[str, str], ET.Element]


def _messages(ts_file: Path) -> Messages:
    """(context, source) -> the <translation> element, for the messages still in use."""
    found: Messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translated_literals() -> Iterator[tuple[str, str, str]]:
    """(context, source, where) of every translate call with literal text in desktop/*.py.

    Walks the syntax tree, so it also finds calls inside f-strings, which lupdate skips.
    """
    for path in sorted(DESKTOP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                where = f"{path.name}:{node.lineno}"
                args = [_literal(arg) for arg in node.args]
                method = isinstance(node.func, ast.Attribute)
                if name == "tr" and method and isinstance(cls, ast.ClassDef) and args and args[0]:
                    yield cls.name, args[0], where
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and args[0] and args[1]:
                    yield args[0], args[1], where


def test_every_message_of_the_english_ts_is_translated():
    messages = _messages(TS_FILE)
    assert len(messages) > 200
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), translation in messages.items()
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert untranslated == []


def test_translations_keep_the_placeholders_of_their_source():
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for (context, source), translation in _messages(TS_FILE).items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert wrong == []


def test_translations_keep_the_keyboard_accelerator_of_their_source():
    """A label reached with Alt+letter in Dutch ("&Nieuwe zaak") keeps one in English ("&New case")."""
    accelerator = re.compile(r"&[^&\s]")
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for (context, source), translation in _messages(TS_FILE).items()
        if bool(accelerator.search(source)) != bool(accelerator.search(translation.text or ""))
    ]
    assert wrong == []


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path: Path):
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(path.relative_to(ROOT)) for path in DESKTOP.rglob("*.py"))
    result = subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources, "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    before, after = set(_messages(TS_FILE)), set(_messages(copy))
    assert sorted(after - before) == [], result.stdout  # new UI text: run scripts/translations.sh update
    assert sorted(before - after) == []  # text gone from the code: drop it (update uses -no-obsolete)


def test_strings_lupdate_cannot_see_are_in_the_ts_file():
    """Calls inside f-strings are invisible to lupdate: they must be written outside them."""
    messages = _messages(TS_FILE)
    missing = [
        f"{where} {context}: {source!r}"
        for context, source, where in _translated_literals()
        if (context, source) not in messages
    ]
    assert missing == []


def _is_key_sequence(keys: str) -> bool:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText) == keys


def test_labels_translated_from_a_variable_are_marked_for_translation():
    """Dicts of labels are translated at run time; each label must be in the context that uses it."""
    labels = {
        "Status": [word for _, word in STATUS_TEXT.values()],
        "CaseForm": [*VERMOEDEN_LABELS.values(), *UITLATING_LABELS.values()],
        "SearchResults": list(KIND_LABEL.values()),
        "ChecklistPanel": list(STATUS_LABELS.values()),
        "ShortcutsHelp": [
            *(shortcut.what for shortcut in SHORTCUTS),
            *(shortcut.keys for shortcut in SHORTCUTS if not _is_key_sequence(shortcut.keys)),
        ],
    }
    messages = _messages(TS_FILE)
    missing = [
        f"{context}: {text!r}"
        for context, texts in labels.items()
        for text in texts
        if any(ch.isalpha() for ch in text) and (context, text) not in messages
    ]
    assert missing == []
    assert set(STATUS_LABEL_SOURCES) == set(STATUS_LABELS.values())


def test_the_main_window_speaks_english_with_the_translator_installed(english, make_window):
    window = make_window()

    assert window.routekaart.search_field.placeholderText() == "Search for a contact, step or text (Ctrl+K)"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Routekaart", "Cases"]
    assert window.routekaart.contacts.model.headerData(Column.ROLE, Qt.Orientation.Horizontal) == "Role"
    assert "Who to call" not in window.routekaart.detail.toPlainText()  # the overview, not a box
    assert "Choose a box in the routekaart to see whom to call." in window.routekaart.detail.toPlainText()


def test_dutch_stays_the_default(make_window):
    window = make_window()

    assert window.routekaart.search_field.placeholderText() == "Zoek contact, stap of tekst (Ctrl+K)"
    assert window.tabs.tabText(1) == "Zaken"
