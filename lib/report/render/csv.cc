#include "report/render/csv.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace gongkai::report {

std::string CsvCell(absl::string_view text) {
  const bool quote =
      text.find_first_of(",\"\r\n") != absl::string_view::npos || absl::StartsWith(text, "#");
  if (!quote) return std::string(text);
  return absl::StrCat("\"", absl::StrReplaceAll(text, {{"\"", "\"\""}}), "\"");
}

std::string RenderCsvTable(const Figures& figures, const v1::TableSpec& table, bool with_labels) {
  std::string out;
  for (const Section* s : SectionsOf(*figures.layout, table)) {
    const int depth = Depth(s->row_paths);
    for (int r = 0; r < s->rows(); ++r) {
      std::vector<std::string> cells;
      if (with_labels) {
        if (!s->spec->label().empty()) cells.push_back(CsvCell(s->spec->label()));
        for (const v1::HeaderNode* node : s->row_paths[r]) cells.push_back(CsvCell(node->label()));
        cells.resize(cells.size() + depth - s->row_paths[r].size());
      }
      for (int c = 0; c < s->columns(); ++c) {
        cells.push_back(CellText(figures, s->CellAt(r, c), /*with_unit=*/false));
      }
      absl::StrAppend(&out, absl::StrJoin(cells, ","), "\n");
    }
  }
  return out;
}

std::string RenderCsv(const Figures& figures, const std::vector<ReportPart>& parts,
                      bool with_labels) {
  std::string out;
  for (const ReportPart& part : parts) {
    if (part.table == nullptr) continue;
    if (!out.empty()) out += "\n";
    absl::StrAppend(&out, "# ", part.heading, "\n",
                    RenderCsvTable(figures, *part.table, with_labels));
  }
  return out;
}

}  // namespace gongkai::report
