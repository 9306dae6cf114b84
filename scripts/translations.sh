#!/usr/bin/env bash
# Translations of the UI (Dutch is the source language, written in the code).
#
#   scripts/translations.sh           compile resources/translations/*.ts to .qm (the build does this)
#   scripts/translations.sh update    collect the strings of desktop/**/*.py into the routekaart_*.ts files, for
#                                     translating in Qt Linguist (.venv/bin/pyside6-linguist) or an editor
#
# qt_filedialog_nl.ts is not collected from the code: it holds the few texts of Qt's own file dialog that
# PySide6's qtbase_nl.qm does not translate (see the file), written by hand.
# The .ts files are the sources and are committed; the .qm files are produced and ignored by git.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
if [[ "${1:-}" == "update" ]]; then
    for ts in resources/translations/routekaart_*.ts; do
        "$bin/pyside6-lupdate" -no-obsolete $(find desktop -name "*.py" | sort) -ts "$ts"
    done
else
    for ts in resources/translations/*.ts; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
fi
