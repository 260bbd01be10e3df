#include "report/render/text.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

namespace gongkai::report {
namespace {

using Paths = std::vector<std::vector<const v1::HeaderNode*>>;

// Between the label column and the figures; between two figure columns (one space keeps 三 of
// 2021, whose longest row label is 91 columns wide, within 160 columns for figures up to 5 digits).
constexpr absl::string_view kLabelGap = "  ";
constexpr absl::string_view kColumnGap = " ";
// Before the rows under a top-level group.
constexpr absl::string_view kIndent = "  ";

std::string Spaces(int n) { return std::string(std::max(n, 0), ' '); }

std::string PadRight(absl::string_view text, int width) {
  return absl::StrCat(text, Spaces(width - DisplayWidth(text)));
}

std::string PadLeft(absl::string_view text, int width) {
  return absl::StrCat(Spaces(width - DisplayWidth(text)), text);
}

// A line of the label column: a group heading (leaf -1) or the label of leaf `leaf`.
struct LabelLine {
  std::string label;
  int leaf = -1;
};

// The label lines of a tree: a top-level group on a line of its own, the leaves under it
// indented with their path below it.
std::vector<LabelLine> LabelLines(const Paths& paths) {
  std::vector<LabelLine> lines;
  for (int i = 0; i < static_cast<int>(paths.size()); ++i) {
    const auto& path = paths[i];
    if (path.size() == 1) {
      lines.push_back({path[0]->label(), i});
      continue;
    }
    if (StartsAt(paths, i, 0) && !path[0]->label().empty()) lines.push_back({path[0]->label(), -1});
    std::vector<absl::string_view> labels;
    for (size_t d = 1; d < path.size(); ++d) {
      if (!path[d]->label().empty()) labels.push_back(path[d]->label());
    }
    lines.push_back({absl::StrCat(kIndent, absl::StrJoin(labels, " ")), i});
  }
  return lines;
}

int LabelWidth(const std::vector<LabelLine>& lines, absl::string_view corner) {
  int width = DisplayWidth(corner);
  for (const LabelLine& line : lines) width = std::max(width, DisplayWidth(line.label));
  return width;
}

void AppendLine(absl::string_view line, std::string* out) {
  absl::StrAppend(out, absl::StripTrailingAsciiWhitespace(line), "\n");
}

// Table 四: one line per leaf column.
std::string Transposed(const Figures& figures, const Section& s) {
  const std::vector<LabelLine> lines = LabelLines(s.column_paths);
  const int label_width = LabelWidth(lines, s.spec->corner());
  int value_width = 0;
  for (int c = 0; c < s.columns(); ++c) {
    value_width = std::max(value_width, DisplayWidth(CellText(figures, s.CellAt(0, c), true)));
  }
  std::string out;
  if (!s.spec->corner().empty()) AppendLine(s.spec->corner(), &out);
  for (const LabelLine& line : lines) {
    std::string text = PadRight(line.label, label_width);
    if (line.leaf >= 0) {
      absl::StrAppend(&text, kLabelGap,
                      PadLeft(CellText(figures, s.CellAt(0, line.leaf), true), value_width));
    }
    AppendLine(text, &out);
  }
  return out;
}

std::string Grid(const Figures& figures, const Section& s) {
  const int n = s.columns(), depth = Depth(s.column_paths);
  const bool labelled = HasRowLabels(s);
  const std::vector<LabelLine> lines =
      labelled ? LabelLines(s.row_paths) : std::vector<LabelLine>();
  const int label_width = labelled ? LabelWidth(lines, s.spec->corner()) : 0;
  std::vector<std::vector<std::string>> values(s.rows(), std::vector<std::string>(n));
  std::vector<int> width(n);
  for (int c = 0; c < n; ++c) {
    width[c] = DisplayWidth(s.column(c).label());
    for (int r = 0; r < s.rows(); ++r) {
      values[r][c] = CellText(figures, s.CellAt(r, c), /*with_unit=*/true);
      width[c] = std::max(width[c], DisplayWidth(values[r][c]));
    }
  }
  auto span_width = [&](int c, int k) {
    int w = static_cast<int>(kColumnGap.size()) * (k - 1);
    for (int j = c; j < c + k; ++j) w += width[j];
    return w;
  };
  // Deepest groups first, so that a wider parent sees its children's widths.
  for (int level = depth - 1; level >= 0; --level) {
    for (int c = 0; c < n; ++c) {
      if (!StartsAt(s.column_paths, c, level) ||
          level + 1 == static_cast<int>(s.column_paths[c].size()))
        continue;
      const v1::HeaderNode* node = s.column_paths[c][level];
      const int k = LeafCount(s.column_paths, node);
      width[c + k - 1] += std::max(0, DisplayWidth(node->label()) - span_width(c, k));
    }
  }
  auto gap = [&](int c) {
    return c > 0 ? kColumnGap : label_width > 0 ? kLabelGap : absl::string_view();
  };
  std::string out;
  for (int level = 0; level < depth; ++level) {
    std::string line = PadRight(level == 0 ? s.spec->corner() : "", label_width);
    for (int c = 0; c < n;) {
      const auto& path = s.column_paths[c];
      if (level + 1 == depth) {
        absl::StrAppend(&line, gap(c), PadLeft(path.back()->label(), width[c]));
        ++c;
      } else if (StartsAt(s.column_paths, c, level) && level + 1 < static_cast<int>(path.size())) {
        const int k = LeafCount(s.column_paths, path[level]);
        absl::StrAppend(&line, gap(c), PadRight(path[level]->label(), span_width(c, k)));
        c += k;
      } else {
        absl::StrAppend(&line, gap(c), Spaces(width[c]));
        ++c;
      }
    }
    AppendLine(line, &out);
  }
  const int rows = s.rows();
  for (int i = 0, r = 0; r < rows; ++i) {
    std::string line;
    int row = r;
    if (labelled) {
      line = PadRight(lines[i].label, label_width);
      row = lines[i].leaf;
    }
    if (row >= 0) {
      for (int c = 0; c < n; ++c) absl::StrAppend(&line, gap(c), PadLeft(values[row][c], width[c]));
      ++r;
    }
    AppendLine(line, &out);
  }
  return out;
}

}  // namespace

std::string RenderTextTable(const Figures& figures, const v1::TableSpec& table) {
  std::vector<std::string> blocks;
  for (const Section* s : SectionsOf(*figures.layout, table)) {
    std::string block;
    if (!s->spec->label().empty()) AppendLine(s->spec->label(), &block);
    const bool transposed = s->rows() == 1 && !HasRowLabels(*s);
    absl::StrAppend(&block, transposed ? Transposed(figures, *s) : Grid(figures, *s));
    blocks.push_back(std::move(block));
  }
  return absl::StrJoin(blocks, "\n");
}

std::string RenderText(const v1::AnnualReport& report, const Figures& figures,
                       const std::vector<ReportPart>& parts) {
  const std::string title = ReportTitle(report);
  std::vector<std::string> blocks = {
      absl::StrCat(title, "\n", std::string(DisplayWidth(title), '='), "\n")};
  for (const ReportPart& part : parts) {
    blocks.push_back(absl::StrCat(part.heading, "\n"));
    if (part.table != nullptr) {
      blocks.push_back(RenderTextTable(figures, *part.table));
      continue;
    }
    for (absl::string_view paragraph : Paragraphs(part.text)) {
      blocks.push_back(absl::StrCat(paragraph, "\n"));
    }
  }
  return absl::StrJoin(blocks, "\n");
}

}  // namespace gongkai::report
