#!/usr/bin/env bash
# java.maven: the binding builds and installs with Maven offline, from Debian's repository
# (/usr/share/maven-repo), and a project that depends on cn.gongkai:gongkai compiles against the
# artifact and runs; the same against the pom `cmake --install` puts in share/maven-repo.
# Usage: maven_test.sh BUILD_DIR SOURCE_DIR VERSION CLI
# Exits 77 (ctest: skipped) without mvn or the Maven plugins (tools/setup.sh installs them).
set -euo pipefail
build=$1 src=$2 version=$3 cli=$4
debian_repo=/usr/share/maven-repo
if ! command -v mvn > /dev/null ||
   [ ! -d $debian_repo/org/codehaus/mojo/build-helper-maven-plugin ]; then
  echo "java.maven: skipped: needs maven and Debian's Maven plugins (tools/setup.sh)"
  exit 77
fi
if [[ ${LD_PRELOAD:-} == *asan* ]]; then
  # tools/run-tests.sh's sanitizer stage: packaging is checked by the uninstrumented build, and
  # Maven's JVMs under the preloaded runtime would only cost time.
  echo "java.maven: skipped under AddressSanitizer"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "java.maven: $*" >&2; exit 1; }

# A local repository that sees Debian's through links; what mvn installs lands beside them.
# (Debian's cn/, if a package ever installs one, is left out: this test installs its own.)
new_repo() {
  mkdir -p "$1"
  for d in $debian_repo/*; do
    [ "$(basename "$d")" = cn ] || ln -s "$d" "$1/"
  done
}
# Maven's output goes to a log shown on failure (Debian's Maven 3.8 prints ESC[0m even with -q).
mvn_offline() {  # REPO ARGS...
  if ! mvn -o -q -B -Dstyle.color=never -Dmaven.repo.local="$1" "${@:2}" > "$work/mvn.log" 2>&1; then
    cat "$work/mvn.log" >&2
    fail "mvn -o ${*:2} failed"
  fi
}
run_consumer() {  # REPO: compile the consumer, run DueDate on the artifact's class path
  local repo=$1 dir=$work/consumer-$RANDOM
  mkdir -p "$dir/src/main/java"
  sed "s/@VERSION@/$version/" "$src/tests/java/maven/pom.xml.in" > "$dir/pom.xml"
  cp "$src/examples/java/DueDate.java" "$dir/src/main/java/"
  mvn_offline "$repo" -f "$dir/pom.xml" compile
  local cp=$dir/target/classes
  cp+=:$repo/cn/gongkai/gongkai/$version/gongkai-$version.jar
  cp+=:$(ls "$repo"/net/java/dev/jna/jna/*/jna-*.jar | grep -v debian | head -1)
  cp+=:$(ls "$repo"/com/google/protobuf/protobuf-java/*/protobuf-java-*.jar | grep -v debian | head -1)
  java -Djava.library.path="$(dirname "$(readlink -f "$build/lib/libgongkai.so.1")")" -cp "$cp" \
    DueDate 2025-01-24 --extension 20 --pause 2025-02-10:2025-02-14 | head -1
}
expected=$("$cli" deadline --received 2025-01-24 --extension 20 --pause 2025-02-10:2025-02-14 | head -1)

# 1. mvn install from the build's pom (the protobuf classes come from the CMake build).
start=$SECONDS
new_repo "$work/repo"
mvn_offline "$work/repo" -Dgongkai.target="$work/target" -f "$build/bindings/java/pom.xml" install
jar=$work/repo/cn/gongkai/gongkai/$version/gongkai-$version.jar
[ -f "$jar" ] || fail "mvn install wrote no $jar"
entries=$(unzip -l "$jar")
for entry in cn/gongkai/Gongkai.class cn/gongkai/v1/Application.class cn/gongkai/install.properties; do
  grep -q " $entry\$" <<< "$entries" || fail "$jar has no $entry"
done
echo "mvn -o install: $((SECONDS - start)) s"
start=$SECONDS
got=$(run_consumer "$work/repo")
[ "$got" = "$expected" ] || fail "the consumer printed '$got', the CLI '$expected'"
echo "consumer of the mvn-installed artifact: $((SECONDS - start)) s, printed $got as the CLI"

# 2. The same consumer against what `cmake --install` put in share/maven-repo.
start=$SECONDS
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
new_repo "$work/repo2"
ln -s "$work/prefix/share/maven-repo/cn" "$work/repo2/cn"
got=$(run_consumer "$work/repo2")
[ "$got" = "$expected" ] || fail "the consumer of the installed pom printed '$got', the CLI '$expected'"
echo "consumer of the cmake-installed pom: $((SECONDS - start)) s, printed $got as the CLI"
