#!/usr/bin/env bash
# docs/bad-input.md, "Fuzzing", must show exactly the table fuzz/tally.sh makes of
# fuzz/campaigns.tsv: the executions the docs claim are the campaigns on record.
set -euo pipefail
root=$1
table=$(bash "$root/fuzz/tally.sh" "$root/fuzz/campaigns.tsv")
if ! grep -qxF -- "$(head -1 <<<"$table")" "$root/docs/bad-input.md"; then
  echo "docs/bad-input.md has no fuzz table; put in the output of: fuzz/tally.sh fuzz/campaigns.tsv" >&2
  exit 1
fi
documented=$(awk -v head="$(head -1 <<<"$table")" '$0 == head { on = 1 } on && !/^\|/ { exit } on' "$root/docs/bad-input.md")
if [ "$documented" != "$table" ]; then
  echo "docs/bad-input.md's fuzz table differs from fuzz/tally.sh fuzz/campaigns.tsv:" >&2
  diff <(echo "$documented") <(echo "$table") >&2 || true
  exit 1
fi
echo "fuzz table: $(($(wc -l <<<"$table") - 2)) targets, as fuzz/campaigns.tsv says"
