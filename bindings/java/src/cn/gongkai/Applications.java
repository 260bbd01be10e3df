package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_calendar;
import cn.gongkai.GongkaiLibrary.gongkai_deadline_options;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.DeadlineReport;
import cn.gongkai.v1.Event;
import java.lang.ref.Reference;
import java.time.LocalDate;

/**
 * Disclosure applications (依申请公开): their append-only history checked against the rules,
 * events appended, and deadlines as of a date with step-by-step explanations. Records are
 * cn.gongkai.v1.Application messages. The national calendar is used where none is given.
 * Messages about a record name it by its id and never repeat the applicant's personal data.
 * Thread safety: every method may be called from any number of threads at once (a
 * DeadlineOptions must not be shared meanwhile).
 */
public final class Applications {
  private Applications() {}

  /** Checks a record and its whole history against the rules, by the national calendar. */
  public static void check(Application application) {
    check(application, null);
  }

  /**
   * Checks a record and its whole history against the rules (docs/cases.md). GongkaiException
   * FAILED_PRECONDITION for an event not allowed where it stands (naming the record, the
   * event's index and type, and the state); INVALID_ARGUMENT for a malformed record;
   * OUT_OF_RANGE for a date outside 2008..2100. `calendar` may be null (national).
   */
  public static void check(Application application, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = application.toByteArray();
    try {
      Lib.check(lib.gongkai_application_check(cal.pointer(), Lib.BINARY, data, Lib.size(data)));
    } finally {
      Reference.reachabilityFence(cal);
    }
  }

  /** `application` with `event` appended, by the national calendar. */
  public static Application applyEvent(Application application, Event event) {
    return applyEvent(application, event, null);
  }

  /**
   * A new record: `application` with `event` appended, if its history allows it (the input is
   * not changed). Errors as for {@link #check}. `calendar` may be null (national).
   */
  public static Application applyEvent(Application application, Event event, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = application.toByteArray();
    byte[] ev = event.toByteArray();
    try {
      gongkai_calendar c = cal.pointer();
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_application_apply_event(b, c, Lib.BINARY, data,
          Lib.size(data), ev, Lib.size(ev)));
      return Protos.parse(Application.parser(), out, "Application");
    } finally {
      Reference.reachabilityFence(cal);
    }
  }

  /** The deadlines of `application` as of `asOf`, by the national calendar and the defaults. */
  public static DeadlineReport deadlines(Application application, LocalDate asOf) {
    return deadlines(application, asOf, null, null);
  }

  /**
   * The deadlines of `application` as of `asOf`: reply, correction notice, correction,
   * third-party answers, fee payment; each with its due date, met or overdue, working days left,
   * provisional flag and the steps that explain it. `calendar` and `options` may be null (the
   * national calendar; the defaults). Errors as for {@link #check}.
   */
  public static DeadlineReport deadlines(Application application, LocalDate asOf, Calendar calendar,
      DeadlineOptions options) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = application.toByteArray();
    CString date = Dates.arg(asOf, "as_of");
    try {
      gongkai_calendar c = cal.pointer();
      gongkai_deadline_options o = options == null ? null : options.pointer();
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_application_deadlines(b, c, o, Lib.BINARY, data,
          Lib.size(data), date));
      return Protos.parse(DeadlineReport.parser(), out, "DeadlineReport");
    } finally {
      Reference.reachabilityFence(cal);
      Reference.reachabilityFence(options);
    }
  }
}
