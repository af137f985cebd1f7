#!/usr/bin/env bash
# PNGs of three pages of the example plan's meeting packet: the cover, the run of show and the
# first letter. Needs pdftoppm (poppler-utils). Run from the top of the checkout.
set -euo pipefail
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/interventionplanner new --demo -o "$work/example.ivplan" >/dev/null
.venv/bin/interventionplanner export "$work/example.ivplan" -o "$work/packet.pdf" --paper letter >/dev/null
read -r run letter < <(.venv/bin/python - "$work/packet.pdf" <<'PY'
import sys
from pypdf import PdfReader
pages = [page.extract_text() for page in PdfReader(sys.argv[1]).pages]
run = next(i for i, text in enumerate(pages, 1) if text.startswith("Run of show"))
letter = next(i for i, text in enumerate(pages, 1) if "Letter 1 of" in text)
print(run, letter)
PY
)
shot() { pdftoppm -png -r 80 -singlefile -f "$2" -l "$2" "$work/packet.pdf" "$out/$1"; }
shot packet-1-cover 1
shot packet-2-run-of-show "$run"
shot packet-3-letter "$letter"
echo "Saved in $out/"
