package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loaded library: its version agrees with the binding's, and it is the one just built. */
class VersionTest {
  @Test
  void stringAndNumberAgree() {
    Matcher m = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)").matcher(Gongkai.version());
    assertTrue(m.matches(), Gongkai.version());
    long major = Long.parseLong(m.group(1));
    assertEquals(major * 1000000 + Long.parseLong(m.group(2)) * 1000 + Long.parseLong(m.group(3)),
        Gongkai.versionNumber());
    assertEquals(Gongkai.EXPECTED_MAJOR, major);
  }

  @Test
  void loadedFromTheBuildTree() throws IOException {
    assertEquals(Fixtures.path("library").toRealPath(), Path.of(Gongkai.libraryPath()).toRealPath());
  }

  @Test
  void otherMajorIsRefused() {
    Loader.checkVersion(Gongkai.EXPECTED_MAJOR * 1000000L + 999999, "/x/libgongkai.so.0");
    UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
        () -> Loader.checkVersion((Gongkai.EXPECTED_MAJOR + 1) * 1000000L + 2003, "/x/libgongkai.so.1"));
    assertTrue(e.getMessage().contains("/x/libgongkai.so.1"), e.getMessage());
    assertTrue(e.getMessage().contains((Gongkai.EXPECTED_MAJOR + 1) + ".2.3"), e.getMessage());
    assertTrue(e.getMessage().contains("major version " + Gongkai.EXPECTED_MAJOR), e.getMessage());
  }
}
