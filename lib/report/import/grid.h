// Import of a statutory table from the grid a person copies out of a spreadsheet or a published
// web page, as CSV: one line per data row in statutory order, cells left to right, with or
// without the label columns. The inverse of the CSV renderer's output.
//
// How a grid is read (the layout supplies every label and column count):
//  - CSV per RFC 4180, UTF-8, optionally with a byte order mark. Lines starting with '#' and
//    empty lines are skipped. Line numbers in messages count every physical line from 1.
//  - A data line ends with the N value cells of its row (N = the columns of the row's section:
//    table 二 by section, 7 for 三, 15 for 四); cells before them are labels (text or blank).
//    The values are the last N cells, or, if that would leave a number among the labels, the N
//    cells from the first number on; the empty cells after them are spreadsheet padding and are
//    dropped. A line of text without numbers is a header (申请人情况, 信息内容, 第二十条第（一）项)
//    and is skipped, unless its last text is a row's own label: then it is that row, with blank
//    values.
//  - A line of nothing but empty cells is a row of zeros when the grid needs it to have its
//    number of data lines, and spreadsheet padding otherwise.
//  - Label cells must name the expected row, in order: the section label (table 二), then the
//    labels of the row's path from its group down to itself; any may be blank (merged cells) or
//    left out. Printed variants of a label are accepted (MatchLabel, report/import_label.h).
//  - Values: see ParseGridNumber (report/import_number.h). Every accepted variant of the
//    statutory form is reported as one warning per kind of variant and table.
#ifndef GONGKAI_LIB_REPORT_IMPORT_GRID_H_
#define GONGKAI_LIB_REPORT_IMPORT_GRID_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gongkai/v1/common.pb.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::report {

// One table read from a grid.
struct ImportResult {
  // Figures::Empty(layout) with every cell of the table present, its value and provenance
  // {SOURCE_IMPORTED, "<source_name> line N"}. Money of an open unit (2019 采购总金额) keeps
  // MONEY_UNIT_UNSPECIFIED: a grid does not say the unit; the caller sets figures.units.
  Figures figures;
  // "import-variant" warnings, one per kind of variant found, in order of first occurrence.
  std::vector<v1::Finding> warnings;
};

// Reads table `table_key` ("t2", "t3", "t4") of `layout` from `csv_text`; `source_name` (a file
// name, say) names the grid in provenance and warnings. InvalidArgument, naming the table and
// the line but quoting no more than one cell, for: an unknown table key; invalid UTF-8 (line
// and byte); malformed CSV; a data line with too few or too many values ("t3 grid line 7:
// expected 7 numbers (自然人 … 总计), found 6"); a grid with another number of data lines than
// the table has; a label that names another row; a value that is not a number, a fraction in a
// count column, or more than kMaxScale decimals.
absl::StatusOr<ImportResult> ImportGrid(const Layout& layout, absl::string_view table_key,
                                        absl::string_view csv_text, absl::string_view source_name);

// One table's grid for ImportReport. The views must outlive the call.
struct TableGrid {
  absl::string_view table_key;  // "t2", "t3" or "t4"
  absl::string_view csv_text;
  absl::string_view source_name;
};

struct ImportedReport {
  // agency, year, layout and every cell of the layout (WriteFigures): the cells of tables no
  // grid gave are written as zero and without provenance.
  v1::AnnualReport report;
  // The same figures; present[i] is true only for cells of the tables given, which is how a
  // caller tells an imported zero from a table that was not imported.
  Figures figures;
  // The warnings of every grid, in the order the grids were given.
  std::vector<v1::Finding> warnings;
};

// A report of `agency` for `year` from up to one grid per table, in layout `layout_id` (empty:
// the layout in force for `year`, see LayoutFor). Errors of ImportGrid; InvalidArgument for a
// table given twice; NotFound for an unknown layout; OutOfRange for a year outside
// kFirstYear..kLastYear.
absl::StatusOr<ImportedReport> ImportReport(const v1::Agency& agency, int year,
                                            absl::string_view layout_id,
                                            absl::Span<const TableGrid> grids);

// Reads table `table_key` from `csv_text` into a copy of `report` (its layout: see
// ReadFigures), replacing that table's cells, and returns it with the import warnings. The
// report's other cells are kept as they were. NotFound for a table the layout lacks; the errors
// of ReadFigures and ImportGrid otherwise.
absl::StatusOr<v1::ImportResult> ImportIntoReport(const v1::AnnualReport& report,
                                                  absl::string_view table_key,
                                                  absl::string_view csv_text,
                                                  absl::string_view source_name);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_IMPORT_GRID_H_
