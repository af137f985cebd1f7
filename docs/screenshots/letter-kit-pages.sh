#!/usr/bin/env bash
# PNGs of the Word letter kit's first two pages (Claire Bennett's, from the example plan), as
# LibreOffice renders them, and of the handwriting worksheet's first part page. Needs
# LibreOffice (soffice) and pdftoppm (poppler-utils). Run from the top of the checkout.
set -euo pipefail
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_PAPER=en_US.UTF-8  # Letter paper, like the packet screenshots
bin=.venv/bin/interventionplanner
$bin new --demo -o "$work/example.ivplan" >/dev/null
$bin letter-kit "$work/example.ivplan" --participant "Claire Bennett" -o "$work/kit.docx" >/dev/null
$bin letter-kit "$work/example.ivplan" --participant "Evelyn Doyle" -o "$work/sheet.pdf" \
  --format worksheet >/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/kit.docx" >/dev/null 2>&1
shot() { pdftoppm -png -r 80 -singlefile -f "$3" -l "$3" "$work/$1" "$out/$2"; }
shot kit.pdf letter-kit-1-first-page 1
shot kit.pdf letter-kit-2-parts 2
shot sheet.pdf letter-worksheet-part 2
echo "Saved in $out/"
