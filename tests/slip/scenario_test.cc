// Whole reviews under both built-in workflows, event by event: the state after each, as one
// line per event so that a scenario reads like the slip.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "slip/names.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

using fixture::Ev;
using fixture::Slip;

// "SIGNED next=4 proposed=PROACTIVE signed=PROACTIVE@2023-05-06 secrecy publish returns=0
// changes=0": every field of the state.
std::string Summary(const v1::SlipState& s) {
  std::string signed_on;
  if (s.has_signed_()) {
    signed_on = absl::StrCat("@", calendar::FormatDay(absl::CivilDay(
                                      s.signed_().year(), s.signed_().month(), s.signed_().day())));
  }
  return absl::StrCat(StatusName(s.status()), " next=", s.next_step(),
                      " proposed=", AttributeName(s.proposed()),
                      " signed=", AttributeName(s.signed_attribute()), signed_on,
                      s.secrecy_passed() ? " secrecy" : "", s.may_publish() ? " publish" : "",
                      " returns=", s.returns(), " changes=", s.changes());
}

struct Scenario {
  std::string workflow;
  v1::DocumentOrigin origin = v1::DOCUMENT_ORIGIN_OWN;
  v1::PublicAttribute inherited = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
  // Each event and the state after it.
  std::vector<std::pair<std::string, std::string>> steps;
};

// Appends the events one by one; each must be accepted and leave the state given, the same
// state ApplySlipEvent reports and ReplaySlip recomputes. Returns the slip.
v1::IssuanceSlip Review(const Scenario& sc) {
  v1::IssuanceSlip slip = Slip(sc.workflow, {});
  slip.set_origin(sc.origin);
  slip.set_inherited_attribute(sc.inherited);
  for (const auto& [line, want] : sc.steps) {
    v1::SlipState state;
    absl::StatusOr<v1::IssuanceSlip> next =
        ApplySlipEvent(slip, Ev(line), Workflows::Builtin(), &state);
    if (!next.ok()) {
      ADD_FAILURE() << line << ": " << next.status();
      return slip;
    }
    slip = *std::move(next);
    EXPECT_EQ(Summary(state), want) << line;
    absl::StatusOr<v1::SlipState> replayed = ReplaySlip(slip);
    EXPECT_TRUE(replayed.ok() &&
                google::protobuf::util::MessageDifferencer::Equals(*replayed, state))
        << line;
    // may_publish is checked through `want` (" publish"): comparing it with MayPublish(state),
    // which sets it, could not fail.
  }
  return slip;
}

std::string RuleOfNext(const v1::IssuanceSlip& slip, const std::string& line) {
  return fixture::RuleIdOf(ApplySlipEvent(slip, Ev(line)).status());
}

const std::string P =
    "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 channel";
const std::string PW =
    "PROPOSE 2023-05-04 DRAFTING_UNIT attribute=WITHHELD ground=STATE_SECRET reason actor";
const std::string A = "APPROVE 2023-05-05 DISCLOSURE_OFFICE actor";
const std::string S = "PASS_SECRECY 2023-05-05 SECRECY_REVIEWER";

