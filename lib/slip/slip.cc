#include "slip/slip.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "calendar/calendar.h"
#include "common/status_macros.h"
#include "slip/names.h"
#include "slip/rules.h"
#include "slip/state.h"

namespace gongkai::slip {
namespace {

// The record's own fields (rules S-id to S-inherited-misplaced); returns its workflow.
absl::StatusOr<const v1::SlipWorkflow*> CheckRecord(const v1::IssuanceSlip& slip,
                                                    const Workflows& workflows) {
  if (slip.id().empty()) return Refuse(Rule::kId, "slip: id", "id is empty");
  const std::string where = absl::StrCat("slip ", slip.id());
  const v1::SlipWorkflow* workflow = workflows.Find(slip.workflow());
  if (workflow == nullptr) {
    const std::string id = slip.workflow().empty() ? kDefaultWorkflow : slip.workflow();
    const std::vector<std::string> known = workflows.ids();
    return Refuse(Rule::kWorkflow, absl::StrCat(where, ": workflow \"", absl::CHexEscape(id), "\""),
                  absl::StrCat("not a known workflow (known: ",
                               known.empty() ? "none" : absl::StrJoin(known, ", "), ")"));
  }
  if (!v1::DocumentOrigin_IsValid(slip.origin())) {
    return Refuse(Rule::kOrigin, absl::StrCat(where, ": origin ", OriginName(slip.origin())),
                  "not a DocumentOrigin value");
  }
  const int inherited = slip.inherited_attribute();
  if (Inherits(slip.origin())) {
    if (inherited == v1::PUBLIC_ATTRIBUTE_UNSPECIFIED || !v1::PublicAttribute_IsValid(inherited)) {
      return Refuse(Rule::kInheritedRequired,
                    absl::StrCat(where, ": inherited_attribute ", AttributeName(inherited)),
                    absl::StrCat("origin ", OriginName(slip.origin()),
                                 " takes another document's attribute: name it"));
    }
  } else if (inherited != v1::PUBLIC_ATTRIBUTE_UNSPECIFIED) {
    return Refuse(Rule::kInheritedMisplaced,
                  absl::StrCat(where, ": inherited_attribute ", AttributeName(inherited)),
                  absl::StrCat("origin ", OriginName(slip.origin()), " decides its own attribute"));
  }
  return workflow;
}

// Checks `event` as events[index] against the facts so far and records it. The state before
// the date order: an event the state refuses stays refused whatever its date.
absl::Status Step(const v1::IssuanceSlip& slip, const v1::SlipWorkflow& workflow, Facts& facts,
                  const v1::SlipEvent& event, int index) {
  ASSIGN_OR_RETURN(absl::CivilDay date, CheckEventAlone(slip, event, index));
  const std::string where = EventWhere(slip, event, index, &date);
  RETURN_IF_ERROR(CheckTransition(facts, workflow, event, where));
  if (facts.last && date < *facts.last) {
    return Refuse(Rule::kDateOrder, where,
                  absl::StrCat("dated before events[", index - 1, "] (",
                               calendar::FormatDay(*facts.last), ")"));
  }
  Advance(facts, workflow, event, date);
  return absl::OkStatus();
}

absl::StatusOr<Facts> Replay(const v1::IssuanceSlip& slip, const Workflows& workflows,
                             const v1::SlipWorkflow** workflow) {
  ASSIGN_OR_RETURN(*workflow, CheckRecord(slip, workflows));
  Facts facts;
  for (int i = 0; i < slip.events_size(); ++i) {
    RETURN_IF_ERROR(Step(slip, **workflow, facts, slip.events(i), i));
  }
  return facts;
}

}  // namespace

absl::StatusOr<v1::SlipState> ReplaySlip(const v1::IssuanceSlip& slip, const Workflows& workflows) {
  const v1::SlipWorkflow* workflow = nullptr;
  ASSIGN_OR_RETURN(Facts facts, Replay(slip, workflows, &workflow));
  return facts.state;
}

absl::StatusOr<v1::IssuanceSlip> ApplySlipEvent(const v1::IssuanceSlip& slip,
                                                const v1::SlipEvent& event,
                                                const Workflows& workflows) {
  return ApplySlipEvent(slip, event, workflows, nullptr);
}

absl::StatusOr<v1::IssuanceSlip> ApplySlipEvent(const v1::IssuanceSlip& slip,
                                                const v1::SlipEvent& event,
                                                const Workflows& workflows, v1::SlipState* state) {
  const v1::SlipWorkflow* workflow = nullptr;
  ASSIGN_OR_RETURN(Facts facts, Replay(slip, workflows, &workflow));
  RETURN_IF_ERROR(Step(slip, *workflow, facts, event, slip.events_size()));
  v1::IssuanceSlip next = slip;
  *next.add_events() = event;
  if (state != nullptr) *state = facts.state;
  return next;
}

bool MayPublish(const v1::SlipState& state) {
  const bool in_force = state.status() == v1::SLIP_STATUS_SIGNED ||
                        state.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW;
  return in_force && state.signed_attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE &&
         state.secrecy_passed();
}

}  // namespace gongkai::slip
