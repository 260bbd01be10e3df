#include "calendar/working_days.h"

#include <algorithm>
#include <numeric>

#include "common/status_macros.h"

namespace gongkai::calendar {

absl::CivilDay Origin(absl::CivilDay start, DayOne rule) {
  return rule == DayOne::kSameDay ? start - 1 : start;
}

absl::StatusOr<Count> CountWorkingDays(const Calendar& cal, absl::CivilDay origin, int64_t n,
                                       const std::vector<Pause>& pauses) {
  Count count;
  count.paused_days.assign(pauses.size(), 0);
  count.after_due.assign(pauses.size(), false);
  // Walk the stops in order of their start, counting the working days between them; the
  // calendar answers each stretch in O(1), so a long stop costs no more than a short one.
  std::vector<size_t> order(pauses.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return pauses[a].first < pauses[b].first; });
  absl::CivilDay cursor = origin;  // every working day up to here is counted or paused
  int64_t remaining = n;
  size_t k = 0;
  for (; k < order.size(); ++k) {
    const Pause& p = pauses[order[k]];
    if (p.last <= cursor) continue;  // before the origin, or inside stops already walked
    const absl::CivilDay from = std::max(p.first, cursor);
    const int64_t available = cal.WorkingDaysBetween(cursor, from);
    if (available >= remaining) break;  // the clock runs out on or before the stop begins
    remaining -= available;
    if (from > cursor) count.counted.emplace_back(cursor, from);
    count.paused_days[order[k]] = cal.WorkingDaysBetween(from, p.last);
    cursor = p.last;
  }
  for (; k < order.size(); ++k) count.after_due[order[k]] = true;
  ASSIGN_OR_RETURN(count.due, cal.AddWorkingDays(cursor, remaining));
  count.counted.emplace_back(cursor, count.due);
  return count;
}

}  // namespace gongkai::calendar
