// One deadline counted and explained: the step between the record's facts (deadline/deadline.cc)
// and the arithmetic (deadline/count.h). Internal to lib/cases.
#ifndef GONGKAI_LIB_CASES_DEADLINE_FILL_H_
#define GONGKAI_LIB_CASES_DEADLINE_FILL_H_

#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "calendar/working_days.h"
#include "cases/deadline/deadline.h"
#include "cases/deadline/explain.h"
#include "gongkai/v1/deadline.pb.h"

namespace gongkai::cases::internal {
// A stop of the reply clock and what caused it; `open` stops have `last` set to the as-of date.
struct NamedPause {
  calendar::Pause pause;
  bool open = false;
  Text what;
};

// Everything one deadline counts.
struct Spec {
  v1::DeadlineKind kind = v1::DEADLINE_KIND_UNSPECIFIED;
  int index = 0;
  absl::CivilDay start;
  Text start_reason;
  DayOne rule = DayOne::kNextDay;
  int period = 0;
  int extension = 0;
  std::vector<NamedPause> pauses;
  std::optional<absl::CivilDay> done;  // the event that ends the deadline
  Text done_what;
  std::optional<absl::CivilDay> ended;  // the case ended without that event
  bool optional_event = false;          // the correction notice: it lapses, never falls overdue
};

// Counts `spec` on `cal` and fills `d`: start, period, due date, the explanation's steps, and
// where the deadline stands on `as_of` (met, late, lapsed, overdue, days left, provisional).
// OutOfRange when the count runs beyond 2100.
absl::Status Fill(const calendar::Calendar& cal, absl::CivilDay as_of, const Spec& spec,
                  v1::Deadline* d);

// The reply deadline while a correction is awaited: not running, no due date (第三十条).
void FillNotRunning(const Clock& c, v1::Deadline* d);

}  // namespace gongkai::cases::internal

#endif  // GONGKAI_LIB_CASES_DEADLINE_FILL_H_
