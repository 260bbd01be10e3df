package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_calendar;
import cn.gongkai.GongkaiLibrary.gongkai_deadline_options;
import cn.gongkai.v1.Disclosure;
import cn.gongkai.v1.PublicationTimeliness;
import cn.gongkai.v1.Remedy;
import java.lang.ref.Reference;
import java.time.LocalDate;

/**
 * Proactive disclosure (主动公开) records and remedy cases (复议 / 诉讼), one record at a time:
 * their own fields checked, and 第二十六条's publication deadline. Whole years of records become a
 * report through {@link AnnualBuilder}; 索引号 through {@link IndexRegistry}; issuance slips
 * through {@link Slips}. Messages name records by id.
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Disclosures {
  private Disclosures() {}

  /**
   * Checks a disclosure record's own fields (docs/disclosure.md). GongkaiException
   * INVALID_ARGUMENT naming the field (a missing 生成日期, an impossible date, a publication without
   * channel or date, repealed before written, ...); OUT_OF_RANGE for a date outside 2008..2100.
   */
  public static void check(Disclosure record) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = record.toByteArray();
    Lib.check(lib.gongkai_disclosure_check(Lib.BINARY, data, Lib.size(data)));
  }

  /** 第二十六条 for one record as of `asOf`, by the national calendar. */
  public static PublicationTimeliness timeliness(Disclosure record, LocalDate asOf) {
    return timeliness(record, asOf, null, null);
  }

  /**
   * 第二十六条 for one record: due 20 working days (or the record's own limit) after it was formed
   * or changed; late, or overdue as of `asOf`. `calendar` may be null (national); `options` may
   * be null, and only its count-start-day setting is used. Errors as for {@link #check}.
   */
  public static PublicationTimeliness timeliness(Disclosure record, LocalDate asOf, Calendar calendar,
      DeadlineOptions options) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = record.toByteArray();
    CString date = Dates.arg(asOf, "as_of");
    try {
      gongkai_calendar c = cal.pointer();
      gongkai_deadline_options o = options == null ? null : options.pointer();
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_disclosure_timeliness(b, c, o, Lib.BINARY, data,
          Lib.size(data), date));
      return Protos.parse(PublicationTimeliness.parser(), out, "PublicationTimeliness");
    } finally {
      Reference.reachabilityFence(cal);
      Reference.reachabilityFence(options);
    }
  }

  /**
   * Checks a remedy case: kind, dates, a result exactly when concluded. GongkaiException
   * INVALID_ARGUMENT naming the field; OUT_OF_RANGE for a date outside 2008..2100.
   */
  public static void checkRemedy(Remedy record) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = record.toByteArray();
    Lib.check(lib.gongkai_remedy_check(Lib.BINARY, data, Lib.size(data)));
  }
}
