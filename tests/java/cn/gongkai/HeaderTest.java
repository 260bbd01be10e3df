package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binding agrees with the public C headers (include/gongkai/*.h): GongkaiLibrary declares
 * exactly the functions of the headers, each with its arity and a Java type that fits each
 * parameter and the result (the table in GongkaiLibrary's comment); the integer #defines, the
 * enum constants, the codes and the major version are mirrored with the same values; and every C function has a
 * caller in the binding's public classes.
 */
class HeaderTest {
  private static final Pattern PROTOTYPE =
      Pattern.compile("\\bGONGKAI_API\\s+([\\w\\s*]+?)\\s*\\b(gongkai_\\w+)\\s*\\(([^()]*)\\)\\s*;");

  /** A parsed prototype: normalised types like "const char*". */
  record Prototype(String result, List<String> params) {}

  private static String text;
  private static Map<String, Prototype> prototypes;

  @BeforeAll
  static void readHeaders() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(Fixtures.path("headers"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".h")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    text = all.toString();
    prototypes = parse(text);
  }

  /** The text without comments or preprocessor lines (continuations included). */
  static String stripC(String s) {
    s = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(s).replaceAll(" ");
    s = s.replaceAll("//[^\n]*", " ");
    return Pattern.compile("^[ \\t]*#(?:[^\\n]*\\\\\\n)*[^\\n]*", Pattern.MULTILINE).matcher(s).replaceAll(" ");
  }

  static String normalise(String type) {
    return String.join(" ", type.trim().split("\\s+")).replaceAll("\\s*\\*\\s*", "*").trim();
  }

  static Map<String, Prototype> parse(String source) {
    Map<String, Prototype> out = new LinkedHashMap<>();
    Matcher m = PROTOTYPE.matcher(stripC(source));
    while (m.find()) {
      String name = m.group(2);
      String params = String.join(" ", m.group(3).trim().split("\\s+"));
      List<String> types = new ArrayList<>();
      if (!params.equals("void")) {
        for (String param : params.split(",")) {
          Matcher p = Pattern.compile("\\s*(.*?[\\s*])(\\w+)\\s*").matcher(param);
          assertTrue(p.matches(), name + ": cannot read parameter '" + param + "' (every parameter is named)");
          types.add(normalise(p.group(1)));
        }
      }
      assertFalse(out.containsKey(name), name + " is declared twice");
      out.put(name, new Prototype(normalise(m.group(1)), types));
    }
    return out;
  }

  /** The opaque struct a pointer type names ("gongkai_calendar" for "const gongkai_calendar*"),
   * with its depth; null for other types. */
  private static String[] opaque(String cType) {
    Matcher m = Pattern.compile("(?:const )?(gongkai_\\w+)(\\*+)").matcher(cType);
    return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
  }

  /** Why `java` cannot carry C result type `c`, or null if it fits. */
  static String resultMismatch(String c, Class<?> java) {
    Class<?> want = switch (c) {
      case "void" -> void.class;
      case "int", "gongkai_code" -> int.class;
      case "long" -> NativeLong.class;
      case "size_t" -> GongkaiLibrary.SizeT.class;
      case "const char*" -> String.class;
      case "const uint8_t*" -> Pointer.class;
      default -> null;
    };
    if (want == null) {
      return "the test does not know the C result type " + c + "; add it";
    }
    return want == java ? null : "returns " + c + ", which is " + want.getSimpleName() + " in Java";
  }

  /**
   * Why `java` cannot carry parameter `c`, or null if it fits. `sizeFollows`: the next C
   * parameter is a size_t, so a pointer parameter is pointer + length (never NUL-terminated).
   */
  static String paramMismatch(String c, boolean sizeFollows, Class<?> java) {
    String[] op = opaque(c);
    if (op != null) {
      if (op[1].equals("**")) {
        return java == PointerByReference.class ? null : c + " is PointerByReference in Java";
      }
      boolean named = PointerType.class.isAssignableFrom(java) && java.getSimpleName().equals(op[0])
          && java.getEnclosingClass() == GongkaiLibrary.class;
      return named ? null : c + " is GongkaiLibrary." + op[0] + " (a PointerType) in Java";
    }
    Class<?> want = switch (c) {
      case "int", "unsigned int", "gongkai_code", "gongkai_format", "gongkai_record_kind",
          "gongkai_render_output", "gongkai_disposition" -> int.class;
      case "long" -> NativeLong.class;
      case "int64_t" -> long.class;
      case "size_t" -> GongkaiLibrary.SizeT.class;
      case "const char*" -> sizeFollows ? byte[].class : GongkaiLibrary.CString.class;
      case "const uint8_t*" -> sizeFollows ? byte[].class : null;
      case "char*" -> byte[].class;
      case "const char*const*" -> String[].class;  // an array of ASCII strings, its count later
      case "int*" -> IntByReference.class;
      case "int64_t*" -> LongByReference.class;
      case "gongkai_read_fn" -> GongkaiLibrary.ReadFn.class;
      case "void*" -> Pointer.class;  // a caller's context, passed back untouched
      default -> null;
    };
    if (want == null) {
      return "the test does not know the C parameter type " + c + (sizeFollows ? " (before a size_t)" : "")
          + "; add it";
    }
    return want == java ? null : c + (sizeFollows ? " before a size_t" : "") + " is " + want.getSimpleName()
        + " in Java";
  }

  /** The methods of GongkaiLibrary that stand for C functions. */
  static Map<String, Method> javaFunctions() {
    Map<String, Method> out = new TreeMap<>();
    for (Method m : GongkaiLibrary.class.getDeclaredMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && !m.isDefault() && !m.isSynthetic()) {
        assertFalse(out.containsKey(m.getName()), m.getName() + " is overloaded; one method per C function");
        out.put(m.getName(), m);
      }
    }
    return out;
  }

  // The checker itself.

  @Test
  void parsesMultilinePrototypes() {
    String sample = """
        #define GONGKAI_API __attribute__((visibility("default")))
        /* GONGKAI_API int gongkai_in_comment(void); */
        GONGKAI_API gongkai_code gongkai_f(gongkai_buffer** out,
                                           const uint8_t* data,
                                           size_t size);
        GONGKAI_API const char* gongkai_g(void);
        """;
    Map<String, Prototype> parsed = parse(sample);
    assertEquals(Map.of(
        "gongkai_f", new Prototype("gongkai_code", List.of("gongkai_buffer**", "const uint8_t*", "size_t")),
        "gongkai_g", new Prototype("const char*", List.of())), parsed);
  }

  @Test
  void typeRules() {
    assertEquals(null, paramMismatch("size_t", false, GongkaiLibrary.SizeT.class));
    assertTrue(paramMismatch("size_t", false, long.class) != null);
    assertTrue(paramMismatch("int", false, long.class) != null);
    assertTrue(paramMismatch("const char*", true, String.class) != null, "pointer + length is byte[]");
    assertEquals(null, paramMismatch("const char*", false, GongkaiLibrary.CString.class));
    assertTrue(paramMismatch("const char*", false, String.class) != null, "JNA would encode a String as ASCII");
    assertEquals(null, paramMismatch("const gongkai_calendar*", false, GongkaiLibrary.gongkai_calendar.class));
    assertTrue(paramMismatch("const gongkai_calendar*", false, GongkaiLibrary.gongkai_table3.class) != null);
    assertTrue(paramMismatch("gongkai_buffer**", false, GongkaiLibrary.gongkai_buffer.class) != null);
    assertEquals(null, paramMismatch("gongkai_buffer**", false, PointerByReference.class));
    assertTrue(resultMismatch("long", long.class) != null, "C long is NativeLong");
    assertTrue(paramMismatch("struct tm*", false, Pointer.class).contains("does not know"));
  }

  // The agreement.

  @Test
  void everyApiDeclarationIsParsed() {
    Matcher m = Pattern.compile("\\bGONGKAI_API\\b").matcher(stripC(text));
    int declared = 0;
    while (m.find()) {
      declared++;
    }
    assertTrue(declared > 0, "no prototypes found in " + Fixtures.setting("headers"));
    assertEquals(declared, prototypes.size(), "a GONGKAI_API declaration has a form the test cannot read");
  }

  @Test
  void sameFunctions() {
    TreeSet<String> missing = new TreeSet<>(prototypes.keySet());
    missing.removeAll(javaFunctions().keySet());
    TreeSet<String> extra = new TreeSet<>(javaFunctions().keySet());
    extra.removeAll(prototypes.keySet());
    assertTrue(missing.isEmpty(), "C functions GongkaiLibrary lacks (add one method each): " + missing);
    assertTrue(extra.isEmpty(), "GongkaiLibrary methods no header declares: " + extra);
  }

  @Test
  void sameSignatures() {
    List<String> problems = new ArrayList<>();
    Map<String, Method> java = javaFunctions();
    prototypes.forEach((name, proto) -> {
      Method m = java.get(name);
      if (m == null) {
        return;  // reported by sameFunctions
      }
      Class<?>[] types = m.getParameterTypes();
      if (types.length != proto.params().size()) {
        problems.add(name + ": " + proto.params().size() + " parameters in C, " + types.length + " in Java");
        return;
      }
      String r = resultMismatch(proto.result(), m.getReturnType());
      if (r != null) {
        problems.add(name + ": " + r);
      }
      for (int i = 0; i < types.length; i++) {
        boolean sizeFollows = i + 1 < types.length && proto.params().get(i + 1).equals("size_t");
        String p = paramMismatch(proto.params().get(i), sizeFollows, types[i]);
        if (p != null) {
          problems.add(name + ": parameter " + i + ": " + p + ", not " + types[i].getSimpleName());
        }
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyFunctionIsExportedByTheLoadedLibrary() {
    // Loading checks every method; this fails (with the function's name) if it did not.
    assertTrue(Gongkai.library() != null);
  }

  @Test
  void everyFunctionHasACallerInTheBinding() throws IOException {
    StringBuilder sources = new StringBuilder();
    try (Stream<Path> files = Files.list(Fixtures.path("sources"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!p.getFileName().toString().equals("GongkaiLibrary.java")) {
          sources.append(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    List<String> uncalled = new ArrayList<>();
    for (String name : prototypes.keySet()) {
      if (!Pattern.compile("\\." + name + "\\(").matcher(sources).find()) {
        uncalled.add(name);
      }
    }
    assertTrue(uncalled.isEmpty(), "C functions no class of the binding calls: " + uncalled);
  }

  @Test
  void sameIntegerDefinesAndEnumConstants() throws IllegalAccessException {
    Map<String, Integer> header = new TreeMap<>();
    Matcher m = Pattern.compile("#define (GONGKAI_\\w+) (\\d+)\\b").matcher(text);
    while (m.find()) {
      if (!m.group(1).equals("GONGKAI_VERSION_MINOR") && !m.group(1).equals("GONGKAI_VERSION_PATCH")) {
        header.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    // The constants of every enum but gongkai_code (sameCodes checks those against Code).
    Matcher e = Pattern.compile("typedef enum (gongkai_\\w+) (?:GONGKAI_ENUM_BASE )?\\{(.*?)\\} \\1;", Pattern.DOTALL)
        .matcher(stripC(text));
    while (e.find()) {
      if (e.group(1).equals("gongkai_code")) {
        continue;
      }
      Matcher c = Pattern.compile("(GONGKAI_\\w+) = (\\d+)").matcher(e.group(2));
      while (c.find()) {
        header.put(c.group(1), Integer.parseInt(c.group(2)));
      }
    }
    Map<String, Integer> java = new TreeMap<>();
    for (Field f : GongkaiLibrary.class.getDeclaredFields()) {
      if (f.getName().startsWith("GONGKAI_") && f.getType() == int.class) {
        java.put(f.getName(), f.getInt(null));
      }
    }
    assertFalse(header.isEmpty());
    assertEquals(header, java);
  }

  @Test
  void sameCodes() {
    Matcher e = Pattern.compile("typedef enum gongkai_code \\{(.*?)\\} gongkai_code;", Pattern.DOTALL)
        .matcher(stripC(text));
    assertTrue(e.find());
    Map<String, Integer> header = new TreeMap<>();
    Matcher m = Pattern.compile("GONGKAI_(\\w+) = (\\d+)").matcher(e.group(1));
    while (m.find()) {
      header.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    Map<String, Integer> java = new TreeMap<>();
    Arrays.stream(Code.values()).filter(c -> c != Code.UNKNOWN).forEach(c -> java.put(c.name(), c.value()));
    assertEquals(header, java);
  }

  @Test
  void sameMajorVersion() {
    Matcher m = Pattern.compile("#define GONGKAI_VERSION_MAJOR (\\d+)").matcher(text);
    if (!m.find()) {
      fail("no GONGKAI_VERSION_MAJOR");
    }
    assertEquals(Integer.parseInt(m.group(1)), Gongkai.EXPECTED_MAJOR);
  }
}
