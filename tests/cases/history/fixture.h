// Histories for the tests, written one event a line so a rule's case reads like the rule.
#ifndef GONGKAI_TESTS_CASES_HISTORY_FIXTURE_H_
#define GONGKAI_TESTS_CASES_HISTORY_FIXTURE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases::fixture {

// The receipt date of every Record(): a Monday with no holiday in the following two weeks of
// the national calendar, so its 7th working day is 2019-05-29.
inline constexpr char kReceived[] = "2019-05-20";

// "DECIDED 2019-06-03 outcome=GRANTED": the type without EVENT_TYPE_, the date, then Event
// fields by name; enum values without their prefix, dates as YYYY-MM-DD. A line the helper
// cannot read fails the test that wrote it.
v1::Event Ev(absl::string_view line);

// Application "2019-0042", received kReceived in person from a natural person, with `events`.
v1::Application Record(const std::vector<std::string>& events);

}  // namespace gongkai::cases::fixture

#endif  // GONGKAI_TESTS_CASES_HISTORY_FIXTURE_H_
