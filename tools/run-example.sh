#!/usr/bin/env bash
# README's main command: set up, build, and run the main job on the bundled example data:
# the whole 2025 annual report of a fictional district (examples/district, records of every
# kind as JSON lines) derived from its records, validated, and printed; then the records behind
# one cell; then a roll-up of two other districts' filed grids into their city's report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cli="$GONGKAI_BUILD/bin/gongkai"
out="$GONGKAI_BUILD/example"
mkdir -p "$out"

"$cli" --version
district="$GONGKAI_ROOT/examples/district"
"$cli" report --year 2025 --data "$district"
"$cli" report --year 2025 --data "$district" --output html > "$out/district.html"
"$cli" report --year 2025 --data "$district" --output json > "$out/district.json"
# district.json is the whole gongkai.v1.AnnualResult (report, validation, headline, record
# problems); the bare gongkai.v1.AnnualReport beside it is what validate, render and merge read
# (they also take the AnnualResult, with a note on stderr, as render does here).
"$cli" render "$out/district.json" --output json > "$out/district.report.json"
echo
echo "The records behind one cell (--trace):"
"$cli" report --year 2025 --data "$district" --trace t3.partial.commercial
echo

grids="$GONGKAI_ROOT/examples/reports"
for d in a b; do
  name=$([ $d = a ] && echo 示例市甲区人民政府 || echo 示例市乙区人民政府)
  "$cli" import --year 2023 --agency "$name" --agency_id "district-$d" \
    --table2 "$grids/district-$d.t2.csv" --table3 "$grids/district-$d.t3.csv" \
    --table4 "$grids/district-$d.t4.csv" > "$out/district-$d.json"
  echo "$name (2023, imported grids): $("$cli" validate "$out/district-$d.json" | tail -n 1)"
done
"$cli" merge "$out/district-a.json" "$out/district-b.json" \
  --agency 示例市人民政府 --agency_id city > "$out/city.json"
echo "示例市人民政府 (roll-up): $("$cli" validate "$out/city.json" --members "$out/district-a.json" "$out/district-b.json" | tail -n 1)"
"$cli" render "$out/city.json" --output html-document > "$out/city.html"
echo
echo "The district's report as a page (district.html), its whole result (district.json), the"
echo "bare report (district.report.json), and the city's roll-up (city.json, city.html): $out/"
