// What every renderer shares: the report's parts in order (title, numbered sections, tables),
// values as printed, header-tree measures, and the display width of text in a terminal.
#ifndef GONGKAI_LIB_REPORT_RENDER_COMMON_H_
#define GONGKAI_LIB_REPORT_RENDER_COMMON_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::report {

// Terminal columns `utf8` occupies: 2 for East Asian Wide and Fullwidth characters (CJK
// ideographs, CJK symbols and punctuation U+3000–U+303E, kana, Hangul, full-width forms
// U+FF00–U+FF60 and U+FFE0–U+FFE6, …), 0 for combining marks, zero-width characters and
// controls, 1 for everything else. A byte that is not part of valid UTF-8 counts 1.
int DisplayWidth(absl::string_view utf8);

// "<agency name><year>年政府信息公开工作年度报告".
std::string ReportTitle(const v1::AnnualReport& report);

// "<number>、<title>": "三、收到和处理政府信息公开申请情况".
std::string TableHeading(const v1::TableSpec& table);

// One numbered section of the report: a statutory table or a narrative text.
struct ReportPart {
  std::string heading;                   // "一、总体情况"
  const v1::TableSpec* table = nullptr;  // set for a table section
  std::string text;                      // a narrative section's text (may be empty)
};

// The report's sections in order, from the layout's report_sections: each heading is
// "<number>、<title>", a narrative's text is the AnnualReport field the section names. A layout
// without report_sections gives its tables only, headed by TableHeading; a table no section
// names follows the others likewise, so that no figure is ever left out. InvalidArgument for a
// section naming a table the layout lacks or a field AnnualReport lacks.
absl::StatusOr<std::vector<ReportPart>> ReportParts(const v1::AnnualReport& report,
                                                    const Layout& layout);

// The non-empty lines of a narrative text, without trailing '\r'.
std::vector<absl::string_view> Paragraphs(absl::string_view text);

// The sections of `table` in statutory order.
std::vector<const Section*> SectionsOf(const Layout& layout, const v1::TableSpec& table);

// The value of cell `index` as printed (report::Format: the scale is kept), followed by the
// unit ("元", "万元") when `with_unit` and the layout leaves the cell's unit open.
std::string CellText(const Figures& figures, int index, bool with_unit);

// "元" or "万元"; empty for MONEY_UNIT_UNSPECIFIED.
absl::string_view UnitLabel(v1::MoneyUnit unit);

// How many leaves of `paths` (a section's row_paths or column_paths) lie under `node`.
int LeafCount(const std::vector<std::vector<const v1::HeaderNode*>>& paths,
              const v1::HeaderNode* node);

// The depth of the tree `paths` flattens: the length of its longest path.
int Depth(const std::vector<std::vector<const v1::HeaderNode*>>& paths);

// Whether node paths[i][level] first appears at leaf i (it starts a merged cell there).
bool StartsAt(const std::vector<std::vector<const v1::HeaderNode*>>& paths, int i, int level);

// Whether the section prints a row-label column: it has a corner or a labelled row. Table 四's
// single unlabelled row has none.
bool HasRowLabels(const Section& section);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_COMMON_H_
