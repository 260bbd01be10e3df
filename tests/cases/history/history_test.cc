// Errors of the history: their messages, the input left untouched, malformed records and
// events.
#include "cases/history.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::cases {
namespace {

using fixture::Ev;
using fixture::Record;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

v1::Date Date(int y, int m, int d) {
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}
const calendar::Calendar& National() { return *calendar::Calendar::National(); }

TEST(History, RefusalMessageNamesRecordEventIndexDateAndState) {
  const v1::Application record =
      Record({"REGISTERED 2019-05-20", "CONSULTATION_STARTED 2019-05-21 party=THIRD_PARTY",
              "CONSULTATION_ANSWERED 2019-05-24 party=THIRD_PARTY",
              "DECIDED 2019-05-28 outcome=GRANTED", "ARCHIVED 2019-05-30"});
  absl::StatusOr<v1::Application> next =
      ApplyEvent(record, Ev("DECIDED 2019-06-03 outcome=GRANTED"), National());
  EXPECT_EQ(next.status(),
            absl::FailedPreconditionError(
                "application 2019-0042: event DECIDED (events[5], 2019-06-03) not allowed in "
                "state ARCHIVED: nothing follows archiving"));
}

TEST(History, MalformedEventInStoredHistoryIsNamed) {
  const v1::Application record = Record(
      {"REGISTERED 2019-05-20", "EXTENSION_APPROVED 2019-06-03 extension_days=25 approver=head"});
  EXPECT_EQ(
      ReplayHistory(record, National()).status(),
      absl::InvalidArgumentError("application 2019-0042: event EXTENSION_APPROVED (events[1], "
                                 "2019-06-03): extension_days is 25, must be 1..20"));
}

TEST(History, FailedApplyLeavesRecordUnchanged) {
  const v1::Application record = Record(
      {"REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-21 correction_period_days=10"});
  v1::Application copy = record;
  const std::string before = copy.SerializeAsString();
  v1::Event impossible = Ev("DECIDED 2019-06-03 outcome=GRANTED");
  *impossible.mutable_date() = Date(2019, 2, 29);
  v1::Event unknown = Ev("DECIDED 2019-06-03");
  unknown.set_outcome(static_cast<v1::Outcome>(99));
  for (const v1::Event& event :
       {Ev("DECIDED 2019-06-03 outcome=GRANTED"),  // paused: illegal transition
        Ev("CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"),  // twice
        Ev("FEE_PAID 2019-05-10"), impossible, unknown}) {
    absl::StatusOr<v1::Application> next = ApplyEvent(copy, event, National());
    EXPECT_FALSE(next.ok()) << event.ShortDebugString();
    EXPECT_EQ(copy.SerializeAsString(), before);
  }
  // A successful application does not touch its input either.
  absl::StatusOr<v1::Application> next =
      ApplyEvent(copy, Ev("CORRECTION_RECEIVED 2019-05-24"), National());
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(copy.SerializeAsString(), before);
  EXPECT_EQ(next->events_size(), 3);
}

struct BadDate {
  v1::Date date;
  absl::StatusCode code;
  std::string message;
};

TEST(History, ImpossibleDatesAreRefusedWherever) {
  const BadDate kBad[] = {
      {Date(2019, 2, 29), absl::StatusCode::kInvalidArgument, "2019-02-29 is not a date"},
      {Date(2019, 13, 1), absl::StatusCode::kInvalidArgument, "2019-13-01 is not a date"},
      {Date(2019, 4, 31), absl::StatusCode::kInvalidArgument, "2019-04-31 is not a date"},
      {Date(0, 0, 0), absl::StatusCode::kInvalidArgument, "is not a date"},
      {Date(2101, 1, 1), absl::StatusCode::kOutOfRange,
       "2101-01-01 is outside 2008-01-01 .. 2100-12-31"},
      {Date(2007, 12, 31), absl::StatusCode::kOutOfRange, "2007-12-31 is outside"},
  };
  const v1::Application registered = Record({"REGISTERED 2019-05-20"});
  for (const BadDate& bad : kBad) {
    SCOPED_TRACE(bad.message);
    v1::Event event = Ev("DECIDED 2019-06-03 outcome=GRANTED");
    *event.mutable_date() = bad.date;
    absl::Status s = ApplyEvent(registered, event, National()).status();
    EXPECT_EQ(s.code(), bad.code);
    EXPECT_THAT(std::string(s.message()),
                StartsWith("application 2019-0042: event DECIDED (events[1]): date: "));
    EXPECT_THAT(std::string(s.message()), HasSubstr(bad.message));

    v1::Event fee = Ev("FEE_NOTICE_SENT 2019-05-24 fee_fen=100");
    *fee.mutable_fee_notice_received() = bad.date;
    s = ApplyEvent(registered, fee, National()).status();
    EXPECT_EQ(s.code(), bad.code);
    EXPECT_THAT(std::string(s.message()),
                HasSubstr("(events[1], 2019-05-24): fee_notice_received: "));

    v1::Application record = registered;
    *record.mutable_received() = bad.date;
    s = CheckRecord(record);
    EXPECT_EQ(s.code(), bad.code);
    EXPECT_THAT(std::string(s.message()), StartsWith("application 2019-0042: received: "));
    EXPECT_EQ(ReplayHistory(record, National()).status(), s);
  }
  v1::Event undated = Ev("DECIDED 2019-06-03 outcome=GRANTED");
  undated.clear_date();
  EXPECT_EQ(ApplyEvent(registered, undated, National()).status(),
            absl::InvalidArgumentError(
                "application 2019-0042: event DECIDED (events[1]): date is missing"));
}

TEST(History, WorkingDaysBeyondTheCalendarAreOutOfRange) {
  v1::Application record = Record({});
  *record.mutable_received() = Date(2100, 12, 30);
  *record.add_events() = Ev("REGISTERED 2100-12-31");
  absl::Status s =
      ApplyEvent(record, Ev("CORRECTION_REQUESTED 2100-12-31 correction_period_days=5"), National())
          .status();
  EXPECT_EQ(s.code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(
      std::string(s.message()),
      StartsWith("application 2019-0042: event CORRECTION_REQUESTED (events[1], 2100-12-31): "));
}

TEST(History, UnknownEnumValuesAreInvalid) {
  const v1::Application registered = Record({"REGISTERED 2019-05-20"});
  v1::Event type = Ev("DECIDED 2019-06-03 outcome=GRANTED");
  type.set_type(static_cast<v1::EventType>(99));
  v1::Event outcome = Ev("DECIDED 2019-06-03");
  outcome.set_outcome(static_cast<v1::Outcome>(99));
  v1::Event party = Ev("CONSULTATION_STARTED 2019-06-03");
  party.set_party(static_cast<v1::ConsultationParty>(7));
  const std::pair<v1::Event, std::string> kEvents[] = {
      {type,
       "application 2019-0042: event EventType(99) (events[1]): type 99 is not an EventType value"},
      {outcome,
       "application 2019-0042: event DECIDED (events[1], 2019-06-03): outcome 99 is not an Outcome "
       "value"},
      {party,
       "application 2019-0042: event CONSULTATION_STARTED (events[1], 2019-06-03): party 7 is not "
       "a "
       "ConsultationParty value"},
  };
  for (const auto& [event, message] : kEvents) {
    EXPECT_EQ(ApplyEvent(registered, event, National()).status(),
              absl::InvalidArgumentError(message));
  }
  v1::Application channel = registered;
  channel.set_channel(static_cast<v1::Channel>(99));
  EXPECT_EQ(CheckRecord(channel),
            absl::InvalidArgumentError("application 2019-0042: channel 99 is not a Channel value"));
  v1::Application category = registered;
  category.mutable_applicant()->set_category(static_cast<v1::ApplicantCategory>(-1));
  EXPECT_EQ(ApplyEvent(category, Ev("DECIDED 2019-06-03 outcome=GRANTED"), National()).status(),
            absl::InvalidArgumentError(
                "application 2019-0042: applicant.category -1 is not an ApplicantCategory value"));
}

TEST(History, CheckRecordFields) {
  v1::Application record = Record({});
  EXPECT_TRUE(CheckRecord(record).ok());
  record.set_channel(v1::CHANNEL_UNSPECIFIED);
  record.clear_applicant();
  EXPECT_TRUE(CheckRecord(record).ok()) << "unspecified is a value, not an error";
  record.set_item_count(-1);
  EXPECT_EQ(CheckRecord(record),
            absl::InvalidArgumentError("application 2019-0042: item_count is -1, must be >= 0"));
  record.clear_received();
  EXPECT_EQ(CheckRecord(record),
            absl::InvalidArgumentError("application 2019-0042: received is missing"));
  record.clear_id();
  EXPECT_EQ(CheckRecord(record), absl::InvalidArgumentError("application: id is empty"));
}

TEST(History, MessagesNeverCarryPersonalData) {
  v1::Application record = Record({"REGISTERED 2019-05-20"});
  record.mutable_applicant()->set_name("张三");
  record.mutable_applicant()->set_phone("13800000000");
  record.set_request("关于某某的全部档案");
  v1::Application bad_channel = record;
  bad_channel.set_channel(static_cast<v1::Channel>(42));
  for (const absl::Status& s :
       {ApplyEvent(record, Ev("FEE_PAID 2019-05-21"), National()).status(),
        ApplyEvent(record, Ev("REGISTERED 2019-05-01"), National()).status(),
        ApplyEvent(record, Ev("DECIDED 2019-05-21 outcome=GRANTED approver=x"), National())
            .status(),
        CheckRecord(bad_channel)}) {
    ASSERT_FALSE(s.ok());
    EXPECT_THAT(std::string(s.message()), Not(HasSubstr("张三")));
    EXPECT_THAT(std::string(s.message()), Not(HasSubstr("13800000000")));
    EXPECT_THAT(std::string(s.message()), Not(HasSubstr("档案")));
  }
}

}  // namespace
}  // namespace gongkai::cases
