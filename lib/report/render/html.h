// HTML of a report: the statutory tables with their merged cells (render/grid.h), ready to paste
// into a government web page.
//
// The fragment is <h1> with the report title, then per section of the report an <h2> heading
// and either its narrative text (one <p> per non-empty line) or its table:
//   <table class="gongkai-table" data-table="t3">, one <tr> per grid row, one line each; label
//   cells are <th>, figures <td>; rowspan and colspan are written (in that order, quoted) only
//   when greater than 1.
// Text is escaped (& < > "). The document form wraps the fragment in a UTF-8 page
// (<meta charset="utf-8">, lang zh-CN) whose only style is cell borders and padding.
#ifndef GONGKAI_LIB_REPORT_RENDER_HTML_H_
#define GONGKAI_LIB_REPORT_RENDER_HTML_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"
#include "report/render/common.h"

namespace gongkai::report {

// `text` with &, <, > and " as character references.
std::string HtmlEscape(absl::string_view text);

// Findings to show on value cells: the cell's index in Layout::cells() -> the numbers of the
// findings that name it, as printed beside the table ("1,3").
using CellMarks = std::map<int, std::string>;

// The <table> element of `table`, a table of figures.layout, ending with a newline. With
// `marks`, a marked value cell is <td class="finding" data-findings="1,3"> and ends with
// <sup>1,3</sup>; without, the output is as described above.
std::string RenderHtmlTable(const Figures& figures, const v1::TableSpec& table,
                            const CellMarks* marks = nullptr);

// The whole report: `parts` are ReportParts(report, *figures.layout).
std::string RenderHtml(const v1::AnnualReport& report, const Figures& figures,
                       const std::vector<ReportPart>& parts, bool document);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_HTML_H_
