#!/usr/bin/env bash
# Translations of the UI (Dutch is the source language, written in the code).
#
#   scripts/translations.sh           compile resources/translations/*.ts to .qm (the build does this)
#   scripts/translations.sh update    collect the strings of desktop/**/*.py into the .ts files, for translating
#                                     in Qt Linguist (.venv/bin/pyside6-linguist) or an editor
#
# The .ts files are the sources and are committed; the .qm files are produced and ignored by git.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
if [[ "${1:-}" == "update" ]]; then
    for ts in resources/translations/*.ts; do
        "$bin/pyside6-lupdate" -no-obsolete $(find desktop -name "*.py" | sort) -ts "$ts"
    done
else
    for ts in resources/translations/*.ts; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
fi
