package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Agency;
import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Cell;
import cn.gongkai.v1.Finding;
import cn.gongkai.v1.ImportOptions;
import cn.gongkai.v1.ImportResult;
import cn.gongkai.v1.Severity;
import cn.gongkai.v1.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report API from Java: layouts, findings, roll-up, import, the narrative, rendering, money. */
class ReportsTest {
  private static GongkaiException expect(Code code, Runnable call) {
    GongkaiException e = assertThrows(GongkaiException.class, call::run);
    assertEquals(code, e.code(), e.toString());
    return e;
  }

  @Test
  void layoutIdsAndSpecs() {
    assertEquals(List.of("2019", "2021"), Reports.layoutIds());
    assertEquals("国办公开办函〔2021〕30号", Reports.layout("2021").getDocument());
    assertEquals("2019", Reports.layoutForYear(2020).getId());
    assertTrue(Reports.layoutJson("2019", 0).contains("（七）总计"));
  }

  @Test
  void unknownLayout() {
    GongkaiException e = expect(Code.NOT_FOUND, () -> Reports.layout("2008"));
    assertTrue(e.getMessage().contains("known: 2019, 2021"), e.getMessage());
    assertEquals("NOT_FOUND", e.codeName());
  }

  @Test
  void validationFindings() {
    ValidationResult result = Reports.validate(Fixtures.broken());
    assertEquals(2, result.getErrorCount());
    assertEquals(List.of("T3-balance", "T3-total-col"),
        result.getFindingsList().stream().map(Finding::getRule).sorted().toList());
    Finding balance = result.getFindingsList().stream().filter(f -> f.getRule().equals("T3-balance"))
        .findFirst().orElseThrow();
    assertEquals(Severity.SEVERITY_ERROR, balance.getSeverity());
    assertEquals("t3.new.natural_person", balance.getCells(0).getKey());
    assertEquals("0", balance.getExpected());
    assertEquals("1", balance.getActual());
    assertFalse(balance.getExplanationZh().isEmpty());
    assertFalse(balance.getExplanationEn().isEmpty());
    assertTrue(Messages.toJson(result).contains("一、本年新收政府信息公开申请数量"));
  }

  @Test
  void previousYearAndMembers() {
    AnnualReport previous = Fixtures.report("{\"agency\": {\"id\": \"d2\"}, \"year\": 2021,"
        + " \"cells\": [{\"key\": \"t3.carried_forward.total\", \"count\": \"5\"}]}");
    AnnualReport current = Fixtures.report("{\"agency\": {\"id\": \"d2\"}, \"year\": 2022}");
    ValidationResult result = Reports.validate(current, previous, List.of());
    assertEquals(0, result.getErrorCount());
    assertEquals(List.of("cross-year"), result.getFindingsList().stream().map(Finding::getRule).toList());

    AnnualReport merged = Reports.merge(Agency.newBuilder().setId("city").build(),
        List.of(Fixtures.broken(), Fixtures.broken()));
    try (ValidateOptions options = new ValidateOptions()) {
      options.members(List.of(Fixtures.broken(), Fixtures.broken()));
      // The members' own errors, doubled into the sum; no roll-up error.
      assertEquals(2, Reports.validate(merged, options).getErrorCount());
      options.members(List.of(Fixtures.broken()));  // replaces: now the sum is wrong
      assertTrue(Reports.validate(merged, options).getErrorCount() > 2);
    }
  }

  @Test
  void unusableInputRaises() {
    GongkaiException e = expect(Code.INVALID_ARGUMENT, () -> Reports.validate(
        Fixtures.report("{\"year\": 2022, \"cells\": [{\"key\": \"t3.nope.total\", \"count\": \"1\"}]}")));
    assertTrue(e.getMessage().contains("cells[0].key"), e.getMessage());
    expect(Code.OUT_OF_RANGE, () -> Reports.validate(Fixtures.report("{\"year\": 2101}")));
    expect(Code.INVALID_ARGUMENT, () -> Reports.validate(Fixtures.report("{\"year\": 2022}"),
        Fixtures.report("{\"year\": 2020}"), null));
    assertThrows(NullPointerException.class, () -> Reports.validate(null));
  }

  @Test
  void mergeSumsAndListsMembers() {
    AnnualReport d1 = Fixtures.report("{\"agency\": {\"id\": \"d1\"}, \"year\": 2022}");
    AnnualReport merged = Reports.merge(Agency.newBuilder().setId("city").build(), List.of(Fixtures.broken(), d1));
    assertEquals(List.of("d1", "d2"), merged.getMemberIdsList());
    assertEquals(1, Reports.count(merged, "t3.new.natural_person"));
    assertEquals("city", merged.getAgency().getId());

    AnnualReport a = AnnualReport.newBuilder().setYear(2022).setAgency(Agency.newBuilder().setId("a"))
        .addCells(Cell.newBuilder().setKey("t4.cases.direct_total").setCount(3)).build();
    AnnualReport sum = Reports.merge(Agency.newBuilder().setId("p").build(), List.of(a, a, a));
    assertEquals(9, Reports.count(sum, "t4.cases.direct_total"));
    assertEquals(List.of("a"), sum.getMemberIdsList());
  }

  @Test
  void mergeMismatch() {
    GongkaiException e = expect(Code.INVALID_ARGUMENT, () -> Reports.merge(Agency.getDefaultInstance(),
        List.of(Fixtures.report("{\"year\": 2022}"), Fixtures.report("{\"year\": 2023}"))));
    assertTrue(e.getMessage().contains("reports[1].year"), e.getMessage());
    expect(Code.INVALID_ARGUMENT, () -> Reports.merge(Agency.getDefaultInstance(), List.of()));
  }

