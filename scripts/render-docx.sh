#!/usr/bin/env bash
# npm run render:docx [FILE.xlsx] — drafts the report of FILE.xlsx (default: the example template)
# as .docx, then turns it into PDF (LibreOffice Writer) and PNG pages (pdftoppm) so a person can
# look at it: the header block, the page numbers, the signature, the appendices.
# Needs, from Debian's apt: libreoffice-writer-nogui (or libreoffice-writer) and poppler-utils; and
# fonts-liberation2 (Liberation Serif has the metrics of Times New Roman: without it LibreOffice sets
# the text in a wider font and the lines break elsewhere than in Word).
# Output: test-output/render/bao-cao.docx, .pdf, page-N.png. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-output/render
mkdir -p "$out"
install="apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation2"
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Thiếu $tool — cài bằng: $install" >&2
    echo "Missing $tool — install with: $install" >&2
    exit 2
  fi
done
if ! ls "$(dirname "$(readlink -f "$(command -v soffice)")")"/libswlo.* >/dev/null 2>&1; then
  echo "Thiếu LibreOffice Writer (chỉ có Calc) — cài bằng: $install" >&2
  echo "Missing LibreOffice Writer (only Calc is installed) — install with: $install" >&2
  exit 2
fi
if command -v fc-match >/dev/null 2>&1 && ! fc-match "Times New Roman" | grep -qiE "times|liberation ?serif|tinos"; then
  echo "Chú ý: không có phông Times New Roman hay Liberation Serif, trang sẽ xuống dòng khác Word ($install)." >&2
  echo "Note: no Times New Roman nor Liberation Serif font; lines will break unlike in Word ($install)." >&2
fi
src="${1:-}"
if [ -z "$src" ]; then
  src="$out/mau.xlsx"
  node bin/baocao.js template -o "$src" --force
fi
node bin/baocao.js draft "$src" --docx "$out/bao-cao.docx" --force
rm -f "$out"/page-*.png "$out/bao-cao.pdf"
soffice --headless --convert-to pdf --outdir "$out" "$out/bao-cao.docx" >/dev/null
if [ ! -s "$out/bao-cao.pdf" ]; then
  echo "LibreOffice không chuyển được bao-cao.docx sang PDF / LibreOffice could not convert bao-cao.docx to PDF" >&2
  exit 1
fi
pdftoppm -r 80 -png "$out/bao-cao.pdf" "$out/page"
ls "$out"/page-*.png
