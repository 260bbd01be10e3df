#!/usr/bin/env bash
# docs/bad-input.md, "Fuzzing", must show exactly the table fuzz/tally.sh makes of
# fuzz/campaigns.tsv: the executions the docs claim are the campaigns on record.
set -euo pipefail
root=$1
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
echo "fuzz table: $(($(wc -l <<<"$table") - 2)) targets, as fuzz/campaigns.tsv says"
