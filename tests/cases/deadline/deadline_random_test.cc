// The O(1)-per-stretch count against a day-by-day walk, on 100,000 random records in 2019–2026.
#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "deadline_testing.h"

namespace gongkai::cases::testing {
namespace {

using Stop = std::pair<absl::CivilDay, absl::CivilDay>;  // the working days in (first, second]

// The n-th day after `origin` that is a working day of `cal` and in no stop, found by looking
// at every day in turn: the definition, with nothing clever in it.
absl::CivilDay WalkDayByDay(const calendar::Calendar& cal, absl::CivilDay origin, int n,
                            const std::vector<Stop>& stops) {
  int counted = 0;
  for (absl::CivilDay day = origin + 1;; ++day) {
    const bool stopped = std::any_of(stops.begin(), stops.end(), [day](const Stop& s) {
      return s.first < day && day <= s.second;
    });
    if (!stopped && cal.IsWorkingDay(day) && ++counted == n) return day;
  }
}

TEST(DeadlineRandomTest, ReplyDueMatchesADayByDayWalk) {
  const calendar::Calendar& cal = National();
  std::mt19937 rng(20240205);
  auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const absl::CivilDay first(2019, 1, 1);
  const int days = static_cast<int>(absl::CivilDay(2026, 12, 31) - first);
  const absl::CivilDay as_of(2028, 6, 30);  // after every fact: nothing is cut, nothing open

  for (int i = 0; i < 100000; ++i) {
    Clock c;
    c.application_id = "random";
    c.received = first + uniform(0, days);
    DeadlineOptions options;
    options.day_one = uniform(0, 1) ? DayOne::kSameDay : DayOne::kNextDay;
    options.fee_wait_stops_reply = uniform(0, 1) == 1;
    c.extension_days = uniform(0, 2) == 0 ? uniform(1, 20) : 0;
    if (uniform(0, 3) == 0) {
      c.correction_requested = c.received + uniform(0, 10);
      c.correction_received = *c.correction_requested + uniform(0, 20);
      c.correction_period_days = uniform(1, 15);
    }
    const absl::CivilDay start = c.correction_received.value_or(c.received);
    std::vector<Stop> stops;
    for (int k = uniform(0, 3); k > 0; --k) {
      // Some consultations begin before a restart, some after the clock has run out.
      const absl::CivilDay began = c.received + uniform(0, 60);
      const absl::CivilDay answered = began + uniform(0, 30);
      c.consultations.push_back({began, answered});
      stops.emplace_back(began, answered);
    }
    if (uniform(0, 3) == 0) {
      c.fee_notice_received = c.received + uniform(0, 40);
      c.fee_paid = *c.fee_notice_received + uniform(0, 30);
      if (options.fee_wait_stops_reply) stops.emplace_back(*c.fee_notice_received, *c.fee_paid);
    }

    auto report = ComputeDeadlines(c, as_of, cal, options);
    ASSERT_TRUE(report.ok()) << report.status();
    const absl::CivilDay origin = options.day_one == DayOne::kSameDay ? start - 1 : start;
    const v1::Deadline* reply = FindDeadline(*report, v1::DEADLINE_KIND_REPLY);
    ASSERT_NE(reply, nullptr);
    ASSERT_EQ(Text(reply->due()),
              calendar::FormatDay(WalkDayByDay(cal, origin, 20 + c.extension_days, stops)))
        << "received " << calendar::FormatDay(c.received) << ", record " << i;
    const v1::Deadline* notice = FindDeadline(*report, v1::DEADLINE_KIND_CORRECTION_NOTICE);
    const absl::CivilDay received_origin =
        options.day_one == DayOne::kSameDay ? c.received - 1 : c.received;
    ASSERT_EQ(Text(notice->due()), calendar::FormatDay(WalkDayByDay(cal, received_origin, 7, {})));
    if (c.fee_notice_received) {
      const v1::Deadline* fee = FindDeadline(*report, v1::DEADLINE_KIND_FEE_PAYMENT);
      ASSERT_EQ(Text(fee->due()),
                calendar::FormatDay(WalkDayByDay(cal, *c.fee_notice_received, 20, {})));
    }
  }
}

}  // namespace
}  // namespace gongkai::cases::testing
