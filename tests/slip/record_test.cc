// The rules of the record itself (docs/slip.md, "The record"): checked before any event.
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

using fixture::Slip;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

const std::string P =
    "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 channel";

struct Case {
  const char* name;
  const char* rule;  // "" when accepted
  absl::StatusCode code;
  std::string message;  // the whole message, when refused
  void (*edit)(v1::IssuanceSlip&);
};

const Case kCases[] = {
    {"IdEmpty", "S-id", absl::StatusCode::kInvalidArgument,
     "slip: id refused by rule S-id: id is empty", [](v1::IssuanceSlip& s) { s.clear_id(); }},
    {"WorkflowUnknown", "S-workflow", absl::StatusCode::kNotFound,
     "slip 2023-017: workflow \"xyz\" refused by rule S-workflow: not a known workflow (known: "
     "chaoyang, common)",
     [](v1::IssuanceSlip& s) { s.set_workflow("xyz"); }},
    {"WorkflowNamedCommon", "", absl::StatusCode::kOk, "",
     [](v1::IssuanceSlip& s) { s.set_workflow("common"); }},
    {"OriginUnknown", "S-origin", absl::StatusCode::kInvalidArgument,
     "slip 2023-017: origin DocumentOrigin(9) refused by rule S-origin: not a DocumentOrigin value",
     [](v1::IssuanceSlip& s) { s.set_origin(static_cast<v1::DocumentOrigin>(9)); }},
    {"OriginUnspecifiedReadsAsOwn", "", absl::StatusCode::kOk, "",
     [](v1::IssuanceSlip& s) { s.set_origin(v1::DOCUMENT_ORIGIN_UNSPECIFIED); }},
    {"ForwardedWithoutInherited", "S-inherited-required", absl::StatusCode::kInvalidArgument,
     "slip 2023-017: inherited_attribute UNSPECIFIED refused by rule S-inherited-required: origin "
     "FORWARDED takes another document's attribute: name it",
     [](v1::IssuanceSlip& s) { s.set_origin(v1::DOCUMENT_ORIGIN_FORWARDED); }},
    {"PartnerWithUnknownInherited", "S-inherited-required", absl::StatusCode::kInvalidArgument,
     "slip 2023-017: inherited_attribute PublicAttribute(8) refused by rule S-inherited-required: "
     "origin JOINT_PARTNER takes another document's attribute: name it",
     [](v1::IssuanceSlip& s) {
       s.set_origin(v1::DOCUMENT_ORIGIN_JOINT_PARTNER);
       s.set_inherited_attribute(static_cast<v1::PublicAttribute>(8));
     }},
    {"ForwardedWithInherited", "", absl::StatusCode::kOk, "",
     [](v1::IssuanceSlip& s) {
       s.set_origin(v1::DOCUMENT_ORIGIN_FORWARDED);
       s.set_inherited_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE);
     }},
    {"OwnWithInherited", "S-inherited-misplaced", absl::StatusCode::kInvalidArgument,
     "slip 2023-017: inherited_attribute PROACTIVE refused by rule S-inherited-misplaced: origin "
     "OWN decides its own attribute",
     [](v1::IssuanceSlip& s) { s.set_inherited_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE); }},
    {"LeadWithInherited", "S-inherited-misplaced", absl::StatusCode::kInvalidArgument,
     "slip 2023-017: inherited_attribute WITHHELD refused by rule S-inherited-misplaced: origin "
     "JOINT_LEAD decides its own attribute",
     [](v1::IssuanceSlip& s) {
       s.set_origin(v1::DOCUMENT_ORIGIN_JOINT_LEAD);
       s.set_inherited_attribute(v1::PUBLIC_ATTRIBUTE_WITHHELD);
     }},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class Record : public ::testing::TestWithParam<Case> {};

// The record is checked before its events, by a replay and by an append alike.
TEST_P(Record, AllowsOrRefuses) {
  const Case& c = GetParam();
  v1::IssuanceSlip slip = Slip("", {P});
  c.edit(slip);
  absl::Status replayed = ReplaySlip(slip).status();
  EXPECT_EQ(replayed.code(), c.code) << replayed;
  const v1::SlipEvent event = fixture::Ev("APPROVE 2023-05-05 DISCLOSURE_OFFICE");
  EXPECT_EQ(ApplySlipEvent(slip, event).status(), replayed);
  if (c.code == absl::StatusCode::kOk) return;
  EXPECT_EQ(std::string(replayed.message()), c.message);
  EXPECT_EQ(fixture::RuleIdOf(replayed), c.rule);
  EXPECT_THAT(std::string(replayed.message()), Not(HasSubstr(fixture::kTitle)));
  // Even a bad first event is not reached.
  *slip.add_events() = fixture::Ev("UNSPECIFIED 2023-05-04 DRAFTING_UNIT");
  EXPECT_EQ(ReplaySlip(slip).status(), replayed);
}

INSTANTIATE_TEST_SUITE_P(Slip, Record, ::testing::ValuesIn(kCases), fixture::CaseName());

// The default workflow is looked up like any other: a set without it refuses a slip that
// names none, naming the default.
TEST(RecordWorkflow, DefaultMustBePresent) {
  absl::Status s = ReplaySlip(Slip("", {}), Workflows()).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(std::string(s.message()),
            "slip 2023-017: workflow \"common\" refused by rule S-workflow: not a known workflow "
            "(known: none)");
}

TEST(RecordWorkflow, EmptyHistoryIsDrafting) {
  absl::StatusOr<v1::SlipState> state = ReplaySlip(Slip("chaoyang", {}));
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_EQ(state->status(), v1::SLIP_STATUS_DRAFTING);
  EXPECT_EQ(state->next_step(), 0);
  EXPECT_FALSE(state->may_publish());
}

}  // namespace

std::vector<std::string> fixture::RecordRuleIdsTested() { return fixture::RuleIds(kCases); }

}  // namespace gongkai::slip
