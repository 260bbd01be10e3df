// The transition rules of docs/cases.md, "The history and its rules": which event may follow
// the facts a history has established, and why not.
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "cases/state.h"
#include "common/status_macros.h"

namespace gongkai::cases {
namespace {

using calendar::FormatDay;

absl::Status Refuse(absl::string_view reason) { return absl::FailedPreconditionError(reason); }

// Rules that hold whatever the event: the ends of the life cycle (第四十五条 order: register,
// handle, reply, deliver, archive).
absl::Status CheckLifeCycle(const Replay& f, v1::EventType type) {
  if (f.archived) return Refuse("nothing follows archiving");
  if (f.withdrawn && type != v1::EVENT_TYPE_ARCHIVED) {
    return Refuse(absl::StrCat("the application was withdrawn on ", FormatDay(*f.withdrawn),
                               "; only ARCHIVED may follow"));
  }
  if (!f.registered && type != v1::EVENT_TYPE_REGISTERED) {
    return Refuse("the first event must be REGISTERED");
  }
  if (f.registered && type == v1::EVENT_TYPE_REGISTERED) {
    return Refuse(absl::StrCat("already registered on ", FormatDay(*f.registered)));
  }
  if (f.delivered && type != v1::EVENT_TYPE_ARCHIVED) {
    return Refuse(absl::StrCat("the decision was delivered on ", FormatDay(*f.delivered),
                               "; only ARCHIVED may follow"));
  }
  if (f.decided && type != v1::EVENT_TYPE_DELIVERED && type != v1::EVENT_TYPE_ARCHIVED) {
    return Refuse(absl::StrCat("the application was decided on ", FormatDay(*f.decided),
                               "; only DELIVERED and ARCHIVED may follow"));
  }
  return absl::OkStatus();
}

// Why the case is paused, or "" if it is not: a decision on the merits waits for the applicant.
std::string Paused(const Replay& f) {
  if (f.AwaitingCorrection()) {
    return absl::StrCat("awaiting the applicant's correction (requested on ",
                        FormatDay(*f.correction_requested), "): the case is paused");
  }
  if (f.FeeUnpaid()) {
    return absl::StrCat("the fee notice of ", FormatDay(*f.fee_notice_sent),
                        " is unpaid: the case is paused");
  }
  return "";
}

absl::Status CheckDecision(const Replay& f, v1::Outcome outcome) {
  if (f.ConsultationOpen()) {
    return Refuse(absl::StrCat("the consultation started on ",
                               FormatDay(f.consultations.back().start),
                               " is open; record its answer first"));
  }
  switch (outcome) {
    case v1::OUTCOME_NO_CORRECTION:  // 第三十条: deemed abandoned
      if (f.AwaitingCorrection()) return absl::OkStatus();
      return Refuse("outcome NO_CORRECTION needs a correction that is awaited");
    case v1::OUTCOME_UNPAID_FEE:
      if (f.FeeUnpaid()) return absl::OkStatus();
      return Refuse("outcome UNPAID_FEE needs an unpaid fee notice");
    case v1::OUTCOME_UNABLE_UNCLEAR:  // still unclear after correction
      if (!f.correction_received) {
        return Refuse("outcome UNABLE_UNCLEAR needs a received correction");
      }
      break;
    default:
      break;
  }
  if (std::string paused = Paused(f); !paused.empty()) return Refuse(paused);
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckTransition(const Replay& f, const v1::Event& e, absl::CivilDay date,
                             const calendar::Calendar& cal) {
  RETURN_IF_ERROR(CheckLifeCycle(f, e.type()));
  switch (e.type()) {
    case v1::EVENT_TYPE_CORRECTION_REQUESTED: {
      if (f.correction_requested) {
        return Refuse(absl::StrCat("a correction may be requested only once (requested on ",
                                   FormatDay(*f.correction_requested), ")"));
      }
      ASSIGN_OR_RETURN(absl::CivilDay last, cal.AddWorkingDays(f.received, kCorrectionWindowDays));
      if (date > last) {
        return Refuse(absl::StrCat("a correction must be requested within ", kCorrectionWindowDays,
                                   " working days of receipt (", FormatDay(f.received), "), by ",
                                   FormatDay(last), " under calendar ", cal.version()));
      }
      if (f.ConsultationOpen()) return Refuse("a consultation is open");
      // Our rule: a fee notice prices a request the agency understood.
      if (f.FeeUnpaid()) return Refuse("a fee notice is unpaid");
      return absl::OkStatus();
    }
    case v1::EVENT_TYPE_CORRECTION_RECEIVED:
      if (!f.correction_requested) return Refuse("no correction was requested");
      if (f.correction_received) {
        return Refuse(absl::StrCat("the correction was already received on ",
                                   FormatDay(*f.correction_received)));
      }
      return absl::OkStatus();
    case v1::EVENT_TYPE_CONSULTATION_STARTED:
      if (f.AwaitingCorrection()) return Refuse(Paused(f));
      if (f.ConsultationOpen()) {
        return Refuse(absl::StrCat("the consultation started on ",
                                   FormatDay(f.consultations.back().start), " is still open"));
      }
      return absl::OkStatus();
    case v1::EVENT_TYPE_CONSULTATION_ANSWERED:
      if (!f.ConsultationOpen()) return Refuse("no consultation is open");
      if (f.consultations.back().party != e.party()) {
        return Refuse(absl::StrCat("the open consultation is with ",
                                   PartyName(f.consultations.back().party), ", not ",
                                   PartyName(e.party())));
      }
      return absl::OkStatus();
    case v1::EVENT_TYPE_EXTENSION_APPROVED:
      if (f.extension_approved) {
        return Refuse(absl::StrCat("the reply period may be extended only once (extended on ",
                                   FormatDay(*f.extension_approved), ")"));
      }
      return absl::OkStatus();
    case v1::EVENT_TYPE_FEE_NOTICE_SENT:
      if (f.fee_notice_sent) {
        return Refuse(
            absl::StrCat("a fee notice was already sent on ", FormatDay(*f.fee_notice_sent)));
      }
      // Our rule: the fee depends on the volume of a request that is not yet clear.
      if (f.AwaitingCorrection()) return Refuse(Paused(f));
      return absl::OkStatus();
    case v1::EVENT_TYPE_FEE_PAID:
      if (!f.fee_notice_sent) return Refuse("no fee notice was sent");
      if (f.fee_paid) {
        return Refuse(absl::StrCat("the fee was already paid on ", FormatDay(*f.fee_paid)));
      }
      return absl::OkStatus();
    case v1::EVENT_TYPE_DECIDED:
      return CheckDecision(f, e.outcome());
    case v1::EVENT_TYPE_DELIVERED:
      if (!f.decided) return Refuse("only a decision is delivered, and there is none");
      return absl::OkStatus();
    case v1::EVENT_TYPE_ARCHIVED:
      if (!f.decided && !f.withdrawn) {
        return Refuse("only a decided or withdrawn application is archived");
      }
      return absl::OkStatus();
    default:  // REGISTERED and WITHDRAWN: CheckLifeCycle says all there is to say
      return absl::OkStatus();
  }
}

}  // namespace gongkai::cases
