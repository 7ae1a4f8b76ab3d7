#!/usr/bin/env bash
# npm run render:docx [FILE.xlsx] — drafts the report of FILE.xlsx (default: the example template)
# as .docx, then turns it into PDF (LibreOffice) and PNG pages (pdftoppm) so a person can look at it.
# Needs, from Debian's apt: libreoffice-writer-nogui (or libreoffice-writer) and poppler-utils.
# Output: test-output/render/bao-cao.docx, .pdf, page-N.png. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-output/render
mkdir -p "$out"
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Thiếu $tool — cài bằng: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2
    echo "Missing $tool — install with: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2
    exit 2
  fi
done
src="${1:-}"
if [ -z "$src" ]; then
  src="$out/mau.xlsx"
  node bin/baocao.js template -o "$src" --force
fi
node bin/baocao.js draft "$src" --docx "$out/bao-cao.docx" --force
rm -f "$out"/page-*.png
soffice --headless --convert-to pdf --outdir "$out" "$out/bao-cao.docx" >/dev/null
pdftoppm -r 80 -png "$out/bao-cao.pdf" "$out/page"
ls "$out"/page-*.png
