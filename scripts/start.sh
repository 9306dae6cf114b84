#!/usr/bin/env bash
# Install the app into .venv and start it on the embedded Zeeland-West-Brabant data.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[desktop]'
bash scripts/translations.sh  # compiled UI translations (English)
exec .venv/bin/routekaart "$@"
