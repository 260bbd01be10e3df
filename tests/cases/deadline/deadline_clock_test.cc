// Reading the clock facts from a record's events, and refusing inconsistent ones.
#include "deadline_testing.h"
#include "gmock/gmock.h"

namespace gongkai::cases::testing {
namespace {

using ::testing::HasSubstr;

v1::Event* Add(v1::Application* app, v1::EventType type, const std::string& day) {
  v1::Event* e = app->add_events();
  e->set_type(type);
  *e->mutable_date() = calendar::ToProto(Day(day));
  return e;
}

v1::Application Record() {
  v1::Application app;
  app.set_id("2024-0042");
  app.set_channel(v1::CHANNEL_SIGNED_POST);
  *app.mutable_received() = calendar::ToProto(Day("2024-03-01"));
  Add(&app, v1::EVENT_TYPE_REGISTERED, "2024-03-01");
  Add(&app, v1::EVENT_TYPE_CORRECTION_REQUESTED, "2024-03-05")->set_correction_period_days(15);
  Add(&app, v1::EVENT_TYPE_CORRECTION_RECEIVED, "2024-03-12");
  Add(&app, v1::EVENT_TYPE_CONSULTATION_STARTED, "2024-03-13")
      ->set_party(v1::CONSULTATION_PARTY_THIRD_PARTY);
  Add(&app, v1::EVENT_TYPE_CONSULTATION_ANSWERED, "2024-03-20")
      ->set_party(v1::CONSULTATION_PARTY_THIRD_PARTY);
  v1::Event* extension = Add(&app, v1::EVENT_TYPE_EXTENSION_APPROVED, "2024-04-01");
  extension->set_extension_days(10);
  extension->set_approver("信息公开办负责人");
  return app;
}

TEST(DeadlineClockTest, ReadsTheEvents) {
  auto clock = ClockOf(Record(), National());
  ASSERT_TRUE(clock.ok()) << clock.status();
  EXPECT_EQ(clock->application_id, "2024-0042");
  EXPECT_EQ(clock->received, Day("2024-03-01"));
  EXPECT_EQ(clock->correction_requested, Day("2024-03-05"));
  EXPECT_EQ(clock->correction_period_days, 15);
  EXPECT_EQ(clock->correction_received, Day("2024-03-12"));
  ASSERT_EQ(clock->consultations.size(), 1u);
  EXPECT_EQ(clock->consultations[0].end, Day("2024-03-20"));
  EXPECT_EQ(clock->extension_days, 10);
  EXPECT_EQ(clock->extension_approved, Day("2024-04-01"));
}

TEST(DeadlineClockTest, ARecordsReplyDeadline) {
  // Restart 03-12, 20 wd: 2024-04-10 (deadline_test.cc). The consultation 03-13 → 03-20
  // stops (Mar 13, Mar 20] = Mar 14-15, 18-20 = 5 wd: Apr 11-12, 15-17: 04-17. The extension
  // of 10 approved 04-01: Apr 18-19 (2), 22-26 (7), Sun Apr 28 make-up (8), 29-30 (10):
  // 2024-04-30, just before 劳动节.
  auto report = ComputeDeadlines(Record(), Day("2024-04-01"), National());
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->application_id(), "2024-0042");
  EXPECT_EQ(Text(Get(*report, v1::DEADLINE_KIND_REPLY).due()), "2024-04-30");
  // As of 03-29 the extension is not yet approved.
  report = ComputeDeadlines(Record(), Day("2024-03-29"), National());
  EXPECT_EQ(Text(Get(*report, v1::DEADLINE_KIND_REPLY).due()), "2024-04-17");
  EXPECT_THAT(Get(*report, v1::DEADLINE_KIND_CORRECTION_NOTICE).steps(0).text_en(),
              HasSubstr("the day the agency signed for it"));
}

TEST(DeadlineClockTest, FeeNoticeReceiptComesFromTheNoticeEvent) {
  v1::Application app = Record();
  v1::Event* notice = Add(&app, v1::EVENT_TYPE_FEE_NOTICE_SENT, "2024-04-02");
  *notice->mutable_fee_notice_received() = calendar::ToProto(Day("2024-04-03"));
  notice->set_fee_fen(10000);
  Add(&app, v1::EVENT_TYPE_FEE_PAID, "2024-04-08");
  auto clock = ClockOf(app, National());
  ASSERT_TRUE(clock.ok()) << clock.status();
  EXPECT_EQ(clock->fee_notice_received, Day("2024-04-03"));
  EXPECT_EQ(clock->fee_paid, Day("2024-04-08"));
}

TEST(DeadlineClockTest, RefusesWhatTheLawDoesNotAllow) {
  v1::Application app = Record();
  v1::Event* second = Add(&app, v1::EVENT_TYPE_EXTENSION_APPROVED, "2024-04-02");
  second->set_extension_days(5);
  second->set_approver("信息公开办负责人");
  EXPECT_EQ(ClockOf(app, National()).status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(ClockOf(app, National()).status().message(), HasSubstr("application 2024-0042"));

  app = Record();
  app.mutable_events(5)->set_extension_days(21);
  EXPECT_THAT(ClockOf(app, National()).status().message(), HasSubstr("events[5]"));

  app = Record();
  Add(&app, v1::EVENT_TYPE_CONSULTATION_ANSWERED, "2024-04-02")
      ->set_party(v1::CONSULTATION_PARTY_THIRD_PARTY);
  EXPECT_EQ(ClockOf(app, National()).status().code(), absl::StatusCode::kFailedPrecondition);

  app = Record();
  app.mutable_events(2)->mutable_date()->set_day(30);
  app.mutable_events(2)->mutable_date()->set_month(2);
  EXPECT_EQ(ClockOf(app, National()).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(DeadlineClockTest, ValidateNamesTheFieldOutOfOrder) {
  Clock c = Received("2024-03-01");
  c.correction_requested = Day("2024-02-28");
  absl::Status s = ValidateClock(c);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(
      s.message(),
      HasSubstr("application 2024-0001: correction_requested 2024-02-28 is before received"));

  c = Received("2024-03-01");
  c.consultations = {{Day("2024-03-05"), Day("2024-03-04")}};
  EXPECT_THAT(ValidateClock(c).message(), HasSubstr("consultations[0].end"));

  c = Received("2024-03-01");
  c.fee_paid = Day("2024-03-04");
  EXPECT_THAT(ValidateClock(c).message(), HasSubstr("fee_paid without fee_notice_received"));

  c = Received("2024-03-01");
  c.correction_received = Day("2024-03-04");
  EXPECT_THAT(ValidateClock(c).message(), HasSubstr("without correction_requested"));
}

TEST(DeadlineClockTest, ClockAsOfDropsLaterFacts) {
  auto clock = ClockOf(Record(), National());
  ASSERT_TRUE(clock.ok()) << clock.status();
  const Clock early = ClockAsOf(*clock, Day("2024-03-15"));
  EXPECT_EQ(early.consultations.size(), 1u);
  EXPECT_FALSE(early.consultations[0].end.has_value());
  EXPECT_EQ(early.extension_days, 0);
  const Clock before = ClockAsOf(*clock, Day("2024-03-04"));
  EXPECT_FALSE(before.correction_requested.has_value());
  EXPECT_EQ(before.correction_period_days, 0);
  EXPECT_TRUE(before.consultations.empty());
}

}  // namespace
}  // namespace gongkai::cases::testing
