// The table reader under both importers: a statutory table from lines of cell texts, whether the
// lines come from a CSV grid (grid.h) or from a table of a published document (document.h).
#ifndef GONGKAI_LIB_REPORT_IMPORT_ROWS_H_
#define GONGKAI_LIB_REPORT_IMPORT_ROWS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "document/document.h"
#include "report/import/grid.h"
#include "report/import/variants.h"
#include "report/layout.h"

namespace gongkai::report::importer {

// One line of a table, as printed.
struct GridRow {
  // The number a person finds it by: a grid's physical line, or a document table's printed row.
  int number = 0;
  std::vector<std::string> cells;
  // For a document's row: the column a person counts to for each cell (merged cells leave
  // gaps). Empty for a CSV grid, whose cells are numbered from 1.
  std::vector<int> columns;
  // The document table the row belongs to, or nullptr for a CSV grid. Rows of a document name
  // themselves "<source> <table.where> row N" and their cells "column N"; rows of a grid
  // "<key> grid line N" and "cell N".
  const document::Table* table = nullptr;
};

// Reads `table` of `layout` from `rows` by the rules of grid.h (header lines skipped, labels
// checked against the row's path, values parsed, every variant logged). `source` names the
// input in provenance and warnings; `input_variants` are variants of the input as a whole
// (kBom, kGb18030), warned about first. Errors name the row and cell as the rows name
// themselves.
absl::StatusOr<ImportResult> ReadRows(const Layout& layout, const v1::TableSpec& table,
                                      absl::Span<const GridRow> rows, absl::string_view source,
                                      absl::Span<const Variant> input_variants);

// Moves the cells `one` read (those present) into `figures`, which has the same layout, and
// appends its warnings to `warnings`.
void MergeImported(ImportResult one, Figures* figures, std::vector<v1::Finding>* warnings);

// Whether `row` reads as a data row of `table`: it has a number, or its last text is the own
// label of one of the table's rows. For finding where a document's table ends.
bool IsDataRow(const Layout& layout, const v1::TableSpec& table, const GridRow& row);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_ROWS_H_
