#!/usr/bin/env bash
# Compares the built shared library with the ABI kept in the repository:
#   1. the exported symbols (nm -D) with tests/abi/symbols.txt;
#   2. the ABI as abidw describes it with tests/abi/gongkai.abi, through abidiff.
# Usage: abi.sh check|update LIBRARY SOURCE_DIR [BASELINE_DIR]
# `update` rewrites both files; commit them in the same change as the API change they record.
set -euo pipefail
mode=$1 lib=$2 src=$3
here=${4:-"$src/tests/abi"}
symbols="$here/symbols.txt"
baseline="$here/gongkai.abi"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$lib" | awk '{print $NF}' | sort > "$tmp/symbols.txt"
# Paths are made relative to the source tree so the baseline does not depend on where the tree
# was checked out, nor on whether ccache (CCACHE_BASEDIR) made the compiler see "../../lib/...".
abidw --no-corpus-path --no-comp-dir-path --exported-interfaces-only --no-show-locs \
  --drop-private-types --headers-dir "$src/include/gongkai" "$lib" |
  sed -e "s|path='$src/|path='|g" -e "s|path='\(\.\./\)*|path='|g" > "$tmp/gongkai.abi"

if [ "$mode" = update ]; then
  cp "$tmp/symbols.txt" "$symbols"
  cp "$tmp/gongkai.abi" "$baseline"
  echo "updated $symbols and $baseline"
  exit 0
fi

status=0
if grep -v '^gongkai_' "$tmp/symbols.txt" > "$tmp/foreign"; then
  echo "ABI: the library exports symbols outside the gongkai_ namespace:" >&2
  sed 's/^/  /' "$tmp/foreign" >&2
  status=1
fi
removed=$(comm -23 "$symbols" "$tmp/symbols.txt")
added=$(comm -13 "$symbols" "$tmp/symbols.txt")
for s in $removed; do
  echo "ABI: exported symbol removed: $s (an incompatible change: add ${s}_v2 instead)" >&2
  status=1
done
for s in $added; do
  echo "ABI: new exported symbol: $s (record it: tests/abi/abi.sh update, or the 'abi_update' build target)" >&2
  status=1
done

set +e
abidiff --no-show-locs "$baseline" "$tmp/gongkai.abi" > "$tmp/report"
rc=$?
set -e
if (( rc & 8 )); then
  echo "ABI: incompatible change against tests/abi/gongkai.abi:" >&2
  cat "$tmp/report" >&2
  status=1
elif (( rc & 4 )); then
  echo "ABI: the ABI changed but tests/abi/gongkai.abi was not updated in this change:" >&2
  cat "$tmp/report" >&2
  echo "If the change is intended and compatible, run the 'abi_update' build target and commit." >&2
  status=1
elif (( rc != 0 )); then
  echo "ABI: abidiff failed (exit $rc):" >&2
  cat "$tmp/report" >&2
  status=1
fi
[ $status -eq 0 ] && echo "ABI: $(wc -l < "$symbols") exported symbols and the abidw baseline match"
exit $status
