// Due dates checked by hand against shared/spec/holidays.md; each test shows its count.
// "wd" = working day; a count "Feb 6-9 (4)" means those days bring the total to 4.
#include "deadline_testing.h"
#include "gmock/gmock.h"

namespace gongkai::cases::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(DeadlineTest, ReplyAcrossTheYearEnd2019To2020EndsOnAMakeupSunday) {
  // Received Fri 2019-12-20. Dec 23-27 (5), Dec 30-31 (7), Jan 1 元旦 off, Jan 2-3 (9),
  // Jan 6-10 (14), Jan 13-17 (19), Sun Jan 19 make-up working day (20): due 2020-01-19.
  const v1::DeadlineReport report = Report(Received("2019-12-20"), "2019-12-20");
  const v1::Deadline reply = Get(report, v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2020-01-19");
  EXPECT_EQ(reply.working_days(), 20);
  EXPECT_FALSE(reply.provisional());
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DAY_OFF),
              ElementsAre("skipped days off 2020-01-01 (元旦)"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_MAKEUP_DAY),
              ElementsAre("counted make-up working day 2020-01-19 (Sunday)"));
}

TEST(DeadlineTest, ReplyAcrossTheExtendedSpringFestival2020) {
  // Received Mon 2020-01-20. Jan 21-23 (3); Jan 24 … Feb 2 春节 off (extended); Feb 3-7 (8),
  // Feb 10-14 (13), Feb 17-21 (18), Feb 24-25 (20): due 2020-02-25. The make-up day
  // 2020-01-19 lies before the start and is not listed.
  const v1::Deadline reply =
      Get(Report(Received("2020-01-20"), "2020-01-20"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2020-02-25");
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DAY_OFF),
              ElementsAre("skipped days off 2020-01-24 … 2020-02-02 (春节)"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_MAKEUP_DAY), IsEmpty());
  const v1::DeadlineStep& off = reply.steps(2);
  EXPECT_EQ(off.kind(), v1::STEP_KIND_DAY_OFF);
  EXPECT_EQ(off.name(), "春节");
  EXPECT_EQ(Text(off.first()), "2020-01-24");
  EXPECT_EQ(Text(off.last()), "2020-02-02");
  EXPECT_THAT(off.text_zh(), HasSubstr("春节"));
}

TEST(DeadlineTest, ReplyAcrossSpringFestival2024) {
  // Received Mon 2024-02-05 (the make-up Sun 2024-02-04 is before it). Feb 6-9 (4);
  // Feb 10-17 春节 off; Sun Feb 18 make-up (5); Feb 19-23 (10), Feb 26-Mar 1 (15),
  // Mar 4-8 (20): due 2024-03-08.
  const v1::Deadline reply =
      Get(Report(Received("2024-02-05"), "2024-02-05"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2024-03-08");
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DAY_OFF),
              ElementsAre("skipped days off 2024-02-10 … 2024-02-17 (春节)"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_MAKEUP_DAY),
              ElementsAre("counted make-up working day 2024-02-18 (Sunday)"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_START),
              ElementsAre("start 2024-02-05: the receipt date (channel not recorded); day 1 is the "
                          "first working day after it"));
}

TEST(DeadlineTest, AMakeupSaturdayInsideTheSpanCounts) {
  // Received Mon 2024-09-23. Sep 24-27 (4), Sun Sep 29 make-up (5), Mon Sep 30 (6); Oct 1-7
  // 国庆节 off; Oct 8-11 (10), Sat Oct 12 make-up (11), Oct 14-18 (16), Oct 21-24 (20):
  // due 2024-10-24 (without the two make-up days it would be 2024-10-28).
  const v1::Deadline reply =
      Get(Report(Received("2024-09-23"), "2024-09-23"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2024-10-24");
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_MAKEUP_DAY),
              ElementsAre("counted make-up working day 2024-09-29 (Sunday)",
                          "counted make-up working day 2024-10-12 (Saturday)"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DAY_OFF),
              ElementsAre("skipped days off 2024-10-01 … 2024-10-07 (国庆节)"));
}

TEST(DeadlineTest, AReceivedCorrectionRestartsTheReplyClock) {
  // Received Fri 2024-03-01; correction requested Tue 03-05 with 15 wd; received Tue 03-12.
  // Correction notice: 7th wd after 03-01 = Mar 4-8 (5), Mar 11-12 (7): 2024-03-12, met.
  // Correction: 15th wd after 03-05 = Mar 6-8 (3), 11-15 (8), 18-22 (13), 25-26 (15): 03-26, met.
  // Reply restarts from 03-12: Mar 13-15 (3), 18-22 (8), 25-29 (13), Apr 1-3 (16); Apr 4-6
  // 清明节 off; Sun Apr 7 make-up (17); Apr 8-10 (20): due 2024-04-10.
  Clock c = Received("2024-03-01");
  c.correction_requested = Day("2024-03-05");
  c.correction_period_days = 15;
  c.correction_received = Day("2024-03-12");
  const v1::DeadlineReport report = Report(c, "2024-03-12");
  const v1::Deadline notice = Get(report, v1::DEADLINE_KIND_CORRECTION_NOTICE);
  EXPECT_EQ(Text(notice.due()), "2024-03-12");
  EXPECT_TRUE(notice.met());
  const v1::Deadline fix = Get(report, v1::DEADLINE_KIND_CORRECTION);
  EXPECT_EQ(Text(fix.due()), "2024-03-26");
  EXPECT_TRUE(fix.met());
  const v1::Deadline reply = Get(report, v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.start()), "2024-03-12");
  EXPECT_EQ(Text(reply.due()), "2024-04-10");
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_START)[0], HasSubstr("restarts"));
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_DAY_OFF),
              ElementsAre("skipped days off 2024-04-04 … 2024-04-06 (清明节)"));
}

