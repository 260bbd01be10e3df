// Generated applications are legal for the case engine, place cleanly in table 三, and keep the
// deadlines the way a real office mostly does.
#include <map>
#include <set>

#include "calendar/calendar.h"
#include "cases/aggregate/aggregate.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "gen_testing.h"
#include "gtest/gtest.h"
#include "report/layout.h"

namespace gongkai::gen {
namespace {

using testing::Day;

class GenReplay : public ::testing::TestWithParam<std::tuple<uint64_t, int>> {};

TEST_P(GenReplay, EveryHistoryReplaysCleanAndPlacesInTable3) {
  const auto [seed, year] = GetParam();
  GenOptions o = testing::Small(seed, year);
  o.applications = 700;
  o.scenarios = seed % 2 == 0;
  const std::vector<v1::Application> apps = testing::Applications(o);
  const auto cal = calendar::Calendar::National();
  for (const v1::Application& a : apps) {
    const absl::StatusOr<cases::Replay> replay = cases::ReplayHistory(a, *cal);
    ASSERT_TRUE(replay.ok()) << replay.status();
    // Nothing after the data's date (31 December).
    if (replay->last_event) {
      EXPECT_LE(*replay->last_event, absl::CivilDay(year, 12, 31)) << a.id();
    }
  }
  absl::StatusOr<const report::Layout*> layout = report::LayoutFor("", year);
  ASSERT_TRUE(layout.ok());
  absl::StatusOr<cases::Table3Aggregator> t3 = cases::Table3Aggregator::Create(year, **layout);
  ASSERT_TRUE(t3.ok());
  t3->AddAll(apps);
  EXPECT_EQ(t3->problems().total(), 0);
  EXPECT_EQ(t3->records_outside_year(), 0);
  EXPECT_EQ(t3->records_counted(), o.applications);
  EXPECT_GT(*t3->Value(*(*layout)->FindCell("t3.carried_over.total")), 0);
  EXPECT_GT(*t3->Value(*(*layout)->FindCell("t3.carried_forward.total")), 0);
}

INSTANTIATE_TEST_SUITE_P(SeedsAndYears, GenReplay,
                         ::testing::Combine(::testing::Values(1u, 2u, 77u),
                                            ::testing::Values(2020, 2021, 2022, 2023, 2024, 2025)));

TEST(GenRealism, AnApplicationYearLooksLikeADistrictsYear) {
  GenOptions o;
  o.seed = 12;
  o.disclosures = 0;
  o.remedies = 0;  // the defaults: 2,500 applications
  const std::vector<v1::Application> apps = testing::Applications(o);
  const auto cal = calendar::Calendar::National();
  std::map<int, int> outcomes, categories;
  int carried_over = 0, open = 0, replies = 0, late = 0, extended = 0, corrected = 0;
  for (const v1::Application& a : apps) {
    categories[a.applicant().category()]++;
    if (Day(a.received()).year() < o.year) ++carried_over;
    const cases::Replay r = *cases::ReplayHistory(a, *cal);
    if (!r.concluded) {
      ++open;
      continue;
    }
    outcomes[r.outcome]++;
    extended += r.extension_approved.has_value();
    corrected += r.correction_received.has_value();
    const v1::DeadlineReport d = *cases::ComputeDeadlines(a, absl::CivilDay(o.year, 12, 31), *cal);
    if (const v1::Deadline* reply = cases::FindDeadline(d, v1::DEADLINE_KIND_REPLY);
        reply != nullptr && r.decided) {
      ++replies;
      late += reply->late();
    }
    // Deemed abandoned only once the applicant's time ran out.
    if (r.outcome == v1::OUTCOME_NO_CORRECTION) {
      const v1::Deadline* c = cases::FindDeadline(d, v1::DEADLINE_KIND_CORRECTION);
      ASSERT_NE(c, nullptr);
      EXPECT_GT(*r.decided, Day(c->due())) << a.id();
    }
    if (r.outcome == v1::OUTCOME_UNPAID_FEE) {
      const v1::Deadline* f = cases::FindDeadline(d, v1::DEADLINE_KIND_FEE_PAYMENT);
      ASSERT_NE(f, nullptr);
      EXPECT_GT(*r.decided, Day(f->due())) << a.id();
    }
  }
  const int n = static_cast<int>(apps.size());
  EXPECT_EQ(n, 2500);
  EXPECT_NEAR(carried_over, n * 0.05, n * 0.01);
  EXPECT_GT(open, n / 100);
  EXPECT_LT(open, n / 10);
  // Mostly granted (予以公开, incl. already public, and 部分公开).
  const int provided = outcomes[v1::OUTCOME_GRANTED] + outcomes[v1::OUTCOME_ALREADY_PUBLIC] +
                       outcomes[v1::OUTCOME_PARTIAL];
  EXPECT_GT(provided, (n - open) * 45 / 100);
  EXPECT_LT(provided, (n - open) * 65 / 100);
  EXPECT_GE(outcomes.size(), 20u);  // a spread over (nearly) every outcome
  EXPECT_EQ(categories.size(), 6u);
  EXPECT_GT(categories[v1::APPLICANT_CATEGORY_NATURAL_PERSON], n * 3 / 4);
  // Mostly on time, a few late.
  EXPECT_GT(late, 0);
  EXPECT_LT(late, replies * 8 / 100);
  EXPECT_GT(extended, 0);
  EXPECT_GT(corrected, 0);
}

TEST(GenRealism, CarriedOverApplicationsConcludeInTheYearOrStayOpen) {
  GenOptions o = testing::Small(31);
  o.applications = 2000;
  const auto cal = calendar::Calendar::National();
  for (const v1::Application& a : testing::Applications(o)) {
    if (Day(a.received()).year() == o.year) continue;
    EXPECT_GE(Day(a.received()), absl::CivilDay(o.year - 1, 11, 1)) << a.id();
    const cases::Replay r = *cases::ReplayHistory(a, *cal);
    if (r.concluded) {
      EXPECT_GE(*r.concluded, absl::CivilDay(o.year, 1, 1)) << a.id();
    }
  }
}

}  // namespace
}  // namespace gongkai::gen
