#!/usr/bin/env bash
# Install the app with its test tools into .venv, compile the translations and run every check:
# ruff, mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[desktop,test]'
.venv/bin/ruff check .
.venv/bin/mypy
bash scripts/translations.sh  # the compiled .qm files, which the app and build.spec pick up
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
