#!/usr/bin/env bash
# The full benchmark suite (docs/performance.md), as one command from the repository root:
#
#   bench/run-full.sh [RESULTS_DIR]
#
# Builds what it needs in $GONGKAI_BUILD (default build/; configured by tools/setup.sh when
# missing), then runs, in one session: gongkai_bench at full scale (10^3 .. 10^7 records, five
# repetitions, interleaved at random), the streaming memory run over 10^7 records, and the
# Python-against-C++ comparison over 10^6 (15 alternating repetitions); writes bench.json, stream.json, capi.json,
# machine.txt and summary.md to RESULTS_DIR (default $GONGKAI_BUILD/bench/results) and prints
# the summary. The 10^7-record stream (4.7 GB) is generated once, into
# $GONGKAI_BUILD/bench/data (or $GONGKAI_BENCH_DATA), and reused by later runs; the first run
# takes a few minutes longer. Needs about 8 GB of memory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${GONGKAI_BUILD:-"$ROOT/build"}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  GONGKAI_BUILD=$BUILD source "$ROOT/tools/setup.sh"
fi
OUT=${1:-"$BUILD/bench/results"}
mkdir -p "$OUT"
cmake --build "$BUILD" -j "$(nproc)" --target gongkai_bench gongkai_bench_stream gongkai_bench_capi \
  gongkai gongkai_python > /dev/null
PYTHON=/usr/bin/python3

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "build: $(grep -m1 '^CMAKE_BUILD_TYPE' "$BUILD/CMakeCache.txt" | cut -d= -f2), $(c++ --version | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

echo "Generating the cached streams if missing (10^7 records: a few minutes, once)..." >&2
for n in 1000 10000 100000 1000000 10000000; do
  "$BUILD/bench/gongkai_bench_stream" --records=$n --generate_only > /dev/null
done

echo "gongkai_bench, full scale..." >&2
"$BUILD/bench/gongkai_bench" --gongkai_scale=full --benchmark_repetitions=5 \
  --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true \
  --benchmark_out="$OUT/bench.json" --benchmark_out_format=json

echo "Streaming 10^7 records..." >&2
"$BUILD/bench/gongkai_bench_stream" --records=10000000 > "$OUT/stream.json"

echo "Python against C++..." >&2
PYTHONPATH="$BUILD/python" GONGKAI_LIBRARY="$BUILD/lib/libgongkai.so" PYTHONDONTWRITEBYTECODE=1 \
  "$PYTHON" "$ROOT/bench/table3_capi_bench.py" --build "$BUILD" --records 1000000 > "$OUT/capi.json"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
"$PYTHON" "$ROOT/bench/summarize.py" "$OUT" | tee "$OUT/summary.md"
