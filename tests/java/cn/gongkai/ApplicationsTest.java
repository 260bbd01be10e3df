package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Agency;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.Cell;
import cn.gongkai.v1.Deadline;
import cn.gongkai.v1.DeadlineKind;
import cn.gongkai.v1.DeadlineReport;
import cn.gongkai.v1.Outcome;
import cn.gongkai.v1.Table3Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Applications from Java: history, deadlines with explanations, table 三 from records. */
class ApplicationsTest {
  private static Deadline reply(DeadlineReport report) {
    return report.getDeadlinesList().stream().filter(d -> d.getKind() == DeadlineKind.DEADLINE_KIND_REPLY)
        .findFirst().orElseThrow();
  }

  private static Map<String, Long> cells(Table3Result result) {
    return result.getReport().getCellsList().stream().collect(Collectors.toMap(Cell::getKey, Cell::getCount));
  }

  @Test
  void applyAndRefuse() {
    Application app = Fixtures.app();
    Applications.check(app);
    Application decided = Applications.applyEvent(app, Fixtures.decide());
    assertEquals(Outcome.OUTCOME_PARTIAL, decided.getEvents(decided.getEventsCount() - 1).getOutcome());
    assertEquals(1, app.getEventsCount());  // the input is not changed
    Application archived = Applications.applyEvent(decided, Fixtures.event("EVENT_TYPE_ARCHIVED", 2024, 2, 21));
    GongkaiException e = assertThrows(GongkaiException.class,
        () -> Applications.applyEvent(archived, Fixtures.decide()));
    assertEquals(Code.FAILED_PRECONDITION, e.code());
    assertTrue(e.getMessage().contains("2024-0007"), e.getMessage());
    assertFalse(e.getMessage().contains("MARKER"), e.getMessage());
    assertThrows(GongkaiException.class, () -> Applications.check(archived.toBuilder()
        .addEvents(Fixtures.decide()).build()));
  }

  @Test
  void replyDueOverSpringFestival() {
    DeadlineReport report = Applications.deadlines(Fixtures.app(), LocalDate.of(2024, 2, 20));
    Deadline reply = reply(report);
    assertEquals(LocalDate.of(2024, 3, 6), Dates.toLocalDate(reply.getDue()));
    assertEquals(11, reply.getWorkingDaysLeft());
    assertTrue(Messages.toJson(reply).contains("春节"));
    assertTrue(reply.getStepsCount() > 2);
    assertEquals("2024-0007", report.getApplicationId());

    try (DeadlineOptions options = new DeadlineOptions().countStartDay(true)) {
      DeadlineReport sameDay = Applications.deadlines(Fixtures.app(), LocalDate.of(2024, 2, 20), null, options);
      assertEquals(LocalDate.of(2024, 3, 5), Dates.toLocalDate(reply(sameDay).getDue()));
    }
  }

  @Test
  void deadlinesWithALayeredCalendar() {
    String local = "{\"id\": \"local\", \"version\": \"1\", \"years\": [{\"year\": 2024, \"daysOff\": ["
        + "{\"first\": {\"year\": 2024, \"month\": 3, \"day\": 5}, \"last\": {\"year\": 2024, \"month\": 3, \"day\": 5},"
        + " \"name\": \"地方节日\"}]}]}";
    try (Calendar national = Calendar.national(); Calendar layered = national.layer(local)) {
      DeadlineReport report = Applications.deadlines(Fixtures.app(), LocalDate.of(2024, 2, 20), layered, null);
      assertEquals(LocalDate.of(2024, 3, 7), Dates.toLocalDate(reply(report).getDue()));
      assertTrue(report.getCalendarVersion().endsWith("+local@1"), report.getCalendarVersion());
    }
  }

  @Test
  void badAsOf() {
    GongkaiException e = assertThrows(GongkaiException.class,
        () -> Applications.deadlines(Fixtures.app(), LocalDate.of(2007, 12, 31)));
    assertEquals(Code.OUT_OF_RANGE, e.code());
    assertThrows(NullPointerException.class, () -> Applications.deadlines(Fixtures.app(), null));
  }

  @Test
  void table3FromShards() {
    Application decided = Applications.applyEvent(Fixtures.app(), Fixtures.decide());
    Table3Result result;
    try (Table3 a = new Table3(2024); Table3 b = new Table3(2024)) {
      a.add(List.of(Fixtures.app()));
      b.add(List.of(decided, Application.newBuilder().setId("x2").build()));
      result = a.merge(b).result(Agency.newBuilder().setId("d1").build());
    }
    assertEquals(3, result.getRecordsSeen());
    Map<String, Long> cells = cells(result);
    assertEquals(2, cells.get("t3.new.natural_person"));
    assertEquals(1, cells.get("t3.partial.natural_person"));
    assertEquals(1, cells.get("t3.carried_forward.natural_person"));
    assertEquals("x2", result.getProblemSamples(0).getApplicationId());
    assertEquals("d1", result.getReport().getAgency().getId());
    assertFalse(Messages.toJson(result).contains("MARKER"));
    assertEquals(0, Reports.validate(result.getReport()).getErrorCount());
  }

  @Test
  void table3StreamForms() throws IOException {
    Application decided = Applications.applyEvent(Fixtures.app(), Fixtures.decide());
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    Fixtures.app().writeDelimitedTo(stream);
    decided.writeDelimitedTo(stream);
    String lines = Messages.toJson(Fixtures.app()) + "\n" + Messages.toJson(decided) + "\n";
    try (Table3 list = new Table3(2024); Table3 delimited = new Table3(2024); Table3 json = new Table3(2024, "", null)) {
      list.add(List.of(Fixtures.app(), decided));
      delimited.addDelimited(stream.toByteArray());
      json.addJsonLines(lines);
      Table3Result expected = list.result();
      assertEquals(2, expected.getRecordsCounted());
      assertEquals(expected, delimited.result());
      assertEquals(expected, json.result());
      GongkaiException e = assertThrows(GongkaiException.class, () -> json.addJsonLines("{\n"));
      assertEquals(Code.INVALID_ARGUMENT, e.code());
      assertEquals(expected, json.result(), "a malformed stream adds nothing");
    }
  }

  @Test
  void table3Errors() {
    assertEquals(Code.OUT_OF_RANGE, assertThrows(GongkaiException.class, () -> new Table3(2018)).code());
    assertEquals(Code.NOT_FOUND, assertThrows(GongkaiException.class, () -> new Table3(2024, "2030", null)).code());
    try (Table3 a = new Table3(2024); Table3 b = new Table3(2023)) {
      assertEquals(Code.INVALID_ARGUMENT, assertThrows(GongkaiException.class, () -> a.merge(b)).code());
    }
  }

  @Test
  void feesInFenAsMoney() {
    assertEquals(new java.math.BigDecimal("12.50"), Decimals.yuanFromFen(1250));
    assertEquals(1250, Decimals.fenFromYuan(new java.math.BigDecimal("12.5")));
    assertThrows(ArithmeticException.class, () -> Decimals.fenFromYuan(new java.math.BigDecimal("0.001")));
  }
}
