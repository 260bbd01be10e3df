#!/usr/bin/env bash
# Sums the executions fuzz/run.sh recorded, per target and sanitizer set, across campaigns.
#
# Usage: fuzz/tally.sh fuzz/campaigns.tsv   (or the output of fuzz/ledger.sh)
# Lines starting with # are comments; any other line that is not a ledger line is an error.
# Prints a Markdown table for docs/bad-input.md, "Fuzzing": one row per target of
# fuzz/targets.cmake (those without a run too), one column per sanitizer set (its executions and
# their rate, executions over its runs' seconds), the total, the seconds spent, executions a
# second over all its runs, and the runs that ended in a crash. A target reaches the goal when its total is
# at least ten million and none of its crashes is still open.
set -euo pipefail
(( $# > 0 )) || { echo "usage: $0 LEDGER..." >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
every=$(bash "$here/targets.sh" | tr '\n' ' ')
awk -F'\t' -v every="$every" '
  BEGIN { n_every = split(every, each, " "); for (i = 1; i <= n_every; i++) if (!(each[i] in known)) { known[each[i]] = 1; targets[++ntargets] = each[i] } }
  /^#/ { next }
  NF != 7 || $5 !~ /^[0-9]+$/ || $6 !~ /^[0-9]+$/ {
    printf "%s:%d: not a ledger line (7 tab-separated fields, counts in digits)\n", FILENAME, FNR > "/dev/stderr"
    bad = 1; exit 1
  }
  {
    key = $4 SUBSEP $3
    runs[key] += $5; set_secs[key] += $6; total[$4] += $5; secs[$4] += $6
    if (!($3 in seen)) { seen[$3] = 1; sets[++nsets] = $3 }
    if (!($4 in known)) { known[$4] = 1; targets[++ntargets] = $4 }
    if ($7 ~ /^crash/) crashes[$4]++
  }
  function n(x,   s) {  # 12345678 -> 12,345,678
    s = sprintf("%d", x)
    while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s)
    return s
  }
  function label(set) {
    if (set == "address,undefined") return "ASan + UBSan"
    if (set == "undefined") return "UBSan"
    return set
  }
  function sort(a, len,   i, j, x) {  # a[1..len], in place
    for (i = 1; i <= len; i++) for (j = i + 1; j <= len; j++)
      if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
  }
  END {
    if (bad) exit 1
    sort(sets, nsets); sort(targets, ntargets)
    printf "| target |"; for (i = 1; i <= nsets; i++) printf " %s |", label(sets[i])
    print " total | seconds | a second | crashed runs |"
    printf "|---|"; for (i = 1; i <= nsets; i++) printf "---|"; print "---|---|---|---|"
    for (t = 1; t <= ntargets; t++) {
      name = targets[t]; printf "| `%s` |", name
      for (i = 1; i <= nsets; i++) {
        key = name SUBSEP sets[i]
        printf " %s%s |", n(runs[key]),
          (set_secs[key] > 0 ? " (" n(int(runs[key] / set_secs[key] + 0.5)) "/s)" : "")
      }
      printf " %s%s | %s | %s | %d |\n", n(total[name]), (total[name] >= 10000000 ? " ✓" : ""), n(secs[name]),
        (secs[name] > 0 ? n(int(total[name] / secs[name] + 0.5)) : "—"), crashes[name]
    }
  }' "$@"
