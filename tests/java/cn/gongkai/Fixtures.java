package cn.gongkai;

import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records and reports the tests share (the same ones as tests/python), and test settings. */
final class Fixtures {
  private Fixtures() {}

  /** A 2022 report whose table 三 does not balance: two error findings. */
  static final String BROKEN_JSON = "{\"agency\": {\"id\": \"d2\"}, \"year\": 2022,"
      + " \"cells\": [{\"key\": \"t3.new.natural_person\", \"count\": \"1\"}]}";

  /** An application received on 2 February 2024, in person, by a natural person. The applicant's
   * name is a marker no message may repeat. */
  static final String APP_JSON = "{\"id\": \"2024-0007\", \"channel\": \"CHANNEL_IN_PERSON\","
      + " \"applicant\": {\"category\": \"APPLICANT_CATEGORY_NATURAL_PERSON\", \"name\": \"MARKER-NAME\"},"
      + " \"received\": {\"year\": 2024, \"month\": 2, \"day\": 2},"
      + " \"events\": [{\"type\": \"EVENT_TYPE_REGISTERED\", \"date\": {\"year\": 2024, \"month\": 2, \"day\": 2}}]}";

  static final String DECIDE_JSON = "{\"type\": \"EVENT_TYPE_DECIDED\","
      + " \"date\": {\"year\": 2024, \"month\": 2, \"day\": 20}, \"outcome\": \"OUTCOME_PARTIAL\"}";

  static AnnualReport report(String json) {
    return Messages.fromJson(AnnualReport.class, json);
  }

  static AnnualReport broken() {
    return report(BROKEN_JSON);
  }

  static Application app() {
    return Messages.fromJson(Application.class, APP_JSON);
  }

  static Event decide() {
    return Messages.fromJson(Event.class, DECIDE_JSON);
  }

  static Event event(String type, int year, int month, int day) {
    return Messages.fromJson(Event.class, "{\"type\": \"" + type + "\", \"date\": {\"year\": " + year
        + ", \"month\": " + month + ", \"day\": " + day + "}}");
  }

  /** A system property the ctest command line sets (bindings/java/CMakeLists.txt). */
  static String setting(String name) {
    String value = System.getProperty("gongkai.test." + name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("-Dgongkai.test." + name + " is not set; run the tests with ctest");
    }
    return value;
  }

  static Path path(String name) {
    return Path.of(setting(name));
  }

  /** The java executable of this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A class path of the given settings ("jar", "jna_jar", ...). */
  static String classPath(String... settings) {
    List<String> parts = new ArrayList<>();
    for (String s : settings) {
      parts.add(setting(s));
    }
    return String.join(java.io.File.pathSeparator, parts);
  }
}
