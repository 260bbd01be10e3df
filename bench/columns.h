// Table 三 from records already in memory in a compact form: the benchmark's target (b)
// (docs/performance.md, "Table 三 from applications"). Not library code: no caller of the
// library holds its records this way (the C API, the CLI and the annual builder take streams or
// messages). Like the SQLite baseline, it is checked cell by cell against the library's
// Table3Aggregator before it is timed.
//
// A record takes 10 bytes (receipt day, conclusion day: int32 day keys; category, decisive
// outcome: uint8), read from a stream by the library's wire reader into ApplicationFacts.
// Records that cannot be placed in any year (no receipt date, a concluding event without a
// date, concluded before received, a category or outcome outside its enum) are left out, as
// the SQLite table leaves them out: the generated data has none.
#ifndef GONGKAI_BENCH_COLUMNS_H_
#define GONGKAI_BENCH_COLUMNS_H_

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "cases/aggregate/outcome.h"
#include "cases/aggregate/placement.h"

namespace gongkai::bench {

class ApplicationColumns {
 public:
  // Appends each application of a length-delimited binary stream. InvalidArgument for a
  // stream the wire reader refuses (then nothing is appended).
  absl::Status AppendStream(absl::string_view stream);
  void Reserve(size_t records);

  size_t size() const { return received_.size(); }
  // Records of the streams that could not be placed in any year, left out.
  int64_t left_out() const { return left_out_; }

  // By record. received, concluded: day keys (concluded cases::kNever while open);
  // category: ApplicantCategory; outcome: the decisive Outcome (0 while open).
  const std::vector<int32_t>& received() const { return received_; }
  const std::vector<int32_t>& concluded() const { return concluded_; }
  const std::vector<uint8_t>& category() const { return category_; }
  const std::vector<uint8_t>& outcome() const { return outcome_; }

 private:
  std::vector<int32_t> received_;
  std::vector<int32_t> concluded_;
  std::vector<uint8_t> category_;
  std::vector<uint8_t> outcome_;
  int64_t left_out_ = 0;
};

// Table 三 counted from columns: counts[row * kCategories + category] of the leaf rows of
// `index` (totals left out), and the records counted, outside the year, with a problem.
struct ColumnCounts {
  static constexpr int kCategories = cases::Table3Index::kCategories;
  static constexpr int kCells = cases::Table3Index::kMaxRows * kCategories;
  std::vector<int64_t> counts = std::vector<int64_t>(kCells, 0);
  int64_t counted = 0;
  int64_t outside = 0;
  int64_t problems = 0;
};

// Counts every record of `records` into table 三 of the year of `days`: blocks of records
// turned into cell numbers without a branch, then counted into four sets of counters in turn.
// A block with a record that needs more (one the mapping cannot place) goes record by record
// through the library's rule, cases::Place.
ColumnCounts CountColumns(const ApplicationColumns& records, cases::ReportYearDays days,
                          const cases::Table3Index& index);

}  // namespace gongkai::bench

#endif  // GONGKAI_BENCH_COLUMNS_H_
