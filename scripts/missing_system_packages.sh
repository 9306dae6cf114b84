#!/usr/bin/env bash
# Prints the Debian packages of scripts/qt-system-packages.txt whose library this machine lacks
# (one line, space-separated; empty when nothing is missing). Linux only; elsewhere prints nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)" = "Linux" ] || exit 0
command -v ldconfig >/dev/null 2>&1 || [ -x /sbin/ldconfig ] || exit 0
known=$( (ldconfig -p 2>/dev/null || /sbin/ldconfig -p) | awk '{print $1}')
missing=""
while read -r package library; do
  case "$package" in ''|'#'*) continue ;; esac
  if [ "$library" = "-" ]; then
    command -v dpkg >/dev/null 2>&1 && ! dpkg -s "$package" >/dev/null 2>&1 && missing="$missing $package"
    continue
  fi
  grep -qxF "$library" <<<"$known" || missing="$missing $package"
done < scripts/qt-system-packages.txt
echo "${missing# }"