TEST(Scenario, CommonProposalToSignature) {
  Review({.workflow = "common",
          .steps = {
              {P, "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {A, "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {S, "IN_REVIEW next=3 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {"SIGN 2023-05-06 SIGNER attribute=PROACTIVE",
               "SIGNED next=4 proposed=PROACTIVE signed=PROACTIVE@2023-05-06 secrecy publish "
               "returns=0 changes=0"},
          }});
}

// 合二为一: the office proposes, the secrecy review and the signature follow in the same pass,
// all on one day.
TEST(Scenario, ChaoyangInOnePass) {
  Review({.workflow = "chaoyang",
          .steps = {
              {"PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=PROACTIVE "
               "planned_disclosure=2023-05-04 channel channel",
               "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {"PASS_SECRECY 2023-05-04 SECRECY_REVIEWER",
               "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {"SIGN 2023-05-04 SIGNER attribute=PROACTIVE",
               "SIGNED next=3 proposed=PROACTIVE signed=PROACTIVE@2023-05-04 secrecy publish "
               "returns=0 changes=0"},
          }});
}

// The secrecy reviewer sends the slip back; the drafting unit proposes again, and the whole
// review runs again.
TEST(Scenario, ReturnedBySecrecyAndProposedAgain) {
  const v1::IssuanceSlip slip =
      Review({.workflow = "common",
              .steps = {
                  {P, "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
                  {A, "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
                  {"RETURN 2023-05-05 SECRECY_REVIEWER reason",
                   "DRAFTING next=0 proposed=UNSPECIFIED signed=UNSPECIFIED returns=1 changes=0"},
                  {"PROPOSE 2023-05-08 DRAFTING_UNIT attribute=ON_REQUEST reason",
                   "IN_REVIEW next=1 proposed=ON_REQUEST signed=UNSPECIFIED returns=1 changes=0"},
              }});
  EXPECT_EQ(RuleOfNext(slip, "PASS_SECRECY 2023-05-08 SECRECY_REVIEWER"), "S-out-of-order")
      << "the attribute review runs again first";
  Review({.workflow = "chaoyang",
          .steps = {
              {"PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=ON_REQUEST reason",
               "IN_REVIEW next=1 proposed=ON_REQUEST signed=UNSPECIFIED returns=0 changes=0"},
              {"RETURN 2023-05-04 SECRECY_REVIEWER reason",
               "DRAFTING next=0 proposed=UNSPECIFIED signed=UNSPECIFIED returns=1 changes=0"},
              {"PROPOSE 2023-05-05 DISCLOSURE_OFFICE attribute=WITHHELD reason ground=SECURITY",
               "IN_REVIEW next=1 proposed=WITHHELD signed=UNSPECIFIED returns=1 changes=0"},
              {"PASS_SECRECY 2023-05-05 SECRECY_REVIEWER",
               "IN_REVIEW next=2 proposed=WITHHELD signed=UNSPECIFIED returns=1 changes=0"},
              {"SIGN 2023-05-05 SIGNER attribute=WITHHELD",
               "SIGNED next=3 proposed=WITHHELD signed=WITHHELD@2023-05-05 secrecy returns=1 "
               "changes=0"},
          }});
}

// A return resets the confidentiality review: the signer cannot rely on the earlier round's.
TEST(Scenario, ReturnResetsTheSecrecyReview) {
  const v1::IssuanceSlip slip = Review(
      {.workflow = "common",
       .steps = {
           {P, "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
           {A, "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
           {S, "IN_REVIEW next=3 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
           {"RETURN 2023-05-06 SIGNER reason",
            "DRAFTING next=0 proposed=UNSPECIFIED signed=UNSPECIFIED returns=1 changes=0"},
           {"PROPOSE 2023-05-07 DRAFTING_UNIT attribute=PROACTIVE planned_disclosure=2023-05-10 "
            "channel",
            "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=1 changes=0"},
           {"APPROVE 2023-05-07 DISCLOSURE_OFFICE",
            "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=1 changes=0"},
       }});
  EXPECT_EQ(RuleOfNext(slip, "SIGN 2023-05-08 SIGNER attribute=PROACTIVE"), "S-secrecy-first");
}

// 不予公开 with its ground, signed as proposed; a year later (第十八条) the reason is gone and
// the attribute changes to 主动公开 through its own review.
TEST(Scenario, WithheldThenChangedToProactive) {
  const v1::IssuanceSlip slip =
      Review({.workflow = "common",
              .steps = {
                  {PW, "IN_REVIEW next=1 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
                  {A, "IN_REVIEW next=2 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
                  {S, "IN_REVIEW next=3 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
                  {"SIGN 2023-05-06 SIGNER attribute=WITHHELD",
                   "SIGNED next=4 proposed=WITHHELD signed=WITHHELD@2023-05-06 secrecy returns=0 "
                   "changes=0"},
                  {"PROPOSE_CHANGE 2024-05-06 DRAFTING_UNIT attribute=PROACTIVE reason "
                   "planned_disclosure=2024-05-10 channel",
                   "CHANGE_IN_REVIEW next=1 proposed=PROACTIVE signed=WITHHELD@2023-05-06 secrecy "
                   "returns=0 changes=0"},
                  {"APPROVE 2024-05-07 DISCLOSURE_OFFICE",
                   "CHANGE_IN_REVIEW next=2 proposed=PROACTIVE signed=WITHHELD@2023-05-06 secrecy "
                   "returns=0 changes=0"},
                  {"PASS_SECRECY 2024-05-08 SECRECY_REVIEWER",
                   "CHANGE_IN_REVIEW next=3 proposed=PROACTIVE signed=WITHHELD@2023-05-06 secrecy "
                   "returns=0 changes=0"},
                  {"SIGN 2024-05-09 SIGNER attribute=PROACTIVE",
                   "SIGNED next=4 proposed=PROACTIVE signed=PROACTIVE@2024-05-09 secrecy publish "
                   "returns=0 changes=1"},
              }});
  EXPECT_EQ(slip.events_size(), 8);
}

// Until a change is signed the old attribute is in force: publication stays allowed while a
// change to 不予公开 is reviewed, and a returned change leaves everything as it was.
TEST(Scenario, ChangeUnderReviewKeepsTheOldAttribute) {
  const std::string G = "SIGN 2023-05-06 SIGNER attribute=PROACTIVE";
  const std::string signed_proactive =
      "SIGNED next=4 proposed=PROACTIVE signed=PROACTIVE@2023-05-06 secrecy publish";
  const std::string change =
      "PROPOSE_CHANGE 2023-06-01 DRAFTING_UNIT attribute=WITHHELD ground=THIRD_PARTY reason";
  Review({.workflow = "common",
          .steps = {
              {P, "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {A, "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {S, "IN_REVIEW next=3 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
              {G, signed_proactive + " returns=0 changes=0"},
              {change,
               "CHANGE_IN_REVIEW next=1 proposed=WITHHELD signed=PROACTIVE@2023-05-06 secrecy "
               "publish returns=0 changes=0"},
              {"RETURN 2023-06-02 DISCLOSURE_OFFICE reason",
               signed_proactive + " returns=1 changes=0"},
              {"PROPOSE_CHANGE 2023-06-02 DRAFTING_UNIT attribute=WITHHELD ground=PROCESS reason",
               "CHANGE_IN_REVIEW next=1 proposed=WITHHELD signed=PROACTIVE@2023-05-06 secrecy "
               "publish returns=1 changes=0"},
              {"APPROVE 2023-06-02 DISCLOSURE_OFFICE",
               "CHANGE_IN_REVIEW next=2 proposed=WITHHELD signed=PROACTIVE@2023-05-06 secrecy "
               "publish returns=1 changes=0"},
              {"PASS_SECRECY 2023-06-02 SECRECY_REVIEWER",
               "CHANGE_IN_REVIEW next=3 proposed=WITHHELD signed=PROACTIVE@2023-05-06 secrecy "
               "publish returns=1 changes=0"},
              {"SIGN 2023-06-03 SIGNER attribute=WITHHELD",
               "SIGNED next=4 proposed=WITHHELD signed=WITHHELD@2023-06-03 secrecy returns=1 "
               "changes=1"},
          }});
}

// The signer decides otherwise than proposed, with a reason and, for 不予公开, a ground.
TEST(Scenario, SignerDecidesOtherwise) {
  Review({.workflow = "common",
          .steps = {
              {"PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST reason",
               "IN_REVIEW next=1 proposed=ON_REQUEST signed=UNSPECIFIED returns=0 changes=0"},
              {A, "IN_REVIEW next=2 proposed=ON_REQUEST signed=UNSPECIFIED returns=0 changes=0"},
              {S, "IN_REVIEW next=3 proposed=ON_REQUEST signed=UNSPECIFIED returns=0 changes=0"},
              {"SIGN 2023-05-06 SIGNER attribute=WITHHELD reason ground=PROCESS",
               "SIGNED next=4 proposed=ON_REQUEST signed=WITHHELD@2023-05-06 secrecy returns=0 "
               "changes=0"},
          }});
}

// A joint document led by another agency takes the lead's attribute at every step.
TEST(Scenario, JointPartnerTakesTheLeadsAttribute) {
  const v1::IssuanceSlip slip =
      Review({.workflow = "common",
              .origin = v1::DOCUMENT_ORIGIN_JOINT_PARTNER,
              .inherited = v1::PUBLIC_ATTRIBUTE_WITHHELD,
              .steps = {
                  {PW, "IN_REVIEW next=1 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
                  {A, "IN_REVIEW next=2 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
                  {S, "IN_REVIEW next=3 proposed=WITHHELD signed=UNSPECIFIED returns=0 changes=0"},
              }});
  EXPECT_EQ(RuleOfNext(slip, "SIGN 2023-05-06 SIGNER attribute=ON_REQUEST reason"),
            "S-inherited-attribute");
  EXPECT_EQ(RuleOfNext(slip, "SIGN 2023-05-06 SIGNER attribute=WITHHELD"), "");
}

// A forwarded document takes the forwarded one's attribute; under chaoyang, in one pass.
TEST(Scenario, ForwardedTakesTheForwardedAttribute) {
  const std::string propose =
      "PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=PROACTIVE planned_disclosure=2023-05-05 "
      "channel";
  Review(
      {.workflow = "chaoyang",
       .origin = v1::DOCUMENT_ORIGIN_FORWARDED,
       .inherited = v1::PUBLIC_ATTRIBUTE_PROACTIVE,
       .steps = {
           {propose, "IN_REVIEW next=1 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
           {"PASS_SECRECY 2023-05-04 SECRECY_REVIEWER",
            "IN_REVIEW next=2 proposed=PROACTIVE signed=UNSPECIFIED returns=0 changes=0"},
           {"SIGN 2023-05-04 SIGNER attribute=PROACTIVE",
            "SIGNED next=3 proposed=PROACTIVE signed=PROACTIVE@2023-05-04 secrecy publish "
            "returns=0 changes=0"},
       }});
  v1::IssuanceSlip slip = Slip("chaoyang", {});
  slip.set_origin(v1::DOCUMENT_ORIGIN_FORWARDED);
  slip.set_inherited_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE);
  EXPECT_EQ(RuleOfNext(slip, "PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=ON_REQUEST reason"),
            "S-inherited-attribute");
}

// ApplySlipEvent returns a new slip and leaves its input alone, accepted or refused; the
// result is the input with the event appended, every other field as it was.
TEST(Scenario, ApplyNeverModifiesItsInput) {
  const v1::IssuanceSlip slip = Slip("", {P, A});
  const std::string before = slip.SerializeAsString();
  v1::SlipState untouched;
  untouched.set_returns(42);
  v1::SlipState state = untouched;
  absl::StatusOr<v1::IssuanceSlip> refused = ApplySlipEvent(
      slip, Ev("SIGN 2023-05-06 SIGNER attribute=PROACTIVE"), Workflows::Builtin(), &state);
  EXPECT_FALSE(refused.ok());
  EXPECT_EQ(slip.SerializeAsString(), before);
  EXPECT_EQ(state.returns(), 42) << "a refused event writes no state";

  absl::StatusOr<v1::IssuanceSlip> accepted = ApplySlipEvent(slip, Ev(S));
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  EXPECT_EQ(slip.SerializeAsString(), before);
  v1::IssuanceSlip expected = slip;
  *expected.add_events() = Ev(S);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(*accepted, expected));
}

}  // namespace
}  // namespace gongkai::slip
