package cn.gongkai;

import java.time.LocalDate;

/** Dates between java.time.LocalDate and the gongkai.v1.Date of records and reports. */
public final class Dates {
  private Dates() {}

  /** The LocalDate of a gongkai.v1.Date; java.time.DateTimeException if it is not a date
   * (an unset Date is all zeros: check hasXxx() on the message first). */
  public static LocalDate toLocalDate(cn.gongkai.v1.Date date) {
    return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
  }

  /** The gongkai.v1.Date of a LocalDate. */
  public static cn.gongkai.v1.Date toProto(LocalDate date) {
    return cn.gongkai.v1.Date.newBuilder()
        .setYear(date.getYear())
        .setMonth(date.getMonthValue())
        .setDay(date.getDayOfMonth())
        .build();
  }

  /** "YYYY-MM-DD", as the C API takes dates. */
  static GongkaiLibrary.CString arg(LocalDate date, String what) {
    if (date == null) {
      throw new NullPointerException(what);
    }
    return new GongkaiLibrary.CString(date.toString());
  }
}
