// The state machine of an application (依申请公开, 条例第二十七–四十五条): the facts its history
// establishes, and which event may follow them. The rules are tabulated in docs/cases.md.
#ifndef GONGKAI_LIB_CASES_STATE_H_
#define GONGKAI_LIB_CASES_STATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/case_state.pb.h"

namespace gongkai::cases {

// One consultation (第三十二、三十四条): a clock stop from `start` to `end`.
struct Consultation {
  absl::CivilDay start;
  std::optional<absl::CivilDay> end;  // nullopt while the consultation is open
  v1::ConsultationParty party = v1::CONSULTATION_PARTY_UNSPECIFIED;
  bool objected = false;  // a third party objected with reasons
};

// What a history establishes, derived by replaying it (ReplayHistory in history.h). Every
// field is recomputed from the events: nothing here is ever stored in the record.
struct Replay {
  v1::CaseState state = v1::CASE_STATE_RECEIVED;
  absl::CivilDay received;
  std::optional<absl::CivilDay> registered;
  // The date of the latest event; the next may not be earlier.
  std::optional<absl::CivilDay> last_event;
  // The decision, or the withdrawal (outcome OUTCOME_WITHDRAWN); `concluded` is either date.
  std::optional<absl::CivilDay> decided;
  std::optional<absl::CivilDay> withdrawn;
  std::optional<absl::CivilDay> concluded;
  v1::Outcome outcome = v1::OUTCOME_UNSPECIFIED;
  // 补正 (第三十条): the request, the corrected application, the period given in working days.
  std::optional<absl::CivilDay> correction_requested;
  std::optional<absl::CivilDay> correction_received;
  int correction_period_days = 0;
  // In date order; at most the last one is open.
  std::vector<Consultation> consultations;
  // 延期 (第三十三条): the approval date and the working days granted; 0 if none.
  std::optional<absl::CivilDay> extension_approved;
  int extension_days = 0;
  // The fee (国办函〔2020〕109号): notice sent, notice received by the applicant, paid.
  std::optional<absl::CivilDay> fee_notice_sent;
  std::optional<absl::CivilDay> fee_notice_received;
  std::optional<absl::CivilDay> fee_paid;
  int64_t fee_fen = 0;
  std::optional<absl::CivilDay> delivered;
  std::optional<absl::CivilDay> archived;

  // The applicant owes a correction: the case is paused.
  bool AwaitingCorrection() const;
  // The last consultation has no answer yet.
  bool ConsultationOpen() const;
  // A fee notice went out and is unpaid.
  bool FeeUnpaid() const;
};

// "AWAITING_CORRECTION", "DECIDED", "GRANTED": the enum value's name without its type prefix,
// as messages and the CLI print it; "CaseState(42)" and so on for a value the enum lacks.
std::string CaseStateName(v1::CaseState state);
std::string EventTypeName(int type);
std::string OutcomeName(int outcome);
std::string PartyName(int party);

// The longest correction period accepted, in working days. The 条例 asks only for a
// "reasonable period" (合理期限); a bound catches typing errors (600 for 60).
inline constexpr int kMaxCorrectionPeriodDays = 60;
// 第三十条: the correction must be requested within this many working days of receipt.
inline constexpr int kCorrectionWindowDays = 7;
// 第三十三条: one extension of at most this many working days.
inline constexpr int kMaxExtensionDays = 20;

// Whether `event`, dated `date` (already checked to be a valid date; its order is checked
// after this), may follow the history summarised by `facts`. OK, or FailedPrecondition whose
// message is the reason alone ("nothing follows archiving"), for the caller to prefix with the
// record and the event; OutOfRange if a working-day computation leaves the calendar.
absl::Status CheckTransition(const Replay& facts, const v1::Event& event, absl::CivilDay date,
                             const calendar::Calendar& cal);

// Records an event CheckTransition allowed, and recomputes `facts.state`.
void Advance(Replay& facts, const v1::Event& event, absl::CivilDay date);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_STATE_H_
