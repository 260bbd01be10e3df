// Plain text of a report, aligned for a terminal (80–160 columns; East Asian wide characters
// count two columns, see DisplayWidth in render/common.h).
//
// The report is its title underlined with '=', then per section of the report its heading and
// either its narrative text (one line per paragraph) or its table; blocks are separated by an
// empty line. A table prints each of its sections as one block, headed by the section's label
// when it has one (第二十条第（一）项):
//  - Header lines, one per level of the column tree: the corner text (信息内容, 三's note) on the
//    first, then group labels left-aligned over the columns they span (申请人情况 /
//    法人或其他组织), leaf labels all on the last line, right-aligned over their figures.
//  - One line per data row: its label, two spaces, then its figures right-aligned, one space
//    between columns; a column is as wide as its label or widest figure, the last column under
//    a group wider when the group's label needs it.
//  - Row labels: a group at the top of the row tree (三、本年度办理结果) prints as a line of its
//    own; the rows under it print, indented two columns, their path below it, group then leaf
//    ("（三）不予公开 1.属于国家秘密"). This keeps 三 within 160 columns.
//  - A section of one unlabelled data row (table 四) prints transposed: one line per leaf column,
//    labelled like the rows above (行政诉讼 on its own line, then "  未经复议直接起诉 结果维持"),
//    with its figure right-aligned.
// Amounts whose unit the layout leaves open carry it ("3021.45元"). No line ends in a space.
#ifndef GONGKAI_LIB_REPORT_RENDER_TEXT_H_
#define GONGKAI_LIB_REPORT_RENDER_TEXT_H_

#include <string>
#include <vector>

#include "gongkai/v1/layout.pb.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"
#include "report/render/common.h"

namespace gongkai::report {

// The sections of `table`, a table of figures.layout, separated by empty lines, ending with a
// newline.
std::string RenderTextTable(const Figures& figures, const v1::TableSpec& table);

// The whole report: `parts` are ReportParts(report, *figures.layout).
std::string RenderText(const v1::AnnualReport& report, const Figures& figures,
                       const std::vector<ReportPart>& parts);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_TEXT_H_
