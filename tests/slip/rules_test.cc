// Every event rule of docs/slip.md, allowed and refused, as a table: the exact code, the rule
// id, and a message that names the slip, the event and the rule but none of the free text.
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "slip/names.h"
#include "slip/rules.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

using fixture::Ev;
using fixture::Slip;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// Steps of the common workflow that recur, dated so that each may follow the ones before it.
const std::string P =
    "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 channel";
const std::string PR = "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST reason";
const std::string PW =
    "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD ground=STATE_SECRET reason";
const std::string A = "APPROVE 2023-05-05 DISCLOSURE_OFFICE";
const std::string S = "PASS_SECRECY 2023-05-05 SECRECY_REVIEWER";
const std::string G = "SIGN 2023-05-06 SIGNER attribute=PROACTIVE";
const std::string GW = "SIGN 2023-05-06 SIGNER attribute=WITHHELD";
// A 第十八条 change of a signed PROACTIVE slip to WITHHELD, and its review.
const std::string CHW =
    "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=WITHHELD ground=THIRD_PARTY reason";
const std::string CA = "APPROVE 2023-06-02 DISCLOSURE_OFFICE";
const std::string CS = "PASS_SECRECY 2023-06-02 SECRECY_REVIEWER";
// The chaoyang workflow, all on one day ("合二为一").
const std::string YP =
    "PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=PROACTIVE planned_disclosure=2023-05-04 "
    "channel";
const std::string YG = "SIGN 2023-05-04 SIGNER attribute=PROACTIVE";

constexpr auto kOk = absl::StatusCode::kOk;
constexpr auto kBad = absl::StatusCode::kInvalidArgument;
constexpr auto kRange = absl::StatusCode::kOutOfRange;
constexpr auto kRefused = absl::StatusCode::kFailedPrecondition;
constexpr auto kOwn = v1::DOCUMENT_ORIGIN_OWN;
constexpr auto kNone = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;

struct Case {
  const char* name;
  const char* rule;  // "" when allowed
  absl::StatusCode code;
  std::vector<std::string> history;
  std::string event;
  const char* workflow = "";
  v1::DocumentOrigin origin = kOwn;
  v1::PublicAttribute inherited = kNone;
};

