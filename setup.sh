#!/bin/sh
# One-time set-up on a fresh Debian/Ubuntu machine (safe to run again):
# the system libraries WeasyPrint needs and the headless browser the layout
# tests use (chromium), then a virtual environment in .venv with briefing
# and its test tools installed.
set -e
cd "$(dirname "$0")"
missing=""
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils chromium; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# An editable install leaves the package uncompiled, and a machine with
# PYTHONDONTWRITEBYTECODE set would compile it again on every run (about
# 0.15 CPU-s); compile it once here, as pip does for installed packages.
.venv/bin/python -m compileall -q briefing
