// Table 四 (政府信息公开行政复议、行政诉讼情况) of one report year, counted from remedy cases.
//
// A case is counted when it was active in the year: filed by 31 December and not concluded
// before 1 January. Concluded within the year, it counts under its result; otherwise under
// 尚未审结, even when it was filed in an earlier year (the table reports every case's standing
// at the year's end). Each counted case also adds one to its group's 总计, so the table
// satisfies T4-total by construction. docs/remedy.md.
#ifndef GONGKAI_LIB_REMEDY_TABLE4_H_
#define GONGKAI_LIB_REMEDY_TABLE4_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gongkai/v1/remedy.pb.h"
#include "report/counter.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::remedy {

// Checks a case's own fields: a non-empty id; a known kind and result (kind not unspecified);
// filed present; dates real and in 2008–2100; concluded not before filed; a result exactly when
// concluded. InvalidArgument (OutOfRange for dates outside 2008–2100) naming case and field.
absl::Status CheckRemedy(const v1::Remedy& remedy);

// Table 四's report::TableCounter: it derives all 15 cells of the table.
class Table4Counter final : public report::TableCounter {
 public:
  // `layout` must outlive the counter. OutOfRange for a year outside 2019..2100;
  // InvalidArgument if the layout's table 四 lacks a cell this counter fills.
  static absl::StatusOr<Table4Counter> Create(int year, const report::Layout& layout);

  // Checks and counts one case; returns whether it was counted in the year. On error nothing
  // is counted.
  absl::StatusOr<bool> Add(const v1::Remedy& remedy);
  // InvalidArgument unless both have the same year and layout.
  absl::Status Merge(const Table4Counter& other);

  // report::TableCounter; WriteTo's detail is "<counted> remedy cases".
  const std::vector<int>& derived_cells() const override { return cells_; }
  std::optional<int64_t> Value(int cell) const override;
  absl::Status WriteTo(report::Figures* figures) const override;
  int64_t counted() const { return counted_; }
  // Cases filed within the year.
  int64_t filed_in_year() const { return filed_; }

 private:
  static constexpr int kKinds = 3;    // reconsideration, direct, after reconsideration
  static constexpr int kColumns = 5;  // upheld, corrected, other, pending, total
  Table4Counter() = default;

  int year_ = 0;
  const report::Layout* layout_ = nullptr;
  std::vector<int> cells_;       // [kind * kColumns + column] → layout cell
  std::vector<int64_t> values_;  // same index
  int64_t counted_ = 0;
  int64_t filed_ = 0;
};

}  // namespace gongkai::remedy

#endif  // GONGKAI_LIB_REMEDY_TABLE4_H_
