#!/usr/bin/env bash
# Installs the build into a temporary prefix, then checks that what was installed works with no
# environment variables pointing into the prefix (no LD_LIBRARY_PATH, GONGKAI_LIBRARY):
#   - a C consumer built through find_package(gongkai CONFIG) and one built through pkg-config
#     (linked with the RUNPATH the consumer's build gives it: CMake's own, pkg-config's libdir);
#   - the installed gongkai command (its RUNPATH, tools/CMakeLists.txt);
#   - `import gongkai` from the installed Python package (PYTHONPATH names the package's
#     directory, which a temporary prefix is not on; the library is found from _installed.py).
# Usage: install_test.sh BUILD_DIR SOURCE_DIR [PYTHON PYTHON_INSTALL_DIR]
set -euo pipefail
build=$1 src=$2 python=${3:-} python_dir=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
# Variables other tests or a shell may set and that would hide a missing RUNPATH or loader path.
# (LD_PRELOAD stays: the sanitizer stage needs it for its uninstrumented programs.)
bare=(env -u LD_LIBRARY_PATH -u GONGKAI_LIBRARY -u PYTHONPATH)

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in include/gongkai/gongkai.h lib/libgongkai.so lib/pkgconfig/gongkai.pc \
         lib/cmake/gongkai/gongkaiConfig.cmake share/gongkai/proto/gongkai/v1/common.proto \
         bin/gongkai; do
  [ -e "$prefix/$f" ] || { echo "install: missing $f" >&2; exit 1; }
done
soname=$(objdump -p "$prefix/lib/libgongkai.so" | awk '/SONAME/ {print $2}')
[ -L "$prefix/lib/libgongkai.so" ] && [ -L "$prefix/lib/$soname" ] ||
  { echo "install: libgongkai.so and $soname should be symlinks" >&2; exit 1; }
# The Debian documentation files belong to the packages only (cmake/packaging.cmake).
[ ! -e "$prefix/share/doc" ] || { echo "install: share/doc should not be installed" >&2; exit 1; }
echo "installed; SONAME $soname"

# 1. CMake package.
cmake -S "$src/tests/install/consumer" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" > /dev/null
cmake --build "$work/cmake-build" > /dev/null
"${bare[@]}" "$work/cmake-build/consumer"

# 2. pkg-config.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
cc -std=c99 -Wall -Wextra -Werror "$src/tests/install/consumer.c" -o "$work/consumer-pc" \
  $(pkg-config --cflags --libs gongkai) -Wl,-rpath,"$(pkg-config --variable=libdir gongkai)"
"${bare[@]}" "$work/consumer-pc"
echo "install: both consumers built and ran"

# 3. The installed command, from another directory.
(cd "$work" && "${bare[@]}" "$prefix/bin/gongkai" --version &&
  "${bare[@]}" "$prefix/bin/gongkai" deadline --received 2025-01-24 > "$work/deadline.txt")
grep -q 2025 "$work/deadline.txt" || { cat "$work/deadline.txt"; echo "install: gongkai deadline printed no date" >&2; exit 1; }
echo "install: the installed gongkai command ran"

# 4. The installed Python package.
if [ -z "$python" ] || [ -z "$python_dir" ]; then
  echo "install: Python package not checked (no interpreter)"
  exit 0
fi
case $python_dir in
  /*) echo "install: Python package not checked (GONGKAI_PYTHON_INSTALL_DIR is absolute)"; exit 0 ;;
esac
[ -f "$prefix/$python_dir/gongkai/v1/common_pb2.py" ] ||
  { echo "install: missing $python_dir/gongkai/v1/common_pb2.py" >&2; exit 1; }
(cd "$work" && "${bare[@]}" PYTHONPATH="$prefix/$python_dir" PYTHONDONTWRITEBYTECODE=1 "$python" -c '
import os, sys
import gongkai
from gongkai import _native
from gongkai.v1 import common_pb2
prefix = os.path.realpath(sys.argv[1])
assert os.path.realpath(gongkai.__file__).startswith(prefix + "/"), gongkai.__file__
assert os.path.realpath(_native.path).startswith(prefix + "/"), _native.path
agency = common_pb2.Agency(id="a1", name="某县人民政府")
assert gongkai.from_json(common_pb2.Agency, gongkai.to_json(agency)) == agency
print("install: import gongkai", gongkai.version(), "loaded", _native.path)
' "$prefix")
