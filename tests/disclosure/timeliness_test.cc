#include "disclosure/timeliness.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"

namespace gongkai::disclosure {
namespace {

using testing::D;
using ::testing::HasSubstr;
using testing::Publish;
using testing::Record;

class TimelinessTest : public ::testing::Test {
 protected:
  std::shared_ptr<const calendar::Calendar> cal_ = calendar::Calendar::National();
};

TEST_F(TimelinessTest, TwentyWorkingDaysFromTheNextDay) {
  v1::Disclosure r = Record("d1", D(2025, 3, 3));
  Publish(&r, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 3, 31));
  const auto t = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 12, 31));
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->due().day(), 31);
  EXPECT_EQ(t->due().month(), 3);
  EXPECT_FALSE(t->late());
  EXPECT_EQ(t->limit_days(), 20);
}

TEST_F(TimelinessTest, NationalDayAndMakeUpDaysAreCounted) {
  // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are make-up working days; 10-01..08 are off.
  v1::Disclosure r = Record("d2", D(2025, 9, 26));
  Publish(&r, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 11, 3));
  Publish(&r, v1::PUBLICATION_CHANNEL_NEW_MEDIA, D(2025, 10, 31));
  const auto t = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 12, 31));
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(calendar::FormatDay(absl::CivilDay(t->due().year(), t->due().month(), t->due().day())),
            "2025-10-30");
  EXPECT_EQ(t->first_published().day(), 31);  // the earliest channel counts
  EXPECT_TRUE(t->late());
  EXPECT_EQ(t->working_days_late(), 1);
}

TEST_F(TimelinessTest, SameDayRuleAndOwnLimit) {
  v1::Disclosure r = Record("d3", D(2025, 3, 3));
  r.set_publication_limit_days(3);  // a local catalogue's 3 working days
  TimelinessOptions same_day;
  same_day.day_one = calendar::DayOne::kSameDay;
  const auto t = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 3, 5), same_day);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->due().day(), 5);  // 3, 4, 5 March
  EXPECT_FALSE(t->overdue());
  const auto later = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 3, 6), same_day);
  EXPECT_TRUE(later->overdue());
}

TEST_F(TimelinessTest, AChangeRestartsTheClock) {
  v1::Disclosure r = Record("d4", D(2025, 3, 3));
  *r.mutable_changed() = D(2025, 6, 3);
  Publish(&r, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 6, 20));
  const auto t = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 12, 31));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->formed().month(), 6);
  EXPECT_FALSE(t->late());
}

TEST_F(TimelinessTest, BadInputNamesTheField) {
  v1::Disclosure r = Record("d5", D(2025, 2, 28));
  r.mutable_generated()->set_day(29);  // 2025 is not a leap year
  auto t = CheckTimeliness(r, *cal_, absl::CivilDay(2025, 12, 31));
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(t.status().message(), HasSubstr("disclosure d5: generated"));

  r = Record("d6", D(2007, 12, 31));
  EXPECT_EQ(CheckTimeliness(r, *cal_, absl::CivilDay(2025, 1, 1)).status().code(),
            absl::StatusCode::kOutOfRange);

  r = Record("d7", D(2025, 1, 6));
  r.clear_generated();
  EXPECT_THAT(CheckTimeliness(r, *cal_, absl::CivilDay(2025, 1, 1)).status().message(),
              HasSubstr("generated: missing"));

  r = Record("d8", D(2025, 1, 6));
  r.set_publication_limit_days(-4);
  EXPECT_THAT(CheckTimeliness(r, *cal_, absl::CivilDay(2025, 1, 1)).status().message(),
              HasSubstr("publication_limit_days"));

  r = Record("d9", D(2025, 1, 6));
  r.add_publications()->set_channel(v1::PUBLICATION_CHANNEL_PORTAL);
  EXPECT_THAT(CheckTimeliness(r, *cal_, absl::CivilDay(2025, 1, 1)).status().message(),
              HasSubstr("publications[0].date: missing"));
}

}  // namespace
}  // namespace gongkai::disclosure
