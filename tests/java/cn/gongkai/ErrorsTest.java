package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Codes, their names, and exceptions carrying the library's message. */
class ErrorsTest {
  @Test
  void libraryNamesTheCodesAsTheBindingDoes() {
    for (Code code : Code.values()) {
      if (code != Code.UNKNOWN) {
        assertEquals(code.name(), Gongkai.codeName(code.value()));
        assertEquals(code, Code.of(code.value()));
      }
    }
    assertEquals("UNKNOWN", Gongkai.codeName(42));
    assertEquals(Code.UNKNOWN, Code.of(42));
  }

  @Test
  void failedCallCarriesCodeAndMessage() {
    GongkaiException e = assertThrows(GongkaiException.class, () -> Reports.layout("1999"));
    assertEquals(Code.NOT_FOUND, e.code());
    assertEquals(5, e.rawCode());
    assertEquals("NOT_FOUND", e.codeName());
    assertTrue(e.getMessage().contains("1999"), e.getMessage());
    assertEquals(e.getMessage(), Gongkai.library().gongkai_last_error_message(), "the library's own text");
    assertEquals("GongkaiException[NOT_FOUND]: " + e.getMessage(), e.toString());
  }

  @Test
  void unknownCodeKeepsItsValue() {
    GongkaiException e = new GongkaiException(42, "UNKNOWN", "f: new code");
    assertEquals(Code.UNKNOWN, e.code());
    assertEquals(42, e.rawCode());
    assertEquals("f: new code", e.getMessage());
  }

  @Test
  void rawCodeThroughCheck() {
    GongkaiException e = assertThrows(GongkaiException.class, () -> Lib.check(Code.OUT_OF_RANGE.value()));
    assertEquals(Code.OUT_OF_RANGE, e.code());
  }

  @Test
  void raisedByTheBinding() {
    GongkaiException e = new GongkaiException(Code.INVALID_ARGUMENT, "x: bad");
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertEquals("INVALID_ARGUMENT", e.codeName());
    assertThrows(IllegalArgumentException.class, () -> new GongkaiException(Code.OK, "fine"));
    assertThrows(IllegalArgumentException.class, () -> new GongkaiException(Code.UNKNOWN, "?"));
  }

  @Test
  void uncheckedSoCallersNeedNoThrowsClause() {
    assertTrue(RuntimeException.class.isAssignableFrom(GongkaiException.class));
  }
}
