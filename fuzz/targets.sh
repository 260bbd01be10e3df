#!/usr/bin/env bash
# Prints the fuzz targets, one a line, from fuzz/targets.cmake (their one list, which CMake
# builds from): the default of run.sh and the rows of tally.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sed -n '/^set(GONGKAI_FUZZ_TARGETS/,/)/p' "$here/targets.cmake" |
  sed 's/set(GONGKAI_FUZZ_TARGETS//; s/)//' | tr -s ' \n' '\n' | sed '/^$/d'
