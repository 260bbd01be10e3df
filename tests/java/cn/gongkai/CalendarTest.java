package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.CalendarSpec;
import cn.gongkai.v1.DayOffRange;
import cn.gongkai.v1.YearSchedule;
import com.sun.jna.ptr.IntByReference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The working-day calendar from Java. */
class CalendarTest {
  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void nationalArithmetic() {
    try (Calendar cal = Calendar.national()) {
      assertTrue(cal.version().startsWith("cn-national@"), cal.version());
      // Over 春节 2024 and its two make-up Sundays.
      assertEquals(new Calendar.DateResult(d(2024, 3, 6), false), cal.addWorkingDays(d(2024, 2, 2), 20));
      assertEquals(d(2024, 2, 18), cal.addWorkingDays(d(2024, 2, 2), 7).date());
      assertEquals(20, cal.workingDaysBetween(d(2024, 2, 2), d(2024, 3, 6)));
      assertEquals(-20, cal.workingDaysBetween(d(2024, 3, 6), d(2024, 2, 2)));
      assertEquals(new Calendar.DayStatus(false, false), cal.dayStatus(d(2020, 2, 1)));
      assertEquals(new Calendar.DayStatus(true, true), cal.dayStatus(d(2027, 1, 1)));
      assertTrue(cal.isWorkingDay(d(2024, 2, 18)));  // a make-up Sunday
      assertTrue(cal.addWorkingDays(d(2026, 12, 25), 5).provisional());
    }
  }

  @Test
  void yearView() {
    try (Calendar cal = Calendar.national()) {
      YearSchedule year = cal.year(2020);
      DayOffRange spring = year.getDaysOffList().stream().filter(r -> r.getName().equals("春节"))
          .findFirst().orElseThrow();
      assertEquals(d(2020, 2, 2), Dates.toLocalDate(spring.getLast()));
      assertEquals(6, year.getMakeupWorkingDaysCount());
      assertEquals(0, cal.year(2090).getDaysOffCount());
    }
  }

  @Test
  void layers() {
    CalendarSpec local = CalendarSpec.newBuilder().setId("local").setVersion("1")
        .addYears(YearSchedule.newBuilder().setYear(2024).addDaysOff(DayOffRange.newBuilder()
            .setFirst(Dates.toProto(d(2024, 3, 5))).setLast(Dates.toProto(d(2024, 3, 5))).setName("地方节日")))
        .build();
    try (Calendar national = Calendar.national(); Calendar layered = national.layer(local)) {
      assertEquals(d(2024, 3, 7), layered.addWorkingDays(d(2024, 2, 2), 20).date());
      assertEquals(d(2024, 3, 6), national.addWorkingDays(d(2024, 2, 2), 20).date());
      assertTrue(layered.version().endsWith("+local@1"), layered.version());
    }
    try (Calendar alone = Calendar.weekdaysOnly(local)) {
      assertFalse(alone.isWorkingDay(d(2024, 3, 5)));
      assertTrue(alone.isWorkingDay(d(2024, 2, 12)), "no national 春节 under this calendar");
      assertFalse(alone.isWorkingDay(d(2024, 2, 18)), "nor its make-up Sunday");
    }
  }

  @Test
  void errors() {
    try (Calendar cal = Calendar.national()) {
      GongkaiException e = assertThrows(GongkaiException.class, () -> cal.dayStatus(d(2007, 12, 31)));
      assertEquals(Code.OUT_OF_RANGE, e.code());
      e = assertThrows(GongkaiException.class, () -> cal.addWorkingDays(d(2019, 3, 1), 0));
      assertEquals(Code.INVALID_ARGUMENT, e.code());
      e = assertThrows(GongkaiException.class, () -> cal.layer("{\"id\": \"西藏\", \"years\": [{\"year\": 2024,"
          + " \"makeupWorkingDays\": [{\"year\": 2024, \"month\": 3, \"day\": 13}]}]}"));
      assertEquals(Code.INVALID_ARGUMENT, e.code());
      assertTrue(e.getMessage().contains("weekday"), e.getMessage());
      assertTrue(e.getMessage().contains("西藏"), "messages are read as UTF-8: " + e.getMessage());
      assertThrows(NullPointerException.class, () -> cal.isWorkingDay(null));
      assertThrows(GongkaiException.class, () -> Calendar.weekdaysOnly("{"));
    }
  }

  @Test
  void malformedDateThroughTheRawApi() {
    // A LocalDate cannot be 2019-02-29; the raw call shows the library's own message.
    try (Calendar cal = Calendar.national()) {
      int code = Gongkai.library().gongkai_calendar_is_working_day(new IntByReference(), null, cal.pointer(),
          new GongkaiLibrary.CString("2019-02-29"));
      GongkaiException e = assertThrows(GongkaiException.class, () -> Lib.check(code));
      assertEquals(Code.INVALID_ARGUMENT, e.code());
      assertTrue(e.getMessage().contains("2019-02-29 is not a date"), e.getMessage());
    }
  }

  @Test
  void closedCalendar() {
    Calendar cal = Calendar.national();
    cal.close();
    cal.close();  // twice is fine
    IllegalStateException e = assertThrows(IllegalStateException.class, cal::version);
    assertEquals("Calendar is closed", e.getMessage());
  }
}