const Case kCases[] = {
    // S-action, S-role: set, and values of their enums.
    {"ActionUnset", "S-action", kBad, {}, "UNSPECIFIED 2023-05-04 DRAFTING_UNIT"},
    {"ActionUnknown", "S-action", kBad, {P}, "42 2023-05-05 DISCLOSURE_OFFICE"},
    {"RoleUnset", "S-role", kBad, {}, "PROPOSE 2023-05-04 UNSPECIFIED attribute=ON_REQUEST reason"},
    {"RoleUnknown", "S-role", kBad, {P}, "APPROVE 2023-05-05 9"},
    // S-date, S-date-range: the event's date and a planned_disclosure.
    {"DateMissing", "S-date", kBad, {P}, "APPROVE - DISCLOSURE_OFFICE"},
    {"DateImpossible", "S-date", kBad, {P}, "APPROVE 2023-02-29 DISCLOSURE_OFFICE"},
    {"DateMonth13", "S-date", kBad, {P}, "APPROVE 2023-13-01 DISCLOSURE_OFFICE"},
    {"PlannedDateImpossible",
     "S-date",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-06-31 channel"},
    {"LeapDayAllowed", "", kOk, {}, "PROPOSE 2024-02-29 DRAFTING_UNIT attribute=ON_REQUEST reason"},
    {"DateAfter2100", "S-date-range", kRange, {P}, "APPROVE 2101-01-03 DISCLOSURE_OFFICE"},
    {"DateBefore2008",
     "S-date-range",
     kRange,
     {},
     "PROPOSE 2007-12-31 DRAFTING_UNIT attribute=ON_REQUEST reason"},
    {"PlannedDateAfter2100",
     "S-date-range",
     kRange,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2101-01-01 channel"},
    // S-date-order: never before the event before; the same day is fine; a refusal by state
    // comes first.
    {"DateGoesBack", "S-date-order", kBad, {P, A}, "PASS_SECRECY 2023-05-04 SECRECY_REVIEWER"},
    {"SameDayAllowed", "", kOk, {P}, "APPROVE 2023-05-04 DISCLOSURE_OFFICE"},
    {"StateBeforeDateOrder",
     "S-signed",
     kRefused,
     {P, A, S, G},
     "APPROVE 2023-05-01 DISCLOSURE_OFFICE"},
    // S-detail-misplaced: a field of another action; `actor` goes anywhere.
    {"AttributeOnApprove",
     "S-detail-misplaced",
     kBad,
     {P},
     "APPROVE 2023-05-05 DISCLOSURE_OFFICE attribute=PROACTIVE"},
    {"ReasonOnPassSecrecy",
     "S-detail-misplaced",
     kBad,
     {P, A},
     "PASS_SECRECY 2023-05-05 SECRECY_REVIEWER reason"},
    {"GroundOnReturn",
     "S-detail-misplaced",
     kBad,
     {P},
     "RETURN 2023-05-05 DISCLOSURE_OFFICE reason ground=PROCESS"},
    {"PlanDateOnSign",
     "S-detail-misplaced",
     kBad,
     {P, A, S},
     "SIGN 2023-05-06 SIGNER attribute=PROACTIVE planned_disclosure=2023-05-10"},
    {"ChannelOnSign",
     "S-detail-misplaced",
     kBad,
     {P, A, S},
     "SIGN 2023-05-06 SIGNER attribute=PROACTIVE channel"},
    {"ActorOnAnyEvent", "", kOk, {P}, "APPROVE 2023-05-05 DISCLOSURE_OFFICE actor"},
    // S-attribute-required: no slip proceeds without an attribute.
    {"ProposeWithoutAttribute",
     "S-attribute-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT reason"},
    {"ProposeUnknownAttribute",
     "S-attribute-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=7 reason"},
    {"SignWithoutAttribute", "S-attribute-required", kBad, {P, A, S}, "SIGN 2023-05-06 SIGNER"},
    {"ChangeWithoutAttribute",
     "S-attribute-required",
     kBad,
     {P, A, S, G},
     "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT reason"},
    // S-reason-required: 依申请公开 and 不予公开 are explained.
    {"OnRequestWithoutReason",
     "S-reason-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST"},
    {"WithheldWithoutReason",
     "S-reason-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD ground=PROCESS"},
    {"ProactiveWithReason",
     "",
     kOk,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 channel "
     "reason"},
    // S-ground-required, S-ground-misplaced: 不予公开 and only it names its ground.
    {"WithheldWithoutGround",
     "S-ground-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD reason"},
    {"UnknownGround",
     "S-ground-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD reason ground=99"},
    {"SignWithheldAgainstProposalWithoutGround",
     "S-ground-required",
     kBad,
     {PR, A, S},
     "SIGN 2023-05-06 SIGNER attribute=WITHHELD reason"},
    {"SignWithheldAgainstProposal",
     "",
     kOk,
     {PR, A, S},
     "SIGN 2023-05-06 SIGNER attribute=WITHHELD reason ground=INTERNAL_AFFAIRS"},
    {"SignWithheldAsProposed", "", kOk, {PW, A, S}, GW},
    {"GroundOnOnRequest",
     "S-ground-misplaced",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST reason ground=PROCESS"},
    {"GroundOnProactiveSign",
     "S-ground-misplaced",
     kBad,
     {P, A, S},
     "SIGN 2023-05-06 SIGNER attribute=PROACTIVE ground=STATE_SECRET"},
    // S-plan-required, S-plan-misplaced, S-plan-before-event: 主动公开 says when and where.
    {"ProactiveWithoutDate",
     "S-plan-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE channel"},
    {"ProactiveWithoutChannel",
     "S-plan-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10"},
    {"ProactiveEmptyChannel",
     "S-plan-required",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 channel "
     "planned_channels="},
    {"ChangeToProactiveWithoutPlan",
     "S-plan-required",
     kBad,
     {PW, A, S, GW},
     "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=PROACTIVE reason"},
    {"PlanOnOnRequest",
     "S-plan-misplaced",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST reason channel"},
    {"PlanDateOnWithheld",
     "S-plan-misplaced",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD reason ground=PROCESS "
     "planned_disclosure=2023-05-10"},
    {"PlanBeforeProposal",
     "S-plan-before-event",
     kBad,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-03 channel"},
    {"PlanOnProposalDay",
     "",
     kOk,
     {},
     "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-04 channel"},
    // S-inherited-attribute: joint partners and forwarded documents take their attribute.
    {"ForwardedProposesOther",
     "S-inherited-attribute",
     kBad,
     {},
     PR,
     "",
     v1::DOCUMENT_ORIGIN_FORWARDED,
     v1::PUBLIC_ATTRIBUTE_PROACTIVE},
    {"ForwardedProposesInherited",
     "",
     kOk,
     {},
     P,
     "",
     v1::DOCUMENT_ORIGIN_FORWARDED,
     v1::PUBLIC_ATTRIBUTE_PROACTIVE},
    {"PartnerSignsOther",
     "S-inherited-attribute",
     kBad,
     {PW, A, S},
     "SIGN 2023-05-06 SIGNER attribute=ON_REQUEST reason",
     "",
     v1::DOCUMENT_ORIGIN_JOINT_PARTNER,
     v1::PUBLIC_ATTRIBUTE_WITHHELD},
    {"PartnerChangesToOther",
     "S-inherited-attribute",
     kBad,
     {PW, A, S, GW},
     "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=ON_REQUEST reason",
     "",
     v1::DOCUMENT_ORIGIN_JOINT_PARTNER,
     v1::PUBLIC_ATTRIBUTE_WITHHELD},
    {"LeadDecides", "", kOk, {}, PR, "", v1::DOCUMENT_ORIGIN_JOINT_LEAD},
    // S-return-reason, S-change-reason, S-sign-reason: the other reasons.
    {"ReturnWithoutReason", "S-return-reason", kBad, {P}, "RETURN 2023-05-05 DISCLOSURE_OFFICE"},
    {"ChangeWithoutReason",
     "S-change-reason",
     kBad,
     {P, A, S, G},
     "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=WITHHELD ground=THIRD_PARTY"},
    {"SignAgainstProposalWithoutReason", "S-sign-reason", kBad, {PR, A, S}, G},
    {"SignAgainstProposalWithReason",
     "",
     kOk,
     {PR, A, S},
     "SIGN 2023-05-06 SIGNER attribute=PROACTIVE reason"},
    // S-change-same-attribute: a change changes the attribute in force.
    {"ChangeToAttributeInForce",
     "S-change-same-attribute",
     kBad,
     {P, A, S, G},
     "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=PROACTIVE reason "
     "planned_disclosure=2023-06-05 channel"},
    {"ChangeRoundSignsAttributeInForce",
     "S-change-same-attribute",
     kBad,
     {P, A, S, G, CHW, CA, CS},
     "SIGN 2023-06-03 SIGNER attribute=PROACTIVE reason"},
    {"ChangeRoundSigned",
     "",
     kOk,
     {P, A, S, G, CHW, CA, CS},
     "SIGN 2023-06-03 SIGNER attribute=WITHHELD"},
    // S-out-of-order, S-secrecy-first: the workflow's next step and no other.
    {"ApproveBeforeProposal",
     "S-out-of-order",
     kRefused,
     {},
     "APPROVE 2023-05-04 DISCLOSURE_OFFICE"},
    {"ProposeTwice", "S-out-of-order", kRefused, {P}, P},
    {"ApproveTwice", "S-out-of-order", kRefused, {P, A}, A},
    {"SecrecyBeforeApprove", "S-out-of-order", kRefused, {P}, S},
    {"NoApproveInChaoyang",
     "S-out-of-order",
     kRefused,
     {YP},
     "APPROVE 2023-05-04 DISCLOSURE_OFFICE",
     "chaoyang"},
    {"SignBeforeSecrecy", "S-secrecy-first", kRefused, {P, A}, G},
    {"SignRightAfterProposal", "S-secrecy-first", kRefused, {P}, G},
    {"ChaoyangSignBeforeSecrecy", "S-secrecy-first", kRefused, {YP}, YG, "chaoyang"},
    {"ChangeSignedBeforeSecrecy",
     "S-secrecy-first",
     kRefused,
     {P, A, S, G, CHW, CA},
     "SIGN 2023-06-03 SIGNER attribute=WITHHELD"},
    // S-wrong-role: the step's role; RETURN by the holder; a change by the proposer.
    {"ProposeByOffice",
     "S-wrong-role",
     kRefused,
     {},
     "PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=ON_REQUEST reason"},
    {"ChaoyangProposeByDraftingUnit", "S-wrong-role", kRefused, {}, PR, "chaoyang"},
    {"ApproveBySigner", "S-wrong-role", kRefused, {P}, "APPROVE 2023-05-05 SIGNER"},
    {"ReturnByOtherReviewer",
     "S-wrong-role",
     kRefused,
     {P, A},
     "RETURN 2023-05-05 DISCLOSURE_OFFICE reason"},
    {"ReturnByHolder", "", kOk, {P, A}, "RETURN 2023-05-05 SECRECY_REVIEWER reason"},
    {"ReturnBySigner", "", kOk, {P, A, S}, "RETURN 2023-05-06 SIGNER reason"},
    {"ChangeBySigner",
     "S-wrong-role",
     kRefused,
     {P, A, S, G},
     "PROPOSE_CHANGE 2023-06-01 SIGNER attribute=WITHHELD ground=THIRD_PARTY reason"},
    // S-return-after-proposal.
    {"ReturnBeforeProposal",
     "S-return-after-proposal",
     kRefused,
     {},
     "RETURN 2023-05-04 DRAFTING_UNIT reason"},
    {"ReturnAfterReturn",
     "S-return-after-proposal",
     kRefused,
     {P, "RETURN 2023-05-05 DISCLOSURE_OFFICE reason"},
     "RETURN 2023-05-05 DISCLOSURE_OFFICE reason"},
    // S-signed: only a change follows a signature.
    {"ApproveAfterSignature",
     "S-signed",
     kRefused,
     {P, A, S, G},
     "APPROVE 2023-05-07 DISCLOSURE_OFFICE"},
    {"SignTwice", "S-signed", kRefused, {P, A, S, G}, "SIGN 2023-05-07 SIGNER attribute=PROACTIVE"},
    {"ReturnAfterSignature", "S-signed", kRefused, {P, A, S, G}, "RETURN 2023-05-07 SIGNER reason"},
    {"ProposeAfterSignature",
     "S-signed",
     kRefused,
     {P, A, S, G},
     "PROPOSE 2023-05-07 DRAFTING_UNIT attribute=ON_REQUEST reason"},
    {"ChangeAfterSignature", "", kOk, {P, A, S, G}, CHW},
    // S-change-when-signed.
    {"ChangeBeforeProposal", "S-change-when-signed", kRefused, {}, CHW},
    {"ChangeInReview", "S-change-when-signed", kRefused, {P}, CHW},
    {"ChangeDuringChange",
     "S-change-when-signed",
     kRefused,
     {P, A, S, G, CHW},
     "PROPOSE_CHANGE 2023-06-02 DRAFTING_UNIT attribute=ON_REQUEST reason"},
};

// Failures name the case, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

v1::IssuanceSlip RecordOf(const Case& c) {
  v1::IssuanceSlip slip = Slip(c.workflow, c.history);
  slip.set_origin(c.origin);
  slip.set_inherited_attribute(c.inherited);
  return slip;
}

class Rules : public ::testing::TestWithParam<Case> {};

TEST_P(Rules, AllowsOrRefuses) {
  const Case& c = GetParam();
  const v1::IssuanceSlip slip = RecordOf(c);
  ASSERT_TRUE(ReplaySlip(slip).ok()) << ReplaySlip(slip).status();

  const v1::SlipEvent event = Ev(c.event);
  const std::string before = slip.SerializeAsString();
  absl::StatusOr<v1::IssuanceSlip> next = ApplySlipEvent(slip, event);
  ASSERT_EQ(next.status().code(), c.code) << next.status();
  EXPECT_EQ(slip.SerializeAsString(), before) << "the input is never modified";
  if (c.code == kOk) {
    ASSERT_EQ(next->events_size(), slip.events_size() + 1);
    EXPECT_TRUE(ReplaySlip(*next).ok()) << ReplaySlip(*next).status();
    return;
  }
  // The refusal names the slip, the event's index, action and role, and the rule, whose code
  // is the one the rule table gives it.
  const std::string message(next.status().message());
  EXPECT_THAT(message, StartsWith(absl::StrCat("slip ", fixture::kId, ": events[", c.history.size(),
                                               "] ", ActionName(event.action()))));
  EXPECT_THAT(message, HasSubstr(absl::StrCat(" by ", RoleName(event.role()), " refused by rule ",
                                              c.rule, ": ")));
  EXPECT_EQ(fixture::RuleIdOf(next.status()), c.rule);
  bool known = false;
  for (const RuleInfo& info : AllRules()) {
    if (info.id == std::string(c.rule)) {
      known = true;
      EXPECT_EQ(info.code, c.code) << "the case and the rule table disagree";
    }
  }
  EXPECT_TRUE(known) << c.rule << " is not in the rule table";
  // Free text is never echoed.
  for (const char* text : {fixture::kTitle, fixture::kReason, fixture::kActor, fixture::kChannel}) {
    EXPECT_THAT(message, Not(HasSubstr(text)));
  }

  // The same event inside a stored history is refused the same way by a replay.
  v1::IssuanceSlip stored = slip;
  *stored.add_events() = event;
  EXPECT_EQ(ReplaySlip(stored).status(), next.status());
}

INSTANTIATE_TEST_SUITE_P(Slip, Rules, ::testing::ValuesIn(kCases), fixture::CaseName());

// Whole messages, as callers and auditors read them.
TEST(RuleMessages, ReadInFull) {
  const std::pair<Case, std::string> kMessages[] = {
      {{"", "", kOk, {P, A}, G},
       "slip 2023-017: events[2] SIGN (2023-05-06) by SIGNER refused by rule S-secrecy-first: the "
       "confidentiality review has not passed (steps[2] PASS_SECRECY by SECRECY_REVIEWER of "
       "workflow common comes first)"},
      {{"", "", kOk, {P}, "APPROVE 2023-05-05 SIGNER"},
       "slip 2023-017: events[1] APPROVE (2023-05-05) by SIGNER refused by rule S-wrong-role: "
       "steps[1] APPROVE by DISCLOSURE_OFFICE of workflow common is next"},
      {{"", "", kOk, {P, A, S, G}, "APPROVE 2023-05-07 DISCLOSURE_OFFICE"},
       "slip 2023-017: events[4] APPROVE (2023-05-07) by DISCLOSURE_OFFICE refused by rule "
       "S-signed: the slip was signed on 2023-05-06; only a PROPOSE_CHANGE (第十八条) may follow"},
      {{"", "", kOk, {P}, "APPROVE 2023-02-29 DISCLOSURE_OFFICE"},
       "slip 2023-017: events[1] APPROVE by DISCLOSURE_OFFICE refused by rule S-date: date: "
       "2023-02-29 is not a date"},
      {{"", "", kOk, {P, A}, "PASS_SECRECY 2023-05-04 SECRECY_REVIEWER"},
       "slip 2023-017: events[2] PASS_SECRECY (2023-05-04) by SECRECY_REVIEWER refused by rule "
       "S-date-order: dated before events[1] (2023-05-05)"},
      {{"", "", kOk, {PR, A, S}, G},
       "slip 2023-017: events[3] SIGN (2023-05-06) by SIGNER refused by rule S-sign-reason: reason "
       "is empty: the signer decides PROACTIVE against the proposal ON_REQUEST"},
  };
  for (const auto& [c, want] : kMessages) {
    EXPECT_EQ(std::string(ApplySlipEvent(RecordOf(c), Ev(c.event)).status().message()), want);
  }
}

}  // namespace

std::vector<std::string> fixture::EventRuleIdsTested() { return fixture::RuleIds(kCases); }

}  // namespace gongkai::slip
