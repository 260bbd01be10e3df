#!/usr/bin/env bash
# The main job at several scales: `gongkai report --output json` over a generated year of records
# (tools/gen; 1x = its defaults: 35,000 disclosures, 2,500 applications, 150 remedies), as JSON
# lines and as length-delimited binary, measured as a whole program: wall and CPU seconds, input
# MB/s, peak RSS. Beside each JSON run, in the same invocation, the reference path: the same
# binary with protobuf's JSON parser only (GONGKAI_JSON_PROTOBUF=1); and --threads 2. Every run's
# output must be byte-identical to the first's (cmp), or the script fails.
#
# With GONGKAI_BASELINE=PATH (another build's gongkai, e.g. the last release's), each input also
# runs through that binary first, so a change is measured against what it changes in one run;
# GONGKAI_BASELINE_NAME names it in the table (default: its path).
#
# Usage: bench/main-job.sh [SCALE...]        (default: 1 10; 100 needs 4 GB of disk and minutes)
# Data folders are made once into $GONGKAI_BENCH_DATA (default build/bench/data/main-job).
# Prints a Markdown table (docs/performance.md, "Streaming").
set -euo pipefail
main() {
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  build=${GONGKAI_BUILD:-$root/build}
  data=${GONGKAI_BENCH_DATA:-$build/bench/data}/main-job
  gongkai=$build/bin/gongkai
  gen=$build/bin/gongkai-gen
  [ -x "$gongkai" ] && [ -x "$gen" ] || {
    echo "main-job: build gongkai and gongkai-gen first (cmake --build $build)" >&2
    exit 2
  }
  scales=("$@")
  (( ${#scales[@]} > 0 )) || scales=(1 10)
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  echo "| input | run | wall s | CPU s (user+sys) | MB/s (wall) | peak RSS MB |"
  echo "|---|---|---|---|---|---|"
  for scale in "${scales[@]}"; do
    for format in jsonl binary; do
      dir=$data/${scale}x-$format
      if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$gen" --out "$dir" --format "$format" --disclosures $((35000 * scale)) \
          --applications $((2500 * scale)) --remedies $((150 * scale)) > /dev/null
        touch "$dir/.complete"
      fi
      bytes=$(find "$dir" \( -name '*.jsonl' -o -name '*.binpb' \) -printf '%s\n' |
        awk '{ n += $1 } END { print n }')
      runs=("default|" "threads 2|--threads 2")
      [ "$format" = jsonl ] && runs=("protobuf's JSON parser (reference)|GONGKAI_JSON_PROTOBUF=1" "${runs[@]}")
      [ -n "${GONGKAI_BASELINE:-}" ] &&
        runs=("baseline (${GONGKAI_BASELINE_NAME:-$GONGKAI_BASELINE})|BASELINE" "${runs[@]}")
      first=""
      for run in "${runs[@]}"; do
        name=${run%%|*}
        args=${run#*|}
        env_args=()
        flags=()
        binary=$gongkai
        case $args in
          GONGKAI_JSON_PROTOBUF=*) env_args=("$args") ;;
          BASELINE) binary=$GONGKAI_BASELINE ;;
          "") ;;
          *) read -r -a flags <<< "$args" ;;
        esac
        result=$out/$scale-$format-${#first}.json
        stats=$(env "${env_args[@]}" /usr/bin/time -f "%e %U %S %M" "$binary" report --year 2025 \
          --data "$dir" --output json "${flags[@]}" 2>&1 > "$result" | tail -1) || true
        read -r wall user sys rss <<< "$stats"
        if [ -z "$first" ]; then first=$result; else cmp -s "$first" "$result" || {
          echo "main-job: $scale x $format, $name: output differs from the first run" >&2
          exit 1
        }; fi
        awk -v s="$scale" -v f="$format" -v n="$name" -v w="$wall" -v u="$user" -v y="$sys" \
          -v r="$rss" -v b="$bytes" 'BEGIN { printf "| %sx %s, %.0f MB | %s | %.2f | %.2f | %.0f | %.1f |\n",
          s, f, b / 1e6, n, w, u + y, b / 1e6 / w, r / 1024 }'
      done
    done
  done
}
main "$@"
