#!/usr/bin/env bash
# Screenshots of every step, in a real X window: Xvfb, a window manager, xdotool.
# Needs: apt-get install xvfb openbox xdotool imagemagick. Run from the top of the checkout.
# `capture.sh es` takes them in Spanish, into docs/screenshots/es/.
set -euo pipefail
language=${1:-en}
out=docs/screenshots
example="Example plan" back=alt+b
if [ "$language" = es ]; then
  out=docs/screenshots/es example="Plan de ejemplo" back=alt+a  # Qt's "< &Atrás"
fi
mkdir -p "$out"
export DISPLAY=:97 XDG_DATA_HOME XDG_CONFIG_HOME
XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)  # no real recovery copies or settings
Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $wm $xvfb 2>/dev/null || true' EXIT
sleep 1
openbox >/dev/null 2>&1 & wm=$!
sleep 1
.venv/bin/interventionplanner-gui --language "$language" --demo >/dev/null 2>&1 & app=$!
for _ in $(seq 50); do xdotool search --name "$example" >/dev/null 2>&1 && break; sleep 0.2; done
window=$(xdotool search --name "$example" | head -1)
xdotool windowactivate --sync "$window"
sleep 1
shot() { sleep 0.6; import -window "$window" "$out/$1.png"; }
xdotool key $back; shot 1-welcome
xdotool key alt+n; shot 2-loved-one
xdotool key alt+n; shot 3-meeting
xdotool key alt+n; shot 4-participants
xdotool key alt+n; shot 5-letters
xdotool key alt+n; shot 6-order
xdotool key alt+n; shot 7-treatment
xdotool key F7; shot 8-before-the-day
xdotool key F7; xdotool key alt+n; sleep 12; shot 11-review  # the preview is made off the window's thread
echo "Saved in $out/"
