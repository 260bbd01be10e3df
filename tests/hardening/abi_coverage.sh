#!/usr/bin/env bash
# The ABI gate (tests/abi) covers every module: each header of include/gongkai is reachable from
# gongkai.h, and every function a header declares is in the exported-symbol baseline
# (tests/abi/symbols.txt), in the abidw baseline (tests/abi/gongkai.abi), in the header test
# (tests/header/header_test.c) and in the Python binding; nothing is exported that no header
# declares. Usage: abi_coverage.sh SOURCE_DIR
set -euo pipefail
src=$1
status=0
for h in "$src"/include/gongkai/*.h; do
  name=$(basename "$h")
  [ "$name" = gongkai.h ] && continue
  grep -q "#include \"gongkai/$name\"" "$src/include/gongkai/gongkai.h" ||
    { echo "ABI coverage: gongkai.h does not include gongkai/$name: nothing in it is API" >&2; status=1; }
done
declared=$(cat "$src"/include/gongkai/*.h | tr '\n' ' ' | grep -o 'GONGKAI_API [^;(]*(' |
           grep -o 'gongkai_[a-z0-9_]*($' | tr -d '(' | sort -u)
baseline=$(sort -u "$src/tests/abi/symbols.txt")
for f in $(comm -23 <(echo "$declared") <(echo "$baseline")); do
  echo "ABI coverage: $f is declared but not in tests/abi/symbols.txt (run the abi_update target)" >&2; status=1
done
for f in $(comm -13 <(echo "$declared") <(echo "$baseline")); do
  echo "ABI coverage: $f is in tests/abi/symbols.txt but no header declares it with GONGKAI_API" >&2; status=1
done
for f in $declared; do
  grep -q "name='$f'" "$src/tests/abi/gongkai.abi" ||
    { echo "ABI coverage: $f is missing from the abidw baseline tests/abi/gongkai.abi" >&2; status=1; }
  grep -qw "$f" "$src/tests/header/header_test.c" ||
    { echo "ABI coverage: tests/header/header_test.c does not use $f" >&2; status=1; }
  grep -rqw "$f" "$src/bindings/python/gongkai" ||
    { echo "ABI coverage: the Python binding does not declare $f" >&2; status=1; }
done
[ $status -eq 0 ] && echo "ABI coverage: $(echo "$declared" | wc -l) functions of $(ls "$src"/include/gongkai/*.h | wc -l) headers, all in the gate"
exit $status
