// Applications and layouts for the table 三 tests.
#ifndef GONGKAI_TESTS_CASES_AGGREGATE_RECORDS_H_
#define GONGKAI_TESTS_CASES_AGGREGATE_RECORDS_H_

#include <cstdint>
#include <random>
#include <string>

#include "absl/time/civil_time.h"
#include "cases/aggregate/aggregate.h"
#include "gongkai/v1/application.pb.h"
#include "report/layout.h"

namespace gongkai::cases::testing {

const report::Layout& Layout2019();
const report::Layout& Layout2021();

v1::Date ToDate(absl::CivilDay day);

// Application `id` received on `received` (REGISTERED that day) from `category`, with
// personal data filled in (so tests can check that no message repeats it).
v1::Application Received(const std::string& id, absl::CivilDay received,
                         v1::ApplicantCategory category = v1::APPLICANT_CATEGORY_NATURAL_PERSON);
// Appends DECIDED on `day` with `outcome`, or WITHDRAWN on `day`.
void Decide(v1::Application* record, absl::CivilDay day, v1::Outcome outcome);
void Withdraw(v1::Application* record, absl::CivilDay day);

// A valid history: received in 2019–2024, concluded on the day or later (up to two years) or
// never, a random category and outcome (WITHDRAWN as the event).
v1::Application RandomRecord(int n, std::mt19937& rng);

// The figure at (row, column) of table 三, or dies.
int64_t At(const Table3Aggregator& aggregator, const std::string& row, const std::string& column);

// The aggregator's table 三, records counts and problem counts as one comparable text.
std::string Snapshot(const Table3Aggregator& aggregator);

// The aggregator for `year` in `layout` with the built-in mapping, or dies.
Table3Aggregator MustCreate(int year, const report::Layout& layout);

}  // namespace gongkai::cases::testing

#endif  // GONGKAI_TESTS_CASES_AGGREGATE_RECORDS_H_
