#!/usr/bin/env bash
# Shared first step of README's two commands: install what a fresh Debian 12 machine lacks,
# then configure and build into build/ with warnings as errors.
# Sourced by tools/run-example.sh and tools/run-tests.sh; not meant to be run alone.
set -euo pipefail

GONGKAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GONGKAI_BUILD=${GONGKAI_BUILD:-"$GONGKAI_ROOT/build"}

# Debian 12 packages the build and the tests need (python3 is Debian's, for python3-protobuf).
packages=(cmake g++ make binutils pkgconf libabsl-dev libprotobuf-dev protobuf-compiler
          libgtest-dev libgmock-dev libbenchmark-dev abigail-tools python3 python3-protobuf
          default-jdk-headless libjna-java libprotobuf-java junit5 libsqlite3-dev ccache
          nettle-dev  # lib/registry: SHA-256 of versions and the chain (libsqlite3-dev: its store)
          libsimdjson-dev  # lib/messages: tokenizes JSON records for the fast reader (json_fast.h)
          maven libmaven-compiler-plugin-java libmaven-jar-plugin-java  # java.maven: mvn -o
          libmaven-install-plugin-java libmaven-resources-plugin-java libsurefire-java
          libbuild-helper-maven-plugin-java
          libgumbo-dev libzip-dev libxml2-dev libpoppler-cpp-dev  # lib/document's parsers
          libpoppler-private-dev  # document.pdf's oracle: the table poppler builds (a test only)
          chromium  # cli.check_page_chromium: the reviewer's page as a browser reads it
          libreoffice-writer-nogui poppler-utils fonts-wqy-microhei  # notice.docx_libreoffice
          clang-format-14  # architecture.clang_format: the code is as .clang-format says
          clang-14 libclang-rt-14-dev)  # the fuzz targets: libFuzzer and its sanitizer runtimes
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if (( ${#missing[@]} )); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages. Run as root, then run this command again:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# With ccache (used when installed), paths below the checkout hash as relative ones, so a fresh
# clone elsewhere reuses the cache that an earlier build filled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$GONGKAI_ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
# Line tables only (CMakeLists.txt, GONGKAI_DEBUG_INFO): a third less compile time, same code.
cmake -S "$GONGKAI_ROOT" -B "$GONGKAI_BUILD" -DGONGKAI_WERROR=ON -DGONGKAI_DEBUG_INFO=lines \
  > /dev/null
cmake --build "$GONGKAI_BUILD" -j "$(nproc)"
