// The rules of the issuance-slip review (docs/slip.md, "Rules"), each with a stable id that
// every refusal names ("S-secrecy-first") and the one status code it carries.
//
// Ids are API: callers and the docs key on them, so an id is never renamed or reused; a rule
// that goes away keeps its row here and in the docs, marked retired.
#ifndef GONGKAI_LIB_SLIP_RULES_H_
#define GONGKAI_LIB_SLIP_RULES_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace gongkai::slip {

enum class Rule {
  // The record (IssuanceSlip's own fields).
  kId,
  kWorkflow,
  kOrigin,
  kInheritedRequired,
  kInheritedMisplaced,
  // One event on its own.
  kAction,
  kRole,
  kDate,
  kDateRange,
  kDetailMisplaced,
  kAttributeRequired,
  kReasonRequired,
  kGroundRequired,
  kGroundMisplaced,
  kPlanRequired,
  kPlanMisplaced,
  kPlanBeforeEvent,
  kInheritedAttribute,
  kReturnReason,
  kChangeReason,
  // The event against the state the history reached.
  kOutOfOrder,
  kSecrecyFirst,
  kWrongRole,
  kReturnAfterProposal,
  kSigned,
  kChangeWhenSigned,
  kSignReason,
  kChangeSameAttribute,
  kDateOrder,
  // A workflow (Workflows::Add).
  kWorkflowId,
  kWorkflowDuplicate,
  kWorkflowSteps,
  kWorkflowStep,
  kWorkflowStepAction,
  kWorkflowProposeFirst,
  kWorkflowSignLast,
  kWorkflowSecrecy,
};

// A rule's id ("S-secrecy-first") and the code of every refusal under it.
struct RuleInfo {
  Rule rule;
  const char* id;
  absl::StatusCode code;
};

// Every rule, in the order of the enum (and of docs/slip.md).
absl::Span<const RuleInfo> AllRules();
const RuleInfo& InfoOf(Rule rule);

// The refusal of `rule`: its code, and the message "<where> refused by rule <id>: <why>".
// `why` says what is wrong in the library's words; it never quotes the record's free text.
absl::Status Refuse(Rule rule, absl::string_view where, absl::string_view why);

}  // namespace gongkai::slip

#endif  // GONGKAI_LIB_SLIP_RULES_H_
