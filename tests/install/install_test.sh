#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds and runs a C consumer against it
# twice: through find_package(gongkai CONFIG) and through pkg-config.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in include/gongkai/gongkai.h lib/libgongkai.so lib/pkgconfig/gongkai.pc \
         lib/cmake/gongkai/gongkaiConfig.cmake share/gongkai/proto/gongkai/v1/common.proto; do
  [ -e "$prefix/$f" ] || { echo "install: missing $f" >&2; exit 1; }
done
soname=$(objdump -p "$prefix/lib/libgongkai.so" | awk '/SONAME/ {print $2}')
[ -L "$prefix/lib/libgongkai.so" ] && [ -L "$prefix/lib/$soname" ] ||
  { echo "install: libgongkai.so and $soname should be symlinks" >&2; exit 1; }
echo "installed; SONAME $soname"

# 1. CMake package.
cmake -S "$src/tests/install/consumer" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" > /dev/null
cmake --build "$work/cmake-build" > /dev/null
LD_LIBRARY_PATH="$prefix/lib" "$work/cmake-build/consumer"

# 2. pkg-config.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
cc -std=c99 -Wall -Wextra -Werror "$src/tests/install/consumer.c" -o "$work/consumer-pc" \
  $(pkg-config --cflags --libs gongkai)
LD_LIBRARY_PATH="$prefix/lib" "$work/consumer-pc"
echo "install: both consumers built and ran"
