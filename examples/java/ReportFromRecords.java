import cn.gongkai.AnnualBuilder;
import cn.gongkai.Messages;
import cn.gongkai.Reports;
import cn.gongkai.v1.AnnualRequest;
import cn.gongkai.v1.AnnualResult;
import cn.gongkai.v1.Finding;
import cn.gongkai.v1.RecordProblem;
import java.nio.file.Files;
import java.nio.file.Path;

/** An agency's annual report from a folder of records, with its findings: request.json (agency,
 * year, entered figures) and one JSON-lines file per kind of record (application.jsonl, ...). */
public class ReportFromRecords {
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "records");
    AnnualRequest request = Messages.fromJson(AnnualRequest.class, Files.readString(folder.resolve("request.json")));
    try (AnnualBuilder builder = new AnnualBuilder(request)) {
      for (AnnualBuilder.Kind kind : AnnualBuilder.Kind.values()) {
        Path file = folder.resolve(kind.id() + ".jsonl");  // disclosure, slip, application, remedy
        if (Files.exists(file)) {
          builder.addJsonLines(kind, Files.readString(file));
        }
      }
      AnnualResult result = builder.finish();
      System.out.println(Reports.render(result.getReport(), Reports.Output.TEXT));
      for (Finding f : result.getValidation().getFindingsList()) {
        System.out.println(f.getSeverity() + " " + f.getRule() + ": " + f.getExplanationZh());
      }
      for (RecordProblem p : result.getProblemsList()) {
        System.out.println(p.getSeverity() + " " + p.getRule() + ": " + p.getMessage());
      }
      System.out.printf("%d findings, %d record problems%n", result.getValidation().getFindingsCount(), result.getProblemCount());
    }
  }
}
