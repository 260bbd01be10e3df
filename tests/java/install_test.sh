#!/usr/bin/env bash
# java.install: `cmake --install` lays the Java binding out as Debian's Java packages do, and a
# program run from the installed jar finds the installed library with nothing set.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR VERSION CLI JNA_JAR PROTOBUF_JAR
set -euo pipefail
build=$1 src=$2 version=$3 cli=$4 jna=$5 protobuf=$6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
fail() { echo "java.install: $*" >&2; exit 1; }
java_dir=$prefix/share/java
[ -f "$java_dir/gongkai-$version.jar" ] && [ ! -L "$java_dir/gongkai-$version.jar" ] ||
  fail "no file share/java/gongkai-$version.jar"
[ "$(readlink "$java_dir/gongkai.jar")" = "gongkai-$version.jar" ] ||
  fail "share/java/gongkai.jar should link to gongkai-$version.jar"
repo_dir=$prefix/share/maven-repo/cn/gongkai/gongkai/$version
[ -f "$repo_dir/gongkai-$version.pom" ] || fail "no $repo_dir/gongkai-$version.pom"
[ "$(readlink -f "$repo_dir/gongkai-$version.jar")" = "$(readlink -f "$java_dir/gongkai-$version.jar")" ] ||
  fail "the maven-repo jar should link to share/java/gongkai-$version.jar"
grep -q "<version>$version</version>" "$repo_dir/gongkai-$version.pom" || fail "the pom's version"
if grep -q -e "$src" -e "$build" "$repo_dir/gongkai-$version.pom"; then
  fail "the installed pom names the build's paths"
fi
echo "installed: share/java/gongkai-$version.jar, gongkai.jar, share/maven-repo/cn/gongkai/gongkai/$version"

# The example, compiled and run against the installed jar, without -Djna.library.path or
# LD_LIBRARY_PATH. java.library.path is pointed at an empty directory only so that a
# libgongkai.so.1 installed in the system's directories cannot be the one found.
cp="$java_dir/gongkai.jar:$jna:$protobuf"
mkdir "$work/classes" "$work/empty"
javac -encoding UTF-8 -cp "$cp" -d "$work/classes" "$src/examples/java/DueDate.java"
cat > "$work/classes/Where.java" <<'JAVA'
public class Where {
  public static void main(String[] args) {
    System.out.println(cn.gongkai.Gongkai.replyDue(java.time.LocalDate.parse(args[0])));
    System.out.println(cn.gongkai.Gongkai.libraryPath());
  }
}
JAVA
run() { env -u LD_LIBRARY_PATH -u GONGKAI_LIBRARY java -Djava.library.path="$work/empty" "$@"; }
for jar in "$java_dir/gongkai.jar" "$repo_dir/gongkai-$version.jar"; do
  out=$(run -cp "$jar:$jna:$protobuf" "$work/classes/Where.java" 2025-01-24)
  where=$(sed -n 2p <<< "$out")
  case $where in
    "$prefix"/lib*/libgongkai.so.1) ;;
    *) fail "from $jar the library was loaded from $where, not from the prefix's lib directory" ;;
  esac
  [ "$(head -1 <<< "$out")" = "$("$cli" deadline --received 2025-01-24 | head -1)" ] ||
    fail "replyDue(2025-01-24) = $(head -1 <<< "$out")"
done
expected=$("$cli" deadline --received 2025-01-24 --extension 20 --pause 2025-02-10:2025-02-14 | head -1)
got=$(env -u LD_LIBRARY_PATH -u GONGKAI_LIBRARY java -cp "$cp:$work/classes" DueDate 2025-01-24 \
  --extension 20 --pause 2025-02-10:2025-02-14 | head -1)
[ "$got" = "$expected" ] || fail "DueDate printed $got, the CLI $expected"
echo "java.install: DueDate from the installed jar printed $got, as the CLI; library $where"
