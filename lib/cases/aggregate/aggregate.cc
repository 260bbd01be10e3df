#include "cases/aggregate/aggregate.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "cases/aggregate/messages.h"
#include "report/figures.h"

namespace gongkai::cases {
namespace {

// The key of a Date as recorded (aggregate/facts.h).
int DayKey(const v1::Date& d) { return cases::DayKey(d.year(), d.month(), d.day()); }

std::string DateText(const v1::Date& d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

std::string Who(const v1::Application& a) { return cases::Who(a.id()); }

const char* ConcludingName(const v1::Event& e) {
  return e.type() == v1::EVENT_TYPE_DECIDED ? "DECIDED" : "WITHDRAWN";
}

}  // namespace

absl::StatusOr<Table3Aggregator> Table3Aggregator::Create(int year, const report::Layout& layout,
                                                          const v1::OutcomeMapping* mapping) {
  if (absl::Status year_ok = report::CheckReportYear(year); !year_ok.ok()) return year_ok;
  absl::StatusOr<Table3Index> index = IndexTable3(layout, mapping);
  if (!index.ok()) return index.status();
  Table3Aggregator a;
  a.year_ = year;
  a.first_day_ = year * 10000 + 101;
  a.last_day_ = year * 10000 + 1231;
  a.index_ = *index;
  return a;
}

void Table3Aggregator::Add(const v1::Application& a) {
  ++records_seen_;
  const int received = a.has_received() ? DayKey(a.received()) : kNoDate;
  if (received == kNoDate) {
    return problems_.Add(a.id(), PlacementProblem::kNoReceiptDate, [&] {
      return a.has_received()
                 ? absl::StrCat(Who(a), ": received ", DateText(a.received()), " is not a real date")
                 : absl::StrCat(Who(a), ": no receipt date");
    });
  }
  // The first concluding event (by date) concludes; partial wins, else the last decision.
  int concluded = kNever, concluded_at = -1, decisive_at = -1;
  int decisive = v1::OUTCOME_UNSPECIFIED;
  bool partial = false;
  const auto& events = a.events();
  for (int i = 0; i < events.size(); ++i) {
    const v1::Event& e = events.Get(i);
    int outcome;
    if (e.type() == v1::EVENT_TYPE_DECIDED) {
      outcome = e.outcome();
    } else if (e.type() == v1::EVENT_TYPE_WITHDRAWN) {
      outcome = v1::OUTCOME_WITHDRAWN;
    } else {
      continue;
    }
    const int day = e.has_date() ? DayKey(e.date()) : kNoDate;
    if (day == kNoDate) {
      return problems_.Add(a.id(), PlacementProblem::kBadConclusionDate, [&] {
        return absl::StrCat(Who(a), ": events[", i, "] (", ConcludingName(e), ") ",
                            e.has_date() ? absl::StrCat("date ", DateText(e.date()),
                                                        " is not a real date")
                                         : std::string("has no date"));
      });
    }
    if (day < concluded) {
      concluded = day;
      concluded_at = i;
    }
    if (!partial) {
      decisive = outcome;
      decisive_at = i;
    }
    partial = partial || outcome == v1::OUTCOME_PARTIAL;
  }
  if (concluded < received) {
    return problems_.Add(a.id(), PlacementProblem::kConcludedBeforeReceived, [&] {
      const v1::Event& e = events.Get(concluded_at);
      return absl::StrCat(Who(a), ": concluded ", DateText(e.date()), " (events[", concluded_at,
                          "], ", ConcludingName(e), ") before received ", DateText(a.received()));
    });
  }
  if (received > last_day_ || concluded < first_day_) {
    ++records_outside_;
    return;
  }
  const int category = a.applicant().category();
  if (category <= 0 || category >= kCategories || index_.column_of_category[category] < 0) {
    return problems_.Add(a.id(), PlacementProblem::kUnknownCategory,
                         [&] { return UnknownCategoryMessage(a.id(), category); });
  }
  int row = index_.carried_forward_row;
  if (concluded != kNever) {
    const int outcome_row = decisive > 0 && decisive < Table3Index::kOutcomes
                                ? index_.row_of_outcome[decisive]
                                : Table3Index::kUnknownOutcome;
    if (outcome_row == Table3Index::kUnknownOutcome) {
      return problems_.Add(a.id(), PlacementProblem::kUnknownOutcome,
                           [&] { return UnknownOutcomeMessage(a.id(), decisive_at, decisive); });
    }
    if (outcome_row == Table3Index::kUnmapped) {
      return problems_.Add(a.id(), PlacementProblem::kUnmappedOutcome, [&] {
        return UnmappedOutcomeMessage(a.id(), decisive, decisive_at, layout().id());
      });
    }
    if (concluded <= last_day_) row = outcome_row;
  }
  ++counter(received >= first_day_ ? index_.new_row : index_.carried_over_row, category);
  ++counter(row, category);
  ++records_counted_;
}

absl::Status Table3Aggregator::AddStreamByMessages(messages::Encoding encoding,
                                                  absl::string_view stream) {
  v1::Application scratch;
  Table3Aggregator before = *this;
  absl::Status status = messages::ForEachInStream(
      encoding, stream, &scratch, [&](size_t, const google::protobuf::Message&) {
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
