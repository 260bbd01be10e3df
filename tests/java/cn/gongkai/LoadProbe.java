package cn.gongkai;

import cn.gongkai.v1.AnnualRequest;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.Disclosure;
import cn.gongkai.v1.IssuanceSlip;
import cn.gongkai.v1.NoticeTemplate;
import java.util.List;

/**
 * Run by LoadingTest in a JVM of its own: calls the entry point args[0] (default "version") twice
 * and prints, for each call, "OK <library path> <version>" when the call reached the library (a
 * GongkaiException counts: the library answered), or "ERROR <class>: <message>" for what loading
 * threw (line breaks as \n).
 */
public final class LoadProbe {
  /** One entry point of each public class that calls C. */
  static final List<String> ENTRIES = List.of("version", "calendar", "table3", "messages", "reports",
      "validate_options", "deadline_options", "applications", "disclosures", "slips", "registry", "annual",
      "notices", "filing_registry");

  private LoadProbe() {}

  static void call(String entry) {
    switch (entry) {
      case "version" -> Gongkai.version();
      case "calendar" -> Calendar.national().close();
      case "table3" -> new Table3(2024).close();
      case "messages" -> Messages.typeNames();
      case "reports" -> Reports.layoutIds();
      case "validate_options" -> new ValidateOptions().close();
      case "deadline_options" -> new DeadlineOptions().close();
      case "applications" -> Applications.check(Application.getDefaultInstance());
      case "disclosures" -> Disclosures.check(Disclosure.getDefaultInstance());
      case "slips" -> Slips.replay(IssuanceSlip.getDefaultInstance());
      case "registry" -> new IndexRegistry().close();
      case "annual" -> new AnnualBuilder(AnnualRequest.getDefaultInstance()).close();
      case "notices" -> Notices.checkTemplate(NoticeTemplate.getDefaultInstance());
      case "filing_registry" -> Registry.open(java.nio.file.Path.of("/nonexistent/probe.db")).close();
      default -> throw new IllegalArgumentException("LoadProbe: no entry point " + entry);
    }
  }

  public static void main(String[] args) {
    String entry = args.length > 0 ? args[0] : "version";
    for (int i = 0; i < 2; i++) {
      try {
        try {
          call(entry);
        } catch (GongkaiException reached) {
          // The library answered: loading worked.
        }
        System.out.println("OK " + Gongkai.libraryPath() + " " + Gongkai.version());
      } catch (LinkageError e) {
        System.out.println("ERROR " + e.getClass().getName() + ": " + e.getMessage().replace("\n", "\\n"));
      }
    }
  }
}
