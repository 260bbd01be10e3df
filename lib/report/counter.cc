#include "report/counter.h"

#include "common/status_macros.h"

namespace gongkai::report {

std::optional<int64_t> ValueOfCell(const std::vector<int>& cells,
                                   const std::vector<int64_t>& values, int cell) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i] == cell) return values[i];
  }
  return std::nullopt;
}

absl::Status WriteDerivedCells(const std::vector<int>& cells, const std::vector<int64_t>& values,
                               const std::string& layout_id, const char* counter,
                               const std::string& detail, Figures* figures) {
  RETURN_IF_ERROR(CheckSameLayout(*figures, layout_id, counter));
  for (size_t i = 0; i < cells.size(); ++i) {
    figures->values[cells[i]] = Dec{values[i], 0};
    figures->present[cells[i]] = true;
    v1::Provenance& p = figures->provenance[cells[i]];
    p.set_source(v1::SOURCE_DERIVED);
    p.set_detail(detail);
  }
  return absl::OkStatus();
}

}  // namespace gongkai::report
