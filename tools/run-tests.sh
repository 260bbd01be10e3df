#!/usr/bin/env bash
# README's test command: set up, build, and run every test (C++, C, header, ABI, install, CLI,
# Python, benchmark smoke) through CTest; then the hardening stages (docs/hardening.md), each in
# a build folder of its own beside build/:
#   build-asan  the whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   build-tsan  the concurrency test, built with ThreadSanitizer;
#   build-fuzz  every fuzz target (clang, libFuzzer) run for GONGKAI_FUZZ_SECONDS (10) on its corpus.
# GONGKAI_HARDENING=0 runs the first stage only. Each stage prints how long it took.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

stage_start=0  # the packages and the build (setup.sh) are the first stage
stage_done() {
  echo "== $1: $((SECONDS - stage_start)) s"
  stage_start=$SECONDS
}
stage_done "packages and build"

ctest --test-dir "$GONGKAI_BUILD" --output-on-failure -j "$(nproc)"
stage_done "build and test"
[ "${GONGKAI_HARDENING:-1}" = 0 ] && exit 0

# Sanitizer builds are -O1 with line tables only (GONGKAI_DEBUG_INFO=lines): fast enough to build
# on two cores, still reports with file and line. Every sanitizer report fails the test that
# triggered it (-fno-sanitize-recover).
sanitized_build() {  # DIR SANITIZERS [cmake args...]
  local dir=$1 sanitizers=$2
  shift 2
  cmake -S "$GONGKAI_ROOT" -B "$dir" -DGONGKAI_WERROR=ON -DGONGKAI_SANITIZE="$sanitizers" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGKAI_DEBUG_INFO=lines \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1" "$@" > /dev/null
}

# 1. AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite. Programs of the build are
# instrumented; the Python interpreter, the JVM and the installed-package consumers are not, so
# the tests that load the library into them run with the sanitizer runtime preloaded and leak
# checking off (an interpreter does not free its memory at exit; leaks are checked by every
# other test, the C suites included).
asan="$GONGKAI_ROOT/build-asan"
# (The ABI gate and the benchmarks are the first stage's: neither says more when sanitized.)
sanitized_build "$asan" address,undefined -DGONGKAI_ABI_CHECK=OFF -DGONGKAI_BUILD_BENCHMARKS=OFF
cmake --build "$asan" -j "$(nproc)"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
hosted='^(python|java|install)\.'
ctest --test-dir "$asan" --output-on-failure -j "$(nproc)" -E "$hosted"
LD_PRELOAD="$(gcc -print-file-name=libasan.so)" \
  ASAN_OPTIONS=detect_leaks=0:handle_segv=0:allow_user_segv_handler=1:detect_stack_use_after_return=1 \
  ctest --test-dir "$asan" --output-on-failure -j "$(nproc)" -R "$hosted"
stage_done "AddressSanitizer + UndefinedBehaviorSanitizer suite"

# 2. ThreadSanitizer: the concurrency test (many threads, own and shared handles) and the
#    parallel stream reader's own tests (its pipeline of parsing threads).
tsan="$GONGKAI_ROOT/build-tsan"
sanitized_build "$tsan" thread -DGONGKAI_BUILD_JAVA=OFF -DGONGKAI_BUILD_BENCHMARKS=OFF -DGONGKAI_ABI_CHECK=OFF
cmake --build "$tsan" -j "$(nproc)" --target gongkai_concurrency_test gongkai_messages_test
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir "$tsan" --output-on-failure \
  -R '^hardening\.concurrency$|^messages\.ForEachInReaderParallelTest\.|^messages\.ForEachInReaderTest\.(VisitErrorStopsThere|ReadErrorIsReturned)'
stage_done "ThreadSanitizer concurrency tests"

# 3. Fuzzing: every target briefly on its seed corpus and regression inputs (fuzz/run.sh).
fuzz="$GONGKAI_ROOT/build-fuzz"
cmake -S "$GONGKAI_ROOT" -B "$fuzz" -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DGONGKAI_FUZZ=ON -DGONGKAI_SANITIZE=address,undefined -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGONGKAI_DEBUG_INFO=lines -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -D_GLIBCXX_ASSERTIONS" \
  -DGONGKAI_BUILD_TESTS=OFF -DGONGKAI_BUILD_JAVA=OFF -DGONGKAI_BUILD_BENCHMARKS=OFF -DGONGKAI_ABI_CHECK=OFF > /dev/null
cmake --build "$fuzz" -j "$(nproc)" --target gongkai_fuzzers
unset ASAN_OPTIONS
# Seconds per target: a check that every target runs, not a campaign, so no run records. The
# targets are dealt out to one run.sh a core, side by side (each target has its own work folder).
mapfile -t fuzz_targets < <(bash "$GONGKAI_ROOT/fuzz/targets.sh")
fuzz_pids=()
for ((j = 0; j < $(nproc); j++)); do
  share=()
  for ((i = j; i < ${#fuzz_targets[@]}; i += $(nproc))); do share+=("${fuzz_targets[i]}"); done
  (( ${#share[@]} > 0 )) || break
  FUZZ_RECORD=0 bash "$GONGKAI_ROOT/fuzz/run.sh" "$fuzz" "${GONGKAI_FUZZ_SECONDS:-10}" "${share[@]}" &
  fuzz_pids+=($!)
done
fuzz_failed=0
for pid in "${fuzz_pids[@]}"; do wait "$pid" || fuzz_failed=1; done
(( fuzz_failed == 0 ))
stage_done "fuzz targets"
echo "== all stages: $SECONDS s"
