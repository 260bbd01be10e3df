#!/usr/bin/env bash
# Prints fuzz/campaigns.tsv: one line per run record in fuzz/runs/ (fuzz/run.sh writes them), in
# the order of their names (the time each run ended). Every count comes from libFuzzer's own
# lines in the record: executions from "stat::number_of_executed_units", seconds from "Done N
# runs in S second(s)" (an interrupted run has none: executions / "stat::average_exec_per_sec").
# A record without libFuzzer's count is an error, not a run left out.
#
# Usage: fuzz/ledger.sh [RUNS_DIR] > fuzz/campaigns.tsv   (RUNS_DIR: fuzz/runs; the test command
# checks that the two agree)
set -euo pipefail
runs=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/runs}
echo "# date	commit	sanitizers	target	executions	seconds	result"
echo "# Made by fuzz/ledger.sh from the run records in fuzz/runs/; never edit by hand."
# In a git checkout, the committed records only (a record not yet added is not yet evidence, and
# one left by a local run must not change the ledger); elsewhere every record in the folder.
if [ -z "${1:-}" ] && git -C "$runs" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  mapfile -t records < <(git -C "$runs" ls-files -- '*.txt' | sed "s|^|$runs/|")
else
  shopt -s nullglob
  records=("$runs"/*.txt)
fi
(( ${#records[@]} == 0 )) && exit 0
awk '
  function fail(why) { printf "%s: %s\n", (file != "" ? file : FILENAME), why > "/dev/stderr"; bad = 1; exit 1 }
  function flush() {
    if (file == "") return
    if (h["target"] == "" || h["commit"] == "" || h["ended"] == "" || h["exit"] == "") fail("a header line is missing")
    if (runs == "") fail("no stat::number_of_executed_units line from libFuzzer")
    if (secs == "") secs = rate > 0 ? int(runs / rate) : 0
    result = h["exit"] == 0 ? "ok" : h["exit"] == 72 ? "interrupted" : "crash:" h["exit"]
    date = substr(h["ended"], 1, 16) "Z"
    printf "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", date, h["commit"], h["sanitizers"], h["target"], runs, secs, result
  }
  FNR == 1 { flush(); file = FILENAME; delete h; runs = ""; secs = ""; rate = 0; body = 0 }
  /^#/ && !body { next }
  $0 == "libfuzzer:" { body = 1; next }
  !body {
    at = index($0, ": ")
    if (at == 0) fail("line " FNR " is not \"key: value\"")
    h[substr($0, 1, at - 1)] = substr($0, at + 2)
    next
  }
  /^stat::number_of_executed_units:/ { runs = $2 + 0 }
  /^stat::average_exec_per_sec:/ { rate = $2 + 0 }
  /^Done [0-9]+ runs in [0-9]+ second/ { secs = $5 + 0 }
  END { if (!bad) flush(); exit bad }
' "${records[@]}"
