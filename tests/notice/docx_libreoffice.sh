#!/usr/bin/env bash
# notice.docx_libreoffice SAMPLE: LibreOffice opens the DOCX notice, and the PDF it prints says
# what the text rendering says (white space aside: layout is LibreOffice's). Needs soffice
# (libreoffice-writer-nogui) and pdftotext (poppler-utils); fails without them, never skips.
set -euo pipefail
sample=$1
for tool in soffice:libreoffice-writer-nogui pdftotext:poppler-utils; do
  if ! command -v "${tool%%:*}" > /dev/null; then
    echo "FAIL: ${tool%%:*} not found; install the Debian package ${tool#*:} (tools/setup.sh)" >&2
    exit 1
  fi
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$sample" "$dir/notice.docx" "$dir/notice.txt"
# A private profile and HOME: parallel runs do not share LibreOffice's lock, and root works.
HOME=$dir soffice -env:UserInstallation="file://$dir/profile" --headless --norestore \
  --convert-to pdf --outdir "$dir" "$dir/notice.docx" > "$dir/soffice.log" 2>&1 || {
  cat "$dir/soffice.log" >&2
  echo "FAIL: soffice could not convert the DOCX notice" >&2
  exit 1
}
if [ ! -s "$dir/notice.pdf" ]; then
  cat "$dir/soffice.log" >&2
  echo "FAIL: soffice wrote no PDF" >&2
  exit 1
fi
pdftotext -enc UTF-8 "$dir/notice.pdf" "$dir/pdf.txt"
# Strip every white-space character, U+3000 included (perl: the text is UTF-8).
squeeze() { perl -CSD -0777 -pe 's/[\s\x{3000}\x{00A0}]//g' "$1"; }
if [ "$(squeeze "$dir/pdf.txt")" != "$(squeeze "$dir/notice.txt")" ]; then
  echo "FAIL: the PDF's text differs from the text rendering" >&2
  lines() { squeeze "$1" | perl -CSD -pe 's/(.{30})/$1\n/g'; }  # 30 characters a line
  diff <(lines "$dir/notice.txt") <(lines "$dir/pdf.txt") >&2 || true
  exit 1
fi
echo "notice.docx_libreoffice: the PDF says what the text says"
