#include "report/render/markdown.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace gongkai::report {
namespace {

void AppendRow(const std::vector<std::string>& cells, std::string* out) {
  absl::StrAppend(out, "| ", absl::StrJoin(cells, " | "), " |\n");
}

std::string ColumnHeader(const Section& s, int c) {
  std::vector<absl::string_view> labels;
  const auto& path = s.column_paths[c];
  for (size_t level = 0; level < path.size(); ++level) {
    const bool spans_all =
        level + 1 < path.size() && LeafCount(s.column_paths, path[level]) == s.columns();
    if (!spans_all && !path[level]->label().empty()) labels.push_back(path[level]->label());
  }
  return MarkdownCell(absl::StrJoin(labels, "·"));
}

std::string RowHeader(const Section& s, int r) {
  std::vector<absl::string_view> labels;
  for (const v1::HeaderNode* node : s.row_paths[r]) {
    if (!node->label().empty()) labels.push_back(node->label());
  }
  return MarkdownCell(absl::StrJoin(labels, " "));
}

}  // namespace

std::string MarkdownCell(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"|", "\\|"}, {"\r\n", " "}, {"\n", " "}, {"\r", " "}});
}

std::string RenderMarkdownTable(const Figures& figures, const v1::TableSpec& table) {
  std::vector<std::string> blocks;
  for (const Section* s : SectionsOf(*figures.layout, table)) {
    if (!s->spec->label().empty())
      blocks.push_back(absl::StrCat("**", MarkdownCell(s->spec->label()), "**"));
    const bool labels = HasRowLabels(*s);
    std::vector<std::string> header, rule;
    if (labels) {
      header.push_back(MarkdownCell(s->spec->corner()));
      rule.push_back("---");
    }
    for (int c = 0; c < s->columns(); ++c) {
      header.push_back(ColumnHeader(*s, c));
      rule.push_back("---:");
    }
    std::string& block = blocks.emplace_back();
    AppendRow(header, &block);
    AppendRow(rule, &block);
    for (int r = 0; r < s->rows(); ++r) {
      std::vector<std::string> cells;
      if (labels) cells.push_back(RowHeader(*s, r));
      for (int c = 0; c < s->columns(); ++c) {
        cells.push_back(MarkdownCell(CellText(figures, s->CellAt(r, c), /*with_unit=*/true)));
      }
      AppendRow(cells, &block);
    }
    block.pop_back();  // the last row's newline: blocks are joined by an empty line
  }
  return absl::StrCat(absl::StrJoin(blocks, "\n\n"), "\n");
}

std::string RenderMarkdown(const v1::AnnualReport& report, const Figures& figures,
                           const std::vector<ReportPart>& parts) {
  std::vector<std::string> blocks = {absl::StrCat("# ", ReportTitle(report))};
  for (const ReportPart& part : parts) {
    blocks.push_back(absl::StrCat("## ", part.heading));
    if (part.table != nullptr) {
      std::string table = RenderMarkdownTable(figures, *part.table);
      table.pop_back();
      blocks.push_back(std::move(table));
      continue;
    }
    for (absl::string_view paragraph : Paragraphs(part.text)) blocks.emplace_back(paragraph);
  }
  return absl::StrCat(absl::StrJoin(blocks, "\n\n"), "\n");
}

}  // namespace gongkai::report
