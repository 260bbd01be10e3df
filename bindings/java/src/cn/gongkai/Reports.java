package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_validate_options;
import cn.gongkai.v1.Agency;
import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Cell;
import cn.gongkai.v1.ImportOptions;
import cn.gongkai.v1.ImportResult;
import cn.gongkai.v1.LayoutSpec;
import cn.gongkai.v1.ValidationResult;
import com.sun.jna.ptr.IntByReference;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.util.List;

/**
 * The annual report (政府信息公开工作年度报告): layouts, validation with explanations, roll-up,
 * import from a spreadsheet grid or a whole published document, the narrative check, rendering.
 * Reports are cn.gongkai.v1.AnnualReport messages.
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Reports {
  /** What {@link #render(AnnualReport, Output)} writes: the C enum gongkai_render_output. */
  public enum Output {
    /** Aligned for a terminal. */
    TEXT("text", GongkaiLibrary.GONGKAI_RENDER_TEXT),
    MARKDOWN("markdown", GongkaiLibrary.GONGKAI_RENDER_MARKDOWN),
    /** The numbers-only grids that {@link #importGrid} reads back. */
    CSV("csv", GongkaiLibrary.GONGKAI_RENDER_CSV),
    /** The grids with their statutory labels. */
    CSV_LABELS("csv-labels", GongkaiLibrary.GONGKAI_RENDER_CSV_LABELS),
    JSON("json", GongkaiLibrary.GONGKAI_RENDER_JSON),
    /** An HTML fragment with the statutory merged cells. */
    HTML("html", GongkaiLibrary.GONGKAI_RENDER_HTML),
    /** A whole HTML page. */
    HTML_DOCUMENT("html-document", GongkaiLibrary.GONGKAI_RENDER_HTML_DOCUMENT);

    private final String id;
    private final int value;

    Output(String id, int value) {
      this.id = id;
      this.value = value;
    }

    /** The output's name, as the CLI's --output takes it ("csv-labels"). */
    public String id() {
      return id;
    }

    /** The value of the C enum gongkai_render_output. */
    public int value() {
      return value;
    }
  }

  private Reports() {}

  /** The ids of the built-in layouts, sorted ("2019", "2021"). */
  public static List<String> layoutIds() {
    GongkaiLibrary lib = Lib.get();
    return Lib.callForText(out -> lib.gongkai_layout_ids(out)).lines().toList();
  }

  /** Layout `id`: tables, keys, statutory labels, value kinds, rules. GongkaiException
   * NOT_FOUND for an unknown id. */
  public static LayoutSpec layout(String id) {
    return layout(id, 0);
  }

  /** The layout in force for report year `year`; NOT_FOUND for a year no layout covers. */
  public static LayoutSpec layoutForYear(int year) {
    return layout("", year);
  }

  private static LayoutSpec layout(String id, int year) {
    GongkaiLibrary lib = Lib.get();
    CString name = Lib.name(id, "id");
    byte[] data = Lib.callForBuffer(out -> lib.gongkai_layout_get(out, Lib.BINARY, name, year));
    return Protos.parse(LayoutSpec.parser(), data, "LayoutSpec");
  }

  /** Layout `id` (or, with id "", the one in force for `year`) as JSON. */
  public static String layoutJson(String id, int year) {
    GongkaiLibrary lib = Lib.get();
    CString name = Lib.name(id, "id");
    return Lib.callForText(out -> lib.gongkai_layout_get(out, Lib.JSON, name, year));
  }

  /** Checks `report` against every rule of its layout; see {@link #validate(AnnualReport,
   * ValidateOptions)}. */
  public static ValidationResult validate(AnnualReport report) {
    return validate(report, (ValidateOptions) null);
  }

  /**
   * Checks `report` against every rule of its layout, also against `previous` (the year
   * before; may be null) and `members` (the reports it consolidates; may be empty).
   */
  public static ValidationResult validate(AnnualReport report, AnnualReport previous,
      Iterable<AnnualReport> members) {
    try (ValidateOptions options = new ValidateOptions()) {
      if (previous != null) {
        options.previous(previous);
      }
      if (members != null && members.iterator().hasNext()) {
        options.members(members);
      }
      return validate(report, options);
    }
  }

  /**
   * Checks `report` against every rule of its layout and of `options` (may be null). A report
   * that breaks rules is no failure: the result lists each finding with its rule, severity,
   * cells, expected and actual values and a one-line explanation in Chinese and English.
   * GongkaiException for a report that cannot be checked: INVALID_ARGUMENT (a key the layout
   * lacks, a value of the wrong kind, a previous report not of the year before), NOT_FOUND (an
   * unknown layout), OUT_OF_RANGE (a year outside 2019..2100, a sum beyond 64 bits).
   */
  public static ValidationResult validate(AnnualReport report, ValidateOptions options) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    IntByReference errors = new IntByReference();
    try {
      gongkai_validate_options o = options == null ? null : options.pointer();
      byte[] out = Lib.callForBuffer(
          b -> lib.gongkai_report_validate(b, errors, o, Lib.BINARY, data, Lib.size(data)));
      return Protos.parse(ValidationResult.parser(), out, "ValidationResult");
    } finally {
      Reference.reachabilityFence(options);
    }
  }

  /**
   * The consolidated report of `parent`: the cell-wise sum of `reports` (one year, one layout),
   * member_ids listing the members. Associative and commutative. GongkaiException
   * INVALID_ARGUMENT for no reports or reports of different years or layouts (naming the
   * message); OUT_OF_RANGE when a sum exceeds 64 bits (naming the cell).
   */
  public static AnnualReport merge(Agency parent, Iterable<AnnualReport> reports) {
    GongkaiLibrary lib = Lib.get();
    byte[] agency = parent.toByteArray();
    byte[] stream = Protos.delimited(reports);
    byte[] out = Lib.callForBuffer(b -> lib.gongkai_report_merge(b, Lib.BINARY, agency, Lib.size(agency),
        stream, Lib.size(stream)));
    return Protos.parse(AnnualReport.parser(), out, "AnnualReport");
  }

  /**
   * Reads statutory table `table` ("t2", "t3" or "t4") from the CSV grid a person copies out of a
   * spreadsheet or a published page into `report`: the result holds the report with that table's
   * cells replaced, and a warning for each variant of the text accepted (full-width digits,
   * blanks read as zero, ...). `sourceName` (may be null) names the grid in provenance and
   * messages. GongkaiException INVALID_ARGUMENT for a grid of the wrong shape (naming the line);
   * NOT_FOUND for an unknown table or layout.
   */
  public static ImportResult importGrid(AnnualReport report, String table, String csv, String sourceName) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    CString t = Lib.name(table, "table");
    byte[] grid = Lib.utf8(csv);
    CString source = sourceName == null ? null : Lib.name(sourceName, "source_name");
    byte[] out = Lib.callForBuffer(b -> lib.gongkai_report_import_grid(b, Lib.BINARY, data, Lib.size(data),
        t, grid, Lib.size(grid), source));
    return Protos.parse(ImportResult.parser(), out, "ImportResult");
  }

  /**
   * Reads a whole published annual report from its bytes: a saved web page, a Word (.docx) or
   * Excel (.xlsx) file, a PDF, or a CSV/text export, in UTF-8 or GB18030/GBK. Finds tables 二, 三
   * and 四 by their statutory labels, tells the layout from their shape and the agency and year
   * from the title. The result holds the report (each cell's provenance naming the table, row and
   * column it was read from; the narrative sections), the warnings, and the document's format and
   * title. `options` (may be null for the defaults) names the document and overrides the format,
   * agency, year and layout. GongkaiException INVALID_ARGUMENT for a document that cannot be read,
   * one without a year in its title when none is given, or tables no layout explains (the message
   * says, for each layout, which table was not found or which row did not read), or an unknown
   * document format; NOT_FOUND for an unknown layout; OUT_OF_RANGE for a year outside the
   * library's range.
   */
  public static ImportResult importDocument(byte[] document, ImportOptions options) {
    if (document == null) {
      throw new NullPointerException("document");
    }
    GongkaiLibrary lib = Lib.get();
    byte[] o = options == null ? null : options.toByteArray();
    byte[] out = Lib.callForBuffer(b -> lib.gongkai_report_import_document(b, Lib.BINARY, o, Lib.size(o),
        document, Lib.size(document)));
    return Protos.parse(ImportResult.parser(), out, "ImportResult");
  }

  /**
   * Compares the figures the report's narrative (overview, problems, other_matters) states with
   * the table cells they restate: warnings (rules "N-...", docs/import.md), each with the cells,
   * the tables' value as expected and the narrative's as actual. GongkaiException INVALID_ARGUMENT
   * for a malformed report; NOT_FOUND for an unknown layout.
   */
  public static ValidationResult checkNarrative(AnnualReport report) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    byte[] out = Lib.callForBuffer(
        b -> lib.gongkai_report_check_narrative(b, Lib.BINARY, data, Lib.size(data)));
    return Protos.parse(ValidationResult.parser(), out, "ValidationResult");
  }

  /** The report as text in `output`. */
  public static String render(AnnualReport report, Output output) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    return Lib.callForText(b -> lib.gongkai_report_render(b, Lib.BINARY, output.value(), data, Lib.size(data)));
  }

  /**
   * The report as text in `output` ("text", "markdown", "csv", "csv-labels", "json", "html",
   * "html-document"). GongkaiException INVALID_ARGUMENT for an unknown output.
   */
  public static String render(AnnualReport report, String output) {
    if (output == null) {
      throw new NullPointerException("output");
    }
    for (Output o : Output.values()) {
      if (o.id().equals(output)) {
        return render(report, o);
      }
    }
    throw new GongkaiException(Code.INVALID_ARGUMENT, "output: \"" + output + "\" is not one of text, markdown, "
        + "csv, csv-labels, json, html, html-document");
  }

  /** The count in cell `key`; 0 when the report omits it (as the layout reads it). */
  public static long count(AnnualReport report, String key) {
    for (Cell cell : report.getCellsList()) {
      if (cell.getKey().equals(key)) {
        return cell.getCount();
      }
    }
    return 0;
  }

  /** The money amount in cell `key`, exact; 0 when the report omits it. */
  public static BigDecimal amount(AnnualReport report, String key) {
    for (Cell cell : report.getCellsList()) {
      if (cell.getKey().equals(key)) {
        return Decimals.toBigDecimal(cell.getAmount());
      }
    }
    return BigDecimal.ZERO;
  }
}
