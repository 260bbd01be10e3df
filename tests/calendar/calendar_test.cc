#include "calendar/calendar.h"

#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::calendar {
namespace {

using ::testing::HasSubstr;

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }

// The days off and make-up days as holidays.md (a copy of the spec) lists them, read with a
// parser of its own so the test does not trust the library's data file.
struct Expected {
  std::set<absl::CivilDay> off, makeup;
};

Expected ParseHolidaysMd() {
  std::ifstream in(GONGKAI_HOLIDAYS_MD);
  std::stringstream text;
  text << in.rdbuf();
  const std::string md = text.str();
  Expected e;
  auto day = [](const std::string& s) {
    return Day(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)));
  };
  const std::regex range(R"(^\| (\d{4}-\d\d-\d\d)(?: … (\d{4}-\d\d-\d\d))? \|)");
  const std::regex date(R"(\d{4}-\d\d-\d\d)");
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, range)) {
      const absl::CivilDay first = day(m[1]), last = m[2].matched ? day(m[2]) : first;
      for (absl::CivilDay d = first; d <= last; ++d) e.off.insert(d);
    } else if (line.rfind("make-up working days", 0) == 0) {
      for (std::sregex_iterator it(line.begin(), line.end(), date), end; it != end; ++it) {
        e.makeup.insert(day(it->str()));
      }
    }
  }
  return e;
}

TEST(Calendar, AgreesWithHolidaysMdOnEveryDay) {
  const Expected e = ParseHolidaysMd();
  ASSERT_GT(e.off.size(), 200u);
  ASSERT_EQ(e.makeup.size(), 53u);
  auto cal = Calendar::National();
  int checked = 0;
  for (absl::CivilDay d = Day(2018, 12, 29); d <= Day(2026, 12, 31); ++d, ++checked) {
    const bool weekend = absl::GetWeekday(d) == absl::Weekday::saturday ||
                         absl::GetWeekday(d) == absl::Weekday::sunday;
    const bool expected = e.makeup.count(d) || (!weekend && !e.off.count(d));
    ASSERT_EQ(cal->IsWorkingDay(d), expected) << FormatDay(d);
    EXPECT_FALSE(cal->IsProvisional(d) && d.year() >= 2019) << FormatDay(d);
  }
  EXPECT_EQ(checked, 2925);
}

TEST(Calendar, InfoSaysWhy) {
  auto cal = Calendar::National();
  DayInfo info = cal->Info(Day(2020, 2, 1));  // the extended Spring Festival
  EXPECT_FALSE(info.working);
  EXPECT_EQ(info.kind, DayKind::kDayOff);
  EXPECT_EQ(info.name, "春节");
  EXPECT_EQ(info.layer, "cn-national");
  info = cal->Info(Day(2019, 5, 5));  // a make-up Sunday
  EXPECT_TRUE(info.working);
  EXPECT_EQ(info.kind, DayKind::kMakeupDay);
  EXPECT_EQ(cal->Info(Day(2019, 5, 6)).kind, DayKind::kWeekday);
  EXPECT_EQ(cal->Info(Day(2019, 5, 11)).kind, DayKind::kWeekend);
}

TEST(Calendar, BeyondTheKnownSchedulesIsProvisional) {
  auto cal = Calendar::National();
  EXPECT_TRUE(cal->IsProvisional(Day(2027, 1, 1)));
  EXPECT_TRUE(cal->IsProvisional(Day(2018, 6, 1)));
  EXPECT_FALSE(cal->IsProvisional(Day(2026, 12, 31)));
  EXPECT_TRUE(cal->AnyProvisional(Day(2026, 12, 1), Day(2027, 1, 5)));
  // The weekday rule: 2027-01-01 is a Friday, so a working day, provisionally.
  EXPECT_TRUE(cal->IsWorkingDay(Day(2027, 1, 1)));
}

