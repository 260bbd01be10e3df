// Replaying whole histories: the facts a long one establishes, and a rule that follows the
// calendar it is replayed under.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "cases/history.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::cases {
namespace {

using fixture::Ev;
using fixture::Record;
using ::testing::StartsWith;

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }
v1::Date Date(int y, int m, int d) {
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}
const calendar::Calendar& National() { return *calendar::Calendar::National(); }

TEST(Replay, LongHistoryReplaysToTheRightFacts) {
  const std::pair<std::string, v1::CaseState> kSteps[] = {
      {"REGISTERED 2019-05-20", v1::CASE_STATE_REGISTERED},
      {"CORRECTION_REQUESTED 2019-05-21 correction_period_days=10",
       v1::CASE_STATE_AWAITING_CORRECTION},
      {"CORRECTION_RECEIVED 2019-05-27", v1::CASE_STATE_HANDLING},
      {"CONSULTATION_STARTED 2019-05-28 party=THIRD_PARTY actor=office", v1::CASE_STATE_CONSULTING},
      {"CONSULTATION_ANSWERED 2019-06-10 party=THIRD_PARTY objected=true", v1::CASE_STATE_HANDLING},
      {"CONSULTATION_STARTED 2019-06-11 party=OTHER_AGENCY", v1::CASE_STATE_CONSULTING},
      {"FEE_NOTICE_SENT 2019-06-12 fee_fen=20000 fee_notice_received=2019-06-14",
       v1::CASE_STATE_CONSULTING},
      {"CONSULTATION_ANSWERED 2019-06-17 party=OTHER_AGENCY", v1::CASE_STATE_AWAITING_FEE},
      {"EXTENSION_APPROVED 2019-06-18 extension_days=10 approver=office-head",
       v1::CASE_STATE_AWAITING_FEE},
      {"FEE_PAID 2019-06-20", v1::CASE_STATE_HANDLING},
      {"DECIDED 2019-06-28 outcome=PARTIAL", v1::CASE_STATE_DECIDED},
      {"DELIVERED 2019-07-01", v1::CASE_STATE_DELIVERED},
      {"ARCHIVED 2019-07-05", v1::CASE_STATE_ARCHIVED},
  };
  v1::Application record = Record({});
  ASSERT_EQ(ReplayHistory(record, National())->state, v1::CASE_STATE_RECEIVED);
  for (const auto& [line, state] : kSteps) {
    absl::StatusOr<v1::Application> next = ApplyEvent(record, Ev(line), National());
    ASSERT_TRUE(next.ok()) << next.status();
    record = *std::move(next);
    absl::StatusOr<Replay> facts = ReplayHistory(record, National());
    ASSERT_TRUE(facts.ok()) << facts.status();
    EXPECT_EQ(CaseStateName(facts->state), CaseStateName(state)) << line;
  }
  const Replay f = *ReplayHistory(record, National());
  EXPECT_EQ(f.received, Day(2019, 5, 20));
  EXPECT_EQ(f.registered, Day(2019, 5, 20));
  EXPECT_EQ(f.decided, Day(2019, 6, 28));
  EXPECT_EQ(f.concluded, Day(2019, 6, 28));
  EXPECT_EQ(f.withdrawn, std::nullopt);
  EXPECT_EQ(f.outcome, v1::OUTCOME_PARTIAL);
  EXPECT_EQ(f.correction_requested, Day(2019, 5, 21));
  EXPECT_EQ(f.correction_received, Day(2019, 5, 27));
  EXPECT_EQ(f.correction_period_days, 10);
  ASSERT_EQ(f.consultations.size(), 2u);
  EXPECT_EQ(f.consultations[0].start, Day(2019, 5, 28));
  EXPECT_EQ(f.consultations[0].end, Day(2019, 6, 10));
  EXPECT_EQ(f.consultations[0].party, v1::CONSULTATION_PARTY_THIRD_PARTY);
  EXPECT_TRUE(f.consultations[0].objected);
  EXPECT_EQ(f.consultations[1].start, Day(2019, 6, 11));
  EXPECT_EQ(f.consultations[1].end, Day(2019, 6, 17));
  EXPECT_EQ(f.consultations[1].party, v1::CONSULTATION_PARTY_OTHER_AGENCY);
  EXPECT_FALSE(f.consultations[1].objected);
  EXPECT_EQ(f.extension_approved, Day(2019, 6, 18));
  EXPECT_EQ(f.extension_days, 10);
  EXPECT_EQ(f.fee_notice_sent, Day(2019, 6, 12));
  EXPECT_EQ(f.fee_notice_received, Day(2019, 6, 14));
  EXPECT_EQ(f.fee_paid, Day(2019, 6, 20));
  EXPECT_EQ(f.fee_fen, 20000);
  EXPECT_EQ(f.delivered, Day(2019, 7, 1));
  EXPECT_EQ(f.archived, Day(2019, 7, 5));
  EXPECT_EQ(f.last_event, Day(2019, 7, 5));
}

