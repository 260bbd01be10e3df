#!/usr/bin/env bash
# Runs each fuzz target on its seed corpus and regression inputs for a while.
#
# Usage: fuzz/run.sh FUZZ_BUILD_DIR SECONDS [TARGET...]      (default: every target)
#        RUNS=10000000 fuzz/run.sh FUZZ_BUILD_DIR 0 cases    (a number of executions instead)
#        FUZZ_FLAGS="-max_len=2048 -entropic=0" fuzz/run.sh ...      (more libFuzzer flags)
# FUZZ_BUILD_DIR is a build configured with clang and -DGONGKAI_FUZZ=ON (docs/hardening.md);
# the targets are FUZZ_BUILD_DIR/fuzz/NAME_fuzzer. New inputs the fuzzer finds go to
# FUZZ_BUILD_DIR/fuzz-work/NAME/corpus (not into the repository: merge the useful ones into
# fuzz/corpus/NAME with -merge=1 by hand). A crash stops the run: its input is written to
# FUZZ_BUILD_DIR/fuzz-work/NAME/crash-*; reproduce it with `FUZZ_BUILD_DIR/fuzz/NAME_fuzzer FILE`,
# fix it, and add the file to fuzz/regressions/NAME (replayed by the ctest hardening.fuzz_replay.NAME).
# Prints one line per target: executions, time, and the corpus size; exits 1 on the first crash.
# Interrupting a fuzzer (kill -INT PID) ends the run there, its executions counted.
# Each run is also appended to FUZZ_BUILD_DIR/fuzz-work/ledger.tsv (date it ended, commit it
# started at, sanitizers, target, executions, seconds, result), which fuzz/tally.sh sums across
# campaigns.
set -euo pipefail
build=$(cd "$1" && pwd)
seconds=$2
shift 2
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
targets=("$@")
if (( ${#targets[@]} == 0 )); then
  targets=(message report import_grid calendar cases annual disclosure cli
           import_html import_docx import_xlsx import_pdf import_text notice_template registry)
fi

# libFuzzer exits 72 when interrupted (SIGINT to the fuzzer: the executions so far still count).
result() {
  case $1 in 0) echo ok ;; 72) echo interrupted ;; *) echo "crash:$1" ;; esac
}

for name in "${targets[@]}"; do
  fuzzer="$build/fuzz/${name}_fuzzer"
  [ -x "$fuzzer" ] || { echo "fuzz: $fuzzer not built (cmake --build $build --target gongkai_fuzzers)" >&2; exit 2; }
  work="$build/fuzz-work/$name"
  mkdir -p "$work/corpus"
  dirs=("$work/corpus" "$src/corpus/$name")
  [ -d "$src/regressions/$name" ] && dirs+=("$src/regressions/$name")
  if [ -n "${RUNS:-}" ]; then limit=(-runs="$RUNS"); else limit=(-max_total_time="$seconds"); fi
  # The commit when the run starts: one made during a long run is not what the fuzzer runs.
  commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
  # -close_fd_mask=3: the targets' own output (the CLI's, protobuf's) is noise; libFuzzer and
  # the sanitizers still report on a duplicate of stderr.
  set +e
  # shellcheck disable=SC2086 # FUZZ_FLAGS: more libFuzzer flags, split on spaces
  "$fuzzer" "${limit[@]}" ${FUZZ_FLAGS:-} -timeout=30 -rss_limit_mb=2560 -close_fd_mask=3 -print_final_stats=1 \
    -artifact_prefix="$work/" "${dirs[@]}" > "$work/log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$work/log" | tail -1)
  if [ -z "$secs" ]; then  # interrupted: no "Done" line
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    (( ${rate:-0} > 0 )) && secs=$(( ${runs:-0} / rate ))
  fi
  corpus=$(grep -o 'corp: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
  status=$(result "$rc")
  sanitizers=$(sed -n 's/^GONGKAI_SANITIZE:STRING=//p' "$build/CMakeCache.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$commit" "${sanitizers:-none}" \
    "$name" "${runs:-0}" "${secs:-0}" "$status" >> "$build/fuzz-work/ledger.tsv"
  if [ "$status" = interrupted ]; then
    printf 'fuzz: %-12s %10s runs in %5ss, interrupted\n' "$name" "${runs:-?}" "${secs:-?}"
    exit 130
  fi
  if [ "$status" != ok ]; then
    echo "fuzz: $name CRASHED (exit $rc) after ${runs:-?} runs; input and log in $work/" >&2
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: |.*runtime error)' "$work/log" | head -5 >&2 || true
    exit 1
  fi
  printf 'fuzz: %-12s %10s runs in %5ss, corpus %s inputs, no crash\n' "$name" "${runs:-?}" "${secs:-?}" "${corpus:-?}"
done
