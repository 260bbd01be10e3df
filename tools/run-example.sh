#!/usr/bin/env bash
# README's main command: set up, build, and run the main job on the bundled example data.
# Until the records engine lands (a report derived from applications and documents), the job
# works from the tables two fictional districts filed as spreadsheet grids: it imports them,
# validates each, rolls them up into their city's report, checks the roll-up, and prints it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cli="$GONGKAI_BUILD/bin/gongkai"
data="$GONGKAI_ROOT/examples/reports"
out="$GONGKAI_BUILD/example"
mkdir -p "$out"

"$cli" --version
for d in a b; do
  name=$([ $d = a ] && echo 示例市甲区人民政府 || echo 示例市乙区人民政府)
  "$cli" import --year 2023 --agency "$name" --agency_id "district-$d" \
    --table2 "$data/district-$d.t2.csv" --table3 "$data/district-$d.t3.csv" \
    --table4 "$data/district-$d.t4.csv" > "$out/district-$d.json"
  echo "$name: $("$cli" validate "$out/district-$d.json" | tail -n 1)"
done
"$cli" merge "$out/district-a.json" "$out/district-b.json" \
  --agency 示例市人民政府 --agency_id city > "$out/city.json"
echo "示例市人民政府 (roll-up): $("$cli" validate "$out/city.json" --members "$out/district-a.json" "$out/district-b.json" | tail -n 1)"
echo
"$cli" render "$out/city.json" --output text
"$cli" render "$out/city.json" --output html-document > "$out/city.html"
echo
echo "Reports as JSON and the HTML page: $out/"
