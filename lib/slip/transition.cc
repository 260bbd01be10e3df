// Which action, by which role, may follow the state a slip's history reached, and what each
// accepted event changes (docs/slip.md, "States").
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "slip/names.h"
#include "slip/rules.h"
#include "slip/slip.h"
#include "slip/state.h"

namespace gongkai::slip {
namespace {

// "steps[2] PASS_SECRECY by SECRECY_REVIEWER of workflow common".
std::string StepName(const v1::SlipWorkflow& w, int k) {
  return absl::StrCat("steps[", k, "] ", ActionName(w.steps(k).action()), " by ",
                      RoleName(w.steps(k).role()), " of workflow ", w.id());
}

// Refuses an action that is not the due step's: S-secrecy-first when it is the action of a later
// step and a PASS_SECRECY step lies in between (第十七条: nothing goes on unreviewed), otherwise
// S-out-of-order, naming the step that is due.
absl::Status Skipped(const Facts& f, const v1::SlipWorkflow& w, const v1::SlipEvent& e,
                     absl::string_view where) {
  const int due = f.state.next_step();
  for (int j = due + 1; j < w.steps_size(); ++j) {
    if (w.steps(j).action() != e.action()) continue;
    for (int k = due; k < j; ++k) {
      if (w.steps(k).action() == v1::SLIP_ACTION_PASS_SECRECY) {
        return Refuse(Rule::kSecrecyFirst, where,
                      absl::StrCat("the confidentiality review has not passed (", StepName(w, k),
                                   " comes first)"));
      }
    }
    break;
  }
  return Refuse(Rule::kOutOfOrder, where, absl::StrCat(StepName(w, due), " is next"));
}

// Whether the event's action and role are due: FailedPrecondition otherwise.
absl::Status CheckDue(const Facts& f, const v1::SlipWorkflow& w, const v1::SlipEvent& e,
                      absl::string_view where) {
  const v1::SlipState& s = f.state;
  const v1::SlipStep& proposer = w.steps(0);
  if (s.status() == v1::SLIP_STATUS_SIGNED) {
    if (e.action() != v1::SLIP_ACTION_PROPOSE_CHANGE) {
      return Refuse(Rule::kSigned, where,
                    absl::StrCat("the slip was signed on ", calendar::FormatDay(*f.last_signed),
                                 "; only a PROPOSE_CHANGE (第十八条) may follow"));
    }
    // Our rule: the change goes through the workflow again, from its proposer.
    if (e.role() != proposer.role()) {
      return Refuse(Rule::kWrongRole, where,
                    absl::StrCat("a change is proposed by ", RoleName(proposer.role()),
                                 ", the proposer of workflow ", w.id()));
    }
    return absl::OkStatus();
  }
  if (e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE) {
    return Refuse(Rule::kChangeWhenSigned, where,
                  s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW
                      ? "a change is already under review"
                      : "nothing is signed yet; a change follows a signature");
  }
  if (e.action() == v1::SLIP_ACTION_RETURN) {
    if (s.status() == v1::SLIP_STATUS_DRAFTING) {
      return Refuse(Rule::kReturnAfterProposal, where,
                    "nothing is proposed; a RETURN follows the proposal");
    }
    // The reviewer or signer who holds the slip sends it back, nobody else.
    const v1::SlipStep& held = w.steps(s.next_step());
    if (e.role() != held.role()) {
      return Refuse(Rule::kWrongRole, where,
                    absl::StrCat("the slip is held by ", RoleName(held.role()), " (",
                                 StepName(w, s.next_step()), " is next); only it returns it"));
    }
    return absl::OkStatus();
  }
  const v1::SlipStep& due = w.steps(s.next_step());
  if (e.action() != due.action()) return Skipped(f, w, e, where);
  if (e.role() != due.role()) {
    return Refuse(Rule::kWrongRole, where, absl::StrCat(StepName(w, s.next_step()), " is next"));
  }
  return absl::OkStatus();
}

}  // namespace

Facts::Facts() {
  state.set_status(v1::SLIP_STATUS_DRAFTING);
  state.set_next_step(0);
}

absl::Status CheckTransition(const Facts& f, const v1::SlipWorkflow& w, const v1::SlipEvent& e,
                             absl::string_view where) {
  if (absl::Status s = CheckDue(f, w, e, where); !s.ok()) return s;
  const v1::SlipState& s = f.state;
  const v1::PublicAttribute a = e.attribute();
  // A change round ends in a different attribute or not at all: RETURN keeps the old one.
  const bool change_round =
      s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW && e.action() == v1::SLIP_ACTION_SIGN;
  if ((e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE || change_round) && a == s.signed_attribute()) {
    return Refuse(Rule::kChangeSameAttribute, where,
                  absl::StrCat("the attribute in force is already ", AttributeName(a),
                               change_round ? "; RETURN the change to keep it" : ""));
  }
  if (e.action() == v1::SLIP_ACTION_SIGN && a != s.proposed()) {
    if (e.reason().empty()) {
      return Refuse(Rule::kSignReason, where,
                    absl::StrCat("reason is empty: the signer decides ", AttributeName(a),
                                 " against the proposal ", AttributeName(s.proposed())));
    }
    if (NeedsOf(a).ground && e.ground() == 0) {
      return Refuse(Rule::kGroundRequired, where,
                    absl::StrCat("ground is not set: ", AttributeName(a),
                                 " needs its legal ground (第十四–十六条)"));
    }
  }
  return absl::OkStatus();
}

void Advance(Facts& f, const v1::SlipWorkflow& w, const v1::SlipEvent& e, absl::CivilDay date) {
  v1::SlipState& s = f.state;
  switch (e.action()) {
    case v1::SLIP_ACTION_PROPOSE:
    case v1::SLIP_ACTION_PROPOSE_CHANGE:
      // The steps after the proposal run (again); the attribute in force stays until signed.
      s.set_status(e.action() == v1::SLIP_ACTION_PROPOSE ? v1::SLIP_STATUS_IN_REVIEW
                                                         : v1::SLIP_STATUS_CHANGE_IN_REVIEW);
      s.set_proposed(e.attribute());
      s.set_next_step(1);
      f.round_secrecy = false;
      break;
    case v1::SLIP_ACTION_PASS_SECRECY:
      f.round_secrecy = true;
      s.set_next_step(s.next_step() + 1);
      break;
    case v1::SLIP_ACTION_APPROVE:
      s.set_next_step(s.next_step() + 1);
      break;
    case v1::SLIP_ACTION_RETURN:
      s.set_returns(s.returns() + 1);
      f.round_secrecy = false;
      if (s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW) {
        // The change is dropped: the signed round's facts stand.
        s.set_status(v1::SLIP_STATUS_SIGNED);
        s.set_proposed(f.signed_round_proposed);
        s.set_next_step(w.steps_size());
      } else {
        s.set_status(v1::SLIP_STATUS_DRAFTING);
        s.clear_proposed();
        s.set_next_step(0);
      }
      break;
    case v1::SLIP_ACTION_SIGN:
      if (s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW) s.set_changes(s.changes() + 1);
      s.set_status(v1::SLIP_STATUS_SIGNED);
      s.set_signed_attribute(e.attribute());
      *s.mutable_signed_() = calendar::ToProto(date);
      f.last_signed = date;
      s.set_secrecy_passed(f.round_secrecy);
      s.set_next_step(w.steps_size());
      f.signed_round_proposed = s.proposed();
      break;
    default:
      break;
  }
  s.set_may_publish(MayPublish(s));
  f.last = date;
}

}  // namespace gongkai::slip
