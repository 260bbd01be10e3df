// What table 三 needs of one application: the receipt day, the earliest concluding event
// (DECIDED or WITHDRAWN) and the decisive outcome, the applicant category (docs/cases.md,
// "Table 三 from applications"). The one reading of an application's events: FactsOf reads a
// message, the wire reader (aggregate/wire.h) serialized bytes, both through
// ApplicationFacts::AddEvent; the state machine (cases/state.cc) asks Concludes and
// ConcludingOutcome which event concludes and how. aggregate/placement.h places by the facts.
// tests/cases/aggregate/model.h keeps an independent reading as the reference.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_FACTS_H_
#define GONGKAI_LIB_CASES_AGGREGATE_FACTS_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {

// A day key that is no day: the date is missing or not a real date.
inline constexpr int32_t kNoDate = -1;
// The conclusion day key of an application that has not concluded.
inline constexpr int32_t kNever = 0x7fffffff;

// yyyymmdd of a real date (years 1..9999), which orders as the dates do; kNoDate otherwise.
inline int32_t DayKey(int32_t year, int32_t month, int32_t day) {
  static constexpr int8_t kDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > kDays[month]) {
    return kNoDate;
  }
  if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
    return kNoDate;
  }
  return year * 10000 + month * 100 + day;
}

// Whether an event of type `type` (as recorded) concludes an application: DECIDED or WITHDRAWN.
inline bool Concludes(int32_t type) {
  return type == v1::EVENT_TYPE_DECIDED || type == v1::EVENT_TYPE_WITHDRAWN;
}

// The outcome a concluding event of type `type` concludes with: its own `outcome` field for
// DECIDED, OUTCOME_WITHDRAWN for WITHDRAWN. Only for a type that Concludes.
inline int32_t ConcludingOutcome(int32_t type, int32_t outcome) {
  return type == v1::EVENT_TYPE_WITHDRAWN ? static_cast<int32_t>(v1::OUTCOME_WITHDRAWN) : outcome;
}

// The facts of one application, gathered event by event in history order.
struct ApplicationFacts {
  // Receipt day key; kNoDate when `received` is missing or not a real date.
  int32_t received = kNoDate;
  // Day key of the earliest concluding event; kNever when none concluded.
  int32_t concluded = kNever;
  int32_t concluded_at = -1;  // its index in events
  // The outcome that decides the row: a PARTIAL decision wins, else the last concluding
  // event's (OUTCOME_WITHDRAWN for WITHDRAWN). As recorded: may be any int32.
  int32_t decisive = v1::OUTCOME_UNSPECIFIED;
  int32_t decisive_at = -1;  // its index in events
  // The index of the first concluding event without a real date, or -1. Events after it are
  // not looked at (Add stops there).
  int32_t bad_conclusion_at = -1;
  int32_t category = 0;  // applicant.category as recorded (any int32)
  bool partial = false;

  // Whether an event of type `type` (as recorded) concludes: DECIDED or WITHDRAWN.
  static bool Concludes(int32_t type) { return cases::Concludes(type); }

  // Takes concluding event `index` of type `type` into account (events that do not conclude
  // need not be passed); `day` is its date's key (kNoDate when missing or not real), `outcome`
  // its outcome field.
  void AddEvent(int32_t index, int32_t type, int32_t day, int32_t outcome) {
    if (bad_conclusion_at >= 0 || !cases::Concludes(type)) return;
    outcome = ConcludingOutcome(type, outcome);
    if (day == kNoDate) {
      bad_conclusion_at = index;
      return;
    }
    if (day < concluded) {
      concluded = day;
      concluded_at = index;
    }
    if (!partial) {
      decisive = outcome;
      decisive_at = index;
    }
    partial = partial || outcome == v1::OUTCOME_PARTIAL;
  }

  // Whether the application can be placed in no year at all: no receipt date, a concluding
  // event without a real date, or concluded before received.
  bool Unplaceable() const {
    return received == kNoDate || bad_conclusion_at >= 0 || concluded < received;
  }
};

// The facts of `application`: what every path into Table3Aggregator reads of it.
ApplicationFacts FactsOf(const v1::Application& application);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_FACTS_H_
