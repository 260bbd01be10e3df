#include "records.h"

#include <cstdlib>
#include <optional>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace gongkai::cases::testing {

const report::Layout& Layout2019() { return *report::FindLayout("2019").value(); }
const report::Layout& Layout2021() { return *report::FindLayout("2021").value(); }

v1::Date ToDate(absl::CivilDay day) {
  v1::Date d;
  d.set_year(static_cast<int>(day.year()));
  d.set_month(day.month());
  d.set_day(day.day());
  return d;
}

v1::Application Received(const std::string& id, absl::CivilDay received,
                         v1::ApplicantCategory category) {
  v1::Application a;
  a.set_id(id);
  a.set_agency_id("agency");
  a.mutable_applicant()->set_category(category);
  a.mutable_applicant()->set_name("张三");
  a.mutable_applicant()->set_id_number("110105199001011234");
  a.mutable_applicant()->set_phone("13800000000");
  a.set_channel(v1::CHANNEL_ONLINE);
  *a.mutable_received() = ToDate(received);
  a.set_request("请公开张三的住址");
  v1::Event* e = a.add_events();
  e->set_type(v1::EVENT_TYPE_REGISTERED);
  *e->mutable_date() = ToDate(received);
  return a;
}

void Decide(v1::Application* record, absl::CivilDay day, v1::Outcome outcome) {
  v1::Event* e = record->add_events();
  e->set_type(v1::EVENT_TYPE_DECIDED);
  *e->mutable_date() = ToDate(day);
  e->set_outcome(outcome);
}

void Withdraw(v1::Application* record, absl::CivilDay day) {
  v1::Event* e = record->add_events();
  e->set_type(v1::EVENT_TYPE_WITHDRAWN);
  *e->mutable_date() = ToDate(day);
}

v1::Application RandomRecord(int n, std::mt19937& rng) {
  auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const absl::CivilDay first(2019, 1, 1);
  const absl::CivilDay received =
      first + uniform(0, static_cast<int>(absl::CivilDay(2024, 12, 31) - first));
  v1::Application a =
      Received(absl::StrCat("R-", n), received, static_cast<v1::ApplicantCategory>(uniform(1, 6)));
  if (uniform(0, 4) == 0) return a;  // still open
  const absl::CivilDay concluded = received + uniform(0, 730);
  const int outcome = uniform(1, v1::Outcome_ARRAYSIZE - 1);
  if (outcome == v1::OUTCOME_WITHDRAWN) {
    Withdraw(&a, concluded);
  } else {
    Decide(&a, concluded, static_cast<v1::Outcome>(outcome));
  }
  return a;
}

int64_t At(const Table3Aggregator& aggregator, const std::string& row, const std::string& column) {
  const std::optional<int> cell =
      aggregator.layout().FindCell(absl::StrCat("t3.", row, ".", column));
  const std::optional<int64_t> value = cell ? aggregator.Value(*cell) : std::nullopt;
  if (!value) {
    ADD_FAILURE() << "table 三 has no cell " << row << "." << column;
    std::abort();
  }
  return *value;
}

std::string Snapshot(const Table3Aggregator& aggregator) {
  std::string out =
      absl::StrCat("seen ", aggregator.records_seen(), " counted ", aggregator.records_counted(),
                   " outside ", aggregator.records_outside_year(), " problems");
  for (int k = 0; k < kPlacementProblemKinds; ++k) {
    absl::StrAppend(&out, " ", aggregator.problems().count(static_cast<PlacementProblem>(k)));
  }
  v1::Agency agency;
  agency.set_id("agency");
  absl::StrAppend(&out, "\n", aggregator.ToReport(agency).DebugString());
  return out;
}

Table3Aggregator MustCreate(int year, const report::Layout& layout) {
  absl::StatusOr<Table3Aggregator> a = Table3Aggregator::Create(year, layout);
  if (!a.ok()) {
    ADD_FAILURE() << a.status();
    std::abort();
  }
  return *std::move(a);
}

}  // namespace gongkai::cases::testing
