package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The programs of examples/java run as their README says. */
class ExampleTest {
  /** Runs an example; returns its output (UTF-8). */
  private static String run(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Fixtures.java(), "-Dfile.encoding=UTF-8",
        "-Djna.library.path=" + Fixtures.path("library").getParent(),
        "-cp", Fixtures.classPath("example_jar", "jar", "jna_jar", "protobuf_jar")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** DueDate (the import style of bindings/java/README.md) prints the CLI's first line. */
  @Test
  void dueDate() throws Exception {
    String out = run("DueDate", "2025-01-24");
    assertTrue(out.startsWith("2025-02-27\n20 working days after 2025-01-24, calendar "), out);
    out = run("DueDate", "2025-01-24", "--extension", "20", "--pause", "2025-02-10:2025-02-14");
    assertTrue(out.startsWith("2025-04-02\n44 working days after 2025-01-24, consultations "
        + "2025-02-10:2025-02-14, calendar "), out);
  }

  @Test
  void reportFromRecords() throws Exception {
    String dir = Fixtures.path("library").getParent().toString();
    Path records = Fixtures.path("examples").resolve("district");
    // UTF-8 output whatever the locale (Java 17 prints in the locale's charset).
    List<String> command = List.of(Fixtures.java(), "-Dfile.encoding=UTF-8", "-Djna.library.path=" + dir,
        "-cp", Fixtures.classPath("example_jar", "jar", "jna_jar", "protobuf_jar"),
        "ReportFromRecords", records.toString(), "2025");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("示范市临江区人民政府2025年政府信息公开工作年度报告\n"), out);
    assertTrue(out.contains("三、收到和处理政府信息公开申请情况"), out);
    assertTrue(out.contains("D-late: disclosure "), "a late publication: " + out);
    assertTrue(out.lines().anyMatch(l -> l.matches("\\d+ findings, \\d+ record problems")), out);
  }
}
