// The review workflows of the issuance slip: which role does what, in which order, before the
// document is signed. Agencies order the review differently, so the order is configuration,
// not code (shared/spec/procedure.md §2); two workflows are built in (docs/slip.md).
#ifndef GONGKAI_LIB_SLIP_WORKFLOW_H_
#define GONGKAI_LIB_SLIP_WORKFLOW_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/slip.pb.h"

namespace gongkai::slip {

// The workflow of a slip whose `workflow` field is empty.
inline constexpr char kDefaultWorkflow[] = "common";

// Checks one workflow on its own: a non-empty id (W-id); at least one step (W-steps); every
// step's role and action set and values of their enums (W-step); no RETURN or PROPOSE_CHANGE
// step, since those are allowed at any step (W-step-action); the first step, and only it, a
// PROPOSE (W-propose-first); the last, and only it, a SIGN (W-sign-last); at least one
// PASS_SECRECY, because 第十七条 requires the confidentiality review before publication
// (W-secrecy). InvalidArgument naming the field: "workflows[x].steps[2].action SIGN refused
// by rule W-sign-last: ...".
absl::Status CheckWorkflow(const v1::SlipWorkflow& workflow);

// A set of workflows, by id. Copyable; a const one is safe to share across threads.
class Workflows {
 public:
  // No workflow: Builtin() is the usual start.
  Workflows() = default;

  // "common" and "chaoyang", parsed once from lib/slip/data/workflows.textproto; lives as long
  // as the process.
  static const Workflows& Builtin();

  // Checks `workflow` (CheckWorkflow) and adds a copy. AlreadyExists (W-duplicate) when its id
  // is taken; the set is unchanged after any error.
  absl::Status Add(const v1::SlipWorkflow& workflow);

  // The workflow `id` ("" means kDefaultWorkflow), or null. The pointer stays valid as long as
  // this object is neither destroyed nor assigned to.
  const v1::SlipWorkflow* Find(absl::string_view id) const;

  // The ids, sorted.
  std::vector<std::string> ids() const;

 private:
  // std::map: Add never moves a workflow, so Find's pointers stay valid.
  std::map<std::string, v1::SlipWorkflow, std::less<>> by_id_;
};

}  // namespace gongkai::slip

#endif  // GONGKAI_LIB_SLIP_WORKFLOW_H_
