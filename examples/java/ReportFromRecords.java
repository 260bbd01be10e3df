import cn.gongkai.AnnualBuilder;
import cn.gongkai.Messages;
import cn.gongkai.Reports;
import cn.gongkai.v1.Agency;
import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.AnnualRequest;
import cn.gongkai.v1.AnnualResult;
import cn.gongkai.v1.Finding;
import cn.gongkai.v1.RecordProblem;
import java.nio.file.Files;
import java.nio.file.Path;

/** An agency's annual report from a folder of records (the layout `gongkai report --data` reads:
 * agency.json, entered.json, disclosures.jsonl, slips.jsonl, applications.jsonl, remedies.jsonl),
 * printed with its findings and the records that broke a rule. Arguments: FOLDER YEAR. */
public class ReportFromRecords {
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    AnnualRequest.Builder request = AnnualRequest.newBuilder().setYear(Integer.parseInt(args[1]))
        .setAgency(Messages.fromJson(Agency.class, Files.readString(folder.resolve("agency.json"))));
    if (Files.exists(folder.resolve("entered.json"))) {
      request.setEntered(Messages.fromJson(AnnualReport.class, Files.readString(folder.resolve("entered.json"))));
    }
    try (AnnualBuilder builder = new AnnualBuilder(request.build())) {
      for (AnnualBuilder.Kind kind : AnnualBuilder.Kind.values()) {
        Path file = folder.resolve(kind.id().replaceAll("y$", "ie") + "s.jsonl");  // remedy -> remedies
        if (Files.exists(file)) builder.addJsonLines(kind, Files.readString(file));
      }
      AnnualResult result = builder.finish();
      System.out.println(Reports.render(result.getReport(), Reports.Output.TEXT));
      for (Finding f : result.getValidation().getFindingsList()) {
        System.out.println(f.getSeverity() + " " + f.getRule() + ": " + f.getExplanationZh());
      }
      for (RecordProblem p : result.getProblemsList()) {
        System.out.println(p.getSeverity() + " " + p.getRule() + ": " + p.getMessage());
      }
      System.out.printf("%d findings, %d record problems%n", result.getValidation().getFindingsCount(),
          result.getProblemCount());
    }
  }
}
