#include "html_table.h"

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_replace.h"

namespace gongkai::report::testing {
namespace {

std::string Unescape(absl::string_view text) {
  return absl::StrReplaceAll(text,
                             {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}});
}

// The value of attribute `name` in `attrs` (` rowspan="3" colspan="2"`), or `fallback`.
int Attribute(absl::string_view attrs, absl::string_view name, int fallback) {
  const std::string key = std::string(name) + "=\"";
  const size_t at = attrs.find(key);
  if (at == absl::string_view::npos) return fallback;
  const size_t start = at + key.size(), end = attrs.find('"', start);
  int value = fallback;
  if (end == absl::string_view::npos ||
      !absl::SimpleAtoi(attrs.substr(start, end - start), &value)) {
    return -1;
  }
  return value;
}

// Places the cells of `table` on the grid and checks that it is a rectangle.
void Place(HtmlTable* table) {
  std::vector<std::vector<bool>> taken;
  bool ok = true;
  for (size_t r = 0; r < table->rows.size(); ++r) {
    if (taken.size() <= r) taken.resize(r + 1);
    int column = 0;
    for (HtmlCell& cell : table->rows[r]) {
      while (column < static_cast<int>(taken[r].size()) && taken[r][column]) ++column;
      cell.row = static_cast<int>(r);
      cell.column = column;
      for (int dr = 0; dr < cell.rowspan; ++dr) {
        if (taken.size() <= r + dr) taken.resize(r + dr + 1);
        std::vector<bool>& line = taken[r + dr];
        if (static_cast<int>(line.size()) < column + cell.colspan)
          line.resize(column + cell.colspan);
        for (int dc = 0; dc < cell.colspan; ++dc) {
          ok = ok && !line[column + dc];
          line[column + dc] = true;
        }
      }
      column += cell.colspan;
    }
  }
  table->width = taken.empty() ? 0 : static_cast<int>(taken[0].size());
  ok = ok && taken.size() == table->rows.size();
  for (const std::vector<bool>& line : taken) {
    ok = ok && static_cast<int>(line.size()) == table->width;
    for (bool b : line) ok = ok && b;
  }
  table->rectangular = ok;
}

}  // namespace

std::vector<HtmlTable> ParseHtmlTables(absl::string_view html) {
  std::vector<HtmlTable> tables;
  for (size_t at = html.find("<table"); at != absl::string_view::npos;
       at = html.find("<table", at + 1)) {
    const size_t end = html.find("</table>", at);
    if (end == absl::string_view::npos) return {};
    absl::string_view body = html.substr(at, end - at);
    HtmlTable table;
    if (size_t k = body.find("data-table=\""); k != absl::string_view::npos) {
      k += 12;
      table.key = std::string(body.substr(k, body.find('"', k) - k));
    }
    for (size_t tr = body.find("<tr>"); tr != absl::string_view::npos;
         tr = body.find("<tr>", tr + 1)) {
      const size_t tr_end = body.find("</tr>", tr);
      if (tr_end == absl::string_view::npos) return {};
      absl::string_view row = body.substr(tr + 4, tr_end - tr - 4);
      std::vector<HtmlCell>& cells = table.rows.emplace_back();
      while (!row.empty()) {
        if (!absl::StartsWith(row, "<th") && !absl::StartsWith(row, "<td")) return {};
        HtmlCell cell;
        cell.tag = std::string(row.substr(1, 2));
        const size_t open_end = row.find('>');
        const std::string close = "</" + cell.tag + ">";
        const size_t close_at = row.find(close);
        if (open_end == absl::string_view::npos || close_at == absl::string_view::npos) return {};
        absl::string_view attrs = row.substr(3, open_end - 3);
        cell.rowspan = Attribute(attrs, "rowspan", 1);
        cell.colspan = Attribute(attrs, "colspan", 1);
        if (cell.rowspan < 1 || cell.colspan < 1) return {};
        cell.text = Unescape(row.substr(open_end + 1, close_at - open_end - 1));
        cells.push_back(std::move(cell));
        row.remove_prefix(close_at + close.size());
      }
    }
    Place(&table);
    tables.push_back(std::move(table));
  }
  return tables;
}

std::vector<const HtmlCell*> CellsWithText(const HtmlTable& table, absl::string_view text) {
  std::vector<const HtmlCell*> out;
  for (const auto& row : table.rows) {
    for (const HtmlCell& cell : row) {
      if (cell.text == text) out.push_back(&cell);
    }
  }
  return out;
}

}  // namespace gongkai::report::testing
