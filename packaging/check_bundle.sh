#!/usr/bin/env bash
# Run the one-folder bundle the way a computer without Python would: `env -i` leaves no
# PYTHONPATH, no venv and no PATH, only a fresh HOME and what is passed below. Usage:
#   packaging/check_bundle.sh [dist/interventionplanner]
set -euo pipefail
bundle="$(cd "${1:-dist/interventionplanner}" && pwd)"
exe="$bundle/interventionplanner"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
cd "$work"

run() { env -i HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

echo "--version: $(run "$exe" --version)"
run "$exe" new --demo -o plan.ivplan
run "$exe" export plan.ivplan -o packet.pdf
[ "$(head -c 5 packet.pdf)" = "%PDF-" ] || { echo "export wrote no PDF" >&2; exit 1; }
echo "new --demo and export: a $(wc -c <packet.pdf)-byte packet"
find "$bundle" -name "_rl_accel*" | grep -q . ||
  { echo "reportlab's C speed-ups (_rl_accel) are not in the bundle" >&2; exit 1; }

# The coach's seed (storage/coach_seed.py), made by the spec for this bundle's Python.
for name in rules-en.bin rules-es.bin; do
  find "$bundle" -path "*/interventionplanner/coach_seed/$name" | grep -q . ||
    { echo "the coach's seed ($name) is not in the bundle" >&2; exit 1; }
done
echo "the coach's seed: $(find "$bundle" -path "*/interventionplanner/coach_seed/*.bin" | wc -l) files"

# The window: a runtime hook in the bundle (packaging/rth_window_check.py) reports and quits.
shown="$(run INTERVENTIONPLANNER_WINDOW_CHECK=1 "$exe" --demo)"
echo "the window: $shown"
[ "$shown" = "windows shown: 1; icon: yes
Qt's words: Cancel; Spanish dictionary in the bundle: True; it finds: salúd" ] || exit 1

# In Spanish: the app's catalogues, Babel's dates, Qt's own catalogue.
# (the example's meeting is two weeks from today: any weekday, always in Spanish)
run "$exe" --language es summary plan.ivplan |
  grep -qE "^Reunión: (lunes|martes|miércoles|jueves|viernes|sábado|domingo), [0-9]+ de [a-z]+ de [0-9]{4}" ||
  { echo "the Spanish summary is missing its Spanish words or dates" >&2; exit 1; }
shown="$(run INTERVENTIONPLANNER_WINDOW_CHECK=1 "$exe" --language es --demo | tail -1)"
echo "the window in Spanish: $shown"
[ "$shown" = "Qt's words: Cancelar; Spanish dictionary in the bundle: True; it finds: salúd" ] || exit 1

run "$exe" --install-desktop >/dev/null
grep -qF "Exec=$exe %f" "$work/home/.local/share/applications/org.interventionplanner.InterventionPlanner.desktop"
echo "--install-desktop: the menu entry starts this bundle"
echo "Bundle size: $(du -sh "$bundle" | cut -f1)"
