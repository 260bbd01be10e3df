#include "slip/rules.h"

#include <cstdlib>

#include "absl/strings/str_cat.h"

namespace gongkai::slip {
namespace {

constexpr auto kBad = absl::StatusCode::kInvalidArgument;
constexpr auto kRefused = absl::StatusCode::kFailedPrecondition;

// The code says who must act: InvalidArgument, the event (or record) is to be corrected and
// would then be accepted where it stands; FailedPrecondition, a different action or role is due
// first. One code per rule, so that callers may branch on either.
constexpr RuleInfo kRules[] = {
    {Rule::kId, "S-id", kBad},
    {Rule::kWorkflow, "S-workflow", absl::StatusCode::kNotFound},
    {Rule::kOrigin, "S-origin", kBad},
    {Rule::kInheritedRequired, "S-inherited-required", kBad},
    {Rule::kInheritedMisplaced, "S-inherited-misplaced", kBad},
    {Rule::kAction, "S-action", kBad},
    {Rule::kRole, "S-role", kBad},
    {Rule::kDate, "S-date", kBad},
    {Rule::kDateRange, "S-date-range", absl::StatusCode::kOutOfRange},
    {Rule::kDetailMisplaced, "S-detail-misplaced", kBad},
    {Rule::kAttributeRequired, "S-attribute-required", kBad},
    {Rule::kReasonRequired, "S-reason-required", kBad},
    {Rule::kGroundRequired, "S-ground-required", kBad},
    {Rule::kGroundMisplaced, "S-ground-misplaced", kBad},
    {Rule::kPlanRequired, "S-plan-required", kBad},
    {Rule::kPlanMisplaced, "S-plan-misplaced", kBad},
    {Rule::kPlanBeforeEvent, "S-plan-before-event", kBad},
    {Rule::kInheritedAttribute, "S-inherited-attribute", kBad},
    {Rule::kReturnReason, "S-return-reason", kBad},
    {Rule::kChangeReason, "S-change-reason", kBad},
    {Rule::kOutOfOrder, "S-out-of-order", kRefused},
    {Rule::kSecrecyFirst, "S-secrecy-first", kRefused},
    {Rule::kWrongRole, "S-wrong-role", kRefused},
    {Rule::kReturnAfterProposal, "S-return-after-proposal", kRefused},
    {Rule::kSigned, "S-signed", kRefused},
    {Rule::kChangeWhenSigned, "S-change-when-signed", kRefused},
    {Rule::kSignReason, "S-sign-reason", kBad},
    {Rule::kChangeSameAttribute, "S-change-same-attribute", kBad},
    {Rule::kDateOrder, "S-date-order", kBad},
    {Rule::kWorkflowId, "W-id", kBad},
    {Rule::kWorkflowDuplicate, "W-duplicate", absl::StatusCode::kAlreadyExists},
    {Rule::kWorkflowSteps, "W-steps", kBad},
    {Rule::kWorkflowStep, "W-step", kBad},
    {Rule::kWorkflowStepAction, "W-step-action", kBad},
    {Rule::kWorkflowProposeFirst, "W-propose-first", kBad},
    {Rule::kWorkflowSignLast, "W-sign-last", kBad},
    {Rule::kWorkflowSecrecy, "W-secrecy", kBad},
};

}  // namespace

absl::Span<const RuleInfo> AllRules() { return kRules; }

const RuleInfo& InfoOf(Rule rule) {
  const RuleInfo& info = kRules[static_cast<int>(rule)];
  // The table is in enum order; the tests check it, so a mismatch is a build defect.
  if (info.rule != rule) std::abort();
  return info;
}

absl::Status Refuse(Rule rule, absl::string_view where, absl::string_view why) {
  const RuleInfo& info = InfoOf(rule);
  return absl::Status(info.code, absl::StrCat(where, " refused by rule ", info.id, ": ", why));
}

}  // namespace gongkai::slip