  @Test
  void importThenRenderCsvRoundTrip() {
    String grid = "0,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n";
    ImportResult result = Reports.importGrid(Fixtures.report("{\"year\": 2022}"), "t4", grid, "朝阳区表四.csv");
    assertEquals(0, result.getWarningsCount());
    // Names cross as UTF-8 whatever the JVM's default charset.
    assertTrue(Messages.toJson(result).contains("朝阳区表四.csv"), "provenance names the grid");
    assertTrue(Reports.render(result.getReport(), Reports.Output.CSV).contains(grid));
  }

  @Test
  void importWarnsAboutVariants() {
    ImportResult result = Reports.importGrid(Fixtures.report("{\"year\": 2022}"), "t4",
        "０,1,,0,1,0,0,0,2,2,0,0,0,0,0\n", null);
    assertEquals(2, result.getWarningsCount());
  }

  @Test
  void badGridNamesTheLine() {
    GongkaiException e = expect(Code.INVALID_ARGUMENT,
        () -> Reports.importGrid(Fixtures.report("{\"year\": 2022}"), "t4", "# header\n1,2,3\n", null));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    expect(Code.NOT_FOUND, () -> Reports.importGrid(Fixtures.report("{\"year\": 2022}"), "t9", "1\n", null));
  }

  private static byte[] docx() throws IOException {
    return Files.readAllBytes(Fixtures.path("data").resolve("documents/ooxml/report-2021.docx"));
  }

  @Test
  void importDocument() throws IOException {
    ImportResult result = Reports.importDocument(docx(), null);
    AnnualReport report = result.getReport();
    assertEquals("示例市市场监督管理局", report.getAgency().getName());
    assertEquals(2021, report.getYear());
    assertEquals("2021", report.getLayout());
    assertEquals("docx", result.getDocumentFormat());
    assertTrue(report.getCellsCount() > 0);
    assertTrue(report.getCells(0).getProvenance().getDetail().contains("table"),
        report.getCells(0).getProvenance().getDetail());
  }

  @Test
  void importDocumentOptionsOverrideTheTitle() throws IOException {
    ImportOptions options = ImportOptions.newBuilder().setYear(2022).setSourceName("示例.docx")
        .setAgency(Agency.newBuilder().setId("a1")).build();
    AnnualReport report = Reports.importDocument(docx(), options).getReport();
    assertEquals(2022, report.getYear());
    assertEquals("a1", report.getAgency().getId());
    assertEquals("示例市市场监督管理局", report.getAgency().getName());
    assertTrue(report.getCells(0).getProvenance().getDetail().contains("示例.docx"));
  }

  @Test
  void importDocumentJunkNamesWhatWasNotFound() {
    byte[] junk = "junk, not a report\n".getBytes(StandardCharsets.UTF_8);
    GongkaiException e = expect(Code.INVALID_ARGUMENT,
        () -> Reports.importDocument(junk, ImportOptions.newBuilder().setYear(2021).build()));
    assertTrue(e.getMessage().contains("table") && e.getMessage().contains("not found"), e.getMessage());
    expect(Code.NOT_FOUND,
        () -> Reports.importDocument(junk, ImportOptions.newBuilder().setYear(2021).setLayout("2008").build()));
    assertThrows(NullPointerException.class, () -> Reports.importDocument(null, null));
  }

  @Test
  void narrativeAgainstTheTables() {
    AnnualReport report = Fixtures.report("{\"year\": 2021, \"layout\": \"2021\","
        + " \"overview\": \"全年共收到政府信息公开申请2500件。\","
        + " \"cells\": [{\"key\": \"t3.new.total\", \"count\": \"2400\"}]}");
    ValidationResult result = Reports.checkNarrative(report);
    assertEquals(List.of("N-new"), result.getFindingsList().stream().map(Finding::getRule).toList());
    assertEquals(Severity.SEVERITY_WARNING, result.getFindings(0).getSeverity());
    assertEquals("2500", result.getFindings(0).getActual());
    assertEquals("2400", result.getFindings(0).getExpected());
    expect(Code.INVALID_ARGUMENT, () -> Reports.checkNarrative(
        Fixtures.report("{\"year\": 2021, \"cells\": [{\"key\": \"t3.nope\", \"count\": \"1\"}]}")));
  }

  @Test
  void renderEveryOutput() {
    for (Reports.Output output : Reports.Output.values()) {
      assertFalse(Reports.render(Fixtures.broken(), output).isEmpty(), output.id());
    }
    assertTrue(Reports.render(Fixtures.broken(), Reports.Output.HTML).contains("rowspan"));
    assertTrue(Reports.render(Fixtures.broken(), "text").contains("自然人"));
    expect(Code.INVALID_ARGUMENT, () -> Reports.render(Fixtures.broken(), "pdf"));
    expect(Code.INVALID_ARGUMENT, () -> Reports.render(Fixtures.broken(), "te\0xt"));
  }

  @Test
  void moneyIsExact() {
    BigDecimal fee = new BigDecimal("12.35");
    AnnualReport report = AnnualReport.newBuilder().setYear(2022)
        .addCells(Cell.newBuilder().setKey("t2.item8.fees.amount").setAmount(Decimals.toProto(fee))).build();
    assertEquals(0, Reports.validate(report).getErrorCount());
    assertEquals(fee, Reports.amount(report, "t2.item8.fees.amount"));
    assertEquals(BigDecimal.ZERO, Reports.amount(report, "t2.item8.fees.previous"));
    assertTrue(Reports.render(report, Reports.Output.TEXT).contains("12.35"));
    // Through the library and back: the same value and scale.
    AnnualReport merged = Reports.merge(Agency.getDefaultInstance(), List.of(report, report));
    assertEquals(new BigDecimal("24.70"), Reports.amount(merged, "t2.item8.fees.amount"));
  }
}
