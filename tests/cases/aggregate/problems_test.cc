// Applications that cannot be placed: counted nowhere, reported by kind with their id, never
// with personal data; the samples are bounded.
#include "cases/aggregate/problems.h"

#include <string>

#include "cases/aggregate/aggregate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"

namespace gongkai::cases::testing {
namespace {

using absl::CivilDay;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

struct BadCase {
  PlacementProblem kind;
  v1::Application record;
  std::string says;
};

std::vector<BadCase> BadRecords() {
  std::vector<BadCase> cases;
  v1::Application r = Received("P-1", CivilDay(2021, 3, 1));
  r.clear_received();
  cases.push_back({PlacementProblem::kNoReceiptDate, r, "no receipt date"});
  r = Received("P-2", CivilDay(2021, 3, 1));
  r.mutable_received()->set_day(30);
  r.mutable_received()->set_month(2);
  cases.push_back({PlacementProblem::kNoReceiptDate, r, "received 2021-02-30 is not a real date"});
  r = Received("P-3", CivilDay(2021, 3, 1));
  Decide(&r, CivilDay(2021, 3, 5), v1::OUTCOME_GRANTED);
  r.mutable_events(1)->clear_date();
  cases.push_back({PlacementProblem::kBadConclusionDate, r, "events[1] (DECIDED) has no date"});
  r = Received("P-4", CivilDay(2021, 3, 1));
  Withdraw(&r, CivilDay(2021, 2, 27));
  cases.push_back({PlacementProblem::kConcludedBeforeReceived, r,
                   "concluded 2021-02-27 (events[1], WITHDRAWN) before received 2021-03-01"});
  r = Received("P-5", CivilDay(2021, 3, 1), v1::APPLICANT_CATEGORY_UNSPECIFIED);
  cases.push_back({PlacementProblem::kUnknownCategory, r, "applicant.category unspecified"});
  r = Received("P-6", CivilDay(2021, 3, 1), static_cast<v1::ApplicantCategory>(42));
  cases.push_back({PlacementProblem::kUnknownCategory, r, "applicant.category 42"});
  r = Received("P-7", CivilDay(2021, 3, 1));
  Decide(&r, CivilDay(2021, 3, 5), v1::OUTCOME_UNSPECIFIED);
  cases.push_back(
      {PlacementProblem::kUnknownOutcome, r, "events[1] (DECIDED) outcome unspecified"});
  r = Received("P-8", CivilDay(2021, 3, 1));
  Decide(&r, CivilDay(2021, 3, 5), static_cast<v1::Outcome>(77));
  cases.push_back({PlacementProblem::kUnknownOutcome, r, "outcome 77 is not an outcome"});
  // Open at the end of 2021 but concluded later with an unknown outcome: reported in every
  // year it touches, so that 四 of one year still equals 二 of the next.
  r = Received("P-9", CivilDay(2021, 3, 1));
  Decide(&r, CivilDay(2022, 3, 5), v1::OUTCOME_UNSPECIFIED);
  cases.push_back({PlacementProblem::kUnknownOutcome, r, "outcome unspecified"});
  return cases;
}

TEST(PlacementProblemsTest, UnplaceableRecordsAreReportedNotCounted) {
  for (const BadCase& c : BadRecords()) {
    SCOPED_TRACE(c.record.id());
    Table3Aggregator a = MustCreate(2021, Layout2021());
    a.Add(c.record);
    EXPECT_EQ(a.records_seen(), 1);
    EXPECT_EQ(a.records_counted(), 0);
    EXPECT_EQ(a.problems().count(c.kind), 1);
    EXPECT_EQ(a.problems().total(), 1);
    EXPECT_EQ(At(a, "new", "total"), 0);
    EXPECT_EQ(At(a, "carried_forward", "total"), 0);
    EXPECT_EQ(At(a, "total", "total"), 0);
    ASSERT_EQ(a.problems().samples().size(), 1u);
    const PlacementIssue& issue = a.problems().samples()[0];
    EXPECT_EQ(issue.application_id, c.record.id());
    EXPECT_EQ(issue.kind, c.kind);
    EXPECT_THAT(issue.message, AllOf(HasSubstr("application " + c.record.id() + ": "),
                                     HasSubstr(c.says), Not(HasSubstr("张三")),
                                     Not(HasSubstr("110105")), Not(HasSubstr("13800000000"))));
  }
}

TEST(PlacementProblemsTest, RecordsOutsideTheYearAreNotProblemsUnlessTheirDatesAreBad) {
  Table3Aggregator a = MustCreate(2021, Layout2021());
  v1::Application later = Received("L", CivilDay(2022, 3, 1), v1::APPLICANT_CATEGORY_UNSPECIFIED);
  a.Add(later);
  v1::Application earlier = Received("E", CivilDay(2019, 3, 1));
  Decide(&earlier, CivilDay(2019, 4, 1), v1::OUTCOME_UNSPECIFIED);
  a.Add(earlier);
  EXPECT_EQ(a.records_outside_year(), 2);
  EXPECT_EQ(a.problems().total(), 0);
}

TEST(PlacementProblemsTest, CountsAreExactAndSamplesBounded) {
  Table3Aggregator a = MustCreate(2021, Layout2021());
  v1::Application r = Received("", CivilDay(2021, 3, 1), v1::APPLICANT_CATEGORY_UNSPECIFIED);
  for (int i = 0; i < 250; ++i) a.Add(r);
  v1::Application good = Received("ok", CivilDay(2021, 3, 1));
  a.Add(good);
  EXPECT_EQ(a.problems().count(PlacementProblem::kUnknownCategory), 250);
  EXPECT_EQ(a.problems().samples().size(), PlacementProblems::kMaxSamples);
  EXPECT_THAT(a.problems().samples()[0].message, HasSubstr("application (no id)"));
  EXPECT_EQ(a.records_seen(), 251);
  EXPECT_EQ(a.records_seen(),
            a.records_counted() + a.records_outside_year() + a.problems().total());
  EXPECT_EQ(At(a, "new", "total"), 1);
}

TEST(PlacementProblemsTest, KindsHaveStableNames) {
  EXPECT_EQ(PlacementProblemName(PlacementProblem::kNoReceiptDate), "no_receipt_date");
  EXPECT_EQ(PlacementProblemName(PlacementProblem::kUnmappedOutcome), "unmapped_outcome");
}

}  // namespace
}  // namespace gongkai::cases::testing
