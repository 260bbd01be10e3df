#include "model.h"

#include <cstdlib>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace gongkai::cases::testing {
namespace {

// Whether `d` is a real date of years 1..9999.
bool Real(const v1::Date& d) {
  if (d.year() < 1 || d.year() > 9999 || d.month() < 1 || d.month() > 12 || d.day() < 1) {
    return false;
  }
  const absl::CivilDay day(d.year(), d.month(), d.day());
  return day.year() == d.year() && day.month() == d.month() && day.day() == d.day();
}

absl::CivilDay Day(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

std::string Text(const v1::Date& d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

std::string Who(const std::string& id) {
  return id.empty() ? "application (no id)" : absl::StrCat("application ", absl::CHexEscape(id));
}

std::string CountsLine(int64_t seen, int64_t counted, int64_t outside,
                       const std::vector<int64_t>& problems) {
  std::string out =
      absl::StrCat("seen ", seen, " counted ", counted, " outside ", outside, " problems");
  for (int64_t p : problems) absl::StrAppend(&out, " ", p);
  return out;
}

}  // namespace

Table3Model::Table3Model(int year, const report::Layout& layout, const v1::OutcomeMapping* mapping)
    : year_(year), layout_(&layout) {
  absl::StatusOr<Table3Index> index = IndexTable3(layout, mapping);
  if (!index.ok()) {
    ADD_FAILURE() << index.status();
    std::abort();
  }
  index_ = *index;
  const report::Section& section = layout.sections()[index_.section];
  counts_.assign(section.rows(), std::vector<int64_t>(Table3Index::kCategories, 0));
}

void Table3Model::Problem(const std::string& id, PlacementProblem kind,
                          const std::string& message) {
  ++problems_[kind];
  if (samples_.size() < PlacementProblems::kMaxSamples) {
    samples_.push_back(
        absl::StrCat(PlacementProblemName(kind), " [", absl::CHexEscape(id), "] ", message));
  }
}

void Table3Model::Add(const v1::Application& a) {
  ++seen_;
  const std::string& id = a.id();
  if (!a.has_received() || !Real(a.received())) {
    return Problem(id, PlacementProblem::kNoReceiptDate,
                   a.has_received() ? absl::StrCat(Who(id), ": received ", Text(a.received()),
                                                   " is not a real date")
                                    : absl::StrCat(Who(id), ": no receipt date"));
  }
  const absl::CivilDay received = Day(a.received());
  // The earliest concluding event concludes; any PARTIAL decision decides the row, else the
  // last concluding event.
  int first_at = -1, decisive_at = -1;
  int decisive = 0;
  bool partial = false;
  for (int i = 0; i < a.events_size(); ++i) {
    const v1::Event& e = a.events(i);
    const bool decided = e.type() == v1::EVENT_TYPE_DECIDED;
    if (!decided && e.type() != v1::EVENT_TYPE_WITHDRAWN) continue;
    const char* name = decided ? "DECIDED" : "WITHDRAWN";
    if (!e.has_date() || !Real(e.date())) {
      return Problem(
          id, PlacementProblem::kBadConclusionDate,
          absl::StrCat(Who(id), ": events[", i, "] (", name, ") ",
                       e.has_date() ? absl::StrCat("date ", Text(e.date()), " is not a real date")
                                    : std::string("has no date")));
    }
    if (first_at < 0 || Day(e.date()) < Day(a.events(first_at).date())) first_at = i;
    const int outcome = decided ? static_cast<int>(e.outcome()) : v1::OUTCOME_WITHDRAWN;
    if (!partial) {
      decisive = outcome;
      decisive_at = i;
    }
    if (outcome == v1::OUTCOME_PARTIAL) partial = true;
  }
  const bool concluded = first_at >= 0;
  if (concluded && Day(a.events(first_at).date()) < received) {
    const v1::Event& e = a.events(first_at);
    return Problem(id, PlacementProblem::kConcludedBeforeReceived,
                   absl::StrCat(Who(id), ": concluded ", Text(e.date()), " (events[", first_at,
                                "], ", e.type() == v1::EVENT_TYPE_DECIDED ? "DECIDED" : "WITHDRAWN",
                                ") before received ", Text(a.received())));
  }
  const absl::CivilDay first(year_, 1, 1), last(year_, 12, 31);
  if (received > last || (concluded && Day(a.events(first_at).date()) < first)) {
    ++outside_;
    return;
  }
  const int category = a.applicant().category();
  if (category <= 0 || category >= Table3Index::kCategories ||
      index_.column_of_category[category] < 0) {
    return Problem(id, PlacementProblem::kUnknownCategory,
                   category == 0 ? absl::StrCat(Who(id), ": applicant.category unspecified")
                                 : absl::StrCat(Who(id), ": applicant.category ", category,
                                                " is not a table 三 column"));
  }
  int row = index_.carried_forward_row;
  if (concluded) {
    if (decisive <= 0 || !v1::Outcome_IsValid(decisive)) {
      return Problem(id, PlacementProblem::kUnknownOutcome,
                     absl::StrCat(Who(id), ": events[", decisive_at, "] (DECIDED) outcome ",
                                  decisive == 0 ? std::string("unspecified")
                                                : absl::StrCat(decisive, " is not an outcome")));
    }
    if (index_.row_of_outcome[decisive] < 0) {
      return Problem(
          id, PlacementProblem::kUnmappedOutcome,
          absl::StrCat(Who(id), ": outcome ", v1::Outcome_Name(static_cast<v1::Outcome>(decisive)),
                       " (events[", decisive_at,
                       "]) has no table 三 row in the mapping for layout ", layout_->id()));
    }
    if (Day(a.events(first_at).date()) <= last) row = index_.row_of_outcome[decisive];
  }
  ++counts_[received >= first ? index_.new_row : index_.carried_over_row][category];
  ++counts_[row][category];
  ++counted_;
}

std::string Table3Model::Describe() const {
  std::vector<int64_t> problems;
  for (int k = 0; k < kPlacementProblemKinds; ++k) {
    const auto it = problems_.find(static_cast<PlacementProblem>(k));
    problems.push_back(it == problems_.end() ? 0 : it->second);
  }
  std::string out = CountsLine(seen_, counted_, outside_, problems);
  // Every cell: a leaf row's count in a category's column; 总计 the sum of the six columns;
  // （七）总计 the sum of the outcome rows.
  const report::Section& section = layout_->sections()[index_.section];
  const auto leaf = [&](int r, int c) {
    int64_t sum = 0;
    for (int category = 1; category < Table3Index::kCategories; ++category) {
      const int column = index_.column_of_category[category];
      if (column >= 0 && (c == index_.total_column || c == column)) sum += counts_[r][category];
    }
    return sum;
  };
  for (int r = 0; r < section.rows(); ++r) {
    for (int c = 0; c < section.columns(); ++c) {
      int64_t value = 0;
      if (r != index_.total_row) {
        value = leaf(r, c);
      } else {
        for (int o = 0; o < section.rows(); ++o) {
          if (o == index_.new_row || o == index_.carried_over_row || o == index_.total_row ||
              o == index_.carried_forward_row) {
            continue;
          }
          value += leaf(o, c);
        }
      }
      absl::StrAppend(&out, "\n", layout_->cells()[section.CellAt(r, c)].key, " ", value);
    }
  }
  for (const std::string& sample : samples_) absl::StrAppend(&out, "\n", sample);
  return out;
}

std::string Describe(const Table3Aggregator& a) {
  std::vector<int64_t> problems;
  for (int k = 0; k < kPlacementProblemKinds; ++k) {
    problems.push_back(a.problems().count(static_cast<PlacementProblem>(k)));
  }
  std::string out =
      CountsLine(a.records_seen(), a.records_counted(), a.records_outside_year(), problems);
  v1::Agency agency;
  agency.set_id("agency");
  const v1::AnnualReport report = a.ToReport(agency);
  std::map<std::string, int64_t> cells;
  for (const v1::Cell& cell : report.cells()) cells[cell.key()] = cell.count();
  const report::Layout& layout = a.layout();
  for (const report::CellInfo& info : layout.cells()) {
    if (info.key.rfind("t3.", 0) != 0) continue;
    absl::StrAppend(&out, "\n", info.key, " ", cells.count(info.key) ? cells[info.key] : -1);
  }
  for (const PlacementIssue& issue : a.problems().samples()) {
    absl::StrAppend(&out, "\n", PlacementProblemName(issue.kind), " [",
                    absl::CHexEscape(issue.application_id), "] ", issue.message);
  }
  return out;
}

}  // namespace gongkai::cases::testing
