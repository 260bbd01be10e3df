package cn.gongkai;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reply due date (答复期限, 第三十三条) of an application received on a date: 20 working days
 * from the day after receipt by the national calendar, plus an approved extension (at most 20
 * working days), with the working days of each finished consultation (征求意见, 第三十二条)
 * not counted, and from a corrected application when there was one (第三十条). The same number as the first line of {@code gongkai deadline --received D
 * [--extension N] [--pause FROM:TO,...]}.
 *
 * <pre>{@code
 * LocalDate due = Gongkai.replyDue(LocalDate.of(2025, 1, 24));            // 2025-02-27
 * LocalDate later = ReplyDue.of(LocalDate.of(2025, 1, 24))
 *     .extension(20)
 *     .pause(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 14))
 *     .due();                                                       // 2025-04-02
 * }</pre>
 *
 * <p>It calls gongkai_reply_due. For an application with a history (fees, open consultations),
 * use {@link Applications#deadlines}, which gives the same reply date with its explanation.
 * A ReplyDue is a plain value holder: not for two threads at once; {@link #due} may be called
 * any number of times.
 */
public final class ReplyDue {
  private final LocalDate received;
  private int extensionDays;
  private final List<LocalDate[]> pauses = new ArrayList<>();
  private LocalDate correctionReceived;
  private boolean countStartDay;
  private Calendar calendar;

  private ReplyDue(LocalDate received) {
    this.received = Objects.requireNonNull(received, "received");
  }

  /** An application received on `received` (the receipt date under 第三十一条 for its channel). */
  public static ReplyDue of(LocalDate received) {
    return new ReplyDue(received);
  }

  /** An approved extension (延期) of `workingDays`, 0..20; 0 (the default) is none. */
  public ReplyDue extension(int workingDays) {
    if (workingDays < 0 || workingDays > 20) {
      throw new IllegalArgumentException("extension: " + workingDays + " is outside 0..20 (第三十三条)");
    }
    this.extensionDays = workingDays;
    return this;
  }

  /**
   * A consultation from `from` (its start) to `to` (the answer), both on or after receipt; the
   * working days in (from, to] are not counted. Consultations may not overlap; they may be given
   * in any order.
   */
  public ReplyDue pause(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("pause: " + to + " is before " + from);
    }
    pauses.add(new LocalDate[] {from, to});
    return this;
  }

  /**
   * The day a corrected application arrived (补正): the 20 working days run from it (第三十条);
   * the request's own date does not move the reply.
   */
  public ReplyDue correction(LocalDate received) {
    this.correctionReceived = Objects.requireNonNull(received, "received");
    return this;
  }

  /** true: the receipt date is day one when it is a working day; false (default): the next
   * working day is (as {@code gongkai deadline --same_day}). */
  public ReplyDue countStartDay(boolean countStartDay) {
    this.countStartDay = countStartDay;
    return this;
  }

  /** Counts on `calendar` (null, the default: the national calendar). */
  public ReplyDue calendar(Calendar calendar) {
    this.calendar = calendar;
    return this;
  }

  /**
   * The reply due date (gongkai_reply_due). GongkaiException INVALID_ARGUMENT for a consultation
   * that starts before receipt or overlaps another (one may start on the day another ends), a
   * correction before receipt; OUT_OF_RANGE for a date outside 2008..2100.
   */
  public LocalDate due() {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    String[] starts = new String[pauses.size()];
    String[] ends = new String[pauses.size()];
    for (int i = 0; i < pauses.size(); i++) {
      starts[i] = pauses.get(i)[0].toString();
      ends[i] = pauses.get(i)[1].toString();
    }
    byte[] out = new byte[GongkaiLibrary.GONGKAI_DATE_SIZE];
    try (DeadlineOptions options = new DeadlineOptions().countStartDay(countStartDay)) {
      Lib.check(lib.gongkai_reply_due(out, null, cal.pointer(), options.pointer(),
          Dates.arg(received, "received"), extensionDays,
          correctionReceived == null ? null : Dates.arg(correctionReceived, "correction_received"),
          starts, ends, new GongkaiLibrary.SizeT(starts.length)));
    } finally {
      Reference.reachabilityFence(cal);
    }
    return LocalDate.parse(new String(out, 0, GongkaiLibrary.GONGKAI_DATE_SIZE - 1, StandardCharsets.US_ASCII));
  }

  /** "received 2025-01-24, extension 20, pauses [2025-02-10..2025-02-14]". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("received ").append(received);
    if (extensionDays > 0) {
      s.append(", extension ").append(extensionDays);
    }
    if (!pauses.isEmpty()) {
      s.append(", pauses [");
      for (int i = 0; i < pauses.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(pauses.get(i)[0]).append("..").append(pauses.get(i)[1]);
      }
      s.append(']');
    }
    return s.toString();
  }
}
