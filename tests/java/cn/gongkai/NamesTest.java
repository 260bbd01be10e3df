package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public top-level names of cn.gongkai and cn.gongkai.v1 against the packages a program
 * commonly imports whole: none may be a java.lang name (those are imported implicitly, so a
 * clash would bite every wildcard import), and the clashes with the others are exactly the ones
 * bindings/java/README.md lists, with the import style that avoids them
 * (examples/java/DueDate.java, compiled by the build and run by ExampleTest).
 */
class NamesTest {
  /** Packages that programs import with a wildcard. */
  static final List<String> COMMON = List.of("java.lang", "java.util", "java.time", "java.io",
      "java.nio.file", "java.math", "java.net", "java.text", "java.util.function", "java.util.stream",
      "java.util.concurrent", "java.sql", "java.awt", "javax.swing");

  /** Simple name -> the common packages that also have it. */
  static Map<String, TreeSet<String>> clashes() throws IOException {
    Map<String, TreeSet<String>> clashes = new TreeMap<>();
    try (JarFile jar = new JarFile(Fixtures.setting("jar"))) {
      List<String> names = new ArrayList<>();
      jar.stream().map(e -> e.getName())
          .filter(n -> n.matches("cn/gongkai/(v1/)?[A-Za-z0-9]+\\.class"))
          .forEach(names::add);
      for (String entry : names) {
        String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(className, false, NamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (!java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        String simple = type.getSimpleName();
        for (String pkg : COMMON) {
          if (exists(pkg + "." + simple)) {
            clashes.computeIfAbsent(simple, k -> new TreeSet<>()).add(pkg + " (" + className + ")");
          }
        }
      }
    }
    return clashes;
  }

  private static boolean exists(String name) {
    try {
      Class<?> c = Class.forName(name, false, ClassLoader.getPlatformClassLoader());
      return java.lang.reflect.Modifier.isPublic(c.getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** javac's diagnostics for one source file against the binding's jar; "" when it compiles. */
  static String compile(String className, String source) throws IOException {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.nio.file.Path dir = Files.createTempDirectory("names");
    try {
      java.nio.file.Path file = dir.resolve(className + ".java");
      Files.writeString(file, source);
      java.io.StringWriter diagnostics = new java.io.StringWriter();
      int rc = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
              diagnostics.write(b);
            }
          }, true, java.nio.charset.StandardCharsets.UTF_8), "-d", dir.toString(), "-cp",
          Fixtures.classPath("jar", "jna_jar", "protobuf_jar"), file.toString());
      return rc == 0 ? "" : diagnostics.toString();
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static final String WILDCARDS = "import cn.gongkai.*;\nimport cn.gongkai.v1.*;\nimport java.util.*;\n"
      + "import java.awt.*;\n";
  static final String BODY = " {\n  static void use(Calendar calendar, Date date, Event event, List<Agency> agencies) {}\n}\n";

  /** What README's "Imports" says: wildcards alone make the three names ambiguous; single-type
   * imports of the ones meant fix it. */
  @Test
  void singleTypeImportsWinOverWildcards() throws IOException {
    String errors = compile("Wild", WILDCARDS + "class Wild" + BODY);
    for (String name : List.of("Calendar", "Date", "Event")) {
      assertTrue(errors.contains("reference to " + name + " is ambiguous"), errors);
    }
    // java.awt.List too: that is java.awt's doing, not the binding's.
    assertEquals("", compile("Named", WILDCARDS + "import java.util.List;\nimport cn.gongkai.Calendar;\n"
        + "import cn.gongkai.v1.Date;\nimport cn.gongkai.v1.Event;\nclass Named" + BODY));
  }

  @Test
  void noJavaLangName() throws IOException {
    clashes().forEach((name, where) -> assertTrue(where.stream().noneMatch(w -> w.startsWith("java.lang ")),
        name + " is also a java.lang name: " + where));
  }

  @Test
  void theReadmeListsEveryClash() throws IOException {
    // README: "... clash with: `Calendar` (java.util), `Date` (java.util, java.sql), ..."
    String readme = Files.readString(Fixtures.path("sources").resolve("../../../README.md").normalize());
    Matcher line = Pattern.compile("(?m)^Names that clash: (.*)$").matcher(readme);
    assertTrue(line.find(), "bindings/java/README.md has no line starting 'Names that clash: '");
    Map<String, String> documented = new TreeMap<>();
    Matcher item = Pattern.compile("`([A-Za-z0-9]+)` \\(([a-z., ]+)\\)").matcher(line.group(1));
    while (item.find()) {
      documented.put(item.group(1), item.group(2));
    }
    Map<String, String> actual = new TreeMap<>();
    clashes().forEach((name, where) -> actual.put(name, String.join(", ",
        where.stream().map(w -> w.substring(0, w.indexOf(' '))).toList())));
    assertEquals(actual, documented, "the clashes, as README's line should list them");
  }
}
