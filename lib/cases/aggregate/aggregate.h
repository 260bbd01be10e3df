// Table 三 (收到和处理政府信息公开申请情况) of one report year, counted from applications.
//
// Each application is read once into its facts (aggregate/facts.h: receipt date, first
// concluding event, decisive outcome, applicant category) and placed by the one rule,
// Place (aggregate/placement.h), with the outcome → row mapping of the layout
// (lib/cases/data/outcome_rows.textproto; docs/cases.md, "Table 三 from applications").
// Every counted application adds one to 一 or 二 and one to a row of 三 or to 四 in its column,
// so the table balances by construction. An application that cannot be placed is counted
// nowhere and reported (PlacementProblems); one outside the year is skipped.
//
// Streaming: counters live in a fixed array indexed [row][category]; adding a record allocates
// nothing (save the first kMaxSamples problem messages) and looks up nothing but two small
// arrays. Aggregators of different shards of the records merge. Not thread-safe: use one per
// thread and Merge.
//
// Two ways in, one rule: Add (a parsed message) and AddStream (a binary stream is read by the
// wire reader of aggregate/wire.h without building messages) read the same facts and call the
// same Place. tests/cases/aggregate/wire_test.cc checks both against the independent
// reference model of tests/cases/aggregate/model.h on every input.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_AGGREGATE_H_
#define GONGKAI_LIB_CASES_AGGREGATE_AGGREGATE_H_

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "cases/aggregate/facts.h"
#include "cases/aggregate/outcome.h"
#include "cases/aggregate/placement.h"
#include "cases/aggregate/problems.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/common.pb.h"
#include "gongkai/v1/outcome.pb.h"
#include "gongkai/v1/report.pb.h"
#include "messages/stream.h"
#include "report/counter.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::cases {

// Table 三's report::TableCounter: it derives every cell of the table.
class Table3Aggregator final : public report::TableCounter {
 public:
  // An empty table 三 of report year `year` in `layout`, with `mapping` (copied) replacing
  // the layout's built-in outcome mapping when not null. `layout` must outlive the
  // aggregator (the built-in layouts live as long as the process). OutOfRange for a year
  // outside 2019..2100; the errors of IndexTable3 for the layout and mapping.
  static absl::StatusOr<Table3Aggregator> Create(int year, const report::Layout& layout,
                                                 const v1::OutcomeMapping* mapping = nullptr);

  // Places one application, or counts its problem, or skips it (outside the year).
  void Add(const v1::Application& application);
  // Adds each application of `records` (a vector, a RepeatedPtrField, ...) in turn.
  template <typename Range>
  void AddAll(const Range& records) {
    for (const v1::Application& application : records) Add(application);
  }
  // Adds each application of `stream` (messages::ForEachInStream's formats). A binary stream
  // is read by the wire reader, which builds no message; JSON lines are parsed. Same result as
  // AddStreamByMessages, errors included: InvalidArgument naming the message index for a
  // malformed stream, and then nothing of the stream is added.
  absl::Status AddStream(messages::Encoding encoding, absl::string_view stream);
  // The reference AddStream: parses each record into one reused message and Adds it.
  absl::Status AddStreamByMessages(messages::Encoding encoding, absl::string_view stream);

  // Adds `other`'s counts and problems. InvalidArgument unless both have the same year,
  // layout and mapping; OutOfRange, changing nothing, if a count would overflow 64 bits.
  absl::Status Merge(const Table3Aggregator& other);

  int year() const { return year_; }
  const report::Layout& layout() const { return *index_.layout; }
  // Every application added, placed or not.
  int64_t records_seen() const { return records_seen_; }
  // The applications counted in the table (in 一 or 二).
  int64_t records_counted() const { return records_counted_; }
  // The applications skipped: received after the year, or concluded before it.
  int64_t records_outside_year() const { return records_outside_; }
  // The applications that could not be placed. seen = counted + outside + problems.total().
  const PlacementProblems& problems() const { return problems_; }

  // report::TableCounter. The cells are those of table 三 (totals included); WriteTo's detail
  // is "<records_counted> applications".
  const std::vector<int>& derived_cells() const override { return cells_; }
  std::optional<int64_t> Value(int cell) const override;
  absl::Status WriteTo(report::Figures* figures) const override;

  // A report of `agency` for the year in the layout, table 三 derived and every other figure
  // zero (absent cells written as zero, without provenance).
  v1::AnnualReport ToReport(const v1::Agency& agency) const;

 private:
  static constexpr int kCategories = Table3Index::kCategories;
  // What AddFacts did with a record: placed, outside the year, or else the PlacementProblem
  // found (as an int, not yet counted).
  static constexpr int kPlaced = -1;
  static constexpr int kOutside = -2;

  Table3Aggregator() = default;
  // Places an application from its facts as Add does, counting it as seen and counted, or
  // seen and outside; returns kPlaced, kOutside, or the problem, which the caller counts (it is
  // not yet seen then).
  int AddFacts(const ApplicationFacts& facts);
  // Counts a placed application (not as seen: the caller does).
  void CountPlaced(const Placement& p) {
    ++counter(p.intake_row, p.category);
    ++counter(p.row, p.category);
    ++records_counted_;
  }
  // The binary fast path of AddStream: false (state unspecified) for a malformed stream.
  bool AddWireStream(absl::string_view stream);
  // Counts `problem` of the record serialized as `record`: through Add on the parsed message
  // while samples are kept (for its message), else by kind.
  void CountProblem(int problem, absl::string_view record);
  int64_t& counter(int row, int category) { return counts_[row * kCategories + category]; }
  int64_t counter(int row, int category) const { return counts_[row * kCategories + category]; }
  // The figure at leaf row `row`, leaf column `column` of the section, totals included.
  int64_t CellValue(int row, int column) const;

  int year_ = 0;
  ReportYearDays days_;
  Table3Index index_;
  std::vector<int> cells_;  // every cell of the section, in layout order
  std::array<int64_t, Table3Index::kMaxRows * kCategories> counts_{};
  int64_t records_seen_ = 0;
  int64_t records_counted_ = 0;
  int64_t records_outside_ = 0;
  PlacementProblems problems_;
};

// Table 三 of `agency`'s report for `year` from a stream of applications, as a report message
// (every other figure zero). `layout_id` empty means the layout in force for the year;
// `mapping` as Table3Aggregator::Create. When `problems` is not null it receives the
// applications that could not be placed. Errors: NotFound for an unknown layout; those of
// Create and AddStream.
absl::StatusOr<v1::AnnualReport> DeriveTable3Report(const v1::Agency& agency, int year,
                                                    absl::string_view layout_id,
                                                    messages::Encoding encoding,
                                                    absl::string_view stream,
                                                    const v1::OutcomeMapping* mapping = nullptr,
                                                    PlacementProblems* problems = nullptr);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_AGGREGATE_H_
