#include "cases/history.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::cases {
namespace {

using calendar::FormatDay;

constexpr uint32_t Bit(v1::EventType type) { return uint32_t{1} << type; }

// The event details and the event types they belong to, as data: a detail set on an event of
// another type is an error, so a misplaced value can never be silently ignored. `actor` belongs
// to every event and is not listed.
struct Detail {
  const char* name;
  bool (*set)(const v1::Event&);
  uint32_t types;
};
constexpr Detail kDetails[] = {
    {"correction_period_days", [](const v1::Event& e) { return e.correction_period_days() != 0; },
     Bit(v1::EVENT_TYPE_CORRECTION_REQUESTED)},
    {"party", [](const v1::Event& e) { return e.party() != 0; },
     Bit(v1::EVENT_TYPE_CONSULTATION_STARTED) | Bit(v1::EVENT_TYPE_CONSULTATION_ANSWERED)},
    {"objected", [](const v1::Event& e) { return e.objected(); },
     Bit(v1::EVENT_TYPE_CONSULTATION_ANSWERED)},
    {"extension_days", [](const v1::Event& e) { return e.extension_days() != 0; },
     Bit(v1::EVENT_TYPE_EXTENSION_APPROVED)},
    {"approver", [](const v1::Event& e) { return !e.approver().empty(); },
     Bit(v1::EVENT_TYPE_EXTENSION_APPROVED)},
    {"fee_fen", [](const v1::Event& e) { return e.fee_fen() != 0; },
     Bit(v1::EVENT_TYPE_FEE_NOTICE_SENT)},
    {"fee_notice_received", [](const v1::Event& e) { return e.has_fee_notice_received(); },
     Bit(v1::EVENT_TYPE_FEE_NOTICE_SENT)},
    {"outcome", [](const v1::Event& e) { return e.outcome() != 0; }, Bit(v1::EVENT_TYPE_DECIDED)},
};

// "application 2019-0042: event DECIDED (events[5], 2019-06-03)"; without the date when it is
// the date that is wrong.
std::string Where(const v1::Application& record, const v1::Event& e, int index,
                  const absl::CivilDay* date) {
  return absl::StrCat("application ", record.id(), ": event ", EventTypeName(e.type()), " (events[",
                      index, "]", date ? absl::StrCat(", ", FormatDay(*date)) : "", ")");
}

absl::Status Prefixed(absl::Status status, absl::string_view where) {
  return absl::Status(status.code(), absl::StrCat(where, ": ", status.message()));
}

// The details the event's type requires, with their bounds.
absl::Status CheckRequired(const v1::Event& e, absl::CivilDay date) {
  auto bad = [](auto&&... parts) { return absl::InvalidArgumentError(absl::StrCat(parts...)); };
  switch (e.type()) {
    case v1::EVENT_TYPE_CORRECTION_REQUESTED:
      if (e.correction_period_days() < 1 || e.correction_period_days() > kMaxCorrectionPeriodDays) {
        return bad("correction_period_days is ", e.correction_period_days(), ", must be 1..",
                   kMaxCorrectionPeriodDays, " working days");
      }
      break;
    case v1::EVENT_TYPE_CONSULTATION_STARTED:
    case v1::EVENT_TYPE_CONSULTATION_ANSWERED:
      if (e.party() == v1::CONSULTATION_PARTY_UNSPECIFIED) return bad("party is not set");
      if (!v1::ConsultationParty_IsValid(e.party())) {
        return bad("party ", e.party(), " is not a ConsultationParty value");
      }
      // Only a third party's lawful rights are at stake (第三十二条); an agency just answers.
      if (e.objected() && e.party() != v1::CONSULTATION_PARTY_THIRD_PARTY) {
        return bad("objected is set for party ", PartyName(e.party()),
                   "; only a THIRD_PARTY objects");
      }
      break;
    case v1::EVENT_TYPE_EXTENSION_APPROVED:
      if (e.extension_days() < 1 || e.extension_days() > kMaxExtensionDays) {
        return bad("extension_days is ", e.extension_days(), ", must be 1..", kMaxExtensionDays);
      }
      if (e.approver().empty()) return bad("approver is empty");
      break;
    case v1::EVENT_TYPE_FEE_NOTICE_SENT: {
      if (e.fee_fen() <= 0) return bad("fee_fen is ", e.fee_fen(), ", must be positive");
      if (!e.has_fee_notice_received()) return bad("fee_notice_received is missing");
      ASSIGN_OR_RETURN(absl::CivilDay got,
                       calendar::FromProto(e.fee_notice_received(), "fee_notice_received"));
      if (got < date) {
        return bad("fee_notice_received (", FormatDay(got), ") is before the notice was sent");
      }
      break;
    }
    case v1::EVENT_TYPE_DECIDED:
      if (e.outcome() == v1::OUTCOME_UNSPECIFIED) return bad("outcome is not set");
      if (!v1::Outcome_IsValid(e.outcome()))
        return bad("outcome ", e.outcome(), " is not an Outcome value");
      if (e.outcome() == v1::OUTCOME_WITHDRAWN) {
        return bad("outcome WITHDRAWN is recorded by a WITHDRAWN event, not by DECIDED");
      }
      break;
    default:
      break;
  }
  return absl::OkStatus();
}

// Checks `event` as events[index] against the facts so far and records it.
absl::Status Step(const v1::Application& record, Replay& facts, const v1::Event& event, int index,
                  const calendar::Calendar& cal) {
  ASSIGN_OR_RETURN(absl::CivilDay date, CheckEvent(record, event, index));
  const std::string where = Where(record, event, index, &date);
  // The state first: an event the state refuses stays refused whatever its date ("nothing
  // follows archiving"), so that is the more useful error.
  if (absl::Status s = CheckTransition(facts, event, date, cal); !s.ok()) {
    if (s.code() != absl::StatusCode::kFailedPrecondition) return Prefixed(s, where);
    return absl::FailedPreconditionError(absl::StrCat(
        where, " not allowed in state ", CaseStateName(facts.state), ": ", s.message()));
  }
  if (date < facts.received) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": dated before receipt (", FormatDay(facts.received), ")"));
  }
  if (facts.last_event && date < *facts.last_event) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": dated before events[", index - 1,
                                                   "] (", FormatDay(*facts.last_event), ")"));
  }
  Advance(facts, event, date);
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckRecord(const v1::Application& record) {
  if (record.id().empty()) return absl::InvalidArgumentError("application: id is empty");
  const std::string where = absl::StrCat("application ", record.id());
  if (!record.has_received())
    return absl::InvalidArgumentError(absl::StrCat(where, ": received is missing"));
  if (absl::Status s = calendar::FromProto(record.received(), "received").status(); !s.ok()) {
    return Prefixed(s, where);
  }
  if (!v1::Channel_IsValid(record.channel())) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": channel ", record.channel(), " is not a Channel value"));
  }
  if (!v1::ApplicantCategory_IsValid(record.applicant().category())) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": applicant.category ",
                                                   record.applicant().category(),
                                                   " is not an ApplicantCategory value"));
  }
  if (record.item_count() < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": item_count is ", record.item_count(), ", must be >= 0"));
  }
  return absl::OkStatus();
}

