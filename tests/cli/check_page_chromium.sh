#!/usr/bin/env bash
# The reviewer's page of `gongkai check --output html`, opened in headless Chromium (Debian's
# chromium): the browser's own DOM must hold every report's tables, the cells of each finding
# marked, and the verdicts. Usage: check_page_chromium.sh GONGKAI SOURCE_DIR
set -euo pipefail
gongkai=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A report with a wrong figure: table 三's 一、本年新收 in the 自然人 column, 40 printed as 41.
"$gongkai" import --year 2023 --agency 示例市甲区人民政府 \
  --table2 "$src/examples/reports/district-a.t2.csv" --table3 "$src/examples/reports/district-a.t3.csv" \
  --table4 "$src/examples/reports/district-a.t4.csv" > "$work/a.json" 2>/dev/null
"$gongkai" render --output csv-labels "$work/a.json" |
  sed 's/^一、本年新收政府信息公开申请数量,,,40,/一、本年新收政府信息公开申请数量,,,41,/' > "$work/wrong.csv"
status=0
"$gongkai" check --output html --year 2023 "$work/wrong.csv" \
  "$src/tests/data/documents/ooxml/report-2021.docx" > "$work/page.html" || status=$?
[ "$status" = 1 ] || { echo "gongkai check exited $status, not 1 (an error finding)" >&2; exit 1; }

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --dump-dom "file://$work/page.html" > "$work/dom.html" 2>/dev/null

count() { grep -o "$1" "$work/dom.html" | wc -l; }
fail=0
expect() {  # expect WHAT PATTERN MIN
  local n; n=$(count "$2")
  if (( n < $3 )); then echo "the page in Chromium has $n $1, expected at least $3" >&2; fail=1; fi
}
expect "documents" '<section class="document">' 2
expect "statutory tables" '<table class="gongkai-table" data-table="t[234]">' 6
expect "error verdicts" '<p class="verdict error">' 1
# T3-balance and T3-total-col name the wrong cell: it is marked, with its finding numbers.
expect "marked cells" '<td class="finding" data-findings="[0-9,]*">41<sup>' 1
expect "listed error findings" '<li value="[0-9]*" class="error" data-rule="T3-' 2
grep -q '<td class="finding" data-findings="[0-9,]*">41<sup>' "$work/dom.html" || true
exit $fail