TEST(Calendar, ArithmeticByHand) {
  auto cal = Calendar::National();
  // Received Fri 2024-02-02: working days after it: 2/4 (make-up Sun) 1, 2/5 2, 2/6 3, 2/7 4,
  // 2/8 5, 2/9 6; 2/10-17 off (春节); 2/18 (make-up Sun) 7, 2/19-23 8-12, 2/26-3/1 13-17,
  // 3/4 18, 3/5 19, 3/6 20.
  EXPECT_EQ(*cal->AddWorkingDays(Day(2024, 2, 2), 7), Day(2024, 2, 18));
  EXPECT_EQ(*cal->AddWorkingDays(Day(2024, 2, 2), 20), Day(2024, 3, 6));
  EXPECT_EQ(cal->WorkingDaysBetween(Day(2024, 2, 2), Day(2024, 3, 6)), 20);
  EXPECT_EQ(cal->WorkingDaysBetween(Day(2024, 3, 6), Day(2024, 2, 2)), -20);
  // Across the year end: after Fri 2019-12-27: 12/30 1, 12/31 2, 1/1 off, 1/2 3.
  EXPECT_EQ(*cal->AddWorkingDays(Day(2019, 12, 27), 3), Day(2020, 1, 2));
  EXPECT_EQ(*cal->NextWorkingDayOnOrAfter(Day(2020, 1, 24)), Day(2020, 2, 3));
  EXPECT_EQ(cal->AddWorkingDays(Day(2100, 12, 30), 5).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(cal->AddWorkingDays(Day(2020, 1, 1), 0).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(Calendar, ConstantTimeArithmeticAgreesWithADayWalkOnAMillionQueries) {
  auto cal = Calendar::National();
  std::mt19937 rng(2019);
  std::uniform_int_distribution<int> start(0,
                                           static_cast<int>(Day(2026, 12, 31) - Day(2019, 1, 1)));
  std::uniform_int_distribution<int> span(1, 60);
  for (int q = 0; q < 1'000'000; ++q) {
    const absl::CivilDay from = Day(2019, 1, 1) + start(rng);
    const int n = span(rng);
    absl::CivilDay walk = from;
    for (int left = n; left > 0;) {
      ++walk;
      if (cal->IsWorkingDay(walk)) --left;
    }
    ASSERT_EQ(*cal->AddWorkingDays(from, n), walk) << FormatDay(from) << " + " << n;
  }
}

v1::CalendarSpec Layer(const std::string& text_year, int y, int m, int d, bool makeup) {
  v1::CalendarSpec spec;
  spec.set_id(text_year);
  spec.set_version("1");
  v1::YearSchedule* year = spec.add_years();
  year->set_year(y);
  if (makeup) {
    *year->add_makeup_working_days() = ToProto(Day(y, m, d));
  } else {
    v1::DayOffRange* r = year->add_days_off();
    *r->mutable_first() = ToProto(Day(y, m, d));
    *r->mutable_last() = ToProto(Day(y, m, d));
    r->set_name("地方节日");
  }
  return spec;
}

TEST(Calendar, LocalLayersOverrideTheNationalOne) {
  std::vector<v1::CalendarSpec> layers = Calendar::National()->layers();
  layers.push_back(Layer("local", 2024, 3, 5, false));  // a Tuesday off locally
  auto cal = Calendar::Build(layers);
  ASSERT_TRUE(cal.ok()) << cal.status();
  EXPECT_FALSE((*cal)->IsWorkingDay(Day(2024, 3, 5)));
  EXPECT_EQ((*cal)->Info(Day(2024, 3, 5)).layer, "local");
  EXPECT_EQ((*cal)->version(), "cn-national@2026-11-29+local@1");
  EXPECT_EQ(*(*cal)->AddWorkingDays(Day(2024, 2, 2), 20), Day(2024, 3, 7));
  EXPECT_TRUE(
      Calendar::National()->IsWorkingDay(Day(2024, 3, 5)));  // the national one is untouched
}

TEST(Calendar, RejectsBrokenSchedulesNamingTheDate) {
  struct Case {
    v1::CalendarSpec spec;
    absl::StatusCode code;
    std::string mentions;
  };
  std::vector<Case> cases;
  cases.push_back({Layer("x", 2024, 3, 13, true), absl::StatusCode::kInvalidArgument,
                   "2024-03-13 is a weekday"});
  v1::CalendarSpec both = Layer("x", 2024, 3, 16, false);
  *both.mutable_years(0)->add_makeup_working_days() = ToProto(Day(2024, 3, 16));
  cases.push_back({both, absl::StatusCode::kInvalidArgument, "both a day off and a make-up"});
  v1::CalendarSpec leap = Layer("x", 2023, 3, 1, false);
  leap.mutable_years(0)->mutable_days_off(0)->mutable_first()->set_month(2);
  leap.mutable_years(0)->mutable_days_off(0)->mutable_first()->set_day(29);
  cases.push_back({leap, absl::StatusCode::kInvalidArgument, "2023-02-29 is not a date"});
  v1::CalendarSpec backwards = Layer("x", 2023, 3, 1, false);
  backwards.mutable_years(0)->mutable_days_off(0)->mutable_last()->set_day(0);
  cases.push_back({backwards, absl::StatusCode::kInvalidArgument, "not a date"});
  v1::CalendarSpec reversed = Layer("x", 2023, 3, 5, false);
  *reversed.mutable_years(0)->mutable_days_off(0)->mutable_first() = ToProto(Day(2023, 3, 9));
  cases.push_back({reversed, absl::StatusCode::kInvalidArgument, "before they start"});
  cases.push_back({Layer("x", 2101, 1, 1, false), absl::StatusCode::kOutOfRange, "2101"});
  v1::CalendarSpec anonymous = Layer("", 2023, 3, 1, false);
  cases.push_back({anonymous, absl::StatusCode::kInvalidArgument, "id is empty"});
  for (const Case& c : cases) {
    auto cal = Calendar::Build({c.spec});
    ASSERT_FALSE(cal.ok()) << c.mentions;
    EXPECT_EQ(cal.status().code(), c.code) << cal.status();
    EXPECT_THAT(std::string(cal.status().message()), HasSubstr(c.mentions));
  }
}

TEST(Dates, ParseAndFormat) {
  EXPECT_EQ(*ParseDay("2019-05-15", "received"), Day(2019, 5, 15));
  EXPECT_EQ(FormatDay(Day(2019, 5, 5)), "2019-05-05");
  for (const char* bad :
       {"2019-02-29", "2019-13-01", "2019-5-15", "yesterday", "", "2019-05-15x"}) {
    auto d = ParseDay(bad, "received");
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(std::string(d.status().message()), HasSubstr("received")) << bad;
  }
  EXPECT_EQ(ParseDay("2007-12-31", "received").status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ParseDay("2101-01-01", "received").status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_TRUE(ParseDay("2020-02-29", "received").ok());
}

// The library reads only YYYY-MM-DD (the CLI reads more spellings, tools/cli/dates.h); a refused
// Chinese date is quoted as UTF-8, not as hex escapes, and a control byte still is escaped.
TEST(Dates, RefusalQuotesTheInputReadably) {
  auto d = ParseDay("2025年1月24日", "received");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(),
            "received: \"2025年1月24日\" is not a date of the form YYYY-MM-DD");
  EXPECT_EQ(ParseDay("2025/01/24", "received").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(ParseDay("2025\x1b[2J", "received").status().message()),
              HasSubstr("\"2025\\x1b[2J\""));
}

// A real Gregorian date in the calendar's range, 2008-01-01 to 2100-12-31 (docs/calendar.md),
// stated apart from absl::CivilDay and Calendar::InRange.
bool RealDateInRange(int y, int m, int d) {
  if (y < 2008 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return d <= days[m - 1];
}

// ValidDay is FromProto's check without its message: the records' checks rely on the two
// agreeing, on real dates, impossible ones and the range's edges; both accept exactly the real
// dates of the range.
TEST(Dates, ValidDayAcceptsExactlyWhatFromProtoAccepts) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> year(kFirstYear - 2, kLastYear + 2), month(-1, 14),
      day(-1, 33);
  const int edges[][3] = {{kFirstYear, 1, 1},  {kFirstYear - 1, 12, 31},
                          {kLastYear, 12, 31}, {kLastYear + 1, 1, 1},
                          {2024, 2, 29},       {2025, 2, 29},
                          {2100, 2, 29},       {2000, 2, 29},
                          {2025, 4, 31},       {2025, 0, 10},
                          {2025, 13, 1},       {2025, 1, 0}};
  auto check = [](int y, int m, int d) {
    v1::Date date;
    date.set_year(y);
    date.set_month(m);
    date.set_day(d);
    const absl::StatusOr<absl::CivilDay> full = FromProto(date, "f");
    const std::optional<absl::CivilDay> valid = ValidDay(date);
    ASSERT_EQ(full.ok(), valid.has_value()) << y << "-" << m << "-" << d;
    EXPECT_EQ(valid.has_value(), RealDateInRange(y, m, d)) << y << "-" << m << "-" << d;
    if (valid) {
      EXPECT_EQ(*full, *valid);
      EXPECT_EQ(*valid, absl::CivilDay(y, m, d));
    }
    // The named form builds the name only for a refusal, and refuses as FromProto does.
    int named = 0;
    const absl::StatusOr<absl::CivilDay> lazy = FromProtoNamed(date, [&] {
      ++named;
      return std::string("f");
    });
    EXPECT_EQ(lazy.status(), full.status());
    EXPECT_EQ(named, full.ok() ? 0 : 1);
  };
  for (const auto& e : edges) check(e[0], e[1], e[2]);
  for (int i = 0; i < 100000; ++i) check(year(rng), month(rng), day(rng));
}

}  // namespace
}  // namespace gongkai::calendar