TEST(DeadlineTest, TwoConsultationsStopTheReplyClock) {
  // Received Wed 2023-03-01; without stops: Mar 2-3 (2), 6-10 (7), 13-17 (12), 20-24 (17),
  // 27-29 (20): 2023-03-29. Third party 03-06 → 03-10 stops (Mar 6, Mar 10]: Mar 7-10 = 4 wd;
  // other agency 03-20 → 03-24: Mar 21-24 = 4 wd. 03-29 + 8 wd: Mar 30-31 (2), Apr 3-4 (4),
  // Apr 5 清明节 off, Apr 6-7 (6), Apr 10-11 (8): due 2023-04-11.
  // Answers: 15th wd after 03-06 = Mar 7-10 (4), 13-17 (9), 20-24 (14), 27 (15): 03-27;
  // after 03-20 = Mar 21-24 (4), 27-31 (9), Apr 3-4 (11), Apr 6-7 (13), Apr 10-11 (15): 04-11.
  Clock c = Received("2023-03-01");
  c.consultations = {{Day("2023-03-06"), Day("2023-03-10"), v1::CONSULTATION_PARTY_THIRD_PARTY},
                     {Day("2023-03-20"), Day("2023-03-24"), v1::CONSULTATION_PARTY_OTHER_AGENCY}};
  const v1::DeadlineReport report = Report(c, "2023-03-24");
  const v1::Deadline reply = Get(report, v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2023-04-11");
  EXPECT_THAT(
      Steps(reply, v1::STEP_KIND_PAUSE),
      ElementsAre(
          "consultation (third party) 2023-03-06 → 2023-03-10: 4 working days not counted",
          "consultation (other agency) 2023-03-20 → 2023-03-24: 4 working days not counted"));
  EXPECT_FALSE(reply.paused());
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_THIRD_PARTY_ANSWER, 0).due()), "2023-03-27");
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_THIRD_PARTY_ANSWER, 1).due()), "2023-04-11");
  EXPECT_TRUE(Get(report, v1::DEADLINE_KIND_THIRD_PARTY_ANSWER, 1).met());
}

TEST(DeadlineTest, OverlappingConsultationsCountOnce) {
  // As above, but the second runs 03-09 → 03-15: (Mar 9, Mar 15] = Mar 10, 13-15; Mar 10 is
  // already stopped, so it adds 3. 03-29 + 7 wd = Mar 30-31, Apr 3-4, Apr 6-7, Apr 10: 04-10.
  Clock c = Received("2023-03-01");
  c.consultations = {{Day("2023-03-06"), Day("2023-03-10")},
                     {Day("2023-03-09"), Day("2023-03-15")}};
  const v1::Deadline reply = Get(Report(c, "2023-03-15"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2023-04-10");
  EXPECT_EQ(reply.steps(2).working_days(), 4);
  EXPECT_EQ(reply.steps(3).working_days(), 3);
}

TEST(DeadlineTest, AnExtensionOf20) {
  // Received 2024-02-05: 20 wd end 03-08 (above); 20 more: Mar 11-15 (5), 18-22 (10),
  // 25-29 (15), Apr 1-3 (18); Apr 4-6 清明节 off; Sun Apr 7 make-up (19); Apr 8 (20): 2024-04-08.
  Clock c = Received("2024-02-05");
  c.extension_days = 20;
  const v1::Deadline reply = Get(Report(c, "2024-02-05"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2024-04-08");
  EXPECT_EQ(reply.working_days(), 40);
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_EXTENSION),
              ElementsAre("extended by 20 working days (第三十三条)"));
  c.extension_days = 21;
  EXPECT_EQ(ComputeDeadlines(c, Day("2024-02-05"), National()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(DeadlineTest, TheFeeWaitStopsTheReplyClockByDefault) {
  // Received Mon 2024-06-03; without stops: Jun 4-7 (4), Jun 10 端午节 off, 11-14 (8),
  // 17-21 (13), 24-28 (18), Jul 1-2 (20): 2024-07-02. Notice received Wed 06-05, paid Fri
  // 06-14: (Jun 5, Jun 14] = Jun 6-7, 11-14 = 6 wd. 07-02 + 6 = Jul 3-5, 8-10: due 2024-07-10.
  // Payment: 20 wd from the day after 06-05 = Jun 6-7 (2), 11-14 (6), 17-21 (11), 24-28 (16),
  // Jul 1-4 (20): 2024-07-04, met on 06-14.
  Clock c = Received("2024-06-03");
  c.fee_notice_received = Day("2024-06-05");
  c.fee_paid = Day("2024-06-14");
  v1::DeadlineReport report = Report(c, "2024-06-14");
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_REPLY).due()), "2024-07-10");
  EXPECT_THAT(Steps(Get(report, v1::DEADLINE_KIND_REPLY), v1::STEP_KIND_PAUSE),
              ElementsAre("fee wait 2024-06-05 → 2024-06-14: 6 working days not counted"));
  const v1::Deadline fee = Get(report, v1::DEADLINE_KIND_FEE_PAYMENT);
  EXPECT_EQ(Text(fee.due()), "2024-07-04");
  EXPECT_TRUE(fee.met());

  report = Report(c, "2024-06-14", {.fee_wait_stops_reply = false});
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_REPLY).due()), "2024-07-02");
  EXPECT_FALSE(report.fee_wait_stops_reply());
  // The notice's "from the next day" holds whatever the day-one option says.
  report = Report(c, "2024-06-14", {.day_one = DayOne::kSameDay});
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_FEE_PAYMENT).due()), "2024-07-04");
}

