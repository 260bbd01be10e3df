#!/usr/bin/env bash
# docs/bad-input.md, "Fuzzing", must show exactly the table fuzz/tally.sh makes of
# fuzz/campaigns.tsv, which must be exactly what fuzz/ledger.sh makes of the run records in
# fuzz/runs/: the executions the docs claim are libFuzzer's own counts.
set -euo pipefail
root=$1
# fuzz/campaigns.tsv is what fuzz/ledger.sh makes of the run records in fuzz/runs/, line for line.
if ! ledger=$(bash "$root/fuzz/ledger.sh"); then
  echo "fuzz/ledger.sh failed on the run records in fuzz/runs/" >&2
  exit 1
fi
if [ "$ledger" != "$(cat "$root/fuzz/campaigns.tsv")" ]; then
  echo "fuzz/campaigns.tsv differs from what fuzz/ledger.sh makes of fuzz/runs/ (fuzz/ledger.sh > fuzz/campaigns.tsv):" >&2
  diff <(echo "$ledger") "$root/fuzz/campaigns.tsv" >&2 || true
  exit 1
fi
table=$(bash "$root/fuzz/tally.sh" "$root/fuzz/campaigns.tsv")
header=$(head -1 <<<"$table")
if ! grep -qxF -- "$header" "$root/docs/bad-input.md"; then
  echo "docs/bad-input.md has no fuzz table; put in the output of: fuzz/tally.sh fuzz/campaigns.tsv" >&2
  exit 1
fi
documented=$(awk -v head="$header" '$0 == head { on = 1 } on && !/^\|/ { exit } on' "$root/docs/bad-input.md")
if [ "$documented" != "$table" ]; then
  echo "docs/bad-input.md's fuzz table differs from fuzz/tally.sh fuzz/campaigns.tsv:" >&2
  diff <(echo "$documented") <(echo "$table") >&2 || true
  exit 1
fi
# A line tally.sh cannot read is an error, not a run left out of the sums.
if printf '2026-11-29T00:00Z\tc0ffee0\tundefined\tcli\tmany\t1\tok\n' |
    bash "$root/fuzz/tally.sh" /dev/stdin > /dev/null 2>&1; then
  echo "fuzz/tally.sh accepted a ledger line whose executions are not a number" >&2
  exit 1
fi
# A record without libFuzzer's count is an error, not a run left out.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf 'target: cli\nsanitizers: undefined\ncommit: c0ffee0\nstarted: 2026-12-06T10:00:00Z\nended: 2026-12-06T11:00:00Z\nlimit: -runs=9\nexit: 0\nlibfuzzer:\nDone 9 runs in 1 second(s)\n' \
  > "$scratch/2026-12-06T110000Z-cli-c0ffee0.txt"
if bash "$root/fuzz/ledger.sh" "$scratch" > /dev/null 2>&1; then
  echo "fuzz/ledger.sh accepted a run record without libFuzzer's stat::number_of_executed_units" >&2
  exit 1
fi
echo "stat::number_of_executed_units: 9" >> "$scratch/2026-12-06T110000Z-cli-c0ffee0.txt"
if [ "$(bash "$root/fuzz/ledger.sh" "$scratch" | tail -1)" != "$(printf '2026-12-06T11:00Z\tc0ffee0\tundefined\tcli\t9\t1\tok')" ]; then
  echo "fuzz/ledger.sh did not make the ledger line of a complete record" >&2
  exit 1
fi
echo "fuzz table: $(($(wc -l <<<"$table") - 2)) targets, as fuzz/campaigns.tsv says"
