#include "report/render/grid.h"

#include <algorithm>

#include "report/render/common.h"

namespace gongkai::report {
namespace {

using Kind = GridCell::Kind;

GridCell Header(Kind kind, const std::string& text, int rowspan, int colspan) {
  GridCell cell;
  cell.kind = kind;
  cell.text = text;
  cell.rowspan = rowspan;
  cell.colspan = colspan;
  return cell;
}

}  // namespace

Grid TableGrid(const Figures& figures, const v1::TableSpec& table) {
  const std::vector<const Section*> sections = SectionsOf(*figures.layout, table);
  int label_depth = 0;
  for (const Section* s : sections) {
    if (HasRowLabels(*s)) label_depth = std::max(label_depth, Depth(s->row_paths));
  }
  Grid grid;
  for (const Section* s : sections) grid.width = std::max(grid.width, label_depth + s->columns());
  for (const Section* s : sections) {
    const int n = s->columns();
    const int extra = grid.width - label_depth - n;
    if (!s->spec->label().empty()) {
      grid.rows.push_back({Header(Kind::kTitle, s->spec->label(), 1, grid.width)});
    }
    const int column_depth = Depth(s->column_paths);
    for (int level = 0; level < column_depth; ++level) {
      std::vector<GridCell>& row = grid.rows.emplace_back();
      if (level == 0 && label_depth > 0) {
        row.push_back(Header(Kind::kCorner, s->spec->corner(), column_depth, label_depth));
      }
      for (int c = 0; c < n; ++c) {
        if (!StartsAt(s->column_paths, c, level)) continue;
        const v1::HeaderNode* node = s->column_paths[c][level];
        const bool leaf = static_cast<size_t>(level) + 1 == s->column_paths[c].size();
        const int leaves = LeafCount(s->column_paths, node);
        row.push_back(Header(Kind::kColumnHeader, node->label(), leaf ? column_depth - level : 1,
                             leaves + (c + leaves == n ? extra : 0)));
      }
    }
    for (int r = 0; r < s->rows(); ++r) {
      std::vector<GridCell>& row = grid.rows.emplace_back();
      const auto& path = s->row_paths[r];
      for (int d = 0; label_depth > 0 && d < static_cast<int>(path.size()); ++d) {
        if (!StartsAt(s->row_paths, r, d)) continue;
        const bool leaf = static_cast<size_t>(d) + 1 == path.size();
        row.push_back(Header(Kind::kRowHeader, path[d]->label(),
                             leaf ? 1 : LeafCount(s->row_paths, path[d]),
                             leaf ? label_depth - d : 1));
      }
      for (int c = 0; c < n; ++c) {
        GridCell value;
        value.cell = s->CellAt(r, c);
        value.text = CellText(figures, value.cell, /*with_unit=*/true);
        value.colspan = c == n - 1 ? 1 + extra : 1;
        row.push_back(std::move(value));
      }
    }
  }
  return grid;
}

}  // namespace gongkai::report
