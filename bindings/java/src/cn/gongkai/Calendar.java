package cn.gongkai;

import cn.gongkai.GongkaiLibrary.gongkai_calendar;
import cn.gongkai.v1.CalendarSpec;
import cn.gongkai.v1.YearSchedule;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The official working-day calendar (工作日) and working-day arithmetic: the built-in national
 * schedules, with local layers (gongkai.v1.CalendarSpec) over them. Dates lie within
 * 2008-01-01..2100-12-31; a result that depends on a year no schedule covers is computed by the
 * weekday rule and flagged provisional.
 *
 * <p>Thread safety: a Calendar is immutable; one may be used from any number of threads at once.
 * Close it when done (or leave it to the garbage collector); do not close it while another thread
 * still uses it.
 */
public final class Calendar implements AutoCloseable {
  /** Whether a day is a working day, and whether that rests on the weekday rule alone. */
  public record DayStatus(boolean working, boolean provisional) {}

  /** A computed date, and whether any day it depends on lies in a year no schedule covers. */
  public record DateResult(LocalDate date, boolean provisional) {}

  private final Owned<gongkai_calendar> handle;

  private Calendar(PointerByReference out) {
    gongkai_calendar pointer = new gongkai_calendar(out.getValue());
    this.handle = new Owned<>(this, pointer, p -> Lib.get().gongkai_calendar_free(p), "Calendar");
  }

  /** The built-in national calendar (the State Council's schedules). */
  public static Calendar national() {
    GongkaiLibrary lib = Lib.get();
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_calendar_national(out));
    return new Calendar(out);
  }

  /** A calendar of `layer` alone over plain weekdays. */
  public static Calendar weekdaysOnly(CalendarSpec layer) {
    return layered(null, Lib.BINARY, layer.toByteArray());
  }

  /** A calendar of `layerJson` (a gongkai.v1.CalendarSpec as JSON) alone over plain weekdays. */
  public static Calendar weekdaysOnly(String layerJson) {
    return layered(null, Lib.JSON, layerJson.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new calendar: this one with `spec` applied over it (its days off and make-up days win).
   * GongkaiException INVALID_ARGUMENT for a date that does not exist, a make-up day on a
   * weekday, a day both off and make-up (naming the layer, year and date); OUT_OF_RANGE for a
   * year outside 2008..2100. This calendar is not changed.
   */
  public Calendar layer(CalendarSpec spec) {
    return layered(this, Lib.BINARY, spec.toByteArray());
  }

  /** As {@link #layer(CalendarSpec)}, for the spec as JSON. */
  public Calendar layer(String specJson) {
    return layered(this, Lib.JSON, specJson.getBytes(StandardCharsets.UTF_8));
  }

  private static Calendar layered(Calendar base, int format, byte[] data) {
    GongkaiLibrary lib = Lib.get();
    PointerByReference out = new PointerByReference();
    try {
      gongkai_calendar b = base == null ? null : base.handle.get();
      Lib.check(lib.gongkai_calendar_layer(out, b, format, data, Lib.size(data)));
      return new Calendar(out);
    } finally {
      Reference.reachabilityFence(base);
    }
  }

  /** The layers and their versions, e.g. "cn-national@2026-11-29+local@3". */
  public String version() {
    GongkaiLibrary lib = Lib.get();
    try {
      return Lib.callForText(out -> lib.gongkai_calendar_version(out, handle.get()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Whether `date` is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return dayStatus(date).working();
  }

  /** Whether `date` is a working day, and whether no schedule covers its year. */
  public DayStatus dayStatus(LocalDate date) {
    GongkaiLibrary lib = Lib.get();
    IntByReference working = new IntByReference();
    IntByReference provisional = new IntByReference();
    try {
      Lib.check(lib.gongkai_calendar_is_working_day(working, provisional, handle.get(),
          Dates.arg(date, "date")));
      return new DayStatus(working.getValue() != 0, provisional.getValue() != 0);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * The n-th working day after `from` (n >= 1; `from` itself not counted). GongkaiException
   * INVALID_ARGUMENT for n < 1; OUT_OF_RANGE for a date or result outside 2008..2100.
   */
  public DateResult addWorkingDays(LocalDate from, long n) {
    GongkaiLibrary lib = Lib.get();
    byte[] out = new byte[GongkaiLibrary.GONGKAI_DATE_SIZE];
    IntByReference provisional = new IntByReference();
    try {
      Lib.check(lib.gongkai_calendar_add_working_days(out, provisional, handle.get(),
          Dates.arg(from, "from"), n));
      String text = new String(out, 0, GongkaiLibrary.GONGKAI_DATE_SIZE - 1, StandardCharsets.US_ASCII);
      return new DateResult(LocalDate.parse(text), provisional.getValue() != 0);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The number of working days in (from, to]; negative when `to` is before `from`. */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    GongkaiLibrary lib = Lib.get();
    LongByReference out = new LongByReference();
    try {
      Lib.check(lib.gongkai_calendar_working_days_between(out, handle.get(),
          Dates.arg(from, "from"), Dates.arg(to, "to")));
      return out.getValue();
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The year's days off and make-up working days, from every layer; empty lists for a year no
   * layer covers. */
  public YearSchedule year(int year) {
    GongkaiLibrary lib = Lib.get();
    try {
      byte[] data = Lib.callForBuffer(out -> lib.gongkai_calendar_year(out, handle.get(), Lib.BINARY, year));
      return Protos.parse(YearSchedule.parser(), data, "YearSchedule");
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The built-in national calendar the package uses where a caller gives none; never closed. */
  private static final class Shared {
    static final Calendar NATIONAL = national();
  }

  /** `calendar`, or the shared national calendar for null. */
  static Calendar orNational(Calendar calendar) {
    return calendar != null ? calendar : Shared.NATIONAL;
  }

  /** The handle, for the other classes of the package; the caller fences this object. */
  gongkai_calendar pointer() {
    return handle.get();
  }

  /** Frees the calendar; later calls on it throw IllegalStateException. Closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
