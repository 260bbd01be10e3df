package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Agency;
import cn.gongkai.v1.AgencyLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages between binary and JSON, through the library. */
class MessagesTest {
  private static final Agency AGENCY = Agency.newBuilder().setId("110105").setName("北京市朝阳区人民政府")
      .setLevel(AgencyLevel.AGENCY_LEVEL_COUNTY).build();

  @Test
  void typeNames() {
    List<String> names = Messages.typeNames();
    assertTrue(names.contains("gongkai.v1.Agency"));
    assertTrue(names.contains("gongkai.v1.AnnualReport"));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
  }

  @Test
  void roundTripWithChineseText() {
    String json = Messages.toJson(AGENCY);
    assertEquals("{\"id\":\"110105\",\"name\":\"北京市朝阳区人民政府\",\"level\":\"AGENCY_LEVEL_COUNTY\"}", json);
    assertEquals(AGENCY, Messages.fromJson(Agency.class, json));
    assertArrayEquals(AGENCY.toByteArray(), Messages.fromJson("gongkai.v1.Agency", json, false));
  }

  @Test
  void printOptions() {
    Agency a = Agency.newBuilder().setParentId("p").build();
    assertEquals("{\"parentId\":\"p\"}", Messages.toJson(a));
    assertEquals("{\"parent_id\":\"p\"}", Messages.toJson(a, Messages.Print.PROTO_NAMES));
    assertTrue(Messages.toJson(a, Messages.Print.PRETTY).contains("\n"));
    String all = Messages.toJson(a, Messages.Print.EMIT_DEFAULTS);
    assertTrue(all.contains("\"name\":\"\""), all);
    assertEquals(Messages.toJson("gongkai.v1.Agency", a.toByteArray()), Messages.toJson(a));
  }

  @Test
  void unknownFields() {
    String json = "{\"id\": \"x\", \"nickname\": \"n\"}";
    GongkaiException e = assertThrows(GongkaiException.class, () -> Messages.fromJson(Agency.class, json));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("nickname"), e.getMessage());
    assertEquals("x", Messages.fromJson(Agency.class, json, true).getId());
  }

  @Test
  void errors() {
    GongkaiException e = assertThrows(GongkaiException.class, () -> Messages.toJson("gongkai.v1.Nope", new byte[0]));
    assertEquals(Code.NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("gongkai.v1.Nope"), e.getMessage());
    e = assertThrows(GongkaiException.class, () -> Messages.toJson("gongkai.v1.Agency", new byte[] {(byte) 0xff}));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    e = assertThrows(GongkaiException.class, () -> Messages.fromJson(Agency.class, "{\"name\": \"SECRET-INPUT\""));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertFalse(e.getMessage().contains("SECRET-INPUT"), "the input is never quoted: " + e.getMessage());
    // Not UTF-8: the library checks the bytes.
    e = assertThrows(GongkaiException.class,
        () -> Messages.fromJson("gongkai.v1.Agency", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xc3, '"', '}'}, false));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    // A NUL in a name would be cut by C: the binding refuses it.
    e = assertThrows(GongkaiException.class, () -> Messages.toJson("gongkai.v1.Agency\0x", new byte[0]));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("NUL"), e.getMessage());
  }

  @Test
  void bytesAreCopiedWhole() {
    // An embedded and a trailing NUL byte: the size counts, not the C terminator.
    byte[] data = Messages.fromJson("gongkai.v1.Agency", "{\"id\": \"a\\u0000b\\u0000\"}", false);
    assertArrayEquals(new byte[] {0x0a, 0x04, 'a', 0, 'b', 0}, data);
    Agency named = Agency.newBuilder().setId("a\0b\0").build();
    assertEquals(named, Messages.fromJson(Agency.class, Messages.toJson(named)));
    assertArrayEquals(new byte[0], Messages.fromJson("gongkai.v1.Agency", "{}", false));
    assertEquals("{}", Messages.toJson("gongkai.v1.Agency", null));
  }
}
