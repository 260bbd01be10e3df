#!/usr/bin/env bash
# The ARM64 (aarch64) build and tests, from an amd64 Debian 12 machine (docs/platforms.md):
# cross-compiles with Debian's crossbuild-essential-arm64 against the arm64 multiarch libraries
# (cmake/toolchains/aarch64-linux-gnu.cmake) into build-arm64/ beside build/, and runs the tests
# through qemu-user (ctest starts every test program with qemu-aarch64-static).
#
#   tools/run-arm64.sh        the library, the C++ suites and the C suites
#   tools/run-arm64.sh c      the library and the C suites only (header.*, capi.*): the stage
#                             tools/run-tests.sh runs
#
# Run as root, it adds the arm64 architecture and installs what is missing; otherwise it prints
# the commands and exits 2. Under qemu, the tests that start an aarch64 program themselves
# (rather than through ctest), or that load the library into a host program, cannot run, since
# qemu-user follows no exec and these machines register no binfmt handler; they are left out,
# as EXCLUDED below says.
set -euo pipefail

GONGKAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${GONGKAI_ARM64_BUILD:-"$GONGKAI_ROOT/build-arm64"}
scope=${1:-all}
case "$scope" in
  all | c) ;;
  *) echo "usage: $0 [c]" >&2; exit 2 ;;
esac

# Host tools (amd64), then the target's libraries (arm64). --no-install-recommends: the arm64
# libabsl-dev recommends g++:arm64, which cannot be installed beside the host's g++; apt would
# otherwise try to make room for it by removing host compilers (gfortran, gcc, g++) and report
# "held broken packages" when asked for everything at once.
host_packages=(cmake make pkgconf ccache protobuf-compiler crossbuild-essential-arm64
               qemu-user-static)
arm64_packages=(libc6 libabsl-dev libprotobuf-dev libgtest-dev libgmock-dev
                libzip-dev libgumbo-dev libxml2-dev libpoppler-cpp-dev
                libsqlite3-dev nettle-dev libsimdjson-dev)
missing=()
for p in "${host_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
for p in "${arm64_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p:arm64" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p:arm64")
done
add_arch=0
dpkg --print-foreign-architectures | grep -qx arm64 || add_arch=1
if (( add_arch || ${#missing[@]} )); then
  install_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages for the arm64 build. Run as root, then run this command again:" >&2
    (( add_arch )) && echo "  dpkg --add-architecture arm64" >&2
    echo "  $install_line" >&2
    exit 2
  fi
  (( add_arch )) && dpkg --add-architecture arm64
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    > /dev/null
fi

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$GONGKAI_ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
# No Java binding (a JVM cannot load an aarch64 library here), no benchmarks (timings under an
# emulator mean nothing), no ABI gate (its baseline describes the x86-64 library).
cmake -S "$GONGKAI_ROOT" -B "$build" --toolchain "$GONGKAI_ROOT/cmake/toolchains/aarch64-linux-gnu.cmake" \
  -DGONGKAI_WERROR=ON -DGONGKAI_BUILD_JAVA=OFF -DGONGKAI_BUILD_BENCHMARKS=OFF \
  -DGONGKAI_ABI_CHECK=OFF > /dev/null

start=$SECONDS
if [ "$scope" = c ]; then
  targets=(gongkai gongkai_header_c90 gongkai_header_c11 gongkai_header_cxx gongkai_header_alone
           gongkai_capi_test)
  for suite in report calendar cases disclosure annual notice; do
    targets+=("gongkai_capi_${suite}_test")
  done
  cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
else
  cmake --build "$build" -j "$(nproc)"
fi
echo "== arm64 cross-build ($scope): $((SECONDS - start)) s"

# EXCLUDED under qemu, each because the test starts a program the emulator cannot follow:
#   python.*                  the host's Python interpreter cannot load an aarch64 library;
#   install.consumers         builds its consumers with the host's compiler and runs them;
#   cli.*                     runs build-arm64/bin/gongkai as a child process (posix_spawn),
#                             and cli.check_page_chromium hands its page to the host's Chromium;
#   gen.GenCli.*              runs build-arm64/bin/gongkai-gen as a child process;
#   gen.Province.TheProgram*  likewise (gongkai-gen --profile province);
#   hardening.personal_data   runs gongkai-gen and gongkai as child processes;
#   notice.docx_libreoffice   a shell script that runs an aarch64 program directly;
#   examples.*                builds the C example with the host's compiler and runs it.
# Everything else runs, each test program started by ctest through qemu-aarch64-static.
excluded='^(python\.|install\.|cli\.|gen\.GenCli\.|gen\.Province\.TheProgram|hardening\.personal_data$|notice\.docx_libreoffice$|examples\.)'
start=$SECONDS
if [ "$scope" = c ]; then
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -R '^(header|capi)\.'
else
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -E "$excluded"
fi
echo "== arm64 tests under qemu ($scope): $((SECONDS - start)) s"
