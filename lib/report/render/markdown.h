// GitHub-flavoured Markdown of a report.
//
// "# <title>", then per section of the report "## <heading>" and either its narrative text (one
// paragraph per non-empty line, as written: the text is not escaped) or its table: per section
// of the table its label in bold when it has one (**第二十条第（一）项**), then one pipe table.
// The header row is the corner text (信息内容, 三's note) above the row-label column, then per
// leaf column its path joined by '·' ("法人或其他组织·商业企业", "行政诉讼·复议后起诉·总计"),
// leaving out groups that span every column of the section (申请人情况). Each row's label cell
// is its path joined by spaces ("三、本年度办理结果 （三）不予公开 1.属于国家秘密"); a section
// without a corner or row labels (四) has no label column. Figures are right-aligned, with the
// unit after an amount whose unit the layout leaves open. '|' in a cell is written "\|".
#ifndef GONGKAI_LIB_REPORT_RENDER_MARKDOWN_H_
#define GONGKAI_LIB_REPORT_RENDER_MARKDOWN_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"
#include "report/render/common.h"

namespace gongkai::report {

// `text` safe inside a pipe-table cell.
std::string MarkdownCell(absl::string_view text);

// The pipe tables of `table`, a table of figures.layout, separated by empty lines (as is each
// section label from its table), ending with a newline.
std::string RenderMarkdownTable(const Figures& figures, const v1::TableSpec& table);

// The whole report: `parts` are ReportParts(report, *figures.layout).
std::string RenderMarkdown(const v1::AnnualReport& report, const Figures& figures,
                           const std::vector<ReportPart>& parts);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_MARKDOWN_H_
