// CSV of a report's tables: the grids the importer reads back (report/import_grid.h), so that
// import ∘ export is the identity.
//
// A table's grid is one line per data row in statutory order (table 二: its sections one after
// another), lines ending in "\n", cells joined by ','; the values are report::Format of each
// cell (the scale is kept, no unit, absent cells as 0). With labels, each line starts with the
// row's label cells: the section label when the section has one (table 二), then one cell per
// level of the section's row tree: the labels of the row's path from its outermost group down
// to itself, then empty cells up to the tree's depth (so 三's "一、本年新收…" line has two empty
// cells after its label, "（七）总计" one, "1.属于国家秘密" none; 四's unlabelled row one empty
// cell). Cells are quoted per RFC 4180 when they hold ',', '"', a line end, or start with '#'.
//
// The whole report's CSV is each table's grid preceded by a comment line "# <heading>" (the
// importer skips lines starting with '#' and empty lines), with an empty line between tables.
// Narrative sections are left out.
#ifndef GONGKAI_LIB_REPORT_RENDER_CSV_H_
#define GONGKAI_LIB_REPORT_RENDER_CSV_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"
#include "report/figures.h"
#include "report/render/common.h"

namespace gongkai::report {

// `text` as one CSV cell: unchanged, or in double quotes with inner quotes doubled.
std::string CsvCell(absl::string_view text);

// The grid of `table`, a table of figures.layout.
std::string RenderCsvTable(const Figures& figures, const v1::TableSpec& table, bool with_labels);

// Every table of `parts` (ReportParts of the report) with its comment line.
std::string RenderCsv(const Figures& figures, const std::vector<ReportPart>& parts,
                      bool with_labels);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_CSV_H_
