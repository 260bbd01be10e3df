// Helpers shared by the deadline tests: dates as text, and one deadline out of a report.
#ifndef GONGKAI_TESTS_CASES_DEADLINE_DEADLINE_TESTING_H_
#define GONGKAI_TESTS_CASES_DEADLINE_DEADLINE_TESTING_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "gtest/gtest.h"

namespace gongkai::cases::testing {

// "2024-02-05" as a civil day; the tests' dates are all valid.
inline absl::CivilDay Day(const std::string& text) {
  return calendar::ParseDay(text, "test").value();
}

inline std::string Text(const v1::Date& date) {
  return calendar::FormatDay(absl::CivilDay(date.year(), date.month(), date.day()));
}

inline const calendar::Calendar& National() { return *calendar::Calendar::National(); }

// The report for `clock` as of `as_of`; fails the test on an error.
inline v1::DeadlineReport Report(const Clock& clock, const std::string& as_of,
                                 const DeadlineOptions& options = {}) {
  auto report = ComputeDeadlines(clock, Day(as_of), National(), options);
  EXPECT_TRUE(report.ok()) << report.status();
  return report.ok() ? *report : v1::DeadlineReport();
}

// The deadline of `kind` (the `index`-th of that kind); an empty one if absent.
inline v1::Deadline Get(const v1::DeadlineReport& report, v1::DeadlineKind kind, int index = 0) {
  for (const v1::Deadline& d : report.deadlines()) {
    if (d.kind() == kind && index-- == 0) return d;
  }
  ADD_FAILURE() << "no deadline of kind " << v1::DeadlineKind_Name(kind);
  return v1::Deadline();
}

// The steps of `d` of `kind`, as their English texts.
inline std::vector<std::string> Steps(const v1::Deadline& d, v1::StepKind kind) {
  std::vector<std::string> out;
  for (const v1::DeadlineStep& s : d.steps()) {
    if (s.kind() == kind) out.push_back(s.text_en());
  }
  return out;
}

inline Clock Received(const std::string& day) {
  Clock c;
  c.application_id = "2024-0001";
  c.received = Day(day);
  return c;
}

}  // namespace gongkai::cases::testing

#endif  // GONGKAI_TESTS_CASES_DEADLINE_DEADLINE_TESTING_H_
