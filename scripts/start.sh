#!/usr/bin/env bash
# Install the app into .venv and start it on the embedded Zeeland-West-Brabant data.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=$(bash scripts/missing_system_packages.sh)
if [ -n "$missing" ]; then
  echo "Routekaart: Qt mist systeembibliotheken. Installeer eerst: sudo apt-get install $missing" >&2
  exit 1
fi
if ! python3 -m venv .venv >/dev/null 2>&1; then
  echo "Routekaart: python3 kan geen venv maken. Installeer eerst: sudo apt-get install python3-venv" >&2
  exit 1
fi
echo "Routekaart: installeren in .venv (de eerste keer een minuut) ..."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip \
       && .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[desktop]' ; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "Routekaart: installeren is mislukt (zie hierboven); is PyPI bereikbaar?" >&2
  exit 1
fi
bash scripts/translations.sh  # compiled UI translations (English)
echo "Routekaart: starten."
exec .venv/bin/routekaart "$@"
