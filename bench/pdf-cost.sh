#!/usr/bin/env bash
# What reading a PDF costs poppler-cpp alone, beside gongkai's reader with its checks: the
# hostile PDFs of tests/data/documents/hostile (those the reader refuses, B125 and B126, and those
# it does not bound yet), fuzzing's slow input (fuzz/regressions/import_pdf), a real report as
# the baseline, then any FILE given. Each read runs in
# a child process under a memory and a time limit. Prints a Markdown table (docs/performance.md,
# "PDFs poppler cannot be trusted with", quotes a run).
#
#   bench/pdf-cost.sh [FILE...]        (GONGKAI_BUILD: default build/; LIMIT_MB, SECONDS_LIMIT)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${GONGKAI_BUILD:-"$ROOT/build"}
cmake --build "$BUILD" --target gongkai_bench_pdf_cost > /dev/null
docs=$ROOT/tests/data/documents
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load before: $(cut -d' ' -f1-3 /proc/loadavg), nproc: $(nproc)"
echo
exec "$BUILD/bench/gongkai_bench_pdf_cost" --limit_mb="${LIMIT_MB:-4096}" --seconds="${SECONDS_LIMIT:-120}" \
  "$docs/pdf/wide.pdf" "$docs"/hostile/xref-*.pdf "$ROOT"/fuzz/regressions/import_pdf/slow-* \
  "$docs"/hostile/unbounded-*.pdf "$@"
