// 第二十六条: proactive information is published within 20 working days (or a law's own limit)
// of the day it is formed or changed. Whether a record was published late, or is overdue as of a
// date, on the official calendar.
#ifndef GONGKAI_LIB_DISCLOSURE_TIMELINESS_H_
#define GONGKAI_LIB_DISCLOSURE_TIMELINESS_H_

#include <optional>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "calendar/working_days.h"
#include "gongkai/v1/disclosure.pb.h"

namespace gongkai::disclosure {

inline constexpr int kPublicationLimitDays = 20;

struct TimelinessOptions {
  // Day one of the period: the day after the information is formed (practice), or that day.
  calendar::DayOne day_one = calendar::DayOne::kNextDay;
  // The limit for records that give none; 0 means kPublicationLimitDays.
  int limit_days = kPublicationLimitDays;
};

// The first publication of a record: the earliest date over its publications. InvalidArgument
// naming the field ("disclosure D-1: publications[2].date: ...") for a missing or impossible
// date; OutOfRange outside 2008–2100. nullopt when it has none.
absl::StatusOr<std::optional<absl::CivilDay>> FirstPublication(const v1::Disclosure& record);

// 第二十六条 for `record`: formed = the later of `generated` and `changed`, due = formed plus the
// limit in working days; late when first published after due; overdue when unpublished and
// `as_of` is after due. InvalidArgument for a missing `generated`, impossible dates or a limit
// outside 1..365; OutOfRange for dates outside 2008–2100.
absl::StatusOr<v1::PublicationTimeliness> CheckTimeliness(const v1::Disclosure& record,
                                                          const calendar::Calendar& cal,
                                                          absl::CivilDay as_of,
                                                          const TimelinessOptions& options = {});

}  // namespace gongkai::disclosure

#endif  // GONGKAI_LIB_DISCLOSURE_TIMELINESS_H_
