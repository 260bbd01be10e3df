#include "cases/aggregate/aggregate.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "cases/aggregate/messages.h"
#include "report/figures.h"

namespace gongkai::cases {

absl::StatusOr<Table3Aggregator> Table3Aggregator::Create(int year, const report::Layout& layout,
                                                          const v1::OutcomeMapping* mapping) {
  if (absl::Status year_ok = report::CheckReportYear(year); !year_ok.ok()) return year_ok;
  absl::StatusOr<Table3Index> index = IndexTable3(layout, mapping);
  if (!index.ok()) return index.status();
  Table3Aggregator a;
  a.year_ = year;
  a.days_ = ReportYearDays::Of(year);
  a.index_ = *index;
  const report::Section& section = layout.sections()[a.index_.section];
  for (int i = 0; i < section.rows() * section.columns(); ++i) {
    a.cells_.push_back(section.first_cell + i);
  }
  return a;
}

void Table3Aggregator::Add(const v1::Application& a) {
  const ApplicationFacts facts = FactsOf(a);
  const Placement placement = Place(facts, index_, days_);
  ++records_seen_;
  switch (placement.kind) {
    case Placement::Kind::kCounted:
      return CountPlaced(placement);
    case Placement::Kind::kOutside:
      ++records_outside_;
      return;
    case Placement::Kind::kProblem:
      return problems_.Add(a.id(), placement.problem, [&] {
        return ProblemMessage(a, facts, placement.problem, layout().id());
      });
  }
}

absl::Status Table3Aggregator::AddStreamByMessages(messages::Encoding encoding,
                                                   absl::string_view stream) {
  v1::Application scratch;
  Table3Aggregator before = *this;
  absl::Status status = messages::ForEachInStream(encoding, stream, &scratch,
                                                  [&](size_t, const google::protobuf::Message&) {
                                                    Add(scratch);
                                                    return absl::OkStatus();
                                                  });
  if (!status.ok()) *this = std::move(before);
  return status;
}

absl::Status Table3Aggregator::Merge(const Table3Aggregator& other) {
  if (year_ != other.year_ || !index_.SamePlacement(other.index_)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "merge: aggregators differ (year ", year_, " layout ", layout().id(), " vs year ",
        other.year_, " layout ", other.layout().id(), ", or their outcome mappings)"));
  }
  int64_t seen, counted, outside;
  if (__builtin_add_overflow(records_seen_, other.records_seen_, &seen) ||
      __builtin_add_overflow(records_counted_, other.records_counted_, &counted) ||
      __builtin_add_overflow(records_outside_, other.records_outside_, &outside)) {
    return absl::OutOfRangeError(absl::StrCat("merge: record counts ", records_seen_, " + ",
                                              other.records_seen_, " overflow 64 bits"));
  }
  if (&other == this) return Merge(Table3Aggregator(other));
  if (absl::Status s = problems_.Merge(other.problems_); !s.ok()) return s;
  // Every cell and every total is at most records_counted_, which fits: no sum below wraps.
  for (size_t i = 0; i < counts_.size(); ++i) counts_[i] += other.counts_[i];
  records_seen_ = seen;
  records_counted_ = counted;
  records_outside_ = outside;
  return absl::OkStatus();
}

}  // namespace gongkai::cases
