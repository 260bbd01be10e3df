#!/usr/bin/env bash
# The reviewer's page of `gongkai registry status --output html`, opened in headless Chromium
# (Debian's chromium), as check_page_chromium.sh opens the report page: the browser's own DOM
# must hold the tree of agencies with their states, the totals and the completeness, with the
# Chinese names intact and a name holding markup shown as text. Usage:
# registry_page_chromium.sh GONGKAI
set -euo pipefail
gongkai=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/registry.db"

cat > "$work/agencies.csv" <<'CSV'
id,name,level,parent
CITY,示例市人民政府,3,
D1,示例市甲区人民政府,4,CITY
D2,示例市乙区人民政府,4,CITY
D3,示例市<b>丙区</b>&人民政府,4,CITY
T1,甲区某街道办事处,5,D1
CSV
report() {  # ID N: a clean 2023 report of N granted applications
  local c='"count": "'$2'"'
  echo '{"agency": {"id": "'$1'"}, "year": 2023, "layout": "2021", "cells": [
    {"key": "t3.new.natural_person", '"$c"'}, {"key": "t3.new.total", '"$c"'},
    {"key": "t3.granted.natural_person", '"$c"'}, {"key": "t3.granted.total", '"$c"'},
    {"key": "t3.total.natural_person", '"$c"'}, {"key": "t3.total.total", '"$c"'}]}'
}
"$gongkai" registry --db "$db" init > /dev/null
"$gongkai" registry --db "$db" agencies import "$work/agencies.csv" > /dev/null
for id in D1 D2 T1; do report $id 4 > "$work/$id.json"; done
for id in D1 D2 T1; do
  "$gongkai" registry --db "$db" file --agency $id --year 2023 "$work/$id.json" > /dev/null
done
"$gongkai" registry --db "$db" lock --agency D2 --year 2023 > /dev/null
"$gongkai" registry --db "$db" accept --agency T1 --year 2023 > /dev/null
"$gongkai" registry --db "$db" status --year 2023 --output html > "$work/page.html"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --dump-dom "file://$work/page.html" > "$work/dom.html" 2>/dev/null

fail=0
expect() {  # expect WHAT PATTERN COUNT: exactly COUNT matches in the browser's DOM
  local n; n=$({ grep -o "$2" "$work/dom.html" || true; } | wc -l)
  if (( n != $3 )); then echo "the page in Chromium has $n $1, expected $3" >&2; fail=1; fi
}
expect "agency rows" '<tr class="state-[a-z]*" data-agency="[A-Z0-9]*" data-depth="[0-9]"' 5
expect "missing agencies" '<tr class="state-missing"' 2
expect "filed agencies" '<tr class="state-filed" data-agency="D1" data-depth="1"' 1
expect "locked agencies" '<tr class="state-locked" data-agency="D2"' 1
expect "accepted agencies" '<tr class="state-accepted" data-agency="T1" data-depth="2"' 1
expect "incomplete verdicts" '<p class="completeness incomplete">' 1
expect "expected totals" '<td class="number" data-total="expected">5</td>' 1
expect "accepted totals" '<td class="number" data-total="accepted">1</td>' 1
expect "Chinese names" '示例市甲区人民政府' 1
expect "names shown as text" '示例市&lt;b&gt;丙区&lt;/b&gt;&amp;人民政府' 1
expect "injected elements" '<b>丙区' 0
exit $fail
