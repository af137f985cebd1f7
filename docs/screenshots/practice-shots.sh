#!/usr/bin/env bash
# The letter editor with review notes and the Preferences window, on a real X display.
# Needs: apt-get install xvfb openbox. Run from the top of the checkout.
set -euo pipefail
export DISPLAY=:96 QT_QPA_PLATFORM=xcb XDG_DATA_HOME XDG_CONFIG_HOME
XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)  # no real recovery copies or settings
Xvfb :96 -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $wm $xvfb 2>/dev/null || true' EXIT
sleep 1
openbox >/dev/null 2>&1 & wm=$!
sleep 1
.venv/bin/python docs/screenshots/practice_shots.py
