#include "cases/state.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "cases/aggregate/facts.h"

namespace gongkai::cases {
namespace {

// The proto name without its prefix; the enum's own name and the number when the value is not
// one of the enum's, so that an unknown value is still named, never printed as "".
std::string Short(const std::string& full, absl::string_view prefix, absl::string_view type,
                  int value) {
  if (full.empty()) return absl::StrCat(type, "(", value, ")");
  return std::string(absl::StripPrefix(full, prefix));
}

// The first state that applies, from the end of the life cycle back; `last` is the type of
// the event just recorded.
v1::CaseState StateOf(const Replay& f, v1::EventType last) {
  if (f.archived) return v1::CASE_STATE_ARCHIVED;
  if (f.withdrawn) return v1::CASE_STATE_WITHDRAWN;
  if (f.delivered) return v1::CASE_STATE_DELIVERED;
  if (f.decided) return v1::CASE_STATE_DECIDED;
  if (f.AwaitingCorrection()) return v1::CASE_STATE_AWAITING_CORRECTION;
  if (f.ConsultationOpen()) return v1::CASE_STATE_CONSULTING;
  if (f.FeeUnpaid()) return v1::CASE_STATE_AWAITING_FEE;
  if (last == v1::EVENT_TYPE_REGISTERED) return v1::CASE_STATE_REGISTERED;
  return f.registered ? v1::CASE_STATE_HANDLING : v1::CASE_STATE_RECEIVED;
}

}  // namespace

bool Replay::AwaitingCorrection() const {
  return correction_requested && !correction_received && !decided && !withdrawn;
}
bool Replay::ConsultationOpen() const {
  return !consultations.empty() && !consultations.back().end;
}
bool Replay::FeeUnpaid() const { return fee_notice_sent && !fee_paid && !decided && !withdrawn; }

std::string CaseStateName(v1::CaseState s) {
  return Short(v1::CaseState_Name(s), "CASE_STATE_", "CaseState", s);
}
std::string EventTypeName(int t) {
  return Short(v1::EventType_IsValid(t) ? v1::EventType_Name(t) : "", "EVENT_TYPE_", "EventType",
               t);
}
std::string OutcomeName(int o) {
  return Short(v1::Outcome_IsValid(o) ? v1::Outcome_Name(o) : "", "OUTCOME_", "Outcome", o);
}
std::string PartyName(int p) {
  return Short(v1::ConsultationParty_IsValid(p) ? v1::ConsultationParty_Name(p) : "",
               "CONSULTATION_PARTY_", "ConsultationParty", p);
}

void Advance(Replay& f, const v1::Event& e, absl::CivilDay date) {
  switch (e.type()) {
    case v1::EVENT_TYPE_REGISTERED:
      f.registered = date;
      break;
    case v1::EVENT_TYPE_CORRECTION_REQUESTED:
      f.correction_requested = date;
      f.correction_period_days = e.correction_period_days();
      break;
    case v1::EVENT_TYPE_CORRECTION_RECEIVED:
      f.correction_received = date;
      break;
    case v1::EVENT_TYPE_CONSULTATION_STARTED:
      f.consultations.push_back(Consultation{date, std::nullopt, e.party(), false});
      break;
    case v1::EVENT_TYPE_CONSULTATION_ANSWERED:
      f.consultations.back().end = date;
      f.consultations.back().objected = e.objected();
      break;
    case v1::EVENT_TYPE_EXTENSION_APPROVED:
      f.extension_approved = date;
      f.extension_days = e.extension_days();
      break;
    case v1::EVENT_TYPE_FEE_NOTICE_SENT:
      f.fee_notice_sent = date;
      f.fee_fen = e.fee_fen();
      // CheckEvent has checked this date.
      f.fee_notice_received =
          absl::CivilDay(e.fee_notice_received().year(), e.fee_notice_received().month(),
                         e.fee_notice_received().day());
      break;
    case v1::EVENT_TYPE_FEE_PAID:
      f.fee_paid = date;
      break;
    case v1::EVENT_TYPE_DECIDED:
      f.decided = date;
      break;
    case v1::EVENT_TYPE_WITHDRAWN:
      f.withdrawn = date;
      break;
    case v1::EVENT_TYPE_DELIVERED:
      f.delivered = date;
      break;
    case v1::EVENT_TYPE_ARCHIVED:
      f.archived = date;
      break;
    default:
      break;
  }
  // Which events conclude, and with which outcome: table 三's reading (aggregate/facts.h).
  if (Concludes(e.type())) {
    f.concluded = date;
    f.outcome = static_cast<v1::Outcome>(ConcludingOutcome(e.type(), e.outcome()));
  }
  f.last_event = date;
  f.state = StateOf(f, e.type());
}

}  // namespace gongkai::cases
