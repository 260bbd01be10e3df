#!/usr/bin/env bash
# Runs each fuzz target on its seed corpus and regression inputs for a while.
#
# Usage: fuzz/run.sh FUZZ_BUILD_DIR SECONDS [TARGET...]      (default: every target)
#        RUNS=10000000 fuzz/run.sh FUZZ_BUILD_DIR 0 cases    (a number of executions instead)
#        FUZZ_FLAGS="-max_len=2048 -entropic=0" fuzz/run.sh ...      (more libFuzzer flags)
# Two runs of one target at once need two build folders: each keeps its log and corpus in its own.
# FUZZ_BUILD_DIR is a build configured with clang and -DGONGKAI_FUZZ=ON (docs/hardening.md);
# the targets are FUZZ_BUILD_DIR/fuzz/NAME_fuzzer. New inputs the fuzzer finds go to
# FUZZ_BUILD_DIR/fuzz-work/NAME/corpus (not into the repository: merge the useful ones into
# fuzz/corpus/NAME with -merge=1 by hand). A crash stops the run: its input is written to
# FUZZ_BUILD_DIR/fuzz-work/NAME/crash-*; reproduce it with `FUZZ_BUILD_DIR/fuzz/NAME_fuzzer FILE`,
# fix it, and add the file to fuzz/regressions/NAME (replayed by the ctest hardening.fuzz_replay.NAME).
# Prints one line per target: executions, time, and the corpus size; exits 1 on the first crash.
# Interrupting a fuzzer (kill -INT PID) ends the run there, its executions counted.
#
# The evidence: each run leaves a record in fuzz/runs/ (commit it): run.sh's header (target,
# sanitizers, compiler and flags, the commit the fuzzer was built from, start, end, libFuzzer's
# options, exit status) and then the end of libFuzzer's own output, verbatim (its "Done N runs" or
# "run interrupted" line, the stat:: lines of -print_final_stats=1, and on a crash its SUMMARY).
# fuzz/ledger.sh makes fuzz/campaigns.tsv from these records and nothing else. A run is recorded
# only from a clean checkout (no change to tracked files) and with a fuzzer built after the last
# commit that changed its sources; otherwise its record stays in the work folder and run.sh says
# why. FUZZ_RECORD=0 keeps every record in the work folder (the test command's runs of seconds are
# checks, not campaigns).
set -euo pipefail
# All in a function, read whole before it runs: bash reads a script as it goes, so an edit to
# this file during an hours-long campaign would otherwise change the campaign's remaining steps.
main() {
  build=$(cd "$1" && pwd)
  seconds=$2
  shift 2
  src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  targets=("$@")
  if (( ${#targets[@]} == 0 )); then
    mapfile -t targets < <(bash "$src/targets.sh")
  fi

  # libFuzzer exits 72 when interrupted (SIGINT to the fuzzer: the executions so far still count).
  result() {
    case $1 in 0) echo ok ;; 72) echo interrupted ;; *) echo "crash:$1" ;; esac
  }

  # The sanitizers, compiler and flags the fuzzers were built with (their speed and reach depend
  # on them), as the build's cache has them.
  cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
  sanitizers=$(cache GONGKAI_SANITIZE)
  type=$(cache CMAKE_BUILD_TYPE)
  flags="$(cache CMAKE_CXX_COMPILER) $(cache CMAKE_CXX_FLAGS)"
  flags="$flags $(cache "CMAKE_CXX_FLAGS_${type^^}")"

  for name in "${targets[@]}"; do
    fuzzer="$build/fuzz/${name}_fuzzer"
    [ -x "$fuzzer" ] || { echo "fuzz: $fuzzer not built (cmake --build $build --target gongkai_fuzzers)" >&2; exit 2; }
    work="$build/fuzz-work/$name"
    mkdir -p "$work/corpus"
    dirs=("$work/corpus" "$src/corpus/$name")
    [ -d "$src/regressions/$name" ] && dirs+=("$src/regressions/$name")
    if [ -n "${RUNS:-}" ]; then limit=(-runs="$RUNS"); else limit=(-max_total_time="$seconds"); fi
    # -close_fd_mask=3: the targets' own output (the CLI's, protobuf's) is noise; libFuzzer and
    # the sanitizers still report on a duplicate of stderr.
    # shellcheck disable=SC2206 # FUZZ_FLAGS: more libFuzzer flags, split on spaces
    options=("${limit[@]}" ${FUZZ_FLAGS:-} -timeout=30 -rss_limit_mb=2560 -close_fd_mask=3 -print_final_stats=1)
    # The commit when the run starts (one made during a long run is not what the fuzzer runs); a
    # record needs a clean checkout and a fuzzer built after that commit.
    commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
    why_not=""
    if [ "${FUZZ_RECORD:-1}" = 0 ]; then
      why_not="FUZZ_RECORD=0"
    elif [ -n "$(git -C "$src" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
      why_not="the checkout has uncommitted changes"
    # (replay_main.cc is in no fuzzer: it is the ctest replays' main.)
    elif (( $(stat -c %Y "$fuzzer") < $(git -C "$src/.." log -1 --format=%ct -- lib include proto \
              fuzz/'*.cc' fuzz/'*.h' ':(exclude)fuzz/replay_main.cc' tools/cli CMakeLists.txt cmake \
              2>/dev/null || echo 0) )); then
      why_not="$fuzzer is older than the last change to its sources: rebuild it"
    fi
    started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    set +e
    "$fuzzer" "${options[@]}" -artifact_prefix="$work/" "${dirs[@]}" > "$work/log" 2>&1
    rc=$?
    set -e
    ended=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    record="${ended//:/}-$name-$commit.txt"
    # Two runs of one target (from two build folders) can end in the same second: neither record
    # may replace the other.
    [ -e "$src/runs/$record" ] && record="${ended//:/}-$name-$commit-$$.txt"
    {
      echo "# fuzz/run.sh: the lines after \"libfuzzer:\" are libFuzzer's own output, verbatim."
      echo "target: $name"
      echo "sanitizers: ${sanitizers:-none}"
      echo "build: ${type:-no build type}, $(echo $flags)"
      echo "commit: $commit"
      echo "started: $started"
      echo "ended: $ended"
      echo "limit: ${limit[*]}"
      echo "options: ${options[*]}"
      echo "exit: $rc"
      echo "libfuzzer:"
      grep -E '^(Done [0-9]+ runs in |==[0-9]+== libFuzzer: run interrupted|==[0-9]+== ?ERROR|stat::|SUMMARY: |Test unit written to )' "$work/log" || true
    } > "$work/$record"
    if [ -z "$why_not" ]; then
      mkdir -p "$src/runs"
      cp "$work/$record" "$src/runs/$record"
    elif [ "$why_not" != FUZZ_RECORD=0 ]; then
      echo "fuzz: $name: not recorded in fuzz/runs ($why_not); the record is $work/$record" >&2
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$work/log" | tail -1)
    if [ -z "$secs" ]; then  # interrupted: no "Done" line
      rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
      (( ${rate:-0} > 0 )) && secs=$(( ${runs:-0} / rate ))
    fi
    corpus=$(grep -o 'corp: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
    status=$(result "$rc")
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
}
main "$@"
