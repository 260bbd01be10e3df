// A small reader of the HTML tables render_html writes, for checking their structure.
#ifndef GONGKAI_TESTS_REPORT_RENDER_HTML_TABLE_H_
#define GONGKAI_TESTS_REPORT_RENDER_HTML_TABLE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace gongkai::report::testing {

struct HtmlCell {
  std::string tag;   // "th" or "td"
  std::string text;  // character references resolved
  int rowspan = 1;
  int colspan = 1;
  // Where the cell lands once the spans of earlier cells are laid out (0-based).
  int row = 0;
  int column = 0;
};

struct HtmlTable {
  std::string key;  // data-table
  std::vector<std::vector<HtmlCell>> rows;
  // The number of columns the first row covers; and whether every row, with the cells that
  // span down into it, covers exactly that many without overlaps.
  int width = 0;
  bool rectangular = false;
};

// The <table> elements of `html`, as render_html writes them (one element per line, attributes
// quoted). Cells that do not parse make the test fail through an empty result.
std::vector<HtmlTable> ParseHtmlTables(absl::string_view html);

// The cells of `table` whose text is `text`.
std::vector<const HtmlCell*> CellsWithText(const HtmlTable& table, absl::string_view text);

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_RENDER_HTML_TABLE_H_
