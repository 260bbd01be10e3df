// Where the statutory tables are in a published document: which rows of which of its tables
// hold table 二, 三 and 四, told by the statutory labels the rows print.
#ifndef GONGKAI_LIB_REPORT_IMPORT_SEGMENT_H_
#define GONGKAI_LIB_REPORT_IMPORT_SEGMENT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "document/document.h"
#include "report/import/rows.h"
#include "report/layout.h"

namespace gongkai::report::importer {

// The rows of one statutory table, in the document's order.
struct Segment {
  const v1::TableSpec* table = nullptr;
  std::vector<GridRow> rows;
  std::string where;  // "table 3", or "tables 3-4" for a table printed in pieces
};

// Finds every table of `layout` in `doc`. A row belongs to the statutory table whose labels
// (section, corner, row and column labels, and the title, compared as MatchLabel does) its
// cells print, if those labels belong to that table alone. A statutory table starts at the
// first row naming it and runs, across the document's table boundaries (a table printed in
// pieces), until a row names another statutory table, or until one of the document's tables
// ends once it has as many data rows as the layout's table. Rows before any statutory table
// are the page's own (layout tables, navigation) and are skipped.
//
// NotFound, naming the table and the labels looked for, when no row names a table of the
// layout. `doc`'s tables must outlive the result (the rows point at them).
absl::StatusOr<std::vector<Segment>> FindTables(const Layout& layout,
                                                const document::Document& doc);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_SEGMENT_H_
