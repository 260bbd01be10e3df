#!/bin/sh
# Regenerates the PDF fixtures of tests/document/pdf_test.cc: the project's own renderer prints
# a complete report as a web page (gongkai render --output html-document), Chromium prints the
# page to PDF, once per style below. The tests read the committed PDFs and do not run this.
#
# Needs: the built CLI (build/bin/gongkai, or $GONGKAI), Debian's chromium, a CJK font and qpdf
# (apt-get install chromium fonts-wqy-microhei qpdf). Without a CJK font Chromium prints the
# Chinese as empty boxes, and poppler reads some of those characters and not others.
#
#   sh tests/data/documents/pdf/make_pdfs.sh    (from the repository's root)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
gongkai=${GONGKAI:-$root/build/bin/gongkai}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# report SLUG YEAR AGENCY CSV_PREFIX: the report page of the grids CSV_PREFIX.t2/t3/t4.csv.
report() {
  "$gongkai" import --year "$2" --agency "$3" --table2 "$4.t2.csv" --table3 "$4.t3.csv" \
    --table4 "$4.t4.csv" > "$work/$1.json" 2> /dev/null
  "$gongkai" render --output html-document "$work/$1.json" > "$work/$1.html"
}

# pdf NAME SLUG CSS: prints report SLUG's page, with CSS added to its style sheet, as NAME.pdf.
pdf() {
  sed "s|</style>|$3</style>|" "$work/$2.html" > "$work/$1.html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" \
    --print-to-pdf="$here/$1.pdf" --no-pdf-header-footer "file://$work/$1.html" 2> /dev/null
}

report district-a 2023 示例区人民政府 "$root/examples/reports/district-a"
report district-b 2023 示例市乙区人民政府 "$root/examples/reports/district-b"
report pingtan-2020 2020 平潭综合实验区 "$root/tests/data/published/pingtan-2020"

# Wide pages: every label on one line, each table on one page.
pdf wide district-a '@page{size:A3 landscape}h1,h2{font-weight:normal}'
# Letter pages as the page comes: labels wrap in their cells with the numbers beside the middle
# (cells are centred vertically), table 三 runs over pages 1-2, table 四's header is on page 2
# and its numbers on page 3; bold headings (Chromium draws the CJK bold as Type 3 fonts).
pdf letter district-a '@page{size:letter}'
# Narrow label columns: labels wrap over two to four lines; cells aligned to the top, so the
# numbers stand beside a label's first line.
pdf narrow district-b '@page{size:A4}h1,h2{font-weight:normal}th{width:6em}th,td{vertical-align:top}'
# Small pages: every table split across pages, some within a wrapped label's rows; the 2019
# layout, with signed numbers and an amount printed with its unit (73802895.90元).
pdf split pingtan-2020 '@page{size:A5}h1,h2{font-weight:normal}'
# No text at all: a page with only a drawing, as a scan is to a reader.
printf '<!DOCTYPE html><html><body><svg width="200" height="100"><rect width="200" height="100" fill="#888"/></svg></body></html>' > "$work/scan.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --print-to-pdf="$here/no-text.pdf" --no-pdf-header-footer "file://$work/scan.html" 2> /dev/null
# Encrypted: with a password to open it, and with only an owner's password that forbids
# printing and copying (which poppler reads all the same), from a small page.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>加密示例</title></head><body><p>本文件设有权限密码。</p><table><tr><th>规章</th><td>1</td><td>2</td><td>3</td></tr></table></body></html>' > "$work/small.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --print-to-pdf="$work/small.pdf" --no-pdf-header-footer "file://$work/small.html" 2> /dev/null
qpdf --encrypt secret owner 256 -- "$work/small.pdf" "$here/locked.pdf"
qpdf --encrypt "" owner 256 --print=none --extract=n -- "$work/small.pdf" "$here/restricted.pdf"
ls -l "$here"/*.pdf
