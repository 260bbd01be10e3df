package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the shared library, and failing clearly: the system property or environment variable,
 * java.library.path, jna.library.path, beside the installed jar, the system loader; a missing
 * jar. Each case runs LoadProbe in a fresh JVM,
 * since a JVM loads the library once.
 */
class LoadingTest {
  @TempDir Path tmp;

  /** Runs LoadProbe on its default entry point; returns its two output lines. */
  private List<String> probe(String classPath, Map<String, String> env, String... properties)
      throws IOException, InterruptedException {
    return probeEntry("version", classPath, env, properties);
  }

  /** Runs LoadProbe on entry point `entry`; returns its output lines (first and second call). */
  private List<String> probeEntry(String entry, String classPath, Map<String, String> env, String... properties)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Fixtures.java()));
    command.addAll(List.of(properties));
    command.addAll(List.of("-cp", classPath, "cn.gongkai.LoadProbe", entry));
    ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
    builder.environment().remove(Gongkai.LIBRARY_ENV);
    builder.environment().remove("LD_LIBRARY_PATH");
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    List<String> lines = out.lines().filter(l -> l.startsWith("OK ") || l.startsWith("ERROR ")).toList();
    assertEquals(2, lines.size(), out);
    assertEquals(lines.get(0), lines.get(1), "the second call says the same as the first");
    return lines;
  }

  private static String all() {
    return Fixtures.classPath("tests_jar", "jar", "jna_jar", "protobuf_jar");
  }

  private static String library() {
    return Fixtures.setting("library");
  }

  private String ok(String path) {
    return "OK " + path + " " + Gongkai.version();
  }

  @Test
  void jnaLibraryPath() throws Exception {
    String dir = Fixtures.path("library").getParent().toString();
    String line = probe(all(), Map.of(), "-Djna.library.path=" + dir).get(0);
    assertEquals(ok(dir + "/libgongkai.so.1"), line);
  }

  @Test
  void systemProperty() throws Exception {
    String line = probe(all(), Map.of(), "-D" + Gongkai.LIBRARY_PROPERTY + "=" + library()).get(0);
    assertEquals(ok(library()), line);
  }

  @Test
  void environmentVariable() throws Exception {
    assertEquals(ok(library()), probe(all(), Map.of(Gongkai.LIBRARY_ENV, library())).get(0));
  }

  @Test
  void explicitMissingFileIsTheOnlyPlaceTried() throws Exception {
    String missing = tmp.resolve("nowhere/libgongkai.so.1").toString();
    String dir = Fixtures.path("library").getParent().toString();
    String line = probe(all(), Map.of(Gongkai.LIBRARY_ENV, missing), "-Djna.library.path=" + dir).get(0);
    assertEquals("ERROR java.lang.UnsatisfiedLinkError: gongkai: cannot load the Gongkai library: "
        + Gongkai.LIBRARY_ENV + "=" + missing + ": no such file", line);
    line = probe(all(), Map.of(), "-D" + Gongkai.LIBRARY_PROPERTY + "=" + missing).get(0);
    assertTrue(line.contains("-D" + Gongkai.LIBRARY_PROPERTY + "=" + missing + ": no such file"), line);
  }

  @Test
  void propertyWinsOverEnvironment() throws Exception {
    String missing = tmp.resolve("missing.so").toString();
    String line = probe(all(), Map.of(Gongkai.LIBRARY_ENV, missing),
        "-D" + Gongkai.LIBRARY_PROPERTY + "=" + library()).get(0);
    assertEquals(ok(library()), line);
  }

  @Test
  void notALibrary() throws Exception {
    Path bogus = tmp.resolve("libgongkai.so.1");
    Files.writeString(bogus, "not an ELF file\n");
    String line = probe(all(), Map.of(Gongkai.LIBRARY_ENV, bogus.toString())).get(0);
    assertTrue(line.startsWith("ERROR java.lang.UnsatisfiedLinkError: gongkai: cannot load the Gongkai library: "
        + Gongkai.LIBRARY_ENV + "=" + bogus), line);
  }

  @Test
  void notLibgongkai() throws Exception {
    String line = probe(all(), Map.of(Gongkai.LIBRARY_ENV, "/lib/x86_64-linux-gnu/libz.so.1")).get(0);
    assumeFalse(line.contains("no such file"), "no libz.so.1 at the Debian path");
    assertTrue(line.contains("does not export gongkai_"), line);
  }

  @Test
  void systemLoader() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("lib"));
    Files.createSymbolicLink(dir.resolve("libgongkai.so.1"), Path.of(library()));
    // The JVM starts java.library.path with LD_LIBRARY_PATH's directories: found there.
    assertEquals(ok(dir + "/libgongkai.so.1"), probe(all(), Map.of("LD_LIBRARY_PATH", dir.toString())).get(0));
    // With java.library.path set, the system's loader was asked by name, and the name is all JNA
    // knows.
    assertEquals(ok("libgongkai.so.1"), probe(all(), Map.of("LD_LIBRARY_PATH", dir.toString()),
        "-Djava.library.path=" + Files.createDirectory(tmp.resolve("empty"))).get(0));
  }

  /** A directory holding a link libgongkai.so.1 to the library just built. */
  private Path linkedLibrary(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.createSymbolicLink(dir.resolve("libgongkai.so.1"), Path.of(library()));
    return dir;
  }

  @Test
  void javaLibraryPath() throws Exception {
    Path dir = linkedLibrary("jlp");
    String line = probe(all(), Map.of(), "-Djava.library.path=" + tmp.resolve("empty") + ":" + dir).get(0);
    assertEquals(ok(dir + "/libgongkai.so.1"), line);
  }

  @Test
  void javaLibraryPathBeforeJnaLibraryPath() throws Exception {
    Path first = linkedLibrary("first");
    Path second = linkedLibrary("second");
    String line = probe(all(), Map.of(), "-Djava.library.path=" + first, "-Djna.library.path=" + second).get(0);
    assertEquals(ok(first + "/libgongkai.so.1"), line);
  }

  /**
   * An installed tree: PREFIX/share/java/gongkai-VERSION.jar and the library in the directory
   * the build recorded in the jar (../../lib, or ../../lib/MULTIARCH for a /usr prefix), found
   * with nothing set: the jar named directly, and through a link elsewhere (as
   * share/maven-repo/.../gongkai-VERSION.jar links to it).
   */
  @Test
  void besideTheInstalledJar() throws Exception {
    String fromJar = Loader.installProperties().getProperty("libdir.from.jardir");
    assertTrue(fromJar != null && fromJar.startsWith("../../lib"), "install.properties: " + fromJar);
    Path javaDir = Files.createDirectories(tmp.resolve("prefix/share/java"));
    Path jar = Files.copy(Fixtures.path("jar"), javaDir.resolve("gongkai-" + Gongkai.version() + ".jar"));
    Path libDir = Files.createDirectories(javaDir.resolve(fromJar).normalize());
    Files.createSymbolicLink(libDir.resolve("libgongkai.so.1"), Path.of(library()));
    String empty = "-Djava.library.path=" + Files.createDirectories(tmp.resolve("empty"));
    String rest = ":" + Fixtures.classPath("jna_jar", "protobuf_jar");
    String expected = ok(libDir.resolve("libgongkai.so.1").toString());
    assertEquals(expected, probe(Fixtures.setting("tests_jar") + ":" + jar + rest, Map.of(), empty).get(0));
    Path repo = Files.createDirectories(tmp.resolve("repo/cn/gongkai/gongkai/1"));
    Path link = Files.createSymbolicLink(repo.resolve("gongkai.jar"), jar);
    assertEquals(expected, probe(Fixtures.setting("tests_jar") + ":" + link + rest, Map.of(), empty).get(0));
  }

  @Test
  void nowhere() throws Exception {
    String line = probe(all(), Map.of()).get(0);
    assumeFalse(line.startsWith("OK "), "libgongkai.so.1 is installed on this system");
    assertTrue(line.startsWith("ERROR java.lang.UnsatisfiedLinkError: gongkai: cannot load the Gongkai library "
        + "libgongkai.so.1; tried java.library.path="), line);
    assertTrue(line.contains(", jna.library.path=(not set), "), line);
    assertTrue(line.contains(" (beside the jar), "), line);
    assertTrue(line.contains(" (the install prefix), the system loader and the class path."), line);
    assertTrue(line.contains("\\nSet -Djna.library.path=DIR (the directory of libgongkai.so.1), or "
        + "-Dgongkai.library=FILE (or GONGKAI_LIBRARY=FILE)."), line);
  }

  @Test
  void missingJnaJar() throws Exception {
    // Whichever class a program touches first.
    for (String entry : LoadProbe.ENTRIES) {
      String line = probeEntry(entry, Fixtures.classPath("tests_jar", "jar", "protobuf_jar"), Map.of(),
          "-D" + Gongkai.LIBRARY_PROPERTY + "=" + library()).get(0);
      assertEquals("ERROR java.lang.NoClassDefFoundError: gongkai: the JNA classes (com.sun.jna.Native) are not "
          + "on the class path; add jna.jar (Debian: /usr/share/java/jna.jar, package libjna-java) next to "
          + "gongkai.jar", line, entry);
    }
  }

  @Test
  void everyEntryPointLoads() throws Exception {
    for (String entry : LoadProbe.ENTRIES) {
      assertEquals(ok(library()), probeEntry(entry, all(), Map.of(Gongkai.LIBRARY_ENV, library())).get(0), entry);
    }
  }

  @Test
  void missingProtobufJar() throws Exception {
    // The entry points that take no message (the others need protobuf in the caller's own code).
    for (String entry : List.of("version", "calendar", "table3", "messages", "reports", "registry")) {
      String line = probeEntry(entry, Fixtures.classPath("tests_jar", "jar", "jna_jar"), Map.of(),
          "-D" + Gongkai.LIBRARY_PROPERTY + "=" + library()).get(0);
      assertTrue(line.startsWith("ERROR java.lang.NoClassDefFoundError: gongkai: the protobuf-java classes"),
          entry + ": " + line);
      assertFalse(line.contains("JNA"), line);
    }
  }
}
