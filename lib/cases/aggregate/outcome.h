// Where an application lands in table 三: its applicant column and the leaf row of its outcome,
// as data (lib/cases/data/outcome_rows.textproto, documented in docs/cases.md, "Table 三 from
// applications"), resolved once into the index arrays the aggregator looks up per record.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_OUTCOME_H_
#define GONGKAI_LIB_CASES_AGGREGATE_OUTCOME_H_

#include <array>
#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/outcome.pb.h"
#include "report/layout.h"

namespace gongkai::cases {

// The built-in placement, parsed once; lives as long as the process.
const v1::Table3Placement& BuiltinPlacement();

// The built-in outcome mapping of layout `layout_id`. NotFound, listing the layouts that have
// one, otherwise.
absl::StatusOr<v1::OutcomeMapping> DefaultOutcomeMapping(absl::string_view layout_id);

// The placement resolved against one layout's table 三 section. Rows and columns are indices
// of the section's leaves (report::Section::row_paths / column_paths).
struct Table3Index {
  static constexpr int kOutcomes = v1::Outcome_ARRAYSIZE;
  static constexpr int kCategories = v1::ApplicantCategory_ARRAYSIZE;
  // The most leaf rows a table 三 may have (the 2021 layout has 25).
  static constexpr int kMaxRows = 32;
  // row_of_outcome: OUTCOME_UNSPECIFIED, or a number Outcome does not define.
  static constexpr int8_t kUnknownOutcome = -1;
  // row_of_outcome: an outcome the mapping leaves out.
  static constexpr int8_t kUnmapped = -2;

  const report::Layout* layout = nullptr;
  int section = 0;  // index in layout->sections()
  int new_row = 0;
  int carried_over_row = 0;
  int total_row = 0;
  int carried_forward_row = 0;
  int total_column = 0;
  // Leaf column of each ApplicantCategory value; -1 for UNSPECIFIED and unplaced ones.
  std::array<int8_t, kCategories> column_of_category{};
  // Leaf row of each Outcome value, or kUnknownOutcome / kUnmapped.
  std::array<int8_t, kOutcomes> row_of_outcome{};

  // Same layout (by id), rows, columns and mapping.
  bool SamePlacement(const Table3Index& other) const;
};

// Resolves the built-in placement for `layout`, with `mapping`, when not null, replacing the
// layout's built-in outcome mapping (then the layout needs none). InvalidArgument when the
// layout lacks table 三 or one of its structural rows and columns, or has more than kMaxRows
// leaf rows; for a mapping naming another layout, an outcome that is UNSPECIFIED, undefined or
// mapped twice, or a row that is not an outcome row of table 三 (a leaf other than the
// structural rows new, carried_over, total, carried_forward): the message names the mapping
// entry, its outcome and its row. NotFound when `mapping` is null and the layout has no
// built-in mapping.
absl::StatusOr<Table3Index> IndexTable3(const report::Layout& layout,
                                        const v1::OutcomeMapping* mapping = nullptr);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_OUTCOME_H_
