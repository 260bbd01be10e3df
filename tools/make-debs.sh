#!/usr/bin/env bash
# Builds the Debian packages (docs/packaging.md): a Release build installed into /usr, with
# Debian's hardening and optimization flags (dpkg-buildflags), in build-deb/; then CPack writes
#   libgongkai1_<v>_<arch>.deb  libgongkai-dev_<v>_<arch>.deb  gongkai-tools_<v>_<arch>.deb
#   python3-gongkai_<v>_all.deb
# into build-deb/. Only what the packages hold is built: no tests, benchmarks or Java.
# Usage: tools/make-debs.sh [BUILD_DIR]   (default build-deb beside build/)
# Then: tools/deb-smoke.sh build-deb    (installs them into a clean Debian 12 and uses them)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-"$root/build-deb"}
start=$SECONDS

for tool in dpkg-buildflags dpkg-shlibdeps; do
  command -v "$tool" > /dev/null || { echo "make-debs: needs $tool: apt-get install dpkg-dev" >&2; exit 2; }
done

# The changelog's date: the commit's, so that two runs on one commit write the same packages.
if [ -z "${SOURCE_DATE_EPOCH:-}" ] && git -C "$root" rev-parse HEAD > /dev/null 2>&1; then
  export SOURCE_DATE_EPOCH=$(git -C "$root" log -1 --format=%ct)
fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
# Stale packages of another version would be smoke-tested too.
rm -f "$out"/*.deb

cmake -S "$root" -B "$out" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_C_FLAGS="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
  -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
  -DCMAKE_SHARED_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
  -DGONGKAI_BUILD_TESTS=OFF -DGONGKAI_BUILD_JAVA=OFF -DGONGKAI_BUILD_BENCHMARKS=OFF \
  -DGONGKAI_ABI_CHECK=OFF > /dev/null
cmake --build "$out" -j "$(nproc)"
(cd "$out" && cpack -G DEB > cpack.log) || { cat "$out/cpack.log" >&2; exit 1; }
ls -l "$out"/*.deb
echo "make-debs: $((SECONDS - start)) s"
