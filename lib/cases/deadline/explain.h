// The statutory periods as data, and the pieces of a deadline's explanation (its steps, in
// Chinese and English). Internal to lib/cases.
#ifndef GONGKAI_LIB_CASES_DEADLINE_EXPLAIN_H_
#define GONGKAI_LIB_CASES_DEADLINE_EXPLAIN_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "calendar/working_days.h"
#include "cases/deadline/deadline.h"
#include "gongkai/v1/deadline.pb.h"

namespace gongkai::cases::internal {

// What the law says about one kind of deadline: the only place these periods are written.
struct Period {
  v1::DeadlineKind kind;
  int working_days;      // 0: given per case (the correction period)
  absl::string_view zh;  // the deadline's name
  absl::string_view en;
  absl::string_view ground;  // the article or notice
};
const Period& PeriodOf(v1::DeadlineKind kind);

// Two-language text.
struct Text {
  std::string zh;
  std::string en;
};

// Why a receipt under `channel` happened on its date (第三十一条).
Text ReceiptReason(v1::Channel channel);
// Day 1 under `rule`.
Text DayOneText(DayOne rule);

// Appends a step; `last` defaults to `first`.
v1::DeadlineStep* AddStep(v1::Deadline* d, v1::StepKind kind, absl::CivilDay first, Text text);
v1::DeadlineStep* AddStep(v1::Deadline* d, v1::StepKind kind, absl::CivilDay first,
                          absl::CivilDay last, Text text);

// DAY_OFF steps (runs of days off, one per festival) and MAKEUP_DAY steps for the days inside
// the spans `count` counted, in date order: what made the due date differ from weekdays only.
void AddCalendarSteps(const calendar::Calendar& cal, const calendar::Count& count, v1::Deadline* d);

}  // namespace gongkai::cases::internal

#endif  // GONGKAI_LIB_CASES_DEADLINE_EXPLAIN_H_
