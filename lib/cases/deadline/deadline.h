// The deadlines of an application (依申请公开) as of a date: correction notice, correction,
// reply, third-party answers, fee payment; each with the steps that explain it. Semantics and
// their legal grounds: docs/cases.md, "Deadlines".
#ifndef GONGKAI_LIB_CASES_DEADLINE_DEADLINE_H_
#define GONGKAI_LIB_CASES_DEADLINE_DEADLINE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "calendar/working_days.h"
#include "cases/state.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/deadline.pb.h"

namespace gongkai::cases {

// Which day of a period is day 1 (calendar/working_days.h).
using DayOne = calendar::DayOne;

// How deadlines are computed. The defaults are the common practice.
struct DeadlineOptions {
  DayOne day_one = DayOne::kNextDay;
  // Whether the wait from the fee notice's receipt to payment stops the reply clock.
  // procedure.md §5 lists it as a clock stop; the 条例 is silent.
  bool fee_wait_stops_reply = true;
};

// The facts of a record that its clocks depend on. Dates are civil days in 2008–2100. The
// names follow cases::Replay (state.h), which establishes the same facts from a history.
struct Clock {
  // A consultation (征求意见): it stops the reply clock for the working days in (start, end];
  // `end` (the answer) is absent while it is open.
  struct Consultation {
    absl::CivilDay start;
    std::optional<absl::CivilDay> end;
    v1::ConsultationParty party = v1::CONSULTATION_PARTY_UNSPECIFIED;
  };

  std::string application_id;
  v1::Channel channel = v1::CHANNEL_UNSPECIFIED;
  absl::CivilDay received;  // under 第三十一条 for the channel
  std::optional<absl::CivilDay> correction_requested;
  int correction_period_days = 0;  // working days given to the applicant; 0 = none recorded
  std::optional<absl::CivilDay> correction_received;
  std::vector<Consultation> consultations;  // in the order they started
  int extension_days = 0;                   // approved, 0..20
  // The day the extension was approved; absent: it applies whatever the as-of date.
  std::optional<absl::CivilDay> extension_approved;
  std::optional<absl::CivilDay> fee_notice_received;
  std::optional<absl::CivilDay> fee_paid;
  std::optional<absl::CivilDay> decided;    // the reply (DECIDED)
  std::optional<absl::CivilDay> withdrawn;  // the applicant withdrew
};

// The clock facts read from `application`'s events (their dates and fields only; the order of
// the events is not checked here, that is the history's job). InvalidArgument naming the
// application and the event for a bad date, an extension outside 1..20 or a second one, a
// negative correction period, an answer without a consultation to close.
absl::StatusOr<Clock> ClockOf(const v1::Application& application, const calendar::Calendar& cal);
// The same from a history already replayed (ReplayHistory), for callers that need its facts too.
Clock ClockFromReplay(const v1::Application& application, const Replay& facts);

// OK if every date of `clock` is in 2008–2100 (else OutOfRange) and the dates are in order:
// nothing before the receipt, a correction received only after its request, an answer or a
// payment only after what it answers; the extension in 0..20 and the correction period not
// negative (else InvalidArgument naming the application and the field).
absl::Status ValidateClock(const Clock& clock);

// `clock` as known on `as_of`: facts dated after it are dropped (a consultation answered later
// is open, one started later does not exist).
Clock ClockAsOf(const Clock& clock, absl::CivilDay as_of);

// Every deadline of `clock` as of `as_of`, computed on `cal`, facts after `as_of` ignored.
// The report lists, in this order: the correction notice; the correction (if one was
// requested with a period); the reply; one third-party answer per consultation; the fee
// payment (if a notice was received). InvalidArgument naming the application for dates out of
// order, an extension outside 0..20, or `as_of` before the receipt; OutOfRange for a date
// outside 2008–2100 or a due date beyond 2100.
absl::StatusOr<v1::DeadlineReport> ComputeDeadlines(const Clock& clock, absl::CivilDay as_of,
                                                    const calendar::Calendar& cal,
                                                    const DeadlineOptions& options = {});

// ClockOf(application), then ComputeDeadlines.
absl::StatusOr<v1::DeadlineReport> ComputeDeadlines(const v1::Application& application,
                                                    absl::CivilDay as_of,
                                                    const calendar::Calendar& cal,
                                                    const DeadlineOptions& options = {});

// A deadline's name, e.g. {"答复期限", "reply due"}; empty for an unknown kind.
struct DeadlineName {
  absl::string_view zh;
  absl::string_view en;
};
DeadlineName NameOf(v1::DeadlineKind kind);

// The deadline of `kind` in `report` (the first, for third-party answers), or nullptr.
const v1::Deadline* FindDeadline(const v1::DeadlineReport& report, v1::DeadlineKind kind);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_DEADLINE_DEADLINE_H_