TEST(Replay, WithdrawalConcludes) {
  const Replay f = *ReplayHistory(
      Record({"REGISTERED 2019-05-20", "CONSULTATION_STARTED 2019-05-21 party=THIRD_PARTY",
              "WITHDRAWN 2019-05-23"}),
      National());
  EXPECT_EQ(CaseStateName(f.state), "WITHDRAWN");
  EXPECT_EQ(f.withdrawn, Day(2019, 5, 23));
  EXPECT_EQ(f.concluded, Day(2019, 5, 23));
  EXPECT_EQ(f.decided, std::nullopt);
  EXPECT_EQ(f.outcome, v1::OUTCOME_WITHDRAWN);
  ASSERT_EQ(f.consultations.size(), 1u);
  EXPECT_EQ(f.consultations[0].end, std::nullopt)
      << "an unanswered consultation stays open in the facts";
}

// The 7-working-day correction window is recomputed from the history under whichever calendar
// is given: a request on 2019-05-31 is in time if 27–28 May are days off, late if they are not.
TEST(Replay, CorrectionWindowFollowsTheCalendar) {
  v1::CalendarSpec amended;
  amended.set_id("test-amended");
  amended.set_version("1");
  v1::YearSchedule* year = amended.add_years();
  year->set_year(2019);
  v1::DayOffRange* off = year->add_days_off();
  *off->mutable_first() = Date(2019, 5, 27);
  *off->mutable_last() = Date(2019, 5, 28);
  off->set_name("test festival");
  std::vector<v1::CalendarSpec> layers = calendar::Calendar::National()->layers();
  layers.push_back(amended);
  absl::StatusOr<std::shared_ptr<const calendar::Calendar>> with_days_off =
      calendar::Calendar::Build(layers);
  ASSERT_TRUE(with_days_off.ok()) << with_days_off.status();

  const v1::Application registered = Record({"REGISTERED 2019-05-20"});
  const v1::Event late = Ev("CORRECTION_REQUESTED 2019-05-31 correction_period_days=15");
  absl::StatusOr<v1::Application> record = ApplyEvent(registered, late, **with_days_off);
  ASSERT_TRUE(record.ok()) << record.status();
  EXPECT_TRUE(ReplayHistory(*record, **with_days_off).ok());

  absl::Status s = ReplayHistory(*record, National()).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(
      std::string(s.message()),
      StartsWith("application 2019-0042: event CORRECTION_REQUESTED (events[1], 2019-05-31) "
                 "not allowed in state REGISTERED: a correction must be requested within 7 "
                 "working days of receipt (2019-05-20), by 2019-05-29 under calendar cn-national"));
  // The rule itself did not move: the last day in time under either calendar is allowed.
  EXPECT_TRUE(ApplyEvent(registered,
                         Ev("CORRECTION_REQUESTED 2019-05-29 correction_period_days=15"),
                         National())
                  .ok());
}

TEST(Replay, Names) {
  EXPECT_EQ(CaseStateName(v1::CASE_STATE_AWAITING_CORRECTION), "AWAITING_CORRECTION");
  EXPECT_EQ(CaseStateName(static_cast<v1::CaseState>(77)), "CaseState(77)");
  EXPECT_EQ(EventTypeName(v1::EVENT_TYPE_FEE_NOTICE_SENT), "FEE_NOTICE_SENT");
  EXPECT_EQ(EventTypeName(99), "EventType(99)");
  EXPECT_EQ(OutcomeName(v1::OUTCOME_UNABLE_UNCLEAR), "UNABLE_UNCLEAR");
  EXPECT_EQ(PartyName(v1::CONSULTATION_PARTY_OTHER_AGENCY), "OTHER_AGENCY");
}

}  // namespace
}  // namespace gongkai::cases
