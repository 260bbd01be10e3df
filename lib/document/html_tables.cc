#include "document/html_tables.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::document {
namespace {

// HTML's rules for parsing non-negative integers: leading white space, an optional '+', digits;
// what follows the digits is ignored ("2 " is 2). -1 when there are no digits; saturates far
// above any limit.
long ParseNonNegative(absl::string_view value) {
  size_t i = 0;
  while (i < value.size() && absl::ascii_isspace(static_cast<unsigned char>(value[i]))) ++i;
  if (i < value.size() && value[i] == '+') ++i;
  if (i == value.size() || !absl::ascii_isdigit(static_cast<unsigned char>(value[i]))) return -1;
  long n = 0;
  for (; i < value.size() && absl::ascii_isdigit(static_cast<unsigned char>(value[i])); ++i) {
    n = std::min(n * 10 + (value[i] - '0'), 1000000000L);
  }
  return n;
}

absl::StatusOr<int> Span(absl::string_view value, absl::string_view attribute, int max,
                         absl::string_view limit, absl::string_view where) {
  const long n = ParseNonNegative(value);
  if (n <= 0) return 1;  // absent, 0 ("to the end of the group" in HTML, rare and risky) or junk
  if (n > max) {
    return absl::InvalidArgumentError(
        absl::StrCat("html ", where, ": ", attribute, "=\"", absl::CEscape(value.substr(0, 24)),
                     "\" is more than the limit of ", max, " (", limit, ")"));
  }
  return static_cast<int>(n);
}

}  // namespace

absl::Status SpreadSpans(const std::vector<HtmlRow>& rows, const Limits& limits, size_t* cells_used,
                         Table* table) {
  const size_t n = rows.size();
  // group_end[r]: one past the last row of r's row group, where a rowspan from r stops.
  std::vector<size_t> group_end(n, n);
  for (size_t r = n; r-- > 1;) {
    group_end[r - 1] = rows[r - 1].group == rows[r].group ? group_end[r] : r;
  }
  table->rows.assign(n, {});
  table->printed_rows.clear();
  std::vector<std::vector<bool>> taken(n);
  for (size_t r = 0; r < n; ++r) {
    const std::string row_where = absl::StrCat(table->where, " row ", r + 1);
    size_t col = 0;
    for (const HtmlCell& cell : rows[r].cells) {
      while (col < taken[r].size() && taken[r][col]) ++col;
      ASSIGN_OR_RETURN(const int rowspan, Span(cell.rowspan, "rowspan", limits.max_row_span,
                                               "max_row_span", row_where));
      ASSIGN_OR_RETURN(const int colspan, Span(cell.colspan, "colspan", limits.max_col_span,
                                               "max_col_span", row_where));
      std::string text = NormalizeSpace(cell.text);
      if (text.size() > limits.max_cell_bytes) {
        return absl::InvalidArgumentError(absl::StrCat(
            "html ", row_where, " column ", col + 1, ": a cell of ", text.size(),
            " bytes, more than the limit of ", limits.max_cell_bytes, " (max_cell_bytes)"));
      }
      const size_t end_col = col + colspan;
      const size_t end_row = std::min(r + rowspan, group_end[r]);
      for (size_t rr = r; rr < end_row; ++rr) {
        std::vector<Cell>& row = table->rows[rr];
        // New positions, and positions reached again where spans overlap, count alike: both
        // are work a hostile table could multiply.
        size_t reached = end_col - std::min(end_col, row.size());
        for (size_t c = col; c < std::min(end_col, row.size()); ++c) reached += taken[rr][c];
        *cells_used += reached;
        if (*cells_used > limits.max_cells) {
          return absl::InvalidArgumentError(
              absl::StrCat("html ", row_where, ": more than ", limits.max_cells,
                           " grid positions in all tables, spans spread out (max_cells)"));
        }
        if (row.size() < end_col) {
          row.resize(end_col);
          taken[rr].resize(end_col, false);
        }
        for (size_t c = col; c < end_col; ++c) {
          if (taken[rr][c]) continue;
          taken[rr][c] = true;
          row[c].covered = rr != r || c != col;
        }
      }
      table->rows[r][col].text = std::move(text);
      col = end_col;
    }
    table->printed_rows.push_back(static_cast<int>(r + 1));
  }
  return absl::OkStatus();
}

}  // namespace gongkai::document
