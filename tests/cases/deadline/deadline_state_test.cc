// Where a deadline stands as of a date: days left, overdue, met, late, paused, not running,
// lapsed. Counts checked by hand against shared/spec/holidays.md.
#include "deadline_testing.h"
#include "gmock/gmock.h"

namespace gongkai::cases::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Received Mon 2024-02-05: reply due 2024-03-08 (deadline_test.cc).
v1::Deadline ReplyAsOf(const Clock& c, const std::string& as_of) {
  return Get(Report(c, as_of), v1::DEADLINE_KIND_REPLY);
}

TEST(DeadlineStateTest, DaysLeftAndOverdueAsOfSeveralDates) {
  const Clock c = Received("2024-02-05");
  struct Case {
    const char* as_of;
    int left;
    bool overdue;
  };
  const Case cases[] = {
      {"2024-02-05", 20, false},  // the whole period
      // (Feb 9, Mar 8]: Feb 18 make-up (1), 19-23 (6), 26-Mar 1 (11), Mar 4-8 (16).
      {"2024-02-09", 16, false},
      {"2024-02-12", 16, false},  // inside 春节: no working day since Feb 9
      {"2024-03-08", 0, false},   // the last day
      {"2024-03-09", 0, true},    // Saturday after: overdue, no working day lost yet
      {"2024-03-11", -1, true},   // (Mar 8, Mar 11] = Mar 11
      {"2024-03-15", -5, true},   // Mar 11-15
  };
  for (const Case& k : cases) {
    const v1::Deadline reply = ReplyAsOf(c, k.as_of);
    EXPECT_EQ(Text(reply.due()), "2024-03-08") << k.as_of;
    ASSERT_TRUE(reply.has_working_days_left()) << k.as_of;
    EXPECT_EQ(reply.working_days_left(), k.left) << k.as_of;
    EXPECT_EQ(reply.overdue(), k.overdue) << k.as_of;
    EXPECT_FALSE(reply.met()) << k.as_of;
  }
}

TEST(DeadlineStateTest, MetLateAndFactsAfterTheDateIgnored) {
  Clock c = Received("2024-02-05");
  c.decided = Day("2024-03-07");
  v1::Deadline reply = ReplyAsOf(c, "2024-03-20");
  EXPECT_TRUE(reply.met());
  EXPECT_FALSE(reply.overdue());
  EXPECT_FALSE(reply.has_working_days_left());
  EXPECT_EQ(Text(reply.done()), "2024-03-07");
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DONE), ElementsAre("replied 2024-03-07, on time"));

  c.decided = Day("2024-03-11");
  reply = ReplyAsOf(c, "2024-03-20");
  EXPECT_TRUE(reply.late());
  EXPECT_FALSE(reply.met());
  // As of 03-01 the reply of 03-11 has not happened: (Mar 1, Mar 8] = Mar 4-8 = 5 left.
  reply = ReplyAsOf(c, "2024-03-01");
  EXPECT_FALSE(reply.late());
  EXPECT_EQ(reply.working_days_left(), 5);
}

TEST(DeadlineStateTest, AnOpenConsultationPausesTheReply) {
  // Clock::Consultation sent Tue 02-20, open as of Fri 02-23: (Feb 20, Feb 23] = 3 wd stopped so
  // far; 03-08 + 3 wd = Mar 11-13: 2024-03-13, the earliest the reply can fall due. Left: (Feb 23,
  // Mar 13] = Feb 26-Mar 1 (5), Mar 4-8 (10), Mar 11-13 (13).
  Clock c = Received("2024-02-05");
  c.consultations = {{Day("2024-02-20"), std::nullopt, v1::CONSULTATION_PARTY_THIRD_PARTY}};
  const v1::Deadline reply = ReplyAsOf(c, "2024-02-23");
  EXPECT_TRUE(reply.paused());
  EXPECT_TRUE(reply.running());
  EXPECT_EQ(Text(reply.due()), "2024-03-13");
  EXPECT_EQ(reply.working_days_left(), 13);
  EXPECT_FALSE(reply.overdue());
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_PAUSE_OPEN)[0], HasSubstr("ends on 2024-02-23"));
  // The same record as of 02-19, before the consultation: no stop at all.
  EXPECT_EQ(Text(ReplyAsOf(c, "2024-02-19").due()), "2024-03-08");
  EXPECT_FALSE(ReplyAsOf(c, "2024-02-19").paused());
}