absl::StatusOr<absl::CivilDay> CheckEvent(const v1::Application& record, const v1::Event& e,
                                          int index) {
  const std::string where = Where(record, e, index, nullptr);
  if (e.type() == v1::EVENT_TYPE_UNSPECIFIED)
    return absl::InvalidArgumentError(absl::StrCat(where, ": type is not set"));
  if (!v1::EventType_IsValid(e.type())) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": type ", e.type(), " is not an EventType value"));
  }
  if (!e.has_date()) return absl::InvalidArgumentError(absl::StrCat(where, ": date is missing"));
  absl::StatusOr<absl::CivilDay> date = calendar::FromProto(e.date(), "date");
  if (!date.ok()) return Prefixed(date.status(), where);
  const std::string dated = Where(record, e, index, &*date);
  for (const Detail& d : kDetails) {
    if (d.set(e) && (d.types & Bit(e.type())) == 0) {
      return absl::InvalidArgumentError(absl::StrCat(dated, ": ", d.name, " does not belong to a ",
                                                     EventTypeName(e.type()), " event"));
    }
  }
  if (absl::Status s = CheckRequired(e, *date); !s.ok()) return Prefixed(s, dated);
  return *date;
}

absl::StatusOr<Replay> ReplayHistory(const v1::Application& record, const calendar::Calendar& cal) {
  RETURN_IF_ERROR(CheckRecord(record));
  Replay facts;
  // CheckRecord has checked the date.
  facts.received = *calendar::FromProto(record.received(), "received");
  for (int i = 0; i < record.events_size(); ++i) {
    RETURN_IF_ERROR(Step(record, facts, record.events(i), i, cal));
  }
  return facts;
}

absl::StatusOr<v1::Application> ApplyEvent(const v1::Application& record, const v1::Event& event,
                                           const calendar::Calendar& cal) {
  ASSIGN_OR_RETURN(Replay facts, ReplayHistory(record, cal));
  RETURN_IF_ERROR(Step(record, facts, event, record.events_size(), cal));
  v1::Application next = record;
  *next.add_events() = event;
  return next;
}

}  // namespace gongkai::cases
