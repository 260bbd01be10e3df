#include "grid_text.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_join.h"

namespace gongkai::report::testing {

std::string RenderGrid(const Figures& figures, const std::string& table, bool labels) {
  const Layout& layout = *figures.layout;
  std::string out;
  for (const Section& s : layout.sections()) {
    if (s.table->key() != table) continue;
    size_t depth = 0;
    for (const auto& path : s.row_paths) depth = std::max(depth, path.size());
    for (int r = 0; r < s.rows(); ++r) {
      std::vector<std::string> cells;
      if (labels) {
        if (!s.spec->label().empty()) cells.push_back(s.spec->label());
        for (const v1::HeaderNode* node : s.row_paths[r]) cells.push_back(node->label());
        cells.resize(cells.size() + depth - s.row_paths[r].size());
      }
      for (int c = 0; c < s.columns(); ++c) cells.push_back(Format(figures.values[s.CellAt(r, c)]));
      absl::StrAppend(&out, absl::StrJoin(cells, ","), "\n");
    }
  }
  return out;
}

Figures RandomTable(const Layout& layout, const std::string& table, std::mt19937& rng) {
  Figures f = Figures::Empty(layout);
  std::uniform_int_distribution<int64_t> count(0, 99999);
  std::uniform_int_distribution<int> scale(0, kMaxScale);
  for (size_t i = 0; i < layout.cells().size(); ++i) {
    const CellInfo& cell = layout.cells()[i];
    if (layout.sections()[cell.section].table->key() != table) continue;
    f.present[i] = true;
    switch (cell.kind) {
      case v1::VALUE_KIND_SIGNED_COUNT:
        f.values[i] = Dec{count(rng) - 50000, 0};
        break;
      case v1::VALUE_KIND_AMOUNT:
        f.values[i] = Dec{count(rng) * 1000 + count(rng) % 1000, scale(rng)};
        break;
      default:
        f.values[i] = Dec{count(rng), 0};
        break;
    }
  }
  return f;
}

}  // namespace gongkai::report::testing
