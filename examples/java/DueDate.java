// The reply due date of a disclosure application, in the import style bindings/java/README.md
// recommends for wildcard imports.
import cn.gongkai.*;
import cn.gongkai.v1.*;
import java.time.*;
import java.util.*;
// Three simple names of cn.gongkai and cn.gongkai.v1 are also names in packages programs import
// whole: Calendar (java.util), Date (java.util, java.sql) and Event (java.awt). Two wildcard
// imports of the same name make every use of it a compile error ("reference to Calendar is
// ambiguous"); a single-type import wins over every wildcard import, so name the ones you use:
import cn.gongkai.Calendar;

/**
 * Prints the reply due date of an application received on args[0] (YYYY-MM-DD) as the first line,
 * like `gongkai deadline --received`, then how it was counted. Options after the date:
 * "--extension N" (working days, 0..20) and "--pause FROM:TO" (a consultation; repeatable).
 */
public final class DueDate {
  private DueDate() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: DueDate YYYY-MM-DD [--extension N] [--pause FROM:TO]...");
      System.exit(2);
    }
    LocalDate received = LocalDate.parse(args[0]);
    ReplyDue reply = ReplyDue.of(received);
    List<String> pauses = new ArrayList<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--extension" -> reply.extension(Integer.parseInt(args[i + 1]));
        case "--pause" -> {
          String[] ends = args[i + 1].split(":", 2);
          reply.pause(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
          pauses.add(args[i + 1]);
        }
        default -> throw new IllegalArgumentException("DueDate: unknown option " + args[i]);
      }
    }
    // The common case is one call: Gongkai.replyDue(received), or with an extension,
    // Gongkai.replyDue(received, days).
    LocalDate due = reply.due();
    System.out.println(due);
    try (Calendar calendar = Calendar.national()) {
      System.out.println(calendar.workingDaysBetween(received, due) + " working days after "
          + received + (pauses.isEmpty() ? "" : ", consultations " + String.join(", ", pauses))
          + ", calendar " + calendar.version());
    }
  }
}
