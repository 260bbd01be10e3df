// An application's append-only history: checking a record, replaying its events into the
// facts deadlines and statistics use, and appending an event.
//
// Nothing is ever overwritten: every derived value (state, dates, clock stops) is recomputed
// from the events, so a changed calendar changes what the history says, never the history.
// Every error names the record's id and, for an event, its type, index and date; none repeats
// the applicant's data or the request text.
#ifndef GONGKAI_LIB_CASES_HISTORY_H_
#define GONGKAI_LIB_CASES_HISTORY_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "calendar/calendar.h"
#include "cases/state.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {

// Checks the record's own fields, not its events: a non-empty id; a valid receipt date
// (InvalidArgument for a missing or impossible one, OutOfRange outside 2008–2100); channel and
// applicant category among the enums' values (0, unspecified, is accepted); item_count >= 0.
absl::Status CheckRecord(const v1::Application& record);

// Checks one event on its own, at `index` in `record`'s history: a known type, a valid date,
// the details its type requires and none that belong to another type. InvalidArgument, or
// OutOfRange for a date outside 2008–2100. Returns the event's date.
absl::StatusOr<absl::CivilDay> CheckEvent(const v1::Application& record, const v1::Event& event,
                                          int index);

// Checks the record and every event in order, and returns what the history establishes.
// Errors, the first that applies to the first bad event: those of CheckRecord and CheckEvent;
// FailedPrecondition for an event the state reached does not allow ("application 2019-0042:
// event DECIDED (events[5], 2019-06-03) not allowed in state ARCHIVED: nothing follows
// archiving"); OutOfRange if a working-day computation leaves the calendar; InvalidArgument for
// an event dated before receipt or before the event preceding it.
absl::StatusOr<Replay> ReplayHistory(const v1::Application& record, const calendar::Calendar& cal);

// Replays `record` and checks `event` as its next one (index events_size()); returns a copy
// of the record with the event appended. `record` is never modified. Errors as ReplayHistory.
absl::StatusOr<v1::Application> ApplyEvent(const v1::Application& record, const v1::Event& event,
                                           const calendar::Calendar& cal);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_HISTORY_H_