TEST(DeadlineStateTest, AStopAfterTheClockRanOutChangesNothing) {
  // Due 03-08; a consultation sent Mon 03-11 comes too late to stop anything.
  Clock c = Received("2024-02-05");
  c.consultations = {{Day("2024-03-11"), std::nullopt}};
  const v1::Deadline reply = ReplyAsOf(c, "2024-03-12");
  EXPECT_EQ(Text(reply.due()), "2024-03-08");
  EXPECT_FALSE(reply.paused());
  EXPECT_TRUE(reply.overdue());
  EXPECT_EQ(reply.working_days_left(), -2);
  EXPECT_EQ(Steps(reply, v1::STEP_KIND_PAUSE_IGNORED).size(), 1u);
}

TEST(DeadlineStateTest, AnAwaitedCorrectionStopsTheReplyClock) {
  Clock c = Received("2024-03-01");
  c.correction_requested = Day("2024-03-05");
  c.correction_period_days = 15;
  c.correction_received = Day("2024-03-12");
  // As of 03-08 the correction has not arrived: no reply due date.
  const v1::DeadlineReport report = Report(c, "2024-03-08");
  const v1::Deadline reply = Get(report, v1::DEADLINE_KIND_REPLY);
  EXPECT_FALSE(reply.running());
  EXPECT_FALSE(reply.has_due());
  EXPECT_FALSE(reply.has_working_days_left());
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_NOT_RUNNING)[0], HasSubstr("restarts"));
  // The applicant's correction is due 03-26 (deadline_test.cc): 12 wd left as of Fri 03-08
  // (Mar 11-15, 18-22, 25-26). Not received by Wed 03-27: overdue.
  EXPECT_EQ(Get(report, v1::DEADLINE_KIND_CORRECTION).working_days_left(), 12);
  c.correction_received.reset();
  EXPECT_TRUE(Get(Report(c, "2024-03-27"), v1::DEADLINE_KIND_CORRECTION).overdue());
}

TEST(DeadlineStateTest, TheCorrectionNoticeLapsesInsteadOfFallingOverdue) {
  // Due 2024-02-20 (deadline_test.cc); no notice by 02-21: no correction was needed.
  const v1::Deadline notice =
      Get(Report(Received("2024-02-05"), "2024-02-21"), v1::DEADLINE_KIND_CORRECTION_NOTICE);
  EXPECT_TRUE(notice.lapsed());
  EXPECT_FALSE(notice.overdue());
  EXPECT_FALSE(notice.has_working_days_left());
  // Asked on 02-21, a day late.
  Clock c = Received("2024-02-05");
  c.correction_requested = Day("2024-02-21");
  EXPECT_TRUE(Get(Report(c, "2024-02-21"), v1::DEADLINE_KIND_CORRECTION_NOTICE).late());
}

TEST(DeadlineStateTest, AWithdrawnApplicationEndsItsDeadlines) {
  Clock c = Received("2024-02-05");
  c.consultations = {{Day("2024-02-20"), std::nullopt}};
  c.withdrawn = Day("2024-02-22");
  const v1::DeadlineReport report = Report(c, "2024-04-01");
  for (const v1::Deadline& d : report.deadlines()) {
    EXPECT_TRUE(d.lapsed()) << v1::DeadlineKind_Name(d.kind());
    EXPECT_FALSE(d.overdue()) << v1::DeadlineKind_Name(d.kind());
  }
}

TEST(DeadlineStateTest, DaysLeftReachingIntoAnUnknownYearAreProvisional) {
  // Due 2024-03-08, certain; counted as of a day in 2027 the days-left span is not.
  EXPECT_FALSE(ReplyAsOf(Received("2024-02-05"), "2024-03-01").provisional());
  EXPECT_TRUE(ReplyAsOf(Received("2024-02-05"), "2027-03-01").provisional());
}

TEST(DeadlineStateTest, AsOfBeforeTheReceiptIsRefused) {
  auto report = ComputeDeadlines(Received("2024-02-05"), Day("2024-02-04"), National());
  EXPECT_EQ(report.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(report.status().message(), HasSubstr("2024-0001"));
}

}  // namespace
}  // namespace gongkai::cases::testing
