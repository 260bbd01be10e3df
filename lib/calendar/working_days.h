// Counting working days: which day of a period is day one, and the n-th working day around clock
// stops. The arithmetic under every deadline (lib/cases/deadline) and every publication limit
// (lib/disclosure/timeliness).
#ifndef GONGKAI_LIB_CALENDAR_WORKING_DAYS_H_
#define GONGKAI_LIB_CALENDAR_WORKING_DAYS_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"

namespace gongkai::calendar {

// Which day of a period is day 1. The 条例 does not say; practice counts from the next day.
enum class DayOne {
  kNextDay,  // day 1 is the first working day after the start date
  kSameDay,  // the start date is day 1 if it is a working day
};

// A clock stop: the working days in (first, last] are not counted. `first` itself still is,
// because the act that stops the clock (sending a consultation letter) happens on a counted day.
struct Pause {
  absl::CivilDay first;
  absl::CivilDay last;
};

// The result of a count.
struct Count {
  absl::CivilDay due;
  // The spans (a, b] whose working days were counted, in date order.
  std::vector<std::pair<absl::CivilDay, absl::CivilDay>> counted;
  // Per pause, in the order given: the working days it kept out of the count (0 when earlier
  // stops already covered it), and whether it began only after the clock had run out.
  std::vector<int64_t> paused_days;
  std::vector<bool> after_due;
};

// The day a period starting on `start` counts from: day 1 is the first working day after it.
// kNextDay: `start` itself; kSameDay: the day before, so that `start` is day 1 if it works.
absl::CivilDay Origin(absl::CivilDay start, DayOne rule);

// The n-th working day after `origin` (n >= 1) that lies in no pause. Overlapping pauses
// count once. O(pauses) calendar lookups, whatever the span. OutOfRange beyond 2100.
absl::StatusOr<Count> CountWorkingDays(const Calendar& cal, absl::CivilDay origin, int64_t n,
                                       const std::vector<Pause>& pauses);

}  // namespace gongkai::calendar

#endif  // GONGKAI_LIB_CALENDAR_WORKING_DAYS_H_