TEST(DeadlineTest, TheSameDayOption) {
  // Received Mon 2024-02-05, a working day: it is day 1, so the due date is the 19th wd after
  // it, one wd before the default's 03-08: 2024-03-07.
  const DeadlineOptions same{.day_one = DayOne::kSameDay};
  v1::DeadlineReport report = Report(Received("2024-02-05"), "2024-02-05", same);
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_REPLY).due()), "2024-03-07");
  EXPECT_EQ(report.day_one(), v1::DAY_ONE_RULE_SAME_DAY);
  // Received Sat 2024-02-10 (春节): not a working day, so day 1 is the next one under both
  // rules: Sun Feb 18 make-up (1), Feb 19-23 (6), 26-Mar 1 (11), Mar 4-8 (16), 11-14 (20).
  report = Report(Received("2024-02-10"), "2024-02-10", same);
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_REPLY).due()), "2024-03-14");
  report = Report(Received("2024-02-10"), "2024-02-10");
  EXPECT_EQ(Text(Get(report, v1::DEADLINE_KIND_REPLY).due()), "2024-03-14");
}

TEST(DeadlineTest, ADueDateIn2027IsProvisional) {
  // Received Tue 2026-12-15 (no day off after October 2026). Dec 16-18 (3), 21-25 (8),
  // 28-31 (12); 2027 has no schedule, so Fri 2027-01-01 counts by the weekday rule (13);
  // Jan 4-8 (18), Jan 11-12 (20): due 2027-01-12, provisional.
  const v1::Deadline reply =
      Get(Report(Received("2026-12-15"), "2026-12-15"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(reply.due()), "2027-01-12");
  EXPECT_TRUE(reply.provisional());
  EXPECT_THAT(Steps(reply, v1::STEP_KIND_PROVISIONAL)[0], HasSubstr("2027"));
  // A span inside 2026 is certain: Mar 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), 30 (20).
  const v1::Deadline known =
      Get(Report(Received("2026-03-02"), "2026-03-02"), v1::DEADLINE_KIND_REPLY);
  EXPECT_EQ(Text(known.due()), "2026-03-30");
  EXPECT_FALSE(known.provisional());
  EXPECT_THAT(Steps(known, v1::STEP_KIND_PROVISIONAL), IsEmpty());
}

TEST(DeadlineTest, ThirdPartyAnswerAndCorrectionNoticeFollowTheDayOneOption) {
  // Clock::Consultation sent Tue 2024-02-20: 15th wd after = Feb 21-23 (3), 26-Mar 1 (8), Mar 4-8
  // (13), Mar 11-12 (15): 03-12; with the same-day rule Feb 20 is day 1: 03-11.
  Clock c = Received("2024-02-05");
  c.consultations = {{Day("2024-02-20"), std::nullopt}};
  EXPECT_EQ(Text(Get(Report(c, "2024-02-20"), v1::DEADLINE_KIND_THIRD_PARTY_ANSWER).due()),
            "2024-03-12");
  EXPECT_EQ(Text(Get(Report(c, "2024-02-20", {.day_one = DayOne::kSameDay}),
                     v1::DEADLINE_KIND_THIRD_PARTY_ANSWER)
                     .due()),
            "2024-03-11");
  // Correction notice: 7th wd after 2024-02-05 = Feb 6-9 (4), Feb 18 make-up (5), 19-20 (7).
  EXPECT_EQ(Text(Get(Report(c, "2024-02-05"), v1::DEADLINE_KIND_CORRECTION_NOTICE).due()),
            "2024-02-20");
}

}  // namespace
}  // namespace gongkai::cases::testing
