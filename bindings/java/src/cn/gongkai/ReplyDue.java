package cn.gongkai;

import cn.gongkai.v1.Application;
import cn.gongkai.v1.ConsultationParty;
import cn.gongkai.v1.Deadline;
import cn.gongkai.v1.DeadlineKind;
import cn.gongkai.v1.DeadlineReport;
import cn.gongkai.v1.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The reply due date (答复期限, 第三十三条) of an application received on a date: 20 working days
 * from the day after receipt by the national calendar, plus an approved extension (at most 20
 * working days), with the working days of each consultation (征求意见, 第三十二、三十四条) not
 * counted. The same number as the first line of {@code gongkai deadline --received D
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
 * <p>For an application with a history (corrections, fees, open consultations), use
 * {@link Applications#deadlines}, which this class calls with a record built from its fields.
 * A ReplyDue is a plain value holder: not for two threads at once; {@link #due} may be called
 * any number of times.
 */
public final class ReplyDue {
  private final LocalDate received;
  private int extensionDays;
  private final List<LocalDate[]> pauses = new ArrayList<>();
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
   * The reply due date. IllegalArgumentException for consultations that overlap (one may start
   * on the day another ends); GongkaiException INVALID_ARGUMENT for one that starts before
   * receipt, OUT_OF_RANGE for a date outside 2008..2100.
   */
  public LocalDate due() {
    Application application = application();
    LocalDate asOf = received;
    for (LocalDate[] pause : pauses) {
      if (pause[1].isAfter(asOf)) {
        asOf = pause[1];
      }
    }
    DeadlineReport report;
    try (DeadlineOptions options = new DeadlineOptions().countStartDay(countStartDay)) {
      report = Applications.deadlines(application, asOf, calendar, options);
    }
    for (Deadline deadline : report.getDeadlinesList()) {
      if (deadline.getKind() == DeadlineKind.DEADLINE_KIND_REPLY && deadline.hasDue()) {
        return Dates.toLocalDate(deadline.getDue());
      }
    }
    throw new IllegalStateException("gongkai: the library gave no reply due date for " + this);
  }

  /** The record the deadline call reads: registered on receipt, then the extension, then the
   * consultations in date order. */
  Application application() {
    Application.Builder app = Application.newBuilder().setId("reply-due").setReceived(Dates.toProto(received));
    if (extensionDays == 0 && pauses.isEmpty()) {
      return app.build();
    }
    app.addEventsBuilder().setType(EventType.EVENT_TYPE_REGISTERED).setDate(Dates.toProto(received));
    if (extensionDays > 0) {
      app.addEventsBuilder().setType(EventType.EVENT_TYPE_EXTENSION_APPROVED)
          .setDate(Dates.toProto(received)).setExtensionDays(extensionDays)
          .setApprover("政府信息公开工作机构负责人");  // 第三十三条: who approves an extension
    }
    List<LocalDate[]> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing((LocalDate[] p) -> p[0]).thenComparing(p -> p[1]));
    for (int i = 1; i < sorted.size(); i++) {
      LocalDate[] before = sorted.get(i - 1);
      LocalDate[] pause = sorted.get(i);
      if (pause[0].isBefore(before[1])) {
        throw new IllegalArgumentException("pause: " + before[0] + ".." + before[1] + " and "
            + pause[0] + ".." + pause[1] + " overlap");
      }
    }
    for (LocalDate[] pause : sorted) {
      app.addEventsBuilder().setType(EventType.EVENT_TYPE_CONSULTATION_STARTED)
          .setDate(Dates.toProto(pause[0])).setParty(ConsultationParty.CONSULTATION_PARTY_THIRD_PARTY);
      app.addEventsBuilder().setType(EventType.EVENT_TYPE_CONSULTATION_ANSWERED)
          .setDate(Dates.toProto(pause[1])).setParty(ConsultationParty.CONSULTATION_PARTY_THIRD_PARTY);
    }
    return app.build();
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
