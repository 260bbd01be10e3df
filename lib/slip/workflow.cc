#include "slip/workflow.h"

#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "common/embedded.h"
#include "gongkai/v1/annual.pb.h"
#include "slip/names.h"
#include "slip/rules.h"

namespace gongkai::slip {
namespace {

constexpr const char* kBuiltinTexts[] = {
#include "slip_workflows.inc"
};
constexpr const char* kBuiltinText = kBuiltinTexts[0];

std::string StepWhere(const v1::SlipWorkflow& w, int i, absl::string_view field, int value) {
  const std::string name = field == "role" ? RoleName(value) : ActionName(value);
  return absl::StrCat("workflows[", w.id(), "].steps[", i, "].", field, " ", name);
}

// Each step alone: both fields set, values of their enums, and an action that is a step.
absl::Status CheckStep(const v1::SlipWorkflow& w, int i) {
  const v1::SlipStep& s = w.steps(i);
  if (s.role() == v1::SLIP_ROLE_UNSPECIFIED || !v1::SlipRole_IsValid(s.role())) {
    return Refuse(Rule::kWorkflowStep, StepWhere(w, i, "role", s.role()),
                  "a step needs a SlipRole value");
  }
  if (s.action() == v1::SLIP_ACTION_UNSPECIFIED || !v1::SlipAction_IsValid(s.action())) {
    return Refuse(Rule::kWorkflowStep, StepWhere(w, i, "action", s.action()),
                  "a step needs a SlipAction value");
  }
  if (s.action() == v1::SLIP_ACTION_RETURN || s.action() == v1::SLIP_ACTION_PROPOSE_CHANGE) {
    return Refuse(Rule::kWorkflowStepAction, StepWhere(w, i, "action", s.action()),
                  "not a step: RETURN is allowed at any step after the proposal, and "
                  "PROPOSE_CHANGE after signature");
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckWorkflow(const v1::SlipWorkflow& w) {
  if (w.id().empty()) return Refuse(Rule::kWorkflowId, "workflows[].id", "id is empty");
  const int n = w.steps_size();
  if (n == 0) {
    return Refuse(Rule::kWorkflowSteps, absl::StrCat("workflows[", w.id(), "].steps"),
                  "a workflow needs at least a PROPOSE, a PASS_SECRECY and a SIGN step");
  }
  bool secrecy = false;
  for (int i = 0; i < n; ++i) {
    if (absl::Status s = CheckStep(w, i); !s.ok()) return s;
    const v1::SlipAction a = w.steps(i).action();
    if ((a == v1::SLIP_ACTION_PROPOSE) != (i == 0)) {
      return Refuse(Rule::kWorkflowProposeFirst, StepWhere(w, i, "action", a),
                    "the first step, and only it, is the PROPOSE");
    }
    if ((a == v1::SLIP_ACTION_SIGN) != (i == n - 1)) {
      return Refuse(Rule::kWorkflowSignLast, StepWhere(w, i, "action", a),
                    "the last step, and only it, is the SIGN");
    }
    secrecy = secrecy || a == v1::SLIP_ACTION_PASS_SECRECY;
  }
  if (!secrecy) {
    return Refuse(Rule::kWorkflowSecrecy, absl::StrCat("workflows[", w.id(), "].steps"),
                  "no PASS_SECRECY step: 第十七条 requires the confidentiality review before "
                  "publication");
  }
  return absl::OkStatus();
}

const Workflows& Workflows::Builtin() {
  static const Workflows* builtin = [] {
    // The data file is AnnualOptions text with only `workflows` set: the same field through
    // which callers add their own.
    v1::AnnualOptions options;
    auto* w = new Workflows;
    ParseEmbeddedOrDie(kBuiltinText, &options);
    for (const v1::SlipWorkflow& workflow : options.workflows()) {
      if (!w->Add(workflow).ok()) std::abort();
    }
    return w;
  }();
  return *builtin;
}

absl::Status Workflows::Add(const v1::SlipWorkflow& workflow) {
  if (absl::Status s = CheckWorkflow(workflow); !s.ok()) return s;
  if (by_id_.count(workflow.id()) != 0) {
    return Refuse(Rule::kWorkflowDuplicate, absl::StrCat("workflows[", workflow.id(), "]"),
                  "a workflow with this id is already present");
  }
  by_id_.emplace(workflow.id(), workflow);
  return absl::OkStatus();
}

const v1::SlipWorkflow* Workflows::Find(absl::string_view id) const {
  if (id.empty()) id = kDefaultWorkflow;
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &it->second;
}

std::vector<std::string> Workflows::ids() const {
  std::vector<std::string> out;
  out.reserve(by_id_.size());
  for (const auto& [id, unused] : by_id_) out.push_back(id);
  return out;
}

}  // namespace gongkai::slip
