// Slips for the tests, written one event a line so that a rule's case reads like the rule.
#ifndef GONGKAI_TESTS_SLIP_FIXTURE_H_
#define GONGKAI_TESTS_SLIP_FIXTURE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/slip.pb.h"
#include "gtest/gtest.h"

namespace gongkai::slip::fixture {

// The id every Slip() has.
inline constexpr char kId[] = "2023-017";
// Free text a slip carries and no message may repeat: it may be sensitive.
inline constexpr char kTitle[] = "TITLE-关于调整某项补贴标准的通知";
inline constexpr char kReason[] = "REASON-涉及第三方商业秘密";
inline constexpr char kActor[] = "ACTOR-区政府办公室";
inline constexpr char kChannel[] = "CHANNEL-区政府门户网站";

// "SIGN 2023-05-06 SIGNER attribute=WITHHELD ground=STATE_SECRET reason": the action, the date
// and the role, then SlipEvent fields by name. Action, role and enum values are written without
// their prefix, or as a number for a value the enum lacks; dates as YYYY-MM-DD, kept as written
// even when no such day exists (2023-02-29), or "-" for none. Bare words: `reason` sets kReason,
// `actor` kActor, `channel` adds kChannel to planned_channels; `planned_channels=` adds "".
// A line the helper cannot read fails the test that wrote it.
v1::SlipEvent Ev(absl::string_view line);

// Slip kId titled kTitle, origin OWN, of `workflow` ("" for the default), with `events`.
v1::IssuanceSlip Slip(absl::string_view workflow, const std::vector<std::string>& events);

// The rule id a refusal names ("S-secrecy-first"), or "" when the message names none.
std::string RuleIdOf(const absl::Status& status);

// docs/slip.md, whole.
std::string SlipDoc();

// How docs/slip.md spells a code ("InvalidArgument").
std::string CodeName(absl::StatusCode code);

// The code docs/slip.md's table "Rules" gives rule `id` ("| `S-signed` | FailedPrecondition |"),
// or "" when it has no row for it: the rules as written for users, read apart from the
// library's own table (rules.h).
std::string DocumentedCode(absl::string_view id);

// The rule ids a table of cases breaks: each case's `rule`, but the "" of an accepted case.
template <typename Case, size_t N>
std::vector<std::string> RuleIds(const Case (&cases)[N]) {
  std::vector<std::string> ids;
  for (const Case& c : cases) {
    if (*c.rule != '\0') ids.push_back(c.rule);
  }
  return ids;
}

// Names a parameterized case's test after the case's `name`.
struct CaseName {
  template <typename Case>
  std::string operator()(const ::testing::TestParamInfo<Case>& info) const {
    return info.param.name;
  }
};

// The rule ids each table of cases exercises (rules_test.cc, record_test.cc, workflow_test.cc),
// for the test that every rule is tested.
std::vector<std::string> EventRuleIdsTested();
std::vector<std::string> RecordRuleIdsTested();
std::vector<std::string> WorkflowRuleIdsTested();

}  // namespace gongkai::slip::fixture

#endif  // GONGKAI_TESTS_SLIP_FIXTURE_H_
