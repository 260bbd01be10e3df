package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Disclosure;
import cn.gongkai.v1.IndexScheme;
import cn.gongkai.v1.PublicationTimeliness;
import cn.gongkai.v1.Remedy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Disclosure records, 第二十六条, 索引号 and remedy cases from Java. */
class DisclosuresTest {
  /** A 主动公开 record formed on 3 March 2025 and published on the portal on `published`. */
  static Disclosure record(String id, String published) {
    String publications = published == null ? "" : ", \"publications\": [{\"channel\": \"PUBLICATION_CHANNEL_PORTAL\","
        + " \"date\": " + published + "}]";
    return Messages.fromJson(Disclosure.class, "{\"id\": \"" + id + "\", \"agencyId\": \"agency\","
        + " \"title\": \"关于印发某办法的通知\", \"generated\": {\"year\": 2025, \"month\": 3, \"day\": 3},"
        + " \"kind\": \"DOCUMENT_KIND_OTHER\", \"attribute\": \"PUBLIC_ATTRIBUTE_PROACTIVE\"" + publications + "}");
  }

  @Test
  void checkAndTimeliness() {
    Disclosure onTime = record("d1", "{\"year\": 2025, \"month\": 3, \"day\": 31}");
    Disclosures.check(onTime);
    PublicationTimeliness t = Disclosures.timeliness(onTime, LocalDate.of(2025, 12, 31));
    assertEquals("d1", t.getDisclosureId());
    assertEquals(LocalDate.of(2025, 3, 31), Dates.toLocalDate(t.getDue()));
    assertEquals(20, t.getLimitDays());
    assertFalse(t.getLate());

    Disclosure unpublished = record("d2", null);
    try (DeadlineOptions sameDay = new DeadlineOptions().countStartDay(true)) {
      PublicationTimeliness s = Disclosures.timeliness(unpublished, LocalDate.of(2025, 3, 28), null, sameDay);
      assertEquals(LocalDate.of(2025, 3, 28), Dates.toLocalDate(s.getDue()));
      assertFalse(s.getOverdue());
    }
    assertTrue(Disclosures.timeliness(unpublished, LocalDate.of(2025, 4, 30)).getOverdue());
  }

  @Test
  void badRecordsNameTheField() {
    Disclosure impossible = record("d5", null).toBuilder()
        .setGenerated(cn.gongkai.v1.Date.newBuilder().setYear(2025).setMonth(2).setDay(29)).build();
    GongkaiException e = assertThrows(GongkaiException.class, () -> Disclosures.check(impossible));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("d5") && e.getMessage().contains("generated"), e.getMessage());
    e = assertThrows(GongkaiException.class,
        () -> Disclosures.timeliness(record("d6", null), LocalDate.of(2101, 1, 1)));
    assertEquals(Code.OUT_OF_RANGE, e.code());
  }

  @Test
  void remedies() {
    Remedy pending = Messages.fromJson(Remedy.class, "{\"id\": \"R-02\", \"kind\": \"REMEDY_KIND_DIRECT_LAWSUIT\","
        + " \"filed\": {\"year\": 2025, \"month\": 11, \"day\": 3}, \"body\": \"示范市临江区人民法院\"}");
    Disclosures.checkRemedy(pending);
    Remedy noResult = pending.toBuilder().setConcluded(Dates.toProto(LocalDate.of(2025, 12, 1))).build();
    GongkaiException e = assertThrows(GongkaiException.class, () -> Disclosures.checkRemedy(noResult));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("R-02"), e.getMessage());
  }

  @Test
  void indexRegistry() {
    IndexScheme scheme = IndexScheme.newBuilder().setTemplate("{org}/{yyyy}{mm}-{nnn}").setOrganisationCode("ORG").build();
    try (IndexRegistry registry = new IndexRegistry(scheme)) {
      registry.add("ORG/202403-007", "a0");
      assertEquals("ORG/202403-008", registry.next(LocalDate.of(2024, 3, 15), "a"));
      assertEquals("ORG/202403-009", registry.next(LocalDate.of(2024, 3, 16), "b"));
      assertEquals("ORG/202404-001", registry.next(LocalDate.of(2024, 4, 1), "c"));
      GongkaiException e = assertThrows(GongkaiException.class, () -> registry.add("ORG/202403-008", "z"));
      assertEquals(Code.ALREADY_EXISTS, e.code());
      assertTrue(e.getMessage().contains("a") && e.getMessage().contains("z"), e.getMessage());
      assertEquals(Code.INVALID_ARGUMENT, assertThrows(GongkaiException.class, () -> registry.add("", "y")).code());
      assertEquals(Code.INVALID_ARGUMENT, assertThrows(GongkaiException.class, () -> registry.add("x\0", "y")).code());
    }
    try (IndexRegistry plain = new IndexRegistry()) {
      plain.add("0142768-8/2022-00185", "d1");  // any organisation code fits the default
      GongkaiException e = assertThrows(GongkaiException.class, () -> plain.next(LocalDate.of(2022, 5, 1), "d2"));
      assertEquals(Code.FAILED_PRECONDITION, e.code());
    }
    GongkaiException e = assertThrows(GongkaiException.class,
        () -> new IndexRegistry(IndexScheme.newBuilder().setTemplate("{org}/{yyyy}").build()));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("index_scheme.template"), e.getMessage());
  }
}
