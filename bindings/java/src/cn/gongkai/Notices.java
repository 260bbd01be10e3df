package cn.gongkai;

import cn.gongkai.GongkaiLibrary.gongkai_calendar;
import cn.gongkai.v1.Notice;
import cn.gongkai.v1.NoticeCheck;
import cn.gongkai.v1.NoticeRequest;
import cn.gongkai.v1.NoticeTemplate;
import java.lang.ref.Reference;

/**
 * The written notices of an application (补正告知书, 延期答复告知书, 征求意见书, 收费通知书, 答复书),
 * composed from its history with every date from the case engine (docs/notices.md). Requests are
 * cn.gongkai.v1.NoticeRequest messages. A notice holds personal data (the applicant's name, the
 * request): it is the document itself; exception messages never do. The national calendar is
 * used where none is given.
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Notices {
  private Notices() {}

  /** The notice `request` asks for, rendered, by the national calendar. */
  public static byte[] write(NoticeRequest request) {
    return write(request, null);
  }

  /**
   * The notice `request` asks for, rendered in request.getFormat(): UTF-8 text or HTML, or the
   * bytes of a .docx file. GongkaiException FAILED_PRECONDITION, giving the rule, when the
   * history does not support the notice; INVALID_ARGUMENT naming the field for an unknown kind or
   * format, a template that drops a required element, a missing detail; OUT_OF_RANGE for a date
   * outside the calendar or a 文号 serial too large. `calendar` may be null (national).
   */
  public static byte[] write(NoticeRequest request, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = request.toByteArray();
    try {
      gongkai_calendar c = cal.pointer();
      return Lib.callForBuffer(b -> lib.gongkai_notice_write(b, c, Lib.BINARY, data, Lib.size(data)));
    } finally {
      Reference.reachabilityFence(cal);
    }
  }

  /** The notice before rendering, by the national calendar. */
  public static Notice compose(NoticeRequest request) {
    return compose(request, null);
  }

  /**
   * The notice before rendering: paragraphs, 文号, the provisions cited and the dates stated;
   * isProvisional() when a date lies in a year no calendar layer covers. Errors as for
   * {@link #write(NoticeRequest, Calendar)}.
   */
  public static Notice compose(NoticeRequest request, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = request.toByteArray();
    try {
      gongkai_calendar c = cal.pointer();
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_notice_compose(b, c, Lib.BINARY, data,
          Lib.size(data)));
      return Protos.parse(Notice.parser(), out, "Notice");
    } finally {
      Reference.reachabilityFence(cal);
    }
  }

  /** Checks `text` against the case, by the national calendar. */
  public static NoticeCheck check(NoticeRequest request, String text) {
    return check(request, text, null);
  }

  /**
   * Checks `text`, the plain text of a notice of request.getKind() written elsewhere, against the
   * case: the findings are the disagreements (none: it agrees). The template is not needed.
   * Errors as for {@link #write(NoticeRequest, Calendar)}.
   */
  public static NoticeCheck check(NoticeRequest request, String text, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    Calendar cal = Calendar.orNational(calendar);
    byte[] data = request.toByteArray();
    byte[] bytes = Lib.utf8(text);
    try {
      gongkai_calendar c = cal.pointer();
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_notice_check(b, c, Lib.BINARY, data,
          Lib.size(data), bytes, Lib.size(bytes)));
      return Protos.parse(NoticeCheck.parser(), out, "NoticeCheck");
    } finally {
      Reference.reachabilityFence(cal);
    }
  }

  /**
   * Checks an agency's template: GongkaiException INVALID_ARGUMENT naming the field and any
   * element the law requires that it drops.
   */
  public static void checkTemplate(NoticeTemplate template) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = template.toByteArray();
    Lib.check(lib.gongkai_notice_template_check(Lib.BINARY, data, Lib.size(data)));
  }
}
